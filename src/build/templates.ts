/**
 * The Excel templates beside the CSV ones (/mau/xa.xlsx beside /mau/xa.csv): the CSV
 * template's header row, so the two never differ; the first row of the example file as an
 * example row; and each column formatted and validated as its reader reads it
 * (ColumnSpec.kind): counts whole numbers from 0, percentages 0–100, yes/no and sex from a
 * list, ethnic groups from the 54 recognised (the 53 minorities where Kinh is not allowed).
 */
import type { DataValidation } from 'exceljs';
import { type ColumnKind, type ColumnSpec } from '../lib/csv/headers';
import { parseCount, parsePercent } from '../lib/csv/numbers';
import { readCsvTable, readRecords } from '../lib/csv/read';
import { parseDate, parseYesNo } from '../lib/csv/values';
import { ETHNIC_GROUP_NAMES, findEthnicGroup } from '../lib/ethnic-groups';
import { CHAT_LUONG_COLUMNS } from '../lib/quality/chat-luong-csv';
import { DAN_TOC_COLUMNS, DON_VI_COLUMNS, XA_COLUMNS } from '../lib/quota/xa-csv';
import { CAN_BO_COLUMNS } from '../lib/roster/can-bo-csv';
import type { SheetColumn, SheetSpec, SheetValue, WorkbookSpec } from '../lib/xlsx/write-workbook';

export interface Template {
  /** The file name without extension: /mau/<name>.csv, /mau/<name>.xlsx, and the example /mau/vi-du-<name>.csv. */
  name: string;
  /** The sheet's name, as on its tab. */
  sheet: string;
  columns: readonly ColumnSpec[];
}

export const TEMPLATES: readonly Template[] = [
  { name: 'xa', sheet: 'Danh sách xã', columns: XA_COLUMNS },
  { name: 'dan-toc', sheet: 'Dân tộc theo xã', columns: DAN_TOC_COLUMNS },
  { name: 'don-vi', sheet: 'Đơn vị sự nghiệp', columns: DON_VI_COLUMNS },
  { name: 'can-bo', sheet: 'Danh sách cán bộ', columns: CAN_BO_COLUMNS },
  { name: 'chat-luong', sheet: 'Chất lượng theo xã', columns: CHAT_LUONG_COLUMNS },
];

/** Rows under the header that the validations cover: more than any province's communes or commune cadres. */
export const TEMPLATE_ROWS = 20_000;

/** The hidden sheet the ethnic-group lists are drawn from (a list in a validation itself is limited to 255 characters). */
export const LISTS_SHEET = 'Danh mục';
const MINORITIES = ETHNIC_GROUP_NAMES.filter((name) => {
  const match = findEthnicGroup(name);
  return match.ok && match.minority;
});
const listRange = (column: string, count: number) => `'${LISTS_SHEET}'!$${column}$2:$${column}$${count + 1}`;

const stop = (error: string): Pick<DataValidation, 'allowBlank' | 'showErrorMessage' | 'errorStyle' | 'errorTitle' | 'error'> => ({
  allowBlank: true,
  showErrorMessage: true,
  errorStyle: 'stop',
  errorTitle: 'Giá trị không hợp lệ',
  error,
});
const list = (items: string, error: string): DataValidation => ({ type: 'list', formulae: [items], ...stop(error) });

const VALIDATIONS: Partial<Record<ColumnKind, DataValidation>> = {
  count: { type: 'whole', operator: 'greaterThanOrEqual', formulae: [0], ...stop('Ghi số nguyên từ 0 trở lên (số người, không có phần thập phân).') },
  percent: { type: 'decimal', operator: 'between', formulae: [0, 100], ...stop('Ghi tỷ lệ phần trăm từ 0 đến 100, ví dụ 12,5.') },
  year: { type: 'whole', operator: 'between', formulae: [1900, 2100], ...stop('Ghi năm sinh đủ 4 chữ số, ví dụ 1980.') },
  yesNo: list('"có,không"', 'Chọn “có” hoặc “không”.'),
  sex: list('"Nam,Nữ"', 'Chọn “Nam” hoặc “Nữ”.'),
  ethnicGroup: list(listRange('A', ETHNIC_GROUP_NAMES.length), `Chọn một trong ${ETHNIC_GROUP_NAMES.length} dân tộc trong danh sách.`),
  minorityGroup: list(listRange('B', MINORITIES.length), `Chọn một trong ${MINORITIES.length} dân tộc thiểu số trong danh sách (không ghi dân tộc Kinh).`),
};

