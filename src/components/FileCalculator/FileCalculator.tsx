/**
 * The shell of every calculator on files: the file form, the job in a Web Worker, the
 * status line and error summary, then the results (print head, downloads, filter, table,
 * a row's detail, further views). What differs between calculators is their configuration
 * (config.ts) and the settings they draw in the form. Files never leave the browser and
 * never go into the URL.
 */
import type { ComponentChildren } from 'preact';
import { useEffect, useRef, useState } from 'preact/hooks';
import { formatCount as count } from '../../lib/csv/numbers';
import { ResultActions } from '../FileTool/FileField';
import { FileIssues } from '../FileTool/FileIssues';
import { PrintHead } from '../FileTool/PrintHead';
import type { AskWorker, ChosenFiles, FileCalculatorConfig, FileJobResult, Job, ResultProps, SheetChoices } from './config';
import { FileForm } from './FileForm';
import { type ResultRows, ResultsTable, useResultRows } from './ResultsTable';
import { useFileJob } from './use-file-job';

export interface FileCalculatorProps<K extends string, Q, R extends FileJobResult, C, T, V> {
  config: FileCalculatorConfig<K, R, C, T, V>;
  /** The job for the files (and sheets) chosen, with the settings as they are now. */
  job: (files: ChosenFiles<K>, sheets: SheetChoices<K>) => Job<Q, C>;
  /** The calculator's settings, drawn before the templates and after the file choosers. */
  before?: ComponentChildren;
  after?: ComponentChildren;
}

export function FileCalculator<K extends string, Q, R extends FileJobResult, C, T, V>({ config, job, before, after }: FileCalculatorProps<K, Q, R, C, T, V>) {
  const { status, prepare, submit, useExample, rerun, inputRef, sheets, chooseFile, chooseSheet, ask } = useFileJob(config.files, config.worker, job);
  const done = status.kind === 'done' && !status.result.issues.some((i) => i.severity === 'error') ? status : null;
  const rows = done ? config.rows(done.result) : [];
  const sorted = useResultRows(rows, config.table);
  return (
    <div class="tool-files">
      <FileForm
        files={config.files} idPrefix={config.ids.files} inputRef={inputRef} before={before} after={after}
        sheets={sheets} onFile={chooseFile} onSheet={chooseSheet}
        onSubmit={submit} onReach={prepare} onExample={useExample}
        rerun={rerun && config.rerun && status.kind === 'done' ? { label: config.rerun, onClick: rerun } : null}
      />
      <FileIssues status={status} doneText={`Đã tính ${count(rows.length)} ${config.unit}.`} />
      {done && rows.length > 0 && <Results config={config} result={done.result} context={done.context} rows={rows} sorted={sorted} ask={ask} />}
    </div>
  );
}

/** The results of one job; drawn anew for each job, so the detail and the rows shown start afresh. */
function Results<K extends string, R extends FileJobResult, C, T, V>(props: ResultProps<R, C, T> & { config: FileCalculatorConfig<K, R, C, T, V>; sorted: ResultRows<T>; ask: AskWorker }) {
  const { config, result, context, rows, sorted, ask } = props;
  const { ids, table, detail: Detail } = config;
  const heading = useRef<HTMLHeadingElement>(null);
  const [detail, setDetail] = useState<string | null>(null);
  const detailed = rows.find((row) => table.code(row) === detail);
  useEffect(() => {
    performance.measure(config.worker.mark, `${config.worker.mark}-start`);
    performance.clearMarks(`${config.worker.mark}-start`);
    requestAnimationFrame(() => heading.current?.focus());
  }, []);
  const report = config.report(context);
  return (
    <section class="tool__results" aria-labelledby={ids.results}>
      <h2 id={ids.results} tabIndex={-1} ref={heading}>Kết quả {count(rows.length)} {config.unit}</h2>
      <PrintHead rules={report.rules} clauses={report.clauses} />
      <ResultActions downloads={config.downloads({ result, context, rows }, ask)} />
      <p>
        <label class="tool__check">
          <input type="checkbox" checked={sorted.filtered} onChange={(e) => sorted.setFiltered(e.currentTarget.checked)} /> {table.filter.label}
        </label>
      </p>
      <ResultsTable key={String(sorted.filtered)} table={table} sorted={sorted} unit={config.unit} onDetail={setDetail} detailLabel={Detail.label} />
      {detailed && (
        <section class="tool__detail" aria-labelledby={ids.detail}>
          <h3 id={ids.detail}>{Detail.label}: {table.name(detailed)}</h3>
          <Detail.View row={detailed} result={result} context={context} rows={rows} />
        </section>
      )}
      {config.Views && <config.Views result={result} context={context} rows={rows} />}
    </section>
  );
}
