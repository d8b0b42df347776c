/**
 * The quota calculator on files: decode and read xa.csv and its optional companions,
 * check them against each other, and compute every commune. Pure, so it runs in the
 * page's Web Worker and in unit tests alike.
 */
import { decodeCsvBytes, type CsvEncoding } from '../csv/decode';
import { communeQuota, type CommuneQuota } from './engine';
import type { FileIssue } from '../csv/issues';
import type { QuotaRuleSet } from './rules';
import { type EthnicGroupRow, type ServiceUnitRow, readDanTocCsv, readDonViCsv, readXaCsv } from './xa-csv';

export interface InputFile {
  name: string;
  bytes: Uint8Array;
}

export interface QuotaFiles {
  xa: InputFile;
  danToc?: InputFile;
  donVi?: InputFile;
}

export interface QuotaFilesResult {
  /** Which encoding each file was read in, to tell the user. */
  encodings: { file: string; encoding: CsvEncoding }[];
  /** Every problem in every file; any error means no results. */
  issues: FileIssue[];
  results: CommuneQuota[];
  ethnicGroups: EthnicGroupRow[];
  serviceUnits: ServiceUnitRow[];
}

export type Progress = (done: number, total: number, stage: string) => void;

function decode(file: InputFile, encodings: QuotaFilesResult['encodings'], issues: FileIssue[]): string | null {
  const decoded = decodeCsvBytes(file.bytes);
  if (!decoded.ok) {
    issues.push({ file: file.name, row: null, column: null, message: decoded.message, severity: 'error' });
    return null;
  }
  encodings.push({ file: file.name, encoding: decoded.encoding });
  return decoded.text;
}

/** Rows of a companion file whose commune is not in xa.csv. */
function unknownCommunes(rows: { row: number; code: string }[], codes: Set<string>, file: string, column: string): FileIssue[] {
  return rows
    .filter((r) => !codes.has(r.code))
    .map((r) => ({ file, row: r.row, column, message: `Mã xã “${r.code}” không có trong tệp xa.csv.`, severity: 'error' as const }));
}

export function computeFromFiles(files: QuotaFiles, rules: QuotaRuleSet, progress: Progress = () => {}): QuotaFilesResult {
  const encodings: QuotaFilesResult['encodings'] = [];
  const issues: FileIssue[] = [];
  const empty = { encodings, issues, results: [], ethnicGroups: [], serviceUnits: [] };

  progress(0, 1, 'Đang đọc tệp');
  const xaText = decode(files.xa, encodings, issues);
  const danTocText = files.danToc ? decode(files.danToc, encodings, issues) : null;
  const donViText = files.donVi ? decode(files.donVi, encodings, issues) : null;

  const xa = xaText === null ? { communes: [], issues: [] } : readXaCsv(xaText, files.xa.name);
  const danToc = danTocText === null ? { rows: [], issues: [] } : readDanTocCsv(danTocText, files.danToc!.name);
  const donVi = donViText === null ? { rows: [], issues: [] } : readDonViCsv(donViText, files.donVi!.name);
  issues.push(...xa.issues, ...danToc.issues, ...donVi.issues);

  const codes = new Set(xa.communes.map((c) => c.code));
  if (xa.communes.length) {
    if (files.danToc) issues.push(...unknownCommunes(danToc.rows, codes, files.danToc.name, 'Mã xã'));
    if (files.donVi) issues.push(...unknownCommunes(donVi.rows, codes, files.donVi.name, 'Mã xã'));
  }
  if (issues.some((i) => i.severity === 'error')) return empty;

  const results: CommuneQuota[] = [];
  const total = xa.communes.length;
  const step = Math.max(1, Math.floor(total / 20));
  xa.communes.forEach((commune, i) => {
    results.push(communeQuota(commune, rules));
    if (i % step === 0) progress(i, total, 'Đang tính');
  });
  progress(total, total, 'Đã tính xong');
  return { encodings, issues, results, ethnicGroups: danToc.rows, serviceUnits: donVi.rows };
}
