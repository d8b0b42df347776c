/**
 * What a calculator on files is made of, as data: the shell (FileCalculator.tsx) draws the
 * file form, runs the job in the calculator's worker, reports problems, and shows the results
 * table, a row's detail, further views and the downloads this configuration names. A new
 * calculator on files is a configuration like QuotaCalculator/quota-files.tsx, its worker and
 * its rules in src/lib.
 */
import type { ComponentChildren, FunctionComponent } from 'preact';
import type { FileIssue } from '../../lib/csv/issues';
import type { Encodings } from '../../lib/csv/input-file';
import type { ClauseRef } from '../../lib/rules/clause';
import type { Download } from '../FileTool/FileField';
import type { ListKey, PickedFile } from '../FileTool/worker-job';

/** What every calculator's worker answers besides its results. */
export interface FileJobResult {
  issues: FileIssue[];
  encodings: Encodings;
}

/** One file chooser; `key` names the file in the job sent to the worker. */
export interface FileSpec<K extends string> {
  key: K;
  label: string;
  hint: string;
}

export type ChosenFiles<K extends string> = Partial<Record<K, PickedFile>>;

/** The sheet chosen in each Excel file that has several; a workbook without one is read from its first sheet. */
export type SheetChoices<K extends string> = Partial<Record<K, string>>;

/** A task for a fresh instance of the calculator's worker (a workbook's sheets, a result workbook), answered once. */
export type AskWorker = <A>(task: unknown) => Promise<A>;

/** The files a calculator reads. */
export interface FileInputs<K extends string> {
  fields: readonly FileSpec<K>[];
  /** The choosers' `accept`: the formats the worker can read. */
  accept: string;
  /** Templates in /mau/, by name without extension ("xa"): each is linked as .xlsx and as .csv above the choosers. */
  templates: readonly string[];
  /** The example data in /mau/ that "Dùng dữ liệu ví dụ" computes, per file. */
  examples: Partial<Record<K, string>>;
  /** Why the files chosen are not enough to compute, or null when they are. */
  missing: (chosen: ChosenFiles<K>) => string | null;
}

/** The worker that reads and computes; the request itself is built by the calculator from its settings. */
export interface WorkerSpec<R> {
  start: () => Worker;
  /** Name of the performance measure from the button to the drawn results (performance.measure). */
  mark: string;
  /** The result's long list, sent in batches. */
  batched?: ListKey<R>;
}

/** A job as the calculator builds it: the request for its worker, and what the results were computed with (e.g. the rule set). */
export type Job<Q, C> = { request: Q; context: C };

/** A column of the results table. Sortable when it has `sort`: 'file' is the file's own order. */
export interface Column<T, V> {
  id: string;
  header: string;
  sort?: 'file' | ((a: T, b: T) => number);
  /** The cell drawn from the row's view; 'name' is the row's header, a button that opens its detail. */
  cell: 'name' | ((row: V) => ComponentChildren);
}

export interface ResultTable<T, V> {
  class: string;
  columns: readonly Column<T, V>[];
  /** The table's caption, given the rows shown and whether the filter is on. */
  caption: (count: number, filtered: boolean) => ComponentChildren;
  /** The one filter offered above the table. */
  filter: { label: string; keep: (row: T) => boolean };
  code: (row: T) => string;
  name: (row: T) => string;
  /** What the cells are drawn from, worked out only for the rows on screen (explaining every row would hold up the page). */
  view: (row: T) => V;
}

export interface ResultProps<R, C, T> {
  result: R;
  context: C;
  rows: readonly T[];
}

export interface FileCalculatorConfig<K extends string, R extends FileJobResult, C, T, V> {
  /** Element ids: the file choosers' prefix, the results heading, the detail heading. */
  ids: { files: string; results: string; detail: string };
  /** What one row is, as counted in the texts ("Kết quả 8 xã"). */
  unit: string;
  files: FileInputs<K>;
  worker: WorkerSpec<R>;
  /** The rows of the results table, the same array on every call (there are none while the files have errors). */
  rows: (result: R) => T[];
  table: ResultTable<T, V>;
  /** A row's detail, under "<label>: <name>". */
  detail: { label: string; View: FunctionComponent<ResultProps<R, C, T> & { row: T }> };
  /** The rule set and clauses named at the head of the printed report. */
  report: (context: C) => { rules: string; clauses: readonly ClauseRef[] };
  /** The result files, the first one the main download. */
  downloads: (props: ResultProps<R, C, T>, ask: AskWorker) => readonly Download[];
  /** Views after the table and the detail (a chart, a list). */
  Views?: FunctionComponent<ResultProps<R, C, T>>;
  /** The label of a button that computes again on the same files, once a result is shown (the settings may have changed). */
  rerun?: string;
}
