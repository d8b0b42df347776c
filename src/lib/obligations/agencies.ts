/**
 * Kinds of agency named in the plans, each under one canonical name (src/data/agencies.json),
 * so "Sở Nội vụ", "SỞ NỘI VỤ" and "Sở Nội vụ thành phố" are one kind. Which body of that
 * kind a plan means (whose Sở Nội vụ) is bodies.ts's business.
 * Matching ignores case and diacritics, so "Văn hoá"/"Văn hóa" and "Uỷ"/"Ủy" are the same.
 */
import AGENCY_LIST from '../../data/agencies.json';
import { foldVietnamese } from '../core/fold';

export interface Agency {
  id: string;
  name: string;
  /** The level of government it sits at; none for groups a plan names at its own level ("các cơ quan liên quan"). */
  level?: 'tỉnh' | 'xã';
  /** Ways the plans write it; the longest that fits wins. */
  aliases: string[];
}

export const AGENCIES: readonly Agency[] = AGENCY_LIST as Agency[];
const BY_ID = new Map(AGENCIES.map((a) => [a.id, a]));

export function agencyById(id: string): Agency | undefined {
  return BY_ID.get(id);
}

export function agencyName(id: string): string {
  return BY_ID.get(id)?.name ?? id;
}

export interface AgencyMatch {
  /** Canonical ids in the order the text names them, each once. */
  agencies: string[];
  /** Parts of the text that name no known agency (as written). */
  unmatched: string[];
}

const ALIASES = AGENCIES.flatMap((agency) => agency.aliases.map((alias) => ({ id: agency.id, folded: foldVietnamese(alias) }))).sort(
  (a, b) => b.folded.length - a.folded.length,
);

const isWordChar = (ch: string | undefined) => ch !== undefined && /[\p{L}\p{N}]/u.test(ch);

// What may stand between agency names in a list: punctuation, "và", "các", "phối hợp với".
const JOINERS = /[\s,;:.()]+|\b(?:va|cac|phoi hop voi)\b/g;

/** The agencies a list like "Sở Tài chính, Sở Tư pháp, cơ quan, đơn vị liên quan" names. */
export function findAgencies(text: string): AgencyMatch {
  const original = text.normalize('NFC');
  const folded = foldVietnamese(original);
  const covered = new Array<boolean>(folded.length).fill(false);
  const found: { id: string; at: number }[] = [];
  for (const alias of ALIASES) {
    for (let at = folded.indexOf(alias.folded); at >= 0; at = folded.indexOf(alias.folded, at + 1)) {
      const end = at + alias.folded.length;
      if (isWordChar(folded[at - 1]) || isWordChar(folded[end])) continue;
      if (covered.slice(at, end).some(Boolean)) continue;
      covered.fill(true, at, end);
      found.push({ id: alias.id, at });
    }
  }
  const agencies = [...new Set(found.sort((a, b) => a.at - b.at).map((f) => f.id))];
  // Runs of text no alias covered, kept as written when they are more than joiners.
  const unmatched: string[] = [];
  let run = '';
  let foldedRun = '';
  const flush = () => {
    if (foldedRun.replace(JOINERS, '').trim()) unmatched.push(run.replace(/^[\s,;:.]+|[\s,;:.]+$/g, ''));
    run = '';
    foldedRun = '';
  };
  for (let i = 0; i < folded.length; i++) {
    if (covered[i]) flush();
    else {
      run += original[i];
      foldedRun += folded[i];
    }
  }
  flush();
  return { agencies, unmatched };
}
