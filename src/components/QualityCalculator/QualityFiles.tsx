/**
 * The quality calculator on the official's own files (configuration in
 * quality-files-config.tsx): its settings are the plan applied to training and the
 * reference date, and it can compute again on the same files once they change.
 */
import { useState } from 'preact/hooks';
import { type CalendarDate, calendarDateOfIso, isoDate, today } from '../../lib/core/dates';
import { QUOTA_RULE_SETS, type QuotaRuleSet, ruleSetById } from '../../lib/quota/rules';
import type { ChosenFiles, SheetChoices } from '../FileCalculator/config';
import { FileCalculator } from '../FileCalculator/FileCalculator';
import { RuleSetSelect } from '../QuotaCalculator/RuleSetSelect';
import { QUALITY_FILES, type QualityFileKey } from './quality-files-config';
import type { QualityRequest } from './quality-worker';

export default function QualityFiles() {
  const [training, setTraining] = useState<QuotaRuleSet>(QUOTA_RULE_SETS[0]!);
  const [reference, setReference] = useState<CalendarDate>(today());
  const job = (files: ChosenFiles<QualityFileKey>, sheets: SheetChoices<QualityFileKey>) => ({
    request: { files, sheets, trainingId: training.id, reference, today: today() } satisfies QualityRequest,
    context: { training, reference },
  });
  const settings = (
    <>
      <RuleSetSelect id="tep-quy-tac-dao-tao" label="Kế hoạch áp dụng cho đào tạo (khoản 4 Mục II)" rules={training} onChange={(id) => setTraining(ruleSetById(id))} />
      <div class="tool__field">
        <label for="ngay-tham-chieu">Ngày tham chiếu</label>
        <p class="tool__hint" id="goi-y-ngay-tham-chieu">Ngày tính số năm công tác còn lại (mặc định hôm nay); lộ trình đào tạo bắt đầu từ năm sau năm này.</p>
        <input id="ngay-tham-chieu" type="date" value={isoDate(reference.year, reference.month, reference.day)} aria-describedby="goi-y-ngay-tham-chieu"
          onChange={(e) => { const d = calendarDateOfIso(e.currentTarget.value); if (d) setReference(d); }} />
      </div>
    </>
  );
  return <FileCalculator config={QUALITY_FILES} job={job} after={settings} />;
}
