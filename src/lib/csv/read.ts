/**
 * Reading a CSV table exported from Excel: delimiter and header row detected, cells
 * trimmed and keyed by column, every problem located by the row number Excel shows.
 */
import Papa from 'papaparse';
import type { Rational } from '../math/rational';
import type { FileIssue } from './issues';
import { headerLookup, matchHeaders, type ColumnSpec, type HeaderIssue } from './headers';
import { hasErrors } from './input-file';
import { formatCount, parseCount, parsePercent } from './numbers';
import type { CalendarDate } from '../core/dates';
import { parseDate, parseYesNo } from './values';

export type Delimiter = ',' | ';' | '\t';

/** A file's header, read; its rows are read by `visitRecords` (or `readRecords`) as they are parsed. */
export interface CsvTable {
  file: string;
  delimiter: Delimiter;
  /** Row number of the header (1 unless title rows precede it). */
  headerRow: number;
  /** Keys of the columns the file has. */
  present: ReadonlySet<string>;
  /** Per column key: its header as written in the file, or the template label when the file lacks it. */
  labels: Record<string, string>;
  /** Problems of the file as a whole and of its header; `visitRecords` adds the rows' own. */
  issues: FileIssue[];
  /** What the rows are read from; null when the file cannot be read past its header. */
  body: { text: string; width: number; indexes: ReadonlyMap<string, number> } | null;
}

export const MAX_DATA_ROWS = 200_000;
export const MAX_COLUMNS = 200;
const DELIMITERS: readonly Delimiter[] = [',', ';', '\t'];
const DELIMITER_NAMES: Record<Delimiter, string> = { ',': 'dấu phẩy', ';': 'dấu chấm phẩy', '\t': 'dấu tab' };
/** Characters PapaParse parses at a time: a 200,000-row roster is read in about 14 chunks. */
export const PARSE_CHUNK_CHARS = 1 << 20;
/** Title rows ("DANH SÁCH CÁC XÃ …") above the header are skipped, within this many rows. */
const HEADER_SEARCH_ROWS = 10;

const isBlank = (record: readonly string[]) => record.every((cell) => cell.trim() === '');

function parse(text: string, delimiter: Delimiter, preview: number) {
  return Papa.parse<string[]>(text, { delimiter, newline: '\n', header: false, skipEmptyLines: false, preview });
}

/** Number of cells up to the last non-empty one: Excel pads rows with empty cells. */
function usedWidth(record: readonly string[]): number {
  let width = record.length;
  while (width > 0 && record[width - 1]?.trim() === '') width--;
  return width;
}

/**
 * The delimiter and header row that recognise the most expected columns; ties go to the
 * split into more cells, then to the earlier row, then to "," before ";" before tab.
 * When nothing is recognised, the first non-blank row is the header.
 */
function detectLayout(text: string, columns: readonly ColumnSpec[]): { delimiter: Delimiter; headerIndex: number } {
  const keyOf = headerLookup(columns);
  const candidates: { delimiter: Delimiter; headerIndex: number; known: number; cells: number }[] = [];
  for (const delimiter of DELIMITERS) {
    const records = parse(text, delimiter, HEADER_SEARCH_ROWS).data;
    const firstNonBlank = records.findIndex((record) => !isBlank(record));
    records.forEach((record, headerIndex) => {
      const known = new Set(record.map(keyOf).filter((key) => key !== undefined)).size;
      if (known > 0 || headerIndex === firstNonBlank) {
        candidates.push({ delimiter, headerIndex, known, cells: usedWidth(record) });
      }
    });
  }
  // Array.prototype.sort is stable, so equal candidates keep the delimiter order.
  candidates.sort((a, b) => b.known - a.known || b.cells - a.cells || a.headerIndex - b.headerIndex);
  return candidates[0] ?? { delimiter: ',', headerIndex: 0 };
}

