/**
 * The quota calculator on the official's own files: xa.csv and optional companions,
 * read and computed in a Web Worker, every problem listed, results sortable and
 * filterable, each figure explained, downloadable as ket-qua-chi-tieu-dtts.csv.
 * Files never leave the browser and never go into the URL.
 */
import { useEffect, useMemo, useRef, useState } from 'preact/hooks';
import { fileSizeProblem } from '../../lib/csv/decode';
import { formatIssue } from '../../lib/csv/issues';
import { formatPercent, formatCount as count } from '../../lib/csv/numbers';
import { compare } from '../../lib/math/rational';
import { ruleSetById } from '../../lib/quota/commune-form';
import { type CommuneQuota, explainCommuneQuota } from '../../lib/quota/engine';
import type { QuotaFiles as Files, QuotaFilesResult } from '../../lib/quota/quota-files';
import { QUOTA_RESULT_FILE_NAME, quotaResultCsv } from '../../lib/quota/result-csv';
import { citedClauses } from '../../lib/quota/clause-links';
import { ETHNIC_SPLIT_NOTE, ethnicSplit } from '../../lib/quota/ethnic-split';
import { checkServiceUnits } from '../../lib/quota/service-units';
import { clauseHref } from '../../lib/quota/rules';
import { QUOTA_RULE_SETS, type QuotaRuleSet } from '../../lib/quota/rules';
import { Explanations } from './Explanations';
import { RuleSetSelect } from './RuleSetSelect';
import { CHART_LIMIT, drawQuotaChart } from './quota-chart';
import type { WorkerMessage, WorkerRequest } from './quota-worker';

type Status =
  | { kind: 'idle' }
  | { kind: 'working'; stage: string; done: number; total: number }
  | { kind: 'failed'; message: string }
  | { kind: 'done'; result: QuotaFilesResult; rules: QuotaRuleSet };

type SortKey = 'order' | 'name' | 'share' | 'minimum2030' | 'gap2030' | 'gap2035';
/** Rows drawn at first and per "show more": a screenful or two, drawn at once even on an old PC. */
const PAGE = 50;

const SORTS: Record<SortKey, (a: CommuneQuota, b: CommuneQuota) => number> = {
  order: () => 0,
  name: (a, b) => a.name.localeCompare(b.name, 'vi'),
  share: (a, b) => compare(a.sharePercent, b.sharePercent),
  minimum2030: (a, b) => a.targets[2030].minimum - b.targets[2030].minimum,
  gap2030: (a, b) => a.gaps[2030] - b.gaps[2030],
  gap2035: (a, b) => a.gaps[2035] - b.gaps[2035],
};

async function readFile(input: HTMLInputElement | null) {
  const file = input?.files?.[0];
  return file ? { name: file.name, bytes: new Uint8Array(await file.arrayBuffer()) } : undefined;
}

async function exampleFile(name: string) {
  const response = await fetch(`/mau/${name}`);
  return { name, bytes: new Uint8Array(await response.arrayBuffer()) };
}

