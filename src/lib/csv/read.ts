/**
 * Reading a table exported from Excel, as a CSV file or an Excel sheet: header row found
 * below any title rows, cells trimmed and keyed by column, every problem located by the
 * row number Excel shows (and, in a sheet, the column letter).
 */
import Papa from 'papaparse';
import type { Rational } from '../math/rational';
import type { FileIssue } from './issues';
import { columnLetter, headerLookup, matchHeaders, type ColumnSpec, type HeaderIssue } from './headers';
import { hasErrors } from './input-file';
import type { SheetRows, TableSource } from './table-source';
import { formatCount, parseCount, parsePercent } from './numbers';
import type { CalendarDate } from '../core/dates';
import { parseDate, parseYesNo } from './values';

export type Delimiter = ',' | ';' | '\t';

/** Where a table's rows are read from: CSV text (parsed as it is read) or the rows of a sheet. */
type TableBody = { width: number; indexes: ReadonlyMap<string, number> } & (
  | { kind: 'csv'; text: string }
  | { kind: 'sheet'; sheet: SheetRows }
);

/** A file's header, read; its rows are read by `visitRecords` (or `readRecords`) as they are parsed. */
export interface CsvTable {
  file: string;
  /** The CSV file's delimiter; null for a table read from an Excel sheet. */
  delimiter: Delimiter | null;
  /** Row number of the header (1 unless title rows precede it). */
  headerRow: number;
  /** Keys of the columns the file has. */
  present: ReadonlySet<string>;
  /** Per column key: its header as written in the file, or the template label when the file lacks it. */
  labels: Record<string, string>;
  /** Problems of the file as a whole and of its header; `visitRecords` adds the rows' own. */
  issues: FileIssue[];
  /** What the rows are read from; null when the file cannot be read past its header. */
  body: TableBody | null;
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
 * The layout (a delimiter, or the one way a sheet is laid out) and header row that
 * recognise the most expected columns among each layout's first rows; ties go to the
 * split into more cells, then to the earlier row, then to the earlier layout. When
 * nothing is recognised, the first non-blank row is the header.
 */
function detectHeader<L>(layouts: readonly { layout: L; records: readonly (readonly string[])[] }[], columns: readonly ColumnSpec[]): { layout: L; headerIndex: number } | null {
  const keyOf = headerLookup(columns);
  const candidates: { layout: L; headerIndex: number; known: number; cells: number }[] = [];
  for (const { layout, records } of layouts) {
    const firstNonBlank = records.findIndex((record) => !isBlank(record));
    records.forEach((record, headerIndex) => {
      const known = new Set(record.map(keyOf).filter((key) => key !== undefined)).size;
      if (known > 0 || headerIndex === firstNonBlank) {
        candidates.push({ layout, headerIndex, known, cells: usedWidth(record) });
      }
    });
  }
  // Array.prototype.sort is stable, so equal candidates keep the layouts' order.
  candidates.sort((a, b) => b.known - a.known || b.cells - a.cells || a.headerIndex - b.headerIndex);
  return candidates[0] ?? null;
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

/** Where a table comes from, for `tableBelow`: its name, its delimiter, its size, and how its rows are read. */
interface TableOrigin {
  file: string;
  delimiter: Delimiter | null;
  dataRowsOverLimit: (headerRow: number) => boolean;
  body: (width: number, indexes: ReadonlyMap<string, number>) => TableBody;
}

/**
 * The table below a header found at `headerIndex` of `records` (the rows up to it):
 * the size limits, the columns (with `checkColumns` adding the reader's own checks) and
 * a warning for the title rows skipped above the header.
 */
function tableBelow(
  records: readonly (readonly string[])[],
  headerIndex: number,
  source: TableOrigin,
  columns: readonly ColumnSpec[],
  checkColumns: ColumnsCheck,
): CsvTable {
  const headerRow = headerIndex + 1;
  const table: CsvTable = {
    file: source.file,
    delimiter: source.delimiter,
    headerRow,
    present: new Set(),
    labels: Object.fromEntries(columns.map((column) => [column.key, column.label])),
    issues: [],
    body: null,
  };
  const fileError = (message: string, row: number | null = null) => {
    table.issues.push({ file: source.file, row, column: null, message, severity: 'error' });
    return table;
  };
  const header = (records[headerIndex] ?? []).map((cell) => cell.trim());
  const width = usedWidth(header);
  if (width === 0) return fileError('Tệp không có dòng tiêu đề (tên các cột) và không có dữ liệu.');
  if (width > MAX_COLUMNS) return fileError(`Tệp có ${formatCount(width)} cột; tối đa ${MAX_COLUMNS} cột.`, headerRow);
  if (source.dataRowsOverLimit(headerRow)) {
    return fileError(`Tệp có hơn ${formatCount(MAX_DATA_ROWS)} dòng dữ liệu; tối đa ${formatCount(MAX_DATA_ROWS)} dòng.`);
  }

  const { indexes, issues: headerIssues } = matchHeaders(header.slice(0, width), columns);
  for (const [key, index] of indexes) table.labels[key] = header[index] ?? key;
  table.present = new Set(indexes.keys());
  for (const issue of [...headerIssues, ...checkColumns(table.present, table.labels)]) {
    table.issues.push({ file: source.file, row: headerRow, ...issue });
  }

  const skipped = records.slice(0, headerIndex).flatMap((record, index) => (isBlank(record) ? [] : [index + 1]));
  if (skipped.length > 0) {
    table.issues.push({
      file: source.file,
      row: null,
      column: null,
      severity: 'warning',
      message: `Dòng ${skipped.join(', ')} nằm trên dòng tiêu đề (dòng ${headerRow}) nên được bỏ qua.`,
    });
  }
  table.body = source.body(width, indexes);
  return table;
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
  const layouts = DELIMITERS.map((delimiter) => ({ layout: delimiter, records: parse(start, delimiter, HEADER_SEARCH_ROWS).data }));
  const { layout: delimiter, headerIndex } = detectHeader(layouts, columns) ?? { layout: ',' as const, headerIndex: 0 };
  return tableBelow(
    parse(start, delimiter, headerIndex + 1).data,
    headerIndex,
    {
      file: fileName,
      delimiter,
      dataRowsOverLimit: (headerRow) => dataRowsOverLimit(normalized, delimiter, headerRow),
      body: (width, indexes) => ({ kind: 'csv', text: normalized, width, indexes }),
    },
    columns,
    checkColumns,
  );
}

/**
 * Reads the header of a sheet of an Excel workbook (xlsx/sheet-rows.ts) as `readCsvTable`
 * reads a CSV file's: the same header search below title rows, checks and limits.
 */
export function readSheetTable(
  sheet: SheetRows,
  fileName: string,
  columns: readonly ColumnSpec[],
  checkColumns: ColumnsCheck = () => [],
): CsvTable {
  const records = sheet.rows.slice(0, HEADER_SEARCH_ROWS);
  const headerIndex = detectHeader([{ layout: 'sheet', records }], columns)?.headerIndex ?? 0;
  return tableBelow(
    records,
    headerIndex,
    {
      file: fileName,
      delimiter: null,
      dataRowsOverLimit: (headerRow) => sheet.rows.length - headerRow > MAX_DATA_ROWS,
      body: (width, indexes) => ({ kind: 'sheet', sheet, width, indexes }),
    },
    columns,
    checkColumns,
  );
}

/** A CSV text or an Excel sheet, read by `readCsvTable` or `readSheetTable`. */
export const readTable = (source: TableSource, fileName: string, columns: readonly ColumnSpec[], checkColumns?: ColumnsCheck): CsvTable =>
  typeof source === 'string' ? readCsvTable(source, fileName, columns, checkColumns) : readSheetTable(source, fileName, columns, checkColumns);

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
    this.issues.push(cellIssue(this.table, this.row, key, message, severity));
  }
}