const QUOTE_MESSAGES: Record<string, string> = {
  MissingQuotes:
    'Dấu ngoặc kép (") mở ở dòng này nhưng không được đóng, nên phần sau của tệp bị gộp vào một ô. Hãy kiểm tra dấu ngoặc kép trong ô.',
  InvalidQuotes:
    'Dấu ngoặc kép (") đặt sai chỗ: ô có dấu ngoặc kép phải được bao trọn trong cặp dấu ngoặc kép và mỗi dấu ngoặc kép bên trong phải viết đôi ("").',
};

/** Checks on the set of columns a file has that one ColumnSpec cannot express ("this column or that one"). */
export type ColumnsCheck = (present: ReadonlySet<string>, labels: Readonly<Record<string, string>>) => HeaderIssue[];

/** Data rows below the header: at most the line breaks after it, so a quick count settles most files. */
function dataRowsOverLimit(text: string, delimiter: Delimiter, headerRow: number): boolean {
  let lines = 1;
  for (let at = text.indexOf('\n'); at !== -1 && lines - headerRow <= MAX_DATA_ROWS; at = text.indexOf('\n', at + 1)) lines++;
  if (lines - headerRow <= MAX_DATA_ROWS) return false;
  // Quoted cells may span lines: count the records themselves.
  return parse(text, delimiter, headerRow + MAX_DATA_ROWS + 1).data.length - headerRow > MAX_DATA_ROWS;
}

/**
 * Reads the header of a CSV text (already decoded): the delimiter, the header row below
 * any title rows, and the columns. Reports header problems (with `checkColumns` adding
 * the reader's own) and the size limits; the rows are read by `visitRecords` (or `readRecords`).
 */
export function readCsvTable(
  text: string,
  fileName: string,
  columns: readonly ColumnSpec[],
  checkColumns: ColumnsCheck = () => [],
): CsvTable {
  // One line-ending convention for PapaParse, which detects only the first it meets;
  // trailing line breaks would otherwise count as a row towards the limit.
  const normalized = text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').replace(/\n+$/, '');
  // The header is looked for in the first rows only; PapaParse would split the whole text
  // into lines before stopping at a preview (200,000 lines of a roster, several times).
  const start = normalized.slice(0, PARSE_CHUNK_CHARS);
  const { delimiter, headerIndex } = detectLayout(start, columns);
  const headerRow = headerIndex + 1;
  const table: CsvTable = {
    file: fileName,
    delimiter,
    headerRow,
    present: new Set(),
    labels: Object.fromEntries(columns.map((column) => [column.key, column.label])),
    issues: [],
    body: null,
  };
  const fileError = (message: string, row: number | null = null) =>
    table.issues.push({ file: fileName, row, column: null, message, severity: 'error' });

  const head = parse(start, delimiter, headerRow).data;
  const header = (head[headerIndex] ?? []).map((cell) => cell.trim());
  const width = usedWidth(header);
  if (width === 0) {
    fileError('Tệp không có dòng tiêu đề (tên các cột) và không có dữ liệu.');
    return table;
  }
  if (width > MAX_COLUMNS) {
    fileError(`Tệp có ${formatCount(width)} cột; tối đa ${MAX_COLUMNS} cột.`, headerRow);
    return table;
  }
  if (dataRowsOverLimit(normalized, delimiter, headerRow)) {
    fileError(`Tệp có hơn ${formatCount(MAX_DATA_ROWS)} dòng dữ liệu; tối đa ${formatCount(MAX_DATA_ROWS)} dòng.`);
    return table;
  }

  const { indexes, issues: headerIssues } = matchHeaders(header.slice(0, width), columns);
  for (const [key, index] of indexes) table.labels[key] = header[index] ?? key;
  table.present = new Set(indexes.keys());
  for (const issue of [...headerIssues, ...checkColumns(table.present, table.labels)]) {
    table.issues.push({ file: fileName, row: headerRow, ...issue });
  }

  const skipped = head.slice(0, headerIndex).flatMap((record, index) => (isBlank(record) ? [] : [index + 1]));
  if (skipped.length > 0) {
    table.issues.push({
      file: fileName,
      row: null,
      column: null,
      severity: 'warning',
      message: `Dòng ${skipped.join(', ')} nằm trên dòng tiêu đề (dòng ${headerRow}) nên được bỏ qua.`,
    });
  }
  table.body = { text: normalized, width, indexes };
  return table;
}

