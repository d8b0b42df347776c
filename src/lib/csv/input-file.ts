/**
 * Files a calculator reads: a CSV file decoded with the encoding reported, or the sheet of
 * an Excel workbook read beforehand (xlsx/workbook-files.ts); and the cross-file check
 * every companion file needs (its communes must be in the main list).
 */
import { type CsvEncoding, decodeCsvBytes } from './decode';
import type { FileIssue } from './issues';
import type { ReadSheet, TableSource } from './table-source';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
  /** For an Excel workbook: its sheet as read, or why it could not be. */
  sheet?: ReadSheet;
}

/** How each file was read, to tell the user: a CSV file's encoding, or a workbook's sheet. */
export type Encodings = ({ file: string; encoding: CsvEncoding } | { file: string; sheet: string })[];

/** "xa.csv (mã UTF-8)", "xa.xlsx (trang tính “Xã”)". */
export const describeRead = (read: Encodings[number]) =>
  'sheet' in read ? `${read.file} (trang tính “${read.sheet}”)` : `${read.file} (mã ${read.encoding})`;

/** Progress of a long computation, for the page's progress bar. */
export type Progress = (done: number, total: number, stage: string) => void;

/** The file's table (decoded text, or its sheet), with how it was read added to `encodings`; null (and an error in `issues`) when it cannot be read. */
export function readInputFile(file: InputFile, encodings: Encodings, issues: FileIssue[]): TableSource | null {
  const fileError = (message: string) => {
    issues.push({ file: file.name, row: null, column: null, message, severity: 'error' });
    return null;
  };
  if (file.sheet) {
    if (!file.sheet.ok) return fileError(file.sheet.message);
    encodings.push({ file: file.name, sheet: file.sheet.sheet.name });
    return file.sheet.sheet;
  }
  const decoded = decodeCsvBytes(file.bytes);
  if (!decoded.ok) return fileError(decoded.message);
  encodings.push({ file: file.name, encoding: decoded.encoding });
  return decoded.text;
}

/** Names, on each issue of a file read from a workbook, the sheet it was read from (cross-file checks know only the file). */
export function markSheets(issues: FileIssue[], files: readonly (InputFile | undefined)[]): void {
  const sheets = new Map(files.flatMap((f) => (f?.sheet?.ok ? [[f.name, f.sheet.sheet.name] as const] : [])));
  for (const issue of issues) {
    const sheet = sheets.get(issue.file);
    if (sheet !== undefined) issue.sheet = sheet;
  }
}

/** Rows of a companion file whose commune is not in the main list. */
export function unknownCommunes(rows: Iterable<{ row: number; code: string }>, codes: ReadonlySet<string>, file: string, listFile: string): FileIssue[] {
  return [...rows]
    .filter((r) => !codes.has(r.code))
    .map((r) => ({ file, row: r.row, column: 'Mã xã', message: `Mã xã “${r.code}” không có trong tệp ${listFile}.`, severity: 'error' as const }));
}

export const hasErrors = (issues: readonly FileIssue[]) => issues.some((i) => i.severity === 'error');