/** An issue of one row, and of one column unless `key` is null; in a sheet, the column also by its letter. */
function cellIssue(table: CsvTable, row: number, key: string | null, message: string, severity: FileIssue['severity']): FileIssue {
  const issue: FileIssue = { file: table.file, row, column: key === null ? null : (table.labels[key] ?? key), message, severity };
  const index = key === null ? undefined : table.body?.indexes.get(key);
  if (table.body?.kind === 'sheet' && index !== undefined) issue.columnLetter = columnLetter(index);
  return issue;
}

/**
 * Reads every data row of a table with `readRow`, as it is parsed, handing each value to
 * `onRecord` (a roster has 200,000 rows: nothing of a row outlives its reading but what
 * `onRecord` keeps), and collects all issues, sorted by row, with the row number Excel
 * shows: from a CSV file, unbalanced quotes and rows whose cells do not line up with the
 * header; from a sheet, cells with no value to read; and the cells' own. Blank rows are
 * skipped. Values reach `onRecord` before later rows are read, so a caller keeping them
 * must drop them when the issues include an error.
 */
export function visitRecords<T>(table: CsvTable, readRow: (cells: RowCells) => T | null, onRecord: (record: T) => void): { issues: FileIssue[] } {
  const issues = [...table.issues];
  const body = table.body;
  let dataRows = 0;
  /** Reads one row unless it is blank or above the header; `unreadable` says why a row cannot be read, if it cannot. */
  const readRecord = (record: readonly string[], row: number, unreadable: (used: number) => FileIssue[]) => {
    if (row <= table.headerRow) return;
    const used = usedWidth(record);
    if (used === 0) return;
    dataRows++;
    const problems = unreadable(used);
    if (problems.length) {
      issues.push(...problems);
      return;
    }
    const value = readRow(new RowCells(table, row, record, issues));
    if (value !== null) onRecord(value);
  };
  if (body?.kind === 'csv') visitCsvRows(table, body, issues, readRecord);
  if (body?.kind === 'sheet') visitSheetRows(table, body, readRecord);
  if (body && dataRows === 0 && !hasErrors(issues)) {
    issues.push({ file: table.file, row: null, column: null, message: 'Tệp không có dòng dữ liệu nào dưới dòng tiêu đề.', severity: 'error' });
  }
  issues.sort((a, b) => (a.row ?? 0) - (b.row ?? 0));
  return { issues };
}