/**
 * A warning, for the header row, that the given columns the file has are not used because
 * another file supplies those figures (a roster supplies the cadre counts).
 */
export function unusedColumnsWarning(table: CsvTable, keys: readonly string[], because: string): void {
  const unused = keys.filter((key) => table.present.has(key)).map((key) => `“${table.labels[key] ?? key}”`);
  if (unused.length === 0) return;
  table.issues.push({ file: table.file, row: table.headerRow, column: null, severity: 'warning', message: `Các cột ${unused.join(', ')} không được dùng: ${because}` });
}

/** The reader of one row's cells: typed values, with a located issue recorded for each bad cell. */
export class RowCells {
  constructor(
    private readonly table: CsvTable,
    /** Row number as Excel shows it (the first line of the file is 1). */
    readonly row: number,
    private readonly record: readonly string[],
    private readonly issues: FileIssue[],
  ) {}

  /** The trimmed cell; '' when empty or the file lacks the column. */
  private cell(key: string): string {
    const index = this.table.body?.indexes.get(key);
    return index === undefined ? '' : (this.record[index] ?? '').trim();
  }

  /** The column's header as written in the file (or the template label). */
  label(key: string): string {
    return this.table.labels[key] ?? key;
  }

  /** Whether the file has this column. */
  hasColumn(key: string): boolean {
    return this.table.present.has(key);
  }

  /** Whether the cell has anything in it (valid or not). */
  filled(key: string): boolean {
    return this.cell(key) !== '';
  }

  error(key: string | null, message: string): void {
    this.report(key, message, 'error');
  }

  warning(key: string | null, message: string): void {
    this.report(key, message, 'warning');
  }

  /**
   * The trimmed text, or null when empty. `required`: true, or the reason the cell is
   * required here; an empty required cell is an error unless the whole column is
   * missing (reported once, for the header).
   */
  text(key: string, required: boolean | string = false): string | null {
    const cell = this.cell(key);
    if (cell !== '') return cell;
    if (required && this.hasColumn(key)) {
      this.error(key, typeof required === 'string' ? `Ô trống; ${required}` : 'Ô trống; cột này bắt buộc phải có giá trị.');
    }
    return null;
  }

  /** A count (integer ≥ 0), or null when empty or invalid (then an error is recorded). */
  count(key: string, required: boolean | string = false): number | null {
    const text = this.text(key, required);
    const parsed = text === null ? null : parseCount(text);
    if (parsed && !parsed.ok) this.error(key, parsed.message);
    return parsed?.ok ? parsed.value : null;
  }

  /** A percentage within 0…100, or null when empty or invalid (then an error is recorded). */
  percent(key: string, required: boolean | string = false): { value: Rational; decimals: number } | null {
    const text = this.text(key, required);
    const parsed = text === null ? null : parsePercent(text);
    if (parsed && !parsed.ok) this.error(key, parsed.message);
    if (!parsed?.ok) return null;
    if (parsed.value.num < 0n || parsed.value.num > 100n * parsed.value.den) {
      this.error(key, `Tỷ lệ phải từ 0 đến 100%; ô ghi “${text}”.`);
      return null;
    }
    return parsed;
  }

  /** Yes/no (a blank cell is "no"); null when the file lacks the column or the cell is invalid (then an error is recorded). */
  yesNo(key: string): boolean | null {
    if (!this.hasColumn(key)) return null;
    const parsed = parseYesNo(this.cell(key));
    if (!parsed.ok) this.error(key, parsed.message);
    return parsed.ok ? parsed.value : null;
  }

  /** A date (or a year alone), or null when empty or invalid (then an error is recorded). */
  date(key: string, required: boolean | string = false): { value: CalendarDate; yearOnly: boolean } | null {
    const text = this.text(key, required);
    const parsed = text === null ? null : parseDate(text);
    if (parsed && !parsed.ok) this.error(key, parsed.message);
    return parsed?.ok ? parsed : null;
  }

