/**
 * Excel workbooks for tests, made with ExcelJS as an official's Excel would hold them: a
 * sheet per CSV text, with optional merged title rows above the header, counts as numbers
 * or as text ("1.234" typed into a text cell), dates as dates.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import Papa from 'papaparse';
import { parseCount } from '../../src/lib/csv/numbers';
import { parseDate } from '../../src/lib/csv/values';

export const SAMPLES = join(import.meta.dirname, '../../public/mau');
export const sample = (name: string) => readFileSync(join(SAMPLES, name), 'utf8').replace(/^\uFEFF/, '');

export interface SheetFromCsv {
  name: string;
  csv: string;
  /** Rows above the header, each merged across the header's width (a title, a date line). */
  titleRows?: string[];
  /** Counts stored as text, as typed into cells formatted as text; numbers otherwise. */
  numbersAsText?: boolean;
}

/** A cell as Excel would hold it: a count as a number (unless stored as text), a date as a date, text as text. */
function cellValue(text: string, numbersAsText: boolean): ExcelJS.CellValue {
  if (text === '') return null;
  const count = parseCount(text);
  if (count?.ok && !numbersAsText && !/^0\d/.test(text)) return count.value;
  const date = /^\d{1,2}\/\d{1,2}\/\d{4}$|^\d{4}-\d{2}-\d{2}$/.test(text) ? parseDate(text) : null;
  if (date?.ok) return new Date(Date.UTC(date.value.year, date.value.month - 1, date.value.day));
  return text;
}

export function addCsvSheet(workbook: ExcelJS.Workbook, { name, csv, titleRows = [], numbersAsText = false }: SheetFromCsv): ExcelJS.Worksheet {
  const rows = Papa.parse<string[]>(csv.trim(), { skipEmptyLines: true }).data;
  const sheet = workbook.addWorksheet(name);
  const width = rows[0]?.length ?? 1;
  for (const title of titleRows) {
    const row = sheet.addRow([title]);
    sheet.mergeCells(row.number, 1, row.number, width);
  }
  const [header = [], ...data] = rows;
  sheet.addRow(header);
  for (const record of data) sheet.addRow(record.map((text) => cellValue(text, numbersAsText)));
  return sheet;
}

export async function workbookBytes(sheets: SheetFromCsv[], build: (workbook: ExcelJS.Workbook) => void = () => {}): Promise<Buffer> {
  const workbook = new ExcelJS.Workbook();
  for (const sheet of sheets) addCsvSheet(workbook, sheet);
  build(workbook);
  return Buffer.from(await workbook.xlsx.writeBuffer());
}

/** A workbook read back, as a reader of the downloaded file would open it. */
export async function readWorkbook(bytes: Buffer | Uint8Array): Promise<ExcelJS.Workbook> {
  const workbook = new ExcelJS.Workbook();
  await workbook.xlsx.load(Buffer.from(bytes) as unknown as ArrayBuffer);
  return workbook;
}

/** A sheet's rows as plain values (a hyperlink as its text), row 1 first. */
export function sheetValues(sheet: ExcelJS.Worksheet): unknown[][] {
  const rows: unknown[][] = [];
  sheet.eachRow({ includeEmpty: true }, (row, number) => {
    const values: unknown[] = [];
    row.eachCell({ includeEmpty: true }, (cell, column) => {
      const value = cell.value;
      values[column - 1] = value !== null && typeof value === 'object' && 'hyperlink' in value ? value.text : value;
    });
    rows[number - 1] = values;
  });
  return rows;
}

export const XLSX_MIME = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
