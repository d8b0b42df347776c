/**
 * Vietnam's 54 officially recognised ethnic groups (Danh mục các dân tộc Việt Nam): Kinh
 * and 53 ethnic minorities, in order of population (2019 census), with the spelling
 * variants officials commonly write. Pejorative exonyms are deliberately not accepted.
 */
import { foldVietnamese } from './core/fold';

interface EthnicGroup {
  name: string;
  /**
   * Other well-established names. Variants that differ only in diacritics, case, spaces,
   * hyphens or apostrophes ("Ê Đê", "Ede", "Hmông", "Gié-Triêng", "Cờ Lao") need no entry.
   */
  variants?: readonly string[];
}

const MAJORITY = 'Kinh';

const GROUPS: readonly EthnicGroup[] = [
  { name: 'Kinh', variants: ['Việt'] },
  { name: 'Tày' },
  { name: 'Thái' },
  { name: 'Mường' },
  { name: 'Khơ-me', variants: ['Khmer'] },
  { name: 'Hoa', variants: ['Hán'] },
  { name: 'Nùng' },
  { name: 'Mông', variants: ["H'Mông"] },
  { name: 'Dao' },
  { name: 'Gia-rai', variants: ['Jrai', 'Jarai'] },
  { name: 'Ê-đê' },
  { name: 'Ba-na', variants: ['Bahnar'] },
  { name: 'Xơ-đăng', variants: ['Sedang'] },
  { name: 'Sán Chay', variants: ['Cao Lan', 'Sán Chỉ', 'Cao Lan-Sán Chỉ'] },
  { name: 'Cơ-ho', variants: ["K'Ho", 'Koho'] },
  { name: 'Chăm' },
  { name: 'Sán Dìu' },
  { name: 'Hrê' },
  { name: 'Ra-glai' },
  { name: 'Mnông' },
  { name: 'Thổ' },
  { name: 'Xtiêng', variants: ['Stiêng'] },
  { name: 'Khơ-mú', variants: ['Khmu'] },
  { name: 'Bru-Vân Kiều', variants: ['Vân Kiều', 'Bru'] },
  { name: 'Cơ-tu', variants: ['Ca Tu', 'Katu'] },
  { name: 'Giáy' },
  { name: 'Tà-ôi' },
  { name: 'Mạ' },
  { name: 'Giẻ-Triêng' },
  { name: 'Co' },
  { name: 'Chơ-ro' },
  { name: 'Xinh-mun' },
  { name: 'Hà Nhì' },
  { name: 'Chu-ru' },
  { name: 'Lào' },
  { name: 'La Chí' },
  { name: 'Kháng' },
  { name: 'Phù Lá' },
  { name: 'La Hủ' },
  { name: 'La Ha' },
  { name: 'Pà Thẻn' },
  { name: 'Lự' },
  { name: 'Ngái' },
  { name: 'Chứt' },
  { name: 'Lô Lô' },
  { name: 'Mảng' },
  { name: 'Cơ Lao' },
  { name: 'Bố Y' },
  { name: 'Cống' },
  { name: 'Si La' },
  { name: 'Pu Péo' },
  { name: 'Rơ-măm' },
  { name: 'Brâu' },
  { name: 'Ơ-đu' },
];

/** The 54 official names, most populous first. */
export const ETHNIC_GROUP_NAMES: readonly string[] = GROUPS.map((group) => group.name);

/**
 * "Ê Đê", "ê-đê", "EDE" → "ede": no case, diacritics, spaces, hyphens or apostrophes;
 * a leading "dân tộc" or "người" ("Người Tày") is dropped.
 */
export function normalizeEthnicName(name: string): string {
  return foldVietnamese(name)
    .replace(/[^a-z0-9]/g, '')
    .replace(/^(?:dantoc|nguoi)(?=.)/, '');
}

/** Normalised name or variant → official name, in list order (so ties in suggestions favour larger groups). */
const OFFICIAL_BY_NORMALIZED = new Map<string, string>(
  GROUPS.flatMap((group) => [group.name, ...(group.variants ?? [])].map((name) => [normalizeEthnicName(name), group.name] as const)),
);

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    for (let j = 1; j <= b.length; j++) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min(substitution, (previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The official name nearest to a normalised unknown name, if near enough to be a plausible typo. */
function closestGroup(normalized: string): string | null {
  let best: { name: string; distance: number } | null = null;
  for (const [candidate, name] of OFFICIAL_BY_NORMALIZED) {
    const distance = editDistance(normalized, candidate);
    if (best === null || distance < best.distance) best = { name, distance };
  }
  // About one edit per three letters; beyond that a suggestion is a guess.
  const tolerance = Math.max(1, Math.round(normalized.length / 3));
  return best !== null && best.distance <= tolerance ? best.name : null;
}

export type EthnicGroupMatch = { ok: true; name: string; minority: boolean } | { ok: false; message: string };

/** Finds an ethnic group by its official name or a common variant; otherwise suggests the closest name. */
export function findEthnicGroup(name: string): EthnicGroupMatch {
  const written = name.trim();
  const normalized = normalizeEthnicName(written);
  const official = OFFICIAL_BY_NORMALIZED.get(normalized);
  if (official !== undefined) return { ok: true, name: official, minority: official !== MAJORITY };
  const suggestion = closestGroup(normalized);
  const message = `Không có dân tộc “${written}” trong danh mục 54 dân tộc.`;
  return { ok: false, message: suggestion === null ? message : `${message} Có phải “${suggestion}”?` };
}
