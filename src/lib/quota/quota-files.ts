/**
 * The quota calculator on files: decode and read xa.csv and its optional companions,
 * check them against each other, and compute every commune. Pure, so it runs in the
 * page's Web Worker and in unit tests alike.
 *
 * With a roster (can-bo.csv), xa.csv still gives each commune's population and assigned
 * staff quota; the roster alone gives the cadre counts, joined on ma_xa (ROSTER_JOIN_NOTE).
 */
import type { FileIssue } from '../csv/issues';
import { type Encodings, type InputFile, type Progress, hasErrors, markSheets, readInputFile, unknownCommunes } from '../csv/input-file';
import { type CalendarDate, today as calendarToday } from '../core/dates';
import { type RosterCounts, RosterCounter } from '../roster/aggregate';
import { readCanBoCsv } from '../roster/can-bo-csv';
import { communeQuota, type CommuneQuota } from './engine';
import type { CommuneInput } from './input';
import type { QuotaRuleSet } from './rules';
import { type EthnicGroupRow, type ServiceUnitRow, readDanTocCsv, readDonViCsv, readXaCsv } from './xa-csv';

export type { InputFile, Progress };

export interface QuotaFiles {
  xa: InputFile;
  danToc?: InputFile;
  donVi?: InputFile;
  /** can-bo.csv: when given, the source of every commune's cadre counts. */
  canBo?: InputFile;
}

export interface QuotaFilesResult {
  /** Which encoding each file was read in, to tell the user. */
  encodings: Encodings;
  /** Every problem in every file; any error means no results. */
  issues: FileIssue[];
  results: CommuneQuota[];
  ethnicGroups: EthnicGroupRow[];
  serviceUnits: ServiceUnitRow[];
}

export const ROSTER_JOIN_NOTE =
  'Khi nạp danh sách cán bộ (can-bo.csv), số cán bộ người DTTS, lãnh đạo, nữ, nữ lãnh đạo và đã đào tạo của mỗi xã được đếm từ danh sách đó (nối theo mã xã); ' +
  'xa.csv chỉ cần dân số và biên chế được giao, các cột số cán bộ trong xa.csv không được dùng. Xã có trong xa.csv mà không có ai trong danh sách được tính là 0 cán bộ người DTTS.';

/** The commune with its cadre counts taken from the roster. */
function withRosterCounts(commune: CommuneInput, counts: RosterCounts | undefined): CommuneInput {
  if (!counts) return { ...commune, dttsCadres: 0, dttsLeaders: 0, dttsWomen: 0, dttsWomenLeaders: 0, dttsTrained: 0 };
  return {
    ...commune,
    dttsCadres: counts.dtts,
    dttsLeaders: counts.dttsLeaders,
    dttsWomen: counts.dttsWomen,
    dttsWomenLeaders: counts.dttsWomenLeaders,
    dttsTrained: counts.dttsTrained,
  };
}

export function computeFromFiles(files: QuotaFiles, rules: QuotaRuleSet, progress: Progress = () => {}, today: CalendarDate = calendarToday()): QuotaFilesResult {
  const encodings: Encodings = [];
  const issues: FileIssue[] = [];
  const empty = { encodings, issues, results: [], ethnicGroups: [], serviceUnits: [] };

  progress(0, 1, 'Đang đọc tệp');
  const xaTable = readInputFile(files.xa, encodings, issues);
  const danTocTable = files.danToc ? readInputFile(files.danToc, encodings, issues) : null;
  const donViTable = files.donVi ? readInputFile(files.donVi, encodings, issues) : null;
  const canBoTable = files.canBo ? readInputFile(files.canBo, encodings, issues) : null;

  const xa = xaTable === null ? { communes: [], issues: [] } : readXaCsv(xaTable, files.xa.name, { cadresFromRoster: files.canBo !== undefined });
  const danToc = danTocTable === null ? { rows: [], issues: [] } : readDanTocCsv(danTocTable, files.danToc!.name);
  const donVi = donViTable === null ? { rows: [], issues: [] } : readDonViCsv(donViTable, files.donVi!.name);
  const counter = new RosterCounter();
  const canBo = canBoTable === null ? { issues: [] } : readCanBoCsv(canBoTable, files.canBo!.name, today, (cadre) => counter.add(cadre));
  issues.push(...xa.issues, ...danToc.issues, ...donVi.issues, ...canBo.issues);

  const codes = new Set(xa.communes.map((c) => c.code));
  const rosterCounts = counter.counts;
  if (xa.communes.length) {
    if (files.danToc) issues.push(...unknownCommunes(danToc.rows, codes, files.danToc.name, 'xa.csv'));
    if (files.donVi) issues.push(...unknownCommunes(donVi.rows, codes, files.donVi.name, 'xa.csv'));
    if (files.canBo) {
      const rows = [...rosterCounts.values()].map((c) => ({ row: c.firstRow, code: c.code }));
      issues.push(...unknownCommunes(rows, codes, files.canBo.name, 'xa.csv'));
    }
  }
  markSheets(issues, [files.xa, files.danToc, files.donVi, files.canBo]);
  if (hasErrors(issues)) return empty;

  const communes = files.canBo ? xa.communes.map((c) => withRosterCounts(c, rosterCounts.get(c.code))) : xa.communes;
  const results: CommuneQuota[] = [];
  const total = communes.length;
  const step = Math.max(1, Math.floor(total / 20));
  communes.forEach((commune, i) => {
    const quota = communeQuota(commune, rules);
    if (files.canBo && !rosterCounts.has(commune.code)) quota.warnings.push('không có cán bộ nào trong danh sách can-bo.csv');
    results.push(quota);
    if (i % step === 0) progress(i, total, 'Đang tính');
  });
  progress(total, total, 'Đã tính xong');
  return { encodings, issues, results, ethnicGroups: danToc.rows, serviceUnits: donVi.rows };
}