type RecordReader = (record: readonly string[], row: number, unreadable: (used: number) => FileIssue[]) => void;

/**
 * The rows of a CSV body, parsed in chunks: a chunk's rows are read and dropped before the
 * next is parsed. A row whose cells do not line up with the header is reported, not read.
 */
function visitCsvRows(table: CsvTable, body: TableBody & { kind: 'csv' }, issues: FileIssue[], readRecord: RecordReader): void {
  const rowError = (message: string, row: number): FileIssue => ({ file: table.file, row, column: null, message, severity: 'error' });
  const misaligned = (record: readonly string[], row: number) => (used: number) => {
    if (record.length >= body.width && used <= body.width) return [];
    const count = record.length < body.width ? record.length : used;
    const delimiter = DELIMITER_NAMES[table.delimiter ?? ','];
    const hint = count > body.width ? ` Có thể một ô chứa ${delimiter} mà không được đặt trong dấu ngoặc kép.` : '';
    return [rowError(`Dòng này có ${formatCount(count)} ô nhưng dòng tiêu đề có ${formatCount(body.width)} cột.${hint}`, row)];
  };
  // PapaParse streams a string in chunks too, synchronously; its types allow chunks only for files.
  let chunkStart = 0;
  const chunked: Papa.ParseConfig<string[]> & Pick<Papa.ParseLocalConfig<string[]>, 'chunk' | 'chunkSize'> = {
    delimiter: table.delimiter ?? ',',
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
        issues.push(rowError(message, chunkStart + error.row + 1));
      }
      data.forEach((record, index) => broken.has(index) || readRecord(record, chunkStart + index + 1, misaligned(record, chunkStart + index + 1)));
      chunkStart += data.length;
    },
  };
  Papa.parse<string[]>(body.text, chunked);
}

/**
 * The rows of a sheet. Cells cannot be misaligned as in a CSV file, so only a row with a
 * cell that has no value (a formula error) in a column the tool reads is reported instead
 * of read; cells in columns without a header are left out, as in Excel's own tables.
 */
function visitSheetRows(table: CsvTable, body: TableBody & { kind: 'sheet' }, readRecord: RecordReader): void {
  const { rows, problems } = body.sheet;
  const columnKey = new Map([...body.indexes].map(([key, index]) => [index, key]));
  rows.forEach((record, index) => {
    const row = index + 1;
    const unreadable = () =>
      [...(problems.get(row) ?? [])].flatMap(([column, message]) => {
        const key = columnKey.get(column);
        return key === undefined ? [] : [cellIssue(table, row, key, message, 'error')];
      });
    readRecord(record.slice(0, body.width), row, unreadable);
  });
}

/** Every data row of a table read with `readRow` (see visitRecords); any error means no records at all: a file with errors gives no partial results. */
export function readRecords<T>(table: CsvTable, readRow: (cells: RowCells) => T | null): { records: T[]; issues: FileIssue[] } {
  const records: T[] = [];
  const { issues } = visitRecords(table, readRow, (record) => records.push(record));
  return { records: hasErrors(issues) ? [] : records, issues };
}