export default function QuotaFiles() {
  const [rules, setRules] = useState<QuotaRuleSet>(QUOTA_RULE_SETS[0]!);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [sort, setSort] = useState<{ key: SortKey; descending: boolean }>({ key: 'order', descending: false });
  const [onlyShort, setOnlyShort] = useState(false);
  const [shown, setShown] = useState(PAGE);
  const [detail, setDetail] = useState<string | null>(null);
  const inputs = { xa: useRef<HTMLInputElement>(null), danToc: useRef<HTMLInputElement>(null), donVi: useRef<HTMLInputElement>(null) };
  const summary = useRef<HTMLDivElement>(null);
  const resultsHeading = useRef<HTMLHeadingElement>(null);
  const canvas = useRef<HTMLCanvasElement>(null);
  const worker = useRef<Worker | null>(null);

  // A worker started ahead of time has its script loaded and compiled when a file is chosen.
  const spare = useRef<Worker | null>(null);
  const startWorker = () => new Worker(new URL('./quota-worker.ts', import.meta.url), { type: 'module' });
  useEffect(() => {
    spare.current = startWorker();
    return () => {
      spare.current?.terminate();
      worker.current?.terminate();
    };
  }, []);

  const run = (files: Files) => {
    worker.current?.terminate();
    const w = spare.current ?? startWorker();
    spare.current = null;
    worker.current = w;
    performance.mark('quota-files-start');
    setStatus({ kind: 'working', stage: 'Đang đọc tệp', done: 0, total: 1 });
    const received: CommuneQuota[] = [];
    w.onmessage = (event: MessageEvent<WorkerMessage>) => {
      const message = event.data;
      if (message.kind === 'progress') setStatus({ kind: 'working', stage: message.stage, done: message.done, total: message.total });
      else if (message.kind === 'results') for (const quota of message.batch) received.push(quota);
      else {
        w.terminate();
        spare.current ??= startWorker();
        if (message.kind === 'failed') setStatus({ kind: 'failed', message: message.message });
        else {
          setShown(PAGE);
          setDetail(null);
          setStatus({ kind: 'done', result: { ...message.result, results: received }, rules });
        }
      }
    };
    const request: WorkerRequest = { files, rulesId: rules.id };
    w.postMessage(request);
  };

  const onSubmit = async (event: Event) => {
    event.preventDefault();
    // Checked before reading: a huge file read into memory would freeze the tab first.
    const tooLarge = Object.values(inputs)
      .map((input) => input.current?.files?.[0])
      .find((file) => file !== undefined && fileSizeProblem(file.size) !== null);
    if (tooLarge) {
      setStatus({ kind: 'failed', message: `${tooLarge.name}: ${fileSizeProblem(tooLarge.size)}` });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    const xa = await readFile(inputs.xa.current);
    if (!xa) {
      setStatus({ kind: 'failed', message: 'Chưa chọn tệp xa.csv. Hãy chọn tệp danh sách xã (có thể tải tệp mẫu ở trên).' });
      requestAnimationFrame(() => summary.current?.focus());
      return;
    }
    run({ xa, danToc: await readFile(inputs.danToc.current), donVi: await readFile(inputs.donVi.current) });
  };

  const useExample = async () => {
    run({ xa: await exampleFile('vi-du-xa.csv'), danToc: await exampleFile('vi-du-dan-toc.csv'), donVi: await exampleFile('vi-du-don-vi.csv') });
  };

  const errors = status.kind === 'done' ? status.result.issues.filter((i) => i.severity === 'error') : [];
  const warnings = status.kind === 'done' ? status.result.issues.filter((i) => i.severity === 'warning') : [];
  const results = status.kind === 'done' ? status.result.results : [];

  const rows = useMemo(() => {
    const filtered = onlyShort ? results.filter((r) => r.gaps[2030] > 0) : results;
    if (sort.key === 'order') return sort.descending ? [...filtered].reverse() : filtered;
    const sorted = [...filtered].sort(SORTS[sort.key]);
    return sort.descending ? sorted.reverse() : sorted;
  }, [results, sort, onlyShort]);

  useEffect(() => {
    if (status.kind === 'failed' || errors.length) requestAnimationFrame(() => summary.current?.focus());
    if (status.kind === 'done' && results.length) {
      performance.measure('quota-files', 'quota-files-start');
      performance.clearMarks('quota-files-start');
      requestAnimationFrame(() => resultsHeading.current?.focus());
    }
  }, [status]);

  useEffect(() => {
    if (!results.length || !canvas.current) return;
    let destroy: (() => void) | undefined;
    let cancelled = false;
    void drawQuotaChart(canvas.current, results).then((d) => (cancelled ? d() : (destroy = d)));
    return () => {
      cancelled = true;
      destroy?.();
    };
  }, [results]);

  const download = () => {
    const blob = new Blob([quotaResultCsv(results)], { type: 'text/csv;charset=utf-8' });
    const link = document.createElement('a');
    link.href = URL.createObjectURL(blob);
    link.download = QUOTA_RESULT_FILE_NAME;
    link.click();
    setTimeout(() => URL.revokeObjectURL(link.href), 1000);
  };

  const sortButton = (key: SortKey, label: string) => {
    const active = sort.key === key;
    return (
      <button type="button" class="quota__sort" onClick={() => setSort({ key, descending: active ? !sort.descending : false })}>
        {label}
        <span aria-hidden="true">{active ? (sort.descending ? ' ▼' : ' ▲') : ''}</span>
      </button>
    );
  };
  const ariaSort = (key: SortKey) => (sort.key === key ? (sort.descending ? 'descending' : 'ascending') : undefined);
  /** The rules the shown results were computed with (the select may have changed since). */
  const applied = status.kind === 'done' ? status.rules : rules;
  const detailed = results.find((r) => r.code === detail);
  const detailFigures = detailed && explainCommuneQuota(detailed, applied);
  const detailEthnic = detailed && status.kind === 'done' ? status.result.ethnicGroups.filter((g) => g.code === detailed.code) : [];
  const detailUnits =
    detailed && status.kind === 'done' ? checkServiceUnits(status.result.serviceUnits.filter((u) => u.code === detailed.code), applied) : [];

  return (
    <div class="quota-files">
      <form class="quota__form" onSubmit={onSubmit} noValidate>
        <RuleSetSelect id="tep-quy-tac" rules={rules} onChange={(id) => setRules(ruleSetById(id))} />
        <p>
          Tệp mẫu (mở bằng Excel, điền rồi lưu dạng CSV): <a href="/mau/xa.csv" download>xa.csv</a>,{' '}
          <a href="/mau/dan-toc.csv" download>dan-toc.csv</a>, <a href="/mau/don-vi.csv" download>don-vi.csv</a>.
        </p>
        {[
          { key: 'xa' as const, label: 'Danh sách xã (xa.csv)', hint: 'Bắt buộc. Mỗi dòng một xã.' },
          { key: 'danToc' as const, label: 'Dân tộc theo xã (dan-toc.csv)', hint: 'Không bắt buộc. Để chia số tối thiểu theo từng dân tộc.' },
          { key: 'donVi' as const, label: 'Đơn vị sự nghiệp công lập (don-vi.csv)', hint: 'Không bắt buộc. Để kiểm tra viên chức quản lý người DTTS.' },
        ].map((f) => (
          <div class="quota__field" key={f.key}>
            <label for={`tep-${f.key}`}>{f.label}</label>
            <p class="quota__hint" id={`goi-y-tep-${f.key}`}>{f.hint}</p>
            <input id={`tep-${f.key}`} type="file" accept=".csv,.txt,text/csv" ref={inputs[f.key]} aria-describedby={`goi-y-tep-${f.key}`} />
          </div>
        ))}
        <p class="quota__actions">
          <button type="submit" class="button-primary">Tính từ tệp</button>
          <button type="button" onClick={useExample}>Dùng dữ liệu ví dụ</button>
        </p>
      </form>

      <div role="status" class="quota__progress">
        {status.kind === 'working' && (
          <>
            <span>{status.stage}…</span> <progress max={status.total} value={status.done} aria-label="Tiến độ tính" />
          </>
        )}
        {status.kind === 'done' && !errors.length && `Đã tính ${count(results.length)} xã.`}
      </div>

      {(status.kind === 'failed' || errors.length > 0) && (
        <div class="error-summary" role="alert" tabIndex={-1} ref={summary} aria-labelledby="loi-tep">
          <h2 id="loi-tep">{status.kind === 'failed' ? 'Chưa tính được' : `Tệp có ${count(errors.length)} lỗi; chưa có kết quả`}</h2>
          {status.kind === 'failed' ? (
            <p>{status.message}</p>
          ) : (
            <>
              <p>Sửa các lỗi dưới đây trong tệp rồi chọn lại tệp. Khi tệp còn lỗi, công cụ không đưa ra kết quả nào để tránh số sai.</p>
              <ul class="quota__issues">
                {errors.slice(0, 500).map((issue, i) => (
                  <li key={i}>{formatIssue(issue)}</li>
                ))}
              </ul>
              {errors.length > 500 && <p>… và {count(errors.length - 500)} lỗi khác.</p>}
            </>
          )}
        </div>
      )}

      {status.kind === 'done' && (
        <>
          {status.result.encodings.length > 0 && (
            <p class="muted">Đã đọc: {status.result.encodings.map((e) => `${e.file} (mã ${e.encoding})`).join('; ')}.</p>
          )}
          {warnings.length > 0 && (
            <details class="notice">
              <summary>{count(warnings.length)} lưu ý trong tệp (không ảnh hưởng việc tính)</summary>
              <ul>{warnings.slice(0, 500).map((w, i) => <li key={i}>{formatIssue(w)}</li>)}</ul>
            </details>
          )}
        </>
      )}

      {results.length > 0 && status.kind === 'done' && (
        <section class="quota__results" aria-labelledby="ket-qua-tep">
          <h2 id="ket-qua-tep" tabIndex={-1} ref={resultsHeading}>Kết quả {count(results.length)} xã</h2>
          <div class="print-only quota__print-head">
            <p>Bộ quy tắc: {status.rules.name}. Ngày tính: {new Date().toLocaleDateString('vi-VN')}.</p>
            <p>
              Căn cứ:{' '}
              {[...new Map(citedClauses(status.rules).map((c) => [`${c.plan}#${c.anchor}`, c])).values()]
                .map((c) => `${c.label} (/ke-hoach/${c.plan}/#${c.anchor})`)
                .join('; ')}
              .
            </p>
          </div>
          <p class="quota__actions no-print">
            <button type="button" class="button-primary" onClick={download}>Tải kết quả (CSV)</button>
            <button type="button" onClick={() => print()}>In báo cáo</button>
          </p>
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
                      Cơ cấu theo dân tộc (<a href={clauseHref(applied.ethnicStructure)}>{applied.ethnicStructure.label}</a>). {ETHNIC_SPLIT_NOTE}
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
                  <ul>
                    {detailUnits.map((u) => (
                      <li key={u.unit.unitName}>
                        <strong>{u.unit.unitName}</strong>: {u.dttsPercent ? formatPercent(u.dttsPercent) : '—'} là người DTTS;{' '}
                        {u.applies ? (u.met ? 'đã có viên chức quản lý người DTTS.' : 'phải có viên chức quản lý người DTTS nhưng chưa có.') : 'chưa đến ngưỡng phải có quản lý người DTTS.'}{' '}
                        <a href={clauseHref(u.why.clause)}>Xem {u.why.clause.label}</a>
                        {u.flag && <p class="quota__note">Lưu ý: {u.flag}</p>}
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