/** "@" keeps a code such as "01" as text; counts show thousands as Excel's language settings do. */
const FORMATS: Partial<Record<ColumnKind, string>> = { text: '@', count: '#,##0', year: '0', date: 'dd/mm/yyyy' };

/** An example cell as a typed value: numbers as numbers, dates as dates, yes/no as "có"/"không". */
function typedValue(kind: ColumnKind, text: string): SheetValue {
  if (text === '') return null;
  const failed = () => {
    throw new Error(`Giá trị ví dụ “${text}” không hợp lệ cho cột kiểu ${kind}.`);
  };
  switch (kind) {
    case 'count': {
      const parsed = parseCount(text);
      return parsed?.ok ? parsed.value : failed();
    }
    case 'percent': {
      const parsed = parsePercent(text);
      return parsed?.ok ? Number(parsed.value.num) / Number(parsed.value.den) : failed();
    }
    case 'date': {
      const parsed = parseDate(text);
      if (!parsed.ok) return failed();
      return parsed.yearOnly ? parsed.value.year : new Date(Date.UTC(parsed.value.year, parsed.value.month - 1, parsed.value.day));
    }
    case 'year':
      return Number(text);
    case 'yesNo': {
      const parsed = parseYesNo(text);
      return parsed.ok ? (parsed.value ? 'có' : 'không') : failed();
    }
    case 'ethnicGroup':
    case 'minorityGroup': {
      const match = findEthnicGroup(text);
      return match.ok ? match.name : failed();
    }
    default:
      return text;
  }
}

/** The columns of a CSV file's header row, in its order, as the reader matches them. */
function headerColumns(template: Template, csv: string): ColumnSpec[] {
  const table = readCsvTable(csv, `${template.name}.csv`, template.columns);
  // Every header of the CSV template is one the reader knows: any issue, even a warning, is a mistake in the template.
  if (table.issues.length || !table.body) throw new Error(`Tệp mẫu ${template.name}.csv: ${table.issues.map((e) => e.message).join(' ')}`);
  const byIndex = [...table.body.indexes].sort((a, b) => a[1] - b[1]);
  return byIndex.map(([key]) => ({ ...template.columns.find((c) => c.key === key)!, label: table.labels[key]! }));
}

/** The first data row of the example file, as cell text by column key. */
function exampleRow(template: Template, csv: string): Record<string, string> {
  const table = readCsvTable(csv, `vi-du-${template.name}.csv`, template.columns);
  const { records } = readRecords(table, (cells) => Object.fromEntries(template.columns.map((c) => [c.key, cells.text(c.key) ?? ''])));
  if (!records[0]) throw new Error(`Tệp ví dụ vi-du-${template.name}.csv không có dòng dữ liệu hợp lệ.`);
  return records[0];
}

const EXAMPLE_NOTE = 'Dòng 2 là dòng ví dụ (lấy từ dữ liệu ví dụ của trang): hãy ghi đè hoặc xoá dòng này rồi điền số liệu của đơn vị.';

/** The lists the ethnic-group validations offer, on a hidden sheet. */
const LISTS: SheetSpec = {
  name: LISTS_SHEET,
  hidden: true,
  columns: [
    { header: 'Dân tộc', width: 20 },
    { header: 'Dân tộc thiểu số', width: 20 },
  ],
  rows: ETHNIC_GROUP_NAMES.map((name, i) => [name, MINORITIES[i] ?? null]),
};

/** The date the templates carry: fixed, so that a build writes the same bytes as the last. */
export const TEMPLATES_CREATED = new Date(Date.UTC(2026, 0, 1));

/** The template's workbook: `templateCsv` gives the header row (the CSV template's own), `exampleCsv` the example row. */
export function templateWorkbook(template: Template, templateCsv: string, exampleCsv: string): WorkbookSpec {
  const columns = headerColumns(template, templateCsv);
  const example = exampleRow(template, exampleCsv);
  const sheetColumns: SheetColumn[] = columns.map((c) => {
    const kind = c.kind ?? 'text';
    return { header: c.label, width: Math.min(40, Math.max(12, c.label.length + 2)), format: FORMATS[kind], validation: VALIDATIONS[kind] };
  });
  const main: SheetSpec = {
    name: template.sheet,
    columns: sheetColumns,
    rows: [columns.map((c) => typedValue(c.kind ?? 'text', example[c.key] ?? ''))],
    validatedRows: TEMPLATE_ROWS,
    comments: { A2: EXAMPLE_NOTE },
  };
  const needsLists = columns.some((c) => c.kind === 'ethnicGroup' || c.kind === 'minorityGroup');
  return { sheets: needsLists ? [main, LISTS] : [main], created: TEMPLATES_CREATED };
}
