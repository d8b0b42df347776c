/**
 * The quality calculator on the official's own files: chat-luong.csv and/or the roster
 * can-bo.csv, read and computed in a Web Worker; every problem listed; a table of
 * communes with each commune's detail; the Lai Châu list of cadres to send for university
 * training (names only here and in the user's own download); ket-qua-chat-luong.csv.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { formatCount as count } from '../../lib/csv/numbers';
import { type CalendarDate, today } from '../../lib/csv/values';
import { compareVi, formatDate } from '../../lib/core/vi-format';
import { type CommuneResult, QUALITY_ROSTER_NOTE, type QualityFilesResult } from '../../lib/quality/quality-files';
import { communeQuality } from '../../lib/quality/engine';
import { CANDIDATES_FILE_NAME, QUALITY_RESULT_FILE_NAME, candidatesCsv } from '../../lib/quality/result-csv';
import { DONG_THAP_NQ14, LAI_CHAU_NQ05, PHASES, citedQualityClauses, laiChauPhaseNote } from '../../lib/quality/rules';
import { communeTrajectory } from '../../lib/quality/training';
import { ruleSetById } from '../../lib/quota/commune-form';
import { QUOTA_RULE_SETS, type QuotaRuleSet } from '../../lib/quota/rules';
import { clauseHref } from '../../lib/rules/clause';
import { chosenFile, exampleFile, oversizedFile, saveFile } from '../FileTool/browser-files';
import { FileField, ResultActions } from '../FileTool/FileField';
import { FileIssues } from '../FileTool/FileIssues';
import { PrintHead } from '../FileTool/PrintHead';
import { type Comparators, useSortedRows } from '../FileTool/sorted-rows';
import { useWorkerJob } from '../FileTool/worker-job';
import { RuleSetSelect } from '../QuotaCalculator/RuleSetSelect';
import { QualityResult } from './QualityResult';
import type { QualityRequest } from './quality-worker';

/** Rows drawn at first and per "show more": a screenful or two, drawn at once even on an old PC. */
const PAGE = 50;
const isoDate = (d: CalendarDate) => `${d.year}-${String(d.month).padStart(2, '0')}-${String(d.day).padStart(2, '0')}`;
const fromIso = (text: string): CalendarDate | null => {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  return m ? { year: Number(m[1]), month: Number(m[2]), day: Number(m[3]) } : null;
};
const cell = (n: number | null | undefined) => (n === null || n === undefined ? '—' : count(n));

type SortKey = 'order' | 'name' | 'unmet2028' | 'unmet2030' | 'laiChau';
const SORTS: Comparators<CommuneResult, SortKey> = {
  name: (a, b) => compareVi(a.input.name, b.input.name),
  unmet2028: (a, b) => a.unmet['2026-2028'] - b.unmet['2026-2028'],
  unmet2030: (a, b) => a.unmet['2029-2030'] - b.unmet['2029-2030'],
  laiChau: (a, b) => (a.laiChau ?? -1) - (b.laiChau ?? -1),
};
const hasUnmet = (c: CommuneResult) => c.unmet['2026-2028'] > 0 || c.unmet['2029-2030'] > 0;

