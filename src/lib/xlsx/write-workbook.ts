/**
 * Writing an .xlsx from a plain description of its sheets (the result files, the
 * templates): columns with their header, width, number format and data validation, then
 * rows of values. The description is built by pure functions and tested as data; this
 * module only hands it to the spreadsheet library.
 */
import type { DataValidation, Workbook, Worksheet } from 'exceljs';
import { columnLetter } from '../csv/headers';
import { excelLibrary } from './excel-library';
import { withEntryTimes, zipEntries } from './zip';

export type SheetValue = string | number | boolean | Date | null | { text: string; hyperlink: string };

export interface SheetColumn {
  header: string;
  /** In characters, as Excel measures a column. */
  width: number;
  /** Excel number format: "0.00", "@" (text, so "01" keeps its zero), "dd/mm/yyyy". */
  format?: string;
  /** Long text (notes, clauses) wraps within the column. */
  wrap?: boolean;
  /** Checked by Excel as the user types, in the rows under the header (`SheetSpec.validatedRows`). */
  validation?: DataValidation;
}

export interface SheetSpec {
  name: string;
  columns: readonly SheetColumn[];
  rows: readonly (readonly SheetValue[])[];
  /** A sheet only other sheets refer to (the list a validation offers). */
  hidden?: boolean;
  /** How many rows under the header the columns' validations cover. */
  validatedRows?: number;
  /** A comment on a cell ("A2": "Dòng ví dụ …"). */
  comments?: Readonly<Record<string, string>>;
}

export interface WorkbookSpec {
  sheets: readonly SheetSpec[];
  /** The workbook's creation date, and every part's time in the archive: the same spec writes the same bytes. */
  created: Date;
}

export const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** Data validations are not in the library's type declarations, though it writes them. */
type WithValidations = Worksheet & { dataValidations: { add: (range: string, validation: DataValidation) => void } };

function addSheet(workbook: Workbook, spec: SheetSpec): void {
  const sheet = workbook.addWorksheet(spec.name, {
    state: spec.hidden ? 'hidden' : 'visible',
    views: [{ state: 'frozen', ySplit: 1 }],
  }) as WithValidations;
  sheet.columns = spec.columns.map((c) => ({
    header: c.header,
    width: c.width,
    style: { numFmt: c.format, alignment: c.wrap ? { wrapText: true, vertical: 'top' } : { vertical: 'top' } },
  }));
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.addRows(spec.rows.map((row) => [...row]));
  spec.columns.forEach((column, index) => {
    if (!column.validation || !spec.validatedRows) return;
    const letter = columnLetter(index);
    sheet.dataValidations.add(`${letter}2:${letter}${spec.validatedRows + 1}`, column.validation);
  });
  for (const [address, text] of Object.entries(spec.comments ?? {})) sheet.getCell(address).note = text;
}

/** The workbook's bytes. */
export async function writeWorkbook(spec: WorkbookSpec): Promise<Uint8Array<ArrayBuffer>> {
  const library = await excelLibrary();
  const workbook = new library.Workbook();
  workbook.created = spec.created;
  workbook.modified = spec.created;
  for (const sheet of spec.sheets) addSheet(workbook, sheet);
  const bytes = new Uint8Array(await workbook.xlsx.writeBuffer());
  // The library stamps each part with the time of writing; the spec's date makes the bytes depend on the content alone.
  return withEntryTimes(bytes, zipEntries(bytes) ?? [], spec.created);
}
