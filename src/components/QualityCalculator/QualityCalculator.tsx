/**
 * Quality and training calculator for one commune: the form, its state in the URL, an
 * error summary, and per phase the required counts, gaps and pass/fail with clauses,
 * then the training trajectory.
 */
import { type CommuneQuality, communeQuality } from '../../lib/quality/engine';
import type { QualityInput } from '../../lib/quality/input';
import { QUALITY_FIELDS, QUALITY_PARAMS, type QualityFormState, hasQualityInput, qualityFormFromSearch, qualityFormToSearch, qualityFromForm } from '../../lib/quality/quality-form';
import { DONG_THAP_NQ14 } from '../../lib/quality/rules';
import { type Trajectory, communeTrajectory } from '../../lib/quality/training';
import { QUOTA_RULE_SETS, ruleSetById } from '../../lib/quota/rules';
import { CopyResultLink, FormErrorSummary, FormFields } from '../CommuneForm/CommuneForm';
import { useUrlForm } from '../CommuneForm/use-url-form';
import { RuleSetSelect } from '../QuotaCalculator/RuleSetSelect';
import { QualityResult } from './QualityResult';

type Done = { input: QualityInput; quality: CommuneQuality; trajectory: Trajectory | null };

const THIS_YEAR = new Date().getFullYear();

export default function QualityCalculator() {
  const { state, setState, setValue, outcome, errors, submit, summary, results } = useUrlForm<QualityFormState, Done>({
    initial: { training: QUOTA_RULE_SETS[0]!, year: THIS_YEAR, values: {} },
    fromSearch: (search) => qualityFormFromSearch(search, THIS_YEAR),
    toSearch: qualityFormToSearch,
    params: QUALITY_PARAMS,
    hasInput: hasQualityInput,
    compute: (next) => {
      const read = qualityFromForm(next.values);
      if (!read.ok) return read;
      const input = read.record;
      return { ok: true, done: { input, quality: communeQuality(input, DONG_THAP_NQ14), trajectory: communeTrajectory(input, next.year, next.training) } };
    },
  });

  return (
    <div class="tool">
      {outcome.kind === 'invalid' && <FormErrorSummary errors={outcome.errors} summaryRef={summary} />}
      <form class="tool__form" noValidate onSubmit={submit}>
        <fieldset>
          <legend>Số liệu của một xã</legend>
          <FormFields fields={QUALITY_FIELDS} values={state.values} errors={errors} onChange={setValue} />
        </fieldset>
        <fieldset>
          <legend>Lộ trình đào tạo cán bộ người DTTS</legend>
          <RuleSetSelect id="truong-quy-tac-dao-tao" label="Kế hoạch áp dụng cho đào tạo (khoản 4 Mục II)" rules={state.training} onChange={(id) => setState((s) => ({ ...s, training: ruleSetById(id) }))} />
          <div class="tool__field">
            <label for="truong-nam">Năm của số liệu hiện có</label>
            <p class="tool__hint" id="goi-y-nam">Lộ trình bắt đầu từ năm sau năm này.</p>
            <input id="truong-nam" type="number" min={2000} max={2035} value={state.year} aria-describedby="goi-y-nam"
              onInput={(e) => { const year = Number(e.currentTarget.value); if (Number.isInteger(year) && year >= 2000 && year <= 2035) setState((s) => ({ ...s, year })); }} />
          </div>
        </fieldset>
        <button type="submit" class="button-primary">Tính chỉ tiêu chất lượng</button>
      </form>

      {outcome.kind === 'done' && (
        <section class="tool__results" aria-labelledby="ket-qua-chat-luong" tabIndex={-1} ref={results}>
          <h2 id="ket-qua-chat-luong">Kết quả: {outcome.input.name}</h2>
          <p>Theo {DONG_THAP_NQ14.name}, khoản 2 Mục II; “trên X%” là lớn hơn hẳn X% (trên 90% của 10 người là 10 người, không phải 9).</p>
          <QualityResult input={outcome.input} quality={outcome.quality} trajectory={outcome.trajectory} idPrefix="mot-xa" />
          <CopyResultLink />
        </section>
      )}
    </div>
  );
}
