/**
 * The Lai Châu list under the file results: cadres below the required qualification with
 * more than six years of service left, to send for university training. Names are shown
 * only here and in the user's own download.
 */
import { useEffect, useMemo, useState } from 'preact/hooks';
import { formatCount as count } from '../../lib/csv/numbers';
import { formatDate } from '../../lib/core/vi-format';
import type { CommuneResult } from '../../lib/quality/input';
import type { QualityFilesResult } from '../../lib/quality/quality-files';
import { CANDIDATES_FILE_NAME, candidatesCsv } from '../../lib/quality/result-csv';
import { LAI_CHAU_NQ05, laiChauPhaseNote } from '../../lib/quality/rules';
import { clauseHref } from '../../lib/rules/clause';
import type { TrainingCandidate } from '../../lib/quality/lai-chau';
import type { ResultProps } from '../FileCalculator/config';
import { PAGE } from '../FileCalculator/ResultsTable';
import { saveFile } from '../FileTool/browser-files';
import type { QualityContext } from './quality-files-config';

export function LaiChauList({ result, context, rows }: ResultProps<QualityFilesResult, QualityContext, CommuneResult>) {
  if (!result.fromRoster) return null;
  const phaseNote = laiChauPhaseNote(context.reference);
  return (
    <section class="quality__lai-chau" aria-labelledby="lai-chau">
      <h3 id="lai-chau">Cán bộ chưa đạt chuẩn trình độ, còn trên {LAI_CHAU_NQ05.minYearsLeft} năm công tác</h3>
      <p>
        Theo {LAI_CHAU_NQ05.name} (<a href={clauseHref(LAI_CHAU_NQ05.clause)}>{LAI_CHAU_NQ05.clause.label}</a>): cử cán bộ chưa đạt chuẩn về trình độ chuyên môn
        (còn trên 06 năm công tác) đi đào tạo đại học. Ngày tham chiếu: {formatDate(context.reference)}. Cùng điểm này: giai đoạn
        2026–2028 mở {LAI_CHAU_NQ05.itClasses.classes} lớp đại học chuyên ngành công nghệ thông tin cho khoảng {LAI_CHAU_NQ05.itClasses.cadres} cán bộ (toàn tỉnh).
      </p>
      <p class="tool__note">{LAI_CHAU_NQ05.note}</p>
      {phaseNote && <p class="notice" data-note="giai-doan">{phaseNote}</p>}
      {result.listed ? (
        <Candidates candidates={result.candidates} communes={rows} />
      ) : (
        <p class="notice">Danh sách cán bộ không có cột “Đạt chuẩn trình độ chuyên môn” nên chưa lập được danh sách này.</p>
      )}
    </section>
  );
}

function Candidates({ candidates, communes }: { candidates: readonly TrainingCandidate[]; communes: readonly CommuneResult[] }) {
  const [shown, setShown] = useState(0);
  // Drawn after the communes, in a task of its own (effects run after paint): drawing both tables at once held the page's thread near 100 ms.
  useEffect(() => setShown(PAGE), []);
  const names = useMemo(() => new Map(communes.map((c) => [c.input.code, c.input.name])), [communes]);
  return (
    <>
      <p role="status"><strong>{count(candidates.length)}</strong> người. Họ tên chỉ hiện trên máy này và trong tệp bạn tải về, không bao giờ ghi vào địa chỉ trang.</p>
      {candidates.length > 0 && shown > 0 && (
        <>
          <p class="no-print">
            <button type="button" onClick={() => saveFile(candidatesCsv(candidates), CANDIDATES_FILE_NAME)}>Tải danh sách (CSV)</button>
          </p>
          <div class="table-scroll" role="region" aria-label="Danh sách cán bộ cần cử đi đào tạo đại học" tabIndex={0}>
            <table class="tool__table quality__people">
              <caption>Cán bộ cần cử đi đào tạo đại học, theo thứ tự trong danh sách</caption>
              <thead>
                <tr><th scope="col">Xã</th><th scope="col">Họ và tên</th><th scope="col">Giới tính</th><th scope="col">Ngày sinh</th><th scope="col">Nghỉ hưu</th><th scope="col">Còn lại</th></tr>
              </thead>
              <tbody>
                {candidates.slice(0, shown).map((c) => (
                  <tr key={c.row}>
                    <td>{names.get(c.code) ?? c.code}</td>
                    <th scope="row">{c.name ?? `Dòng ${c.row}`}</th>
                    <td>{c.sex === 'nam' ? 'Nam' : 'Nữ'}</td>
                    <td>{c.birth}</td>
                    <td>{c.retirement}</td>
                    <td>{c.yearsLeft} năm {c.monthsLeft} tháng</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {candidates.length > shown && (
            <p class="no-print"><button type="button" onClick={() => setShown(shown + PAGE)}>Hiện thêm {count(Math.min(PAGE, candidates.length - shown))} người</button></p>
          )}
        </>
      )}
    </>
  );
}
