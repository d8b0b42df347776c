/**
 * The quota calculator on the official's own files: xa.csv and optional companions,
 * read and computed in a Web Worker, every problem listed, results sortable and
 * filterable, each figure explained, downloadable as ket-qua-chi-tieu-dtts.csv.
 * Files never leave the browser and never go into the URL.
 */
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatPercent, formatCount as count } from '../../lib/csv/numbers';
import { compare } from '../../lib/math/rational';
import { ruleSetById } from '../../lib/quota/commune-form';
import { type CommuneQuota, explainCommuneQuota } from '../../lib/quota/engine';
import { ROSTER_JOIN_NOTE, type QuotaFilesResult } from '../../lib/quota/quota-files';
import { QUOTA_RESULT_FILE_NAME, quotaResultCsv } from '../../lib/quota/result-csv';
import { citedClauses } from '../../lib/quota/clause-links';
import { ETHNIC_SPLIT_NOTE, ethnicSplit } from '../../lib/quota/ethnic-split';
import { checkServiceUnits } from '../../lib/quota/service-units';
import { chosenFile, exampleFile, oversizedFile, saveFile } from '../FileTool/browser-files';
import { FileField, ResultActions } from '../FileTool/FileField';
import { FileIssues } from '../FileTool/FileIssues';
import { PrintHead } from '../FileTool/PrintHead';
import { useChart } from '../FileTool/use-chart';
import { type Comparators, useSortedRows } from '../FileTool/sorted-rows';
import { useWorkerJob } from '../FileTool/worker-job';
import { QUOTA_RULE_SETS, type QuotaRuleSet } from '../../lib/quota/rules';
import { ClauseLinks, Notes } from '../Explanations/Explanations';
import { Explanations } from './Explanations';
import { RuleSetSelect } from './RuleSetSelect';
import { CHART_LIMIT, drawQuotaChart } from './quota-chart';
import type { QuotaRequest } from './quota-worker';
import { compareVi } from '../../lib/core/vi-format';

type SortKey = 'order' | 'name' | 'share' | 'minimum2030' | 'gap2030' | 'gap2035';
/** Rows drawn at first and per "show more": a screenful or two, drawn at once even on an old PC. */
const PAGE = 50;

const SORTS: Comparators<CommuneQuota, SortKey> = {
  name: (a, b) => compareVi(a.name, b.name),
  share: (a, b) => compare(a.sharePercent, b.sharePercent),
  minimum2030: (a, b) => a.targets[2030].minimum - b.targets[2030].minimum,
  gap2030: (a, b) => a.gaps[2030] - b.gaps[2030],
  gap2035: (a, b) => a.gaps[2035] - b.gaps[2035],
};

const shortIn2030 = (r: CommuneQuota) => r.gaps[2030] > 0;

