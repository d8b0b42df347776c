/**
 * The appendix task table ("Phụ lục: các nhiệm vụ …"), read into the frontmatter's
 * `appendix`: its heading, title and caption lines, the five columns (TT, task, product,
 * partners, time) and the rows grouped under each body ("I SỞ NỘI VỤ"). Every row is an
 * obligation of the register, so the agencies it names must be in the catalogue
 * (src/data/agencies.json); those that are not are reported. A table repeated across a
 * page break is joined back and its repeated header row listed as noise.
 */
import { findAgencies } from '../lib/obligations/agency-match';
import type { PlanAppendix } from '../lib/plan-schema';
import type { Findings } from './findings';
import type { Item, Noise } from './lines';

export interface AppendixResult {
  appendix: PlanAppendix | null;
  /** Agency names the catalogue lacks, with where they are. */
  unknownAgencies: string[];
}

const GROUP = /^([IVX]+)[.\s]\s*(\S.*)$/u;
const spaces = (text: string) => text.replace(/\s+/g, ' ').trim();
const sameRow = (a: readonly string[], b: readonly string[] | undefined) => b !== undefined && a.map(spaces).join('|') === b.map(spaces).join('|');

/** The rows of the appendix's tables as one table, a header row repeated after a page break dropped. */
function joinTables(items: readonly Item[], noise: Noise[]): string[][] {
  const rows: string[][] = [];
  for (const item of items) {
    if (item.type !== 'grid') continue;
    for (const row of item.rows) {
      if (rows.length && sameRow(row, rows[0])) {
        noise.push({ text: row.map(spaces).filter(Boolean).join(' '), reason: 'Dòng tiêu đề bảng lặp lại do ngắt trang' });
        continue;
      }
      rows.push(row.map(spaces));
    }
  }
  return rows;
}

export function readAppendix(items: readonly Item[], noise: Noise[], found: Findings): AppendixResult {
  const none = { appendix: null, unknownAgencies: [] };
  if (!items.length) return none;
  const lines = items.flatMap((item) => (item.type === 'line' ? item.content.split('\n').map(spaces).filter(Boolean) : []));
  const rows = joinTables(items, noise);
  const [header, ...body] = rows;
  const columns = header?.filter(Boolean) ?? [];
  const heading = lines[0] ?? '';
  const caption = lines.find((l) => /^\(.*\)$/u.test(l)) ?? '';
  const title = lines.slice(1).filter((l) => l !== caption).join(' ');

  const groups: PlanAppendix['groups'] = [];
  const problems: string[] = [];
  for (const row of body) {
    const filled = row.filter(Boolean);
    const group = filled.length <= 2 && !/^\d+$/.test(row[0] ?? '') ? GROUP.exec(filled.join(' ')) : null;
    if (group) {
      groups.push({ numeral: group[1]!, name: group[2]!, rows: [] });
      continue;
    }
    const n = Number(row[0]);
    const [, task, product, partners, deadline] = row;
    if (!Number.isInteger(n) || n < 1 || !groups.length || !task || !product || !partners || !deadline) {
      problems.push(filled.join(' | '));
      continue;
    }
    groups.at(-1)!.rows.push({ n, task, product, partners, deadline });
  }
  if (columns.length !== 5 || !groups.length || groups.some((g) => !g.rows.length) || problems.length || !heading || !title || !caption) {
    found.missing(
      'appendix',
      `phụ lục không theo khuôn của trang (dòng “Phụ lục”, tên, dòng “(Kèm theo …)”, bảng 5 cột TT, nhiệm vụ, sản phẩm, phối hợp, thời gian, các nhóm “I …”)${problems.length ? `; các dòng không đọc được: ${problems.map((p) => `“${p}”`).join(', ')}` : ''}: chưa đưa vào bản nháp, cần người nhập`,
    );
    return none;
  }
  const unknownAgencies = groups.flatMap((g) =>
    [g.name, ...g.rows.map((r) => r.partners)].flatMap((text, i) => findAgencies(text).unmatched.map((part) => `“${part}” (${i === 0 ? `tên nhóm ${g.numeral}` : `cơ quan phối hợp, nhiệm vụ ${g.rows[i - 1]!.n} nhóm ${g.numeral}`})`)),
  );
  found.read('appendix', `${groups.length} nhóm, ${groups.reduce((sum, g) => sum + g.rows.length, 0)} nhiệm vụ trong bảng phụ lục`);
  return { appendix: { heading, title, caption, columns: columns as PlanAppendix['columns'], groups }, unknownAgencies };
}