  /** Records an error on `key` when its count exceeds the count of `limitKey` (both known). */
  atMost(key: string, value: number | null, limitKey: string, limit: number | null): void {
    if (value !== null && limit !== null && value > limit) {
      this.error(key, `“${this.label(key)}” (${formatCount(value)}) lớn hơn “${this.label(limitKey)}” (${formatCount(limit)}).`);
    }
  }

  private report(key: string | null, message: string, severity: FileIssue['severity']): void {
    this.issues.push({
      file: this.table.file,
      row: this.row,
      column: key === null ? null : this.label(key),
      message,
      severity,
    });
  }
}

/**
 * Reads every data row of a table with `readRow`, as PapaParse parses it, handing each
 * value to `onRecord` (a roster has 200,000 rows: nothing of a row outlives its reading but
 * what `onRecord` keeps), and collects all issues, sorted by row, with the row number Excel
 * shows: unbalanced quotes, rows whose cells do not line up with the header, and the cells'
 * own. Blank rows are skipped. Values reach `onRecord` before later rows are read, so a
 * caller keeping them must drop them when the issues include an error.
 */
export function visitRecords<T>(table: CsvTable, readRow: (cells: RowCells) => T | null, onRecord: (record: T) => void): { issues: FileIssue[] } {
  const issues = [...table.issues];
  const body = table.body;
  const fileError = (message: string, row: number | null = null) =>
    issues.push({ file: table.file, row, column: null, message, severity: 'error' });
  let dataRows = 0;
  if (body) {
    const readRecord = (record: string[], row: number) => {
      if (row <= table.headerRow) return;
      const used = usedWidth(record);
      if (used === 0) return;
      dataRows++;
      if (record.length < body.width || used > body.width) {
        const count = record.length < body.width ? record.length : used;
        const hint =
          count > body.width ? ` Có thể một ô chứa ${DELIMITER_NAMES[table.delimiter]} mà không được đặt trong dấu ngoặc kép.` : '';
        fileError(`Dòng này có ${formatCount(count)} ô nhưng dòng tiêu đề có ${formatCount(body.width)} cột.${hint}`, row);
        return;
      }
      const value = readRow(new RowCells(table, row, record, issues));
      if (value !== null) onRecord(value);
    };
    // In chunks: a chunk's rows are read and dropped before the next is parsed. PapaParse
    // streams a string so too, synchronously; its types allow chunks only for files.
    let chunkStart = 0;
    const chunked: Papa.ParseConfig<string[]> & Pick<Papa.ParseLocalConfig<string[]>, 'chunk' | 'chunkSize'> = {
      delimiter: table.delimiter,
      newline: '\n',
      header: false,
      skipEmptyLines: false,
      chunkSize: PARSE_CHUNK_CHARS,
      chunk: ({ data, errors }: Papa.ParseResult<string[]>) => {
        // A row with a quote error is reported (once) and not read. An error past the chunk's
        // rows is in its unfinished last line, which the next chunk parses again.
        const broken = new Set<number>();
        for (const error of errors) {
          const message = QUOTE_MESSAGES[error.code];
          if (error.type !== 'Quotes' || message === undefined || error.row === undefined || error.row >= data.length || broken.has(error.row)) continue;
          broken.add(error.row);
          fileError(message, chunkStart + error.row + 1);
        }
        data.forEach((record, index) => broken.has(index) || readRecord(record, chunkStart + index + 1));
        chunkStart += data.length;
      },
    };
    Papa.parse<string[]>(body.text, chunked);
  }
  if (body && dataRows === 0 && !hasErrors(issues)) fileError('Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.');
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { issues };
}

/** Every data row of a table read with `readRow` (see visitRecords); any error means no records at all: a file with errors gives no partial results. */
export function readRecords<T>(table: CsvTable, readRow: (cells: RowCells) => T | null): { records: T[]; issues: FileIssue[] } {
  const records: T[] = [];
  const { issues } = visitRecords(table, readRow, (record) => records.push(record));
  return { records: hasErrors(issues) ? [] : records, issues };
}