export default function QuotaFiles() {
  const [rules, setRules] = useState<QuotaRuleSet>(QUOTA_RULE_SETS[0]!);
  const { status, run, fail, prepare } = useWorkerJob<QuotaRequest, QuotaFilesResult, QuotaRuleSet>(
    () => new Worker(new URL('./quota-worker.ts', import.meta.url), { type: 'module' }),
    'quota-files',
    'results',
  );
  const [onlyShort, setOnlyShort] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [detail, setDetail] = useState<string | null>(null);
  const inputs = {
    xa: useRef<HTMLInputElement>(null),
    danToc: useRef<HTMLInputElement>(null),
    donVi: useRef<HTMLInputElement>(null),
    canBo: useRef<HTMLInputElement>(null),
  };
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);

  const start = (files: QuotaRequest['files']) => {
    setShown(PAGE);
    setDetail(null);
    run({ files, rulesId: rules.id }, rules);
  };

  const onSubmit = (event: Event) => {
    event.preventDefault();
    const tooLarge = oversizedFile(Object.values(inputs).map((input) => input.current));
    if (tooLarge) {
      fail(tooLarge);
      return;
    }
    const xa = chosenFile(inputs.xa.current);
    if (!xa) {
      fail('Chưa chọn tệp xa.csv. Hãy chọn tệp danh sách xã (có thể tải tệp mẫu ở trên).');
      return;
    }
    const [danToc, donVi, canBo] = [inputs.danToc, inputs.donVi, inputs.canBo].map((input) => chosenFile(input.current));
    start({ xa, danToc, donVi, canBo });
  };

  const useExample = async () => {
    const [xa, danToc, donVi] = await Promise.all(['vi-du-xa.csv', 'vi-du-dan-toc.csv', 'vi-du-don-vi.csv'].map(exampleFile));
    start({ xa: xa!, danToc, donVi });
  };

  const results = status.kind === 'done' ? status.result.results : [];

  const { rows, sortButton, ariaSort } = useSortedRows(results, SORTS, onlyShort ? shortIn2030 : null);

  useEffect(() => {
    if (status.kind === 'done' && results.length) {
      performance.measure('quota-files', 'quota-files-start');
      performance.clearMarks('quota-files-start');
      requestAnimationFrame(() => resultsHeading.current?.focus());
    }
  }, [status]);

  useChart(canvas, results.length ? (c) => drawQuotaChart(c, results) : null, [results]);

  /** The rules the shown results were computed with (the select may have changed since). */
  const applied = status.kind === 'done' ? status.context : rules;
  const detailed = results.find((r) => r.code === detail);
  const detailFigures = detailed && explainCommuneQuota(detailed, applied);
  const detailEthnic = detailed && status.kind === 'done' ? status.result.ethnicGroups.filter((g) => g.code === detailed.code) : [];
  const detailUnits =
    detailed && status.kind === 'done' ? checkServiceUnits(status.result.serviceUnits.filter((u) => u.code === detailed.code), applied) : [];

  return (
    <div class="quota-files">
      <form class="quota__form" onSubmit={onSubmit} noValidate onPointerOver={prepare} onFocusIn={prepare} onChange={prepare}>
        <RuleSetSelect id="tep-quy-tac" rules={rules} onChange={(id) => setRules(ruleSetById(id))} />
        <p>
          Tệp mẫu (mở bằng Excel, điền rồi lưu dạng CSV): <a href="/mau/xa.csv" download>xa.csv</a>,{' '}
          <a href="/mau/dan-toc.csv" download>dan-toc.csv</a>, <a href="/mau/don-vi.csv" download>don-vi.csv</a>,{' '}
          <a href="/mau/can-bo.csv" download>can-bo.csv</a>.
        </p>
        {[
          { key: 'xa' as const, label: 'Danh sách xã (xa.csv)', hint: 'Bắt buộc. Mỗi dòng một xã.' },
          { key: 'danToc' as const, label: 'Dân tộc theo xã (dan-toc.csv)', hint: 'Không bắt buộc. Để chia số tối thiểu theo từng dân tộc.' },
          { key: 'donVi' as const, label: 'Đơn vị sự nghiệp công lập (don-vi.csv)', hint: 'Không bắt buộc. Để kiểm tra viên chức quản lý người DTTS.' },
          { key: 'canBo' as const, label: 'Danh sách cán bộ (can-bo.csv)', hint: `Không bắt buộc. Mỗi dòng một người; thay cho việc tự đếm. ${ROSTER_JOIN_NOTE}` },
        ].map((f) => (
          <FileField key={f.key} id={`tep-${f.key}`} label={f.label} hint={f.hint} inputRef={inputs[f.key]} />
        ))}
        <p class="quota__actions">
          <button type="submit" class="button-primary">Tính từ tệp</button>
          <button type="button" onClick={useExample}>Dùng dữ liệu ví dụ</button>
        </p>
      </form>

      <FileIssues status={status} doneText={`Đã tính ${count(results.length)} xã.`} />

      {results.length > 0 && status.kind === 'done' && (
        <section class="quota__results" aria-labelledby="ket-qua-tep">
          <h2 id="ket-qua-tep" tabIndex={-1} ref={resultsHeading}>Kết quả {count(results.length)} xã</h2>
          <PrintHead rules={status.context.name} clauses={citedClauses(status.context)} />
          <ResultActions onDownload={() => saveFile(quotaResultCsv(results, status.context), QUOTA_RESULT_FILE_NAME)} />
          <p>
            <label class="quota__check">
              <input type="checkbox" checked={onlyShort} onChange={(e) => { setOnlyShort(e.currentTarget.checked); setShown(PAGE); }} /> Chỉ hiện xã chưa đủ số tối thiểu năm 2030
            </label>
          </p>
          <div class="table-scroll" role="region" aria-label="Bảng kết quả các xã, cuộn ngang nếu cần" tabIndex={0}>
            <table class="quota__table quota__table--many">
              <caption>
                Số tối thiểu cán bộ người DTTS, lãnh đạo, nữ và đã đào tạo của từng xã; {count(rows.length)} xã
                {onlyShort ? ' chưa đủ số tối thiểu năm 2030' : ''}. Bấm tiêu đề cột để sắp xếp.
              </caption>
              <thead>
                <tr>
                  <th scope="col" aria-sort={ariaSort('order')}>{sortButton('order', 'Mã xã')}</th>
                  <th scope="col" aria-sort={ariaSort('name')}>{sortButton('name', 'Tên xã')}</th>
                  <th scope="col" aria-sort={ariaSort('share')}>{sortButton('share', 'Tỷ lệ DTTS')}</th>
                  <th scope="col">Mức</th>
                  <th scope="col" aria-sort={ariaSort('minimum2030')}>{sortButton('minimum2030', 'Tối thiểu 2030')}</th>
                  <th scope="col">Tối thiểu 2035</th>
                  <th scope="col">Hiện có</th>
                  <th scope="col" aria-sort={ariaSort('gap2030')}>{sortButton('gap2030', 'Thiếu 2030')}</th>
                  <th scope="col" aria-sort={ariaSort('gap2035')}>{sortButton('gap2035', 'Thiếu 2035')}</th>
                  <th scope="col">Lãnh đạo 2030 / 2035</th>
                  <th scope="col">Nữ 2030 / 2035</th>
                  <th scope="col">Đào tạo 2030 / 2035</th>
                  <th scope="col">Cảnh báo</th>
                </tr>
              </thead>
              <tbody>
                {rows.slice(0, shown).map((r) => (
                  <tr key={r.code} data-code={r.code}>
                    <td>{r.code}</td>
                    <th scope="row">
                      <button type="button" class="quota__commune" onClick={() => setDetail(r.code)} aria-label={`Vì sao: ${r.name}`}>{r.name}</button>
                    </th>
                    <td>{formatPercent(r.sharePercent)}</td>
                    <td>{r.minimumPercent}%</td>
                    <td>{count(r.targets[2030].minimum)}</td>
                    <td>{count(r.targets[2035].minimum)}</td>
                    <td>{count(r.current)}</td>
                    <td>{count(r.gaps[2030])}</td>
                    <td>{count(r.gaps[2035])}</td>
                    <td>{count(r.targets[2030].leaders)} / {count(r.targets[2035].leaders)}</td>
                    <td>{count(r.targets[2030].women)} / {count(r.targets[2035].women)}</td>
                    <td>{count(r.targets[2030].trained)} / {count(r.targets[2035].trained)}</td>
                    <td>{r.warnings.join('; ')}</td>
                  </tr>
                ))}
              </tbody>
            </table>
          </div>
          {rows.length > shown && (
            <p class="no-print">
              <button type="button" onClick={() => setShown(shown + PAGE)}>Hiện thêm {count(Math.min(PAGE, rows.length - shown))} xã</button>
            </p>
          )}

          {detailed && (
            <section class="quota__detail" aria-labelledby="chi-tiet-xa">
              <h3 id="chi-tiet-xa">Vì sao: {detailed.name}</h3>
              <Explanations label="cán bộ người DTTS tối thiểu" figures={{ 2030: detailFigures![2030].minimum, 2035: detailFigures![2035].minimum }} />
              <Explanations label="lãnh đạo, quản lý người DTTS" figures={{ 2030: detailFigures![2030].leaders, 2035: detailFigures![2035].leaders }} />
              <Explanations label="nữ người DTTS" figures={{ 2030: detailFigures![2030].women, 2035: detailFigures![2035].women }} />
              <Explanations label="nữ lãnh đạo, quản lý người DTTS" figures={{ 2030: detailFigures![2030].womenLeaders, 2035: detailFigures![2035].womenLeaders }} />
              <Explanations label="đã đào tạo, bồi dưỡng" figures={{ 2030: detailFigures![2030].trained, 2035: detailFigures![2035].trained }} />
              {detailEthnic.length > 0 && (
                <div class="table-scroll" role="region" aria-label="Cơ cấu theo dân tộc" tabIndex={0}>
                  <table>
                    <caption>
                      Cơ cấu theo dân tộc (<ClauseLinks clauses={[applied.ethnicStructure.clause]} />). {ETHNIC_SPLIT_NOTE}
                      {applied.ethnicStructure.note && <Notes notes={[applied.ethnicStructure.note]} />}
                    </caption>
                    <thead>
                      <tr><th scope="col">Dân tộc</th><th scope="col">Tỷ lệ trong dân số DTTS</th><th scope="col">Tỷ lệ trong cán bộ DTTS hiện có</th><th scope="col">Phần của số tối thiểu năm 2035</th></tr>
                    </thead>
                    <tbody>
                      {ethnicSplit(detailEthnic, detailed.targets[2035].minimum).map((g) => (
                        <tr key={g.ethnicGroup}>
                          <th scope="row">{g.ethnicGroup}</th>
                          <td>{formatPercent(g.populationPercent)}</td>
                          <td>{g.cadrePercent ? formatPercent(g.cadrePercent) : '—'}</td>
                          <td>{count(g.allocation)}</td>
                        </tr>
                      ))}
                    </tbody>
                  </table>
                </div>
              )}
              {detailUnits.length > 0 && (
                <>
                  <h4>Đơn vị sự nghiệp công lập</h4>
                  <ul class="quota__units">
                    {detailUnits.map((u) => (
                      <li key={u.unit.unitName}>
                        <strong>{u.unit.unitName}</strong>: {u.dttsPercent ? formatPercent(u.dttsPercent) : '—'} là người DTTS;{' '}
                        {u.applies ? (u.met ? 'đã có viên chức quản lý người DTTS.' : 'phải có viên chức quản lý người DTTS nhưng chưa có.') : 'chưa đến ngưỡng phải có quản lý người DTTS.'}{' '}
                        Căn cứ: <ClauseLinks clauses={u.why.clauses} />.
                        <Notes notes={u.flag ? [u.flag, ...u.why.notes] : u.why.notes} />
                      </li>
                    ))}
                  </ul>
                </>
              )}
            </section>
          )}

          <figure class="quota__chart">
            <div class="quota__chart-box">
              <canvas ref={canvas} role="img" aria-label={`Biểu đồ cột: cán bộ người DTTS hiện có, tối thiểu năm 2030 và năm 2035 của ${Math.min(results.length, CHART_LIMIT)} xã đầu; số liệu như trong bảng trên.`} />
            </div>
            <figcaption>
              Hiện có, tối thiểu năm 2030 và năm 2035{results.length > CHART_LIMIT ? ` (${CHART_LIMIT} xã đầu tiên)` : ''}. Số liệu đầy đủ ở bảng trên.
            </figcaption>
          </figure>
        </section>
      )}
    </div>
  );
}
