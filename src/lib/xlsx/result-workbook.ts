/**
 * A calculator's results as an Excel workbook: a sheet "Kết quả" with the result table
 * (Vietnamese headers, numbers as numbers, notes and the clauses each row rests on in
 * their own columns), and a sheet "Thông tin" saying which tool, rule sets, plans and
 * clauses produced it, when, and from which files.
 */
import type { Encodings } from '../csv/input-file';
import { describeRead } from '../csv/input-file';
import type { ResultColumn, ResultTable, ResultValue } from '../csv/result-table';
import type { CalendarDate } from '../core/dates';
import { formatDate } from '../core/vi-format';
import { type ClauseRef, citation, clauseHref, distinctClauses } from '../rules/clause';
import type { SheetColumn, SheetSpec, SheetValue, WorkbookSpec } from './write-workbook';

export const RESULTS_SHEET = 'Kết quả';
export const ABOUT_SHEET = 'Thông tin';
export const CLAUSES_HEADER = 'Căn cứ';

/** What produced the results, for the "Thông tin" sheet. */
export interface ResultAbout {
  /** The calculator and its page ("/cong-cu/chi-tieu-dtts/"). */
  tool: { name: string; path: string };
  /** Each rule set applied, by name (with what it was applied to, when several). */
  ruleSets: readonly string[];
  /** Every clause the figures rest on. */
  clauses: readonly ClauseRef[];
  /** Further settings ("Ngày tham chiếu"). */
  settings?: readonly (readonly [string, string])[];
  /** How each input file was read. */
  read: Encodings;
  /** The day the results were computed. */
  date: CalendarDate;
  /** The site's address, for links to the tool, the plans and their clauses ("https://…"). */
  origin: string;
}

const link = (text: string, url: string): SheetValue => ({ text, hyperlink: url });

function resultColumn(column: ResultColumn): SheetColumn {
  if (column.kind === 'notes') return { header: column.label, width: 60, wrap: true };
  if (column.kind === 'percent') return { header: column.label, width: 12, format: '0.00' };
  // Codes stay text ("01"); names are wider than figures.
  if (column.key === 'ma_xa') return { header: column.label, width: 10, format: '@' };
  if (column.key === 'ten_xa') return { header: column.label, width: 24 };
  return { header: column.label, width: 16 };
}

/** A value as the sheet shows it: numbers stay numbers, yes/no is written "có"/"không". */
const sheetValue = (value: ResultValue): SheetValue => (typeof value === 'boolean' ? (value ? 'có' : 'không') : value);

/** "câu mở đầu khoản 2 Mục II: https://…/ke-hoach/x/#ii-2", one clause a line. */
const clauseLines = (clauses: readonly ClauseRef[], origin: string) =>
  distinctClauses(clauses).map((c) => `${citation(c)}: ${origin}${clauseHref(c)}`).join('\n');

function aboutSheet(about: ResultAbout): SheetSpec {
  const clauses = distinctClauses(about.clauses);
  const plans = [...new Set(clauses.map((c) => c.plan))];
  const rows: SheetValue[][] = [
    ['Công cụ', link(about.tool.name, `${about.origin}${about.tool.path}`)],
    ['Ngày tính', formatDate(about.date)],
    ...about.ruleSets.map((name) => ['Bộ quy tắc', name]),
    ...plans.map((slug) => ['Kế hoạch', link(`${about.origin}/ke-hoach/${slug}/`, `${about.origin}/ke-hoach/${slug}/`)]),
    ...(about.settings ?? []).map(([label, value]) => [label, value]),
    ...about.read.map((read) => ['Tệp đã đọc', describeRead(read)]),
    ...clauses.map((c) => [CLAUSES_HEADER, link(`${citation(c)}: ${about.origin}${clauseHref(c)}`, `${about.origin}${clauseHref(c)}`)]),
    [
      'Ghi chú',
      'Số liệu được tính trong trình duyệt từ tệp của đơn vị; tệp không được gửi đi đâu. ' +
        `Trang “${RESULTS_SHEET}” ghi cho từng dòng các lưu ý (cột “Ghi chú”) và các điều khoản mà số liệu của dòng đó dựa vào (cột “${CLAUSES_HEADER}”).`,
    ],
  ];
  return { name: ABOUT_SHEET, columns: [{ header: 'Mục', width: 16 }, { header: 'Nội dung', width: 100, wrap: true }], rows };
}

/** The workbook of a result table; `rowClauses[i]` are the clauses row i's figures rest on. */
export function resultWorkbook(table: ResultTable, rowClauses: readonly (readonly ClauseRef[])[], about: ResultAbout, created: Date): WorkbookSpec {
  const results: SheetSpec = {
    name: RESULTS_SHEET,
    columns: [...table.columns.map(resultColumn), { header: CLAUSES_HEADER, width: 60, wrap: true }],
    rows: table.rows.map((row, i) => [...row.map(sheetValue), clauseLines(rowClauses[i] ?? [], about.origin)]),
  };
  return { sheets: [results, aboutSheet(about)], created };
}
