/**
 * Files a calculator reads: decoded with the encoding reported, and the cross-file check
 * every companion file needs (its communes must be in the main list).
 */
import { type CsvEncoding, decodeCsvBytes } from './decode';
import type { FileIssue } from './issues';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export type Encodings = { file: string; encoding: CsvEncoding }[];

/** Progress of a long computation, for the page's progress bar. */
export type Progress = (done: number, total: number, stage: string) => void;

/** The file's text, with its encoding added to `encodings`; null (and an error in `issues`) when it cannot be read. */
export function decodeInputFile(file: InputFile, encodings: Encodings, issues: FileIssue[]): string | null {
  const decoded = decodeCsvBytes(file.bytes);
  if (!decoded.ok) {
    issues.push({ file: file.name, row: null, column: null, message: decoded.message, severity: 'error' });
    return null;
  }
  encodings.push({ file: file.name, encoding: decoded.encoding });
  return decoded.text;
}

/** Rows of a companion file whose commune is not in the main list. */
export function unknownCommunes(rows: Iterable<{ row: number; code: string }>, codes: ReadonlySet<string>, file: string, listFile: string): FileIssue[] {
  return [...rows]
    .filter((r) => !codes.has(r.code))
    .map((r) => ({ file, row: r.row, column: 'Mã xã', message: `Mã xã “${r.code}” không có trong tệp ${listFile}.`, severity: 'error' as const }));
}

export const hasErrors = (issues: readonly FileIssue[]) => issues.some((i) => i.severity === 'error');
