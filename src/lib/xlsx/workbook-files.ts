/**
 * The step between reading the chosen files' bytes and computing: each Excel workbook
 * among them gets its sheet read (read-sheet.ts), so the calculators, which are
 * synchronous, read a workbook's sheet as they read a CSV file's text.
 */
import type { InputFile } from '../csv/input-file';
import { isOle } from './inspect';
import { readSheet } from './read-sheet';
import { isZip } from './zip';

/** The sheet the user chose in each workbook, by the file's key; a workbook without one is read from its first visible sheet. */
export type SheetChoices<F> = Partial<Record<keyof F, string>>;

/**
 * Whether the bytes are a spreadsheet rather than text: a ZIP archive (.xlsx) or an OLE2
 * compound file (.xls, or a workbook locked with a password). Told from the content, not
 * the name, so a CSV file named .xlsx is still read as CSV.
 */
export const isWorkbook = (bytes: Uint8Array) => isZip(bytes) || isOle(bytes);

/** The files, each workbook among them with its sheet read; the spreadsheet library is loaded only when there is one. */
export async function readWorkbooks<F extends { [K in keyof F]?: InputFile }>(files: F, sheets: SheetChoices<F> = {}): Promise<F> {
  const read = await Promise.all(
    Object.entries(files as Record<string, InputFile | undefined>).map(async ([key, file]) => {
      if (!file || !isWorkbook(file.bytes)) return [key, file] as const;
      return [key, { ...file, sheet: await readSheet(file.bytes, sheets[key as keyof F]) }] as const;
    }),
  );
  return Object.fromEntries(read) as F;
}