export default function QualityFiles() {
  const [training, setTraining] = useState<QuotaRuleSet>(QUOTA_RULE_SETS[0]!);
  const [reference, setReference] = useState<CalendarDate>(today());
  const { status, run, fail, prepare } = useWorkerJob<QualityRequest, QualityFilesResult, { training: QuotaRuleSet; reference: CalendarDate }>(
    () => new Worker(new URL('./quality-worker.ts', import.meta.url), { type: 'module' }),
    'quality-files',
    'candidates',
  );
  const [files, setFiles] = useState<QualityRequest['files'] | null>(null);
  const [shown, setShown] = useState(PAGE);
  const [shownPeople, setShownPeople] = useState(0);
  const [detail, setDetail] = useState<string | null>(null);
  const [onlyUnmet, setOnlyUnmet] = useState(false);
  const inputs = { chatLuong: useRef<HTMLInputElement>(null), canBo: useRef<HTMLInputElement>(null) };
  const resultsHeading = useRef<HTMLHeadingElement>(null);

  const start = (chosen: QualityRequest['files'], at: CalendarDate = reference) => {
    setFiles(chosen);
    setShown(PAGE);
    setShownPeople(0);
    setDetail(null);
    run({ files: chosen, trainingId: training.id, reference: at, today: today() }, { training, reference: at });
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const tooLarge = oversizedFile([inputs.chatLuong.current, inputs.canBo.current]);
    if (tooLarge) {
      fail(tooLarge);
      return;
    }
    const [chatLuong, canBo] = [inputs.chatLuong, inputs.canBo].map((input) => chosenFile(input.current));
    if (!chatLuong && !canBo) {
      fail('Chưa chọn tệp nào. Hãy chọn chat-luong.csv, danh sách cán bộ can-bo.csv, hoặc cả hai (có thể tải tệp mẫu ở trên).');
      return;
    }
    start({ chatLuong, canBo });
  };

  const useExample = async () => {
    const [chatLuong, canBo] = await Promise.all(['vi-du-chat-luong.csv', 'vi-du-can-bo.csv'].map(exampleFile));
    start({ chatLuong, canBo });
  };

  const result = status.kind === 'done' ? status.result : null;
  const communes = result && !result.issues.some((i) => i.severity === 'error') ? result.communes : [];

  useEffect(() => {
    if (communes.length) {
      performance.measure('quality-files', 'quality-files-start');
      performance.clearMarks('quality-files-start');
      requestAnimationFrame(() => resultsHeading.current?.focus());
      // The list of people is drawn after the communes, in a task of its own (effects run
      // after paint): drawing both tables at once held the page's thread near 100 ms.
      setShownPeople(PAGE);
    }
  }, [status]);

  // Explained results only for the rows on screen: computing all of them would hold up the page.
  const { rows, sortButton, ariaSort } = useSortedRows(communes, SORTS, onlyUnmet ? hasUnmet : null);
  const shownRows = useMemo(() => rows.slice(0, shown).map((c) => ({ ...c, quality: communeQuality(c.input, DONG_THAP_NQ14) })), [rows, shown]);
  const detailed = communes.find((c) => c.input.code === detail);
  const names = useMemo(() => new Map(communes.map((c) => [c.input.code, c.input.name])), [communes]);
  const candidates = result?.listed ? result.candidates : null;
  const phaseNote = status.kind === 'done' ? laiChauPhaseNote(status.context.reference) : null;

  return (
    <div class="quota-files">
      <form class="quota__form" onSubmit={onSubmit} noValidate onPointerOver={prepare} onFocusIn={prepare} onChange={prepare}>
        <p>
          Tệp mẫu (mở bằng Excel, điền rồi lưu dạng CSV): <a href="/mau/chat-luong.csv" download>chat-luong.csv</a>,{' '}
          <a href="/mau/can-bo.csv" download>can-bo.csv</a>.
        </p>
        {[
          { key: 'chatLuong' as const, label: 'Số liệu chất lượng theo xã (chat-luong.csv)', hint: 'Mỗi dòng một xã.' },
          { key: 'canBo' as const, label: 'Danh sách cán bộ (can-bo.csv)', hint: `Mỗi dòng một người. ${QUALITY_ROSTER_NOTE}` },
        ].map((f) => (
          <FileField key={f.key} id={`tep-cl-${f.key}`} label={f.label} hint={f.hint} inputRef={inputs[f.key]} />
        ))}
        <RuleSetSelect id="tep-quy-tac-dao-tao" label="Kế hoạch áp dụng cho đào tạo (khoản 4 Mục II)" rules={training} onChange={(id) => setTraining(ruleSetById(id))} />
        <div class="quota__field">
          <label for="ngay-tham-chieu">Ngày tham chiếu</label>
          <p class="quota__hint" id="goi-y-ngay-tham-chieu">Ngày tính số năm công tác còn lại (mặc định hôm nay); lộ trình đào tạo bắt đầu từ năm sau năm này.</p>
          <input id="ngay-tham-chieu" type="date" value={isoDate(reference)} aria-describedby="goi-y-ngay-tham-chieu"
            onChange={(e) => { const d = fromIso(e.currentTarget.value); if (d) setReference(d); }} />
        </div>
        <p class="quota__actions">
          <button type="submit" class="button-primary">Tính từ tệp</button>
          <button type="button" onClick={useExample}>Dùng dữ liệu ví dụ</button>
          {files && status.kind === 'done' && (
            <button type="button" onClick={() => start(files)}>Tính lại với ngày tham chiếu mới</button>
          )}
        </p>
      </form>

      <FileIssues status={status} doneText={`Đã tính ${count(communes.length)} xã.`} />

      {communes.length > 0 && status.kind === 'done' && (
        <section class="quota__results" aria-labelledby="ket-qua-tep-cl">
          <h2 id="ket-qua-tep-cl" tabIndex={-1} ref={resultsHeading}>Kết quả {count(communes.length)} xã</h2>
          <PrintHead rules={`${DONG_THAP_NQ14.name}; đào tạo: ${status.context.training.name}; ngày tham chiếu ${formatDate(status.context.reference)}`} clauses={[...citedQualityClauses(DONG_THAP_NQ14), status.context.training.training.clause]} />
          <ResultActions onDownload={() => saveFile(status.result.resultCsv, QUALITY_RESULT_FILE_NAME)} />
          <p>
            <label class="quota__check">
              <input type="checkbox" checked={onlyUnmet} onChange={(e) => { setOnlyUnmet(e.currentTarget.checked); setShown(PAGE); }} /> Chỉ hiện xã còn chỉ tiêu chưa đạt
            </label>
          </p>
          <div class="table-scroll" role="region" aria-label="Bảng kết quả các xã, cuộn ngang nếu cần" tabIndex={0}>
            <table class="quota__table quality__communes">
              <caption>
                Số cần đạt theo từng giai đoạn (2026–2028 / 2029–2030) và hiện có; {count(rows.length)} xã{onlyUnmet ? ' còn chỉ tiêu chưa đạt' : ''}.
                Bấm tiêu đề cột để sắp xếp, bấm tên xã để xem chi tiết, căn cứ và lộ trình đào tạo.
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort('order')}>{sortButton('order', 'Mã xã')}</th>
                  <th scope="col" aria-sort={ariaSort('name')}>{sortButton('name', 'Tên xã')}</th>
                  <th scope="col" aria-sort={ariaSort('unmet2028')}>{sortButton('unmet2028', 'Chỉ tiêu chưa đạt 2026–2028')}</th>
                  <th scope="col" aria-sort={ariaSort('unmet2030')}>{sortButton('unmet2030', 'Chỉ tiêu chưa đạt 2029–2030')}</th>
                  {DONG_THAP_NQ14.indicators.map((i) => <th scope="col" key={i.id}>{i.shortName}: cần 2028 / 2030 (hiện có{i.parts.length > 1 ? ' từng phần' : ''})</th>)}
                  <th scope="col">Hài lòng đạt 2028 / 2030</th>
                  <th scope="col" aria-sort={ariaSort('laiChau')}>{sortButton('laiChau', 'Chưa đạt chuẩn, còn trên 6 năm')}</th>
                  <th scope="col">Cảnh báo</th>
                </tr>
              </thead>
              <tbody>
                {shownRows.map(({ input, quality, laiChau, warnings, unmet }) => {
                  const [a, b] = PHASES.map((p) => quality.phases[p.id]) as [typeof quality.phases['2026-2028'], typeof quality.phases['2029-2030']];
                  const yes = (met: boolean | null) => (met === null ? '—' : met ? 'có' : 'không');
                  return (
                    <tr key={input.code} data-code={input.code}>
                      <td>{input.code}</td>
                      <th scope="row">
                        <button type="button" class="quota__commune" onClick={() => setDetail(input.code)} aria-label={`Chi tiết: ${input.name}`}>{input.name}</button>
                      </th>
                      <td>{count(unmet['2026-2028'])}</td>
                      <td>{count(unmet['2029-2030'])}</td>
                      {a.indicators.map((r, k) => (
                        <td key={r.indicator.id}>{cell(r.required)} / {cell(b.indicators[k]!.required)} ({r.parts.map((p) => cell(p.current)).join('; ')})</td>
                      ))}
                      <td>{yes(a.satisfaction.met)} / {yes(b.satisfaction.met)}</td>
                      <td>{cell(laiChau)}</td>
                      <td>{warnings.join('; ')}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </div>
          {rows.length > shown && (
            <p class="no-print"><button type="button" onClick={() => setShown(shown + PAGE)}>Hiện thêm {count(Math.min(PAGE, rows.length - shown))} xã</button></p>
          )}

          {detailed && (
            <section class="quota__detail" aria-labelledby="chi-tiet-xa-cl">
              <h3 id="chi-tiet-xa-cl">Chi tiết: {detailed.input.name}</h3>
              <QualityResult
                input={detailed.input}
                quality={communeQuality(detailed.input, DONG_THAP_NQ14)}
                warnings={detailed.warnings}
                trajectory={communeTrajectory(detailed.input, status.context.reference.year, status.context.training)}
                idPrefix="chi-tiet"
              />
            </section>
          )}

          {result?.fromRoster && (
            <section class="quality__lai-chau" aria-labelledby="lai-chau">
              <h3 id="lai-chau">Cán bộ chưa đạt chuẩn trình độ, còn trên {LAI_CHAU_NQ05.minYearsLeft} năm công tác</h3>
              <p>
                Theo {LAI_CHAU_NQ05.name} (<a href={clauseHref(LAI_CHAU_NQ05.clause)}>{LAI_CHAU_NQ05.clause.label}</a>): cử cán bộ chưa đạt chuẩn về trình độ chuyên môn
                (còn trên 06 năm công tác) đi đào tạo đại học. Ngày tham chiếu: {formatDate(status.context.reference)}. Cùng điểm này: giai đoạn
                2026–2028 mở {LAI_CHAU_NQ05.itClasses.classes} lớp đại học chuyên ngành công nghệ thông tin cho khoảng {LAI_CHAU_NQ05.itClasses.cadres} cán bộ (toàn tỉnh).
              </p>
              <p class="quota__note">{LAI_CHAU_NQ05.note}</p>
              {phaseNote && <p class="notice" data-note="giai-doan">{phaseNote}</p>}
              {candidates === null ? (
                <p class="notice">Danh sách cán bộ không có cột “Đạt chuẩn trình độ chuyên môn” nên chưa lập được danh sách này.</p>
              ) : (
                <>
                  <p role="status"><strong>{count(candidates.length)}</strong> người. Họ tên chỉ hiện trên máy này và trong tệp bạn tải về, không bao giờ ghi vào địa chỉ trang.</p>
                  {candidates.length > 0 && shownPeople > 0 && (
                    <>
                      <p class="no-print">
                        <button type="button" onClick={() => saveFile(candidatesCsv(candidates), CANDIDATES_FILE_NAME)}>Tải danh sách (CSV)</button>
                      </p>
                      <div class="table-scroll" role="region" aria-label="Danh sách cán bộ cần cử đi đào tạo đại học" tabIndex={0}>
                        <table class="quota__table quality__people">
                          <caption>Cán bộ cần cử đi đào tạo đại học, theo thứ tự trong danh sách</caption>
                          <thead>
                            <tr><th scope="col">Xã</th><th scope="col">Họ và tên</th><th scope="col">Giới tính</th><th scope="col">Ngày sinh</th><th scope="col">Nghỉ hưu</th><th scope="col">Còn lại</th></tr>
                          </thead>
                          <tbody>
                            {candidates.slice(0, shownPeople).map((c) => (
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
                      {candidates.length > shownPeople && (
                        <p class="no-print"><button type="button" onClick={() => setShownPeople(shownPeople + PAGE)}>Hiện thêm {count(Math.min(PAGE, candidates.length - shownPeople))} người</button></p>
                      )}
                    </>
                  )}
                </>
              )}
            </section>
          )}
        </section>
      )}
    </div>
  );
}
