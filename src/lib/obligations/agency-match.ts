/**
 * Finding the kinds of agency a plan's words name (agencies.ts), by the ways the plans write
 * them (src/data/agency-aliases.json). Used when a plan is built or imported, never in the
 * browser: the aliases stay out of the pages' JavaScript.
 * Matching ignores case and diacritics, so "Văn hoá"/"Văn hóa" and "Uỷ"/"Ủy" are the same.
 */
import ALIASES_BY_ID from '../../data/agency-aliases.json';
import { foldVietnamese } from '../core/fold';

/** Ways the plans write each kind; the longest that fits wins. */
const ALIASES = Object.entries(ALIASES_BY_ID as Record<string, string[]>)
  .flatMap(([id, aliases]) => aliases.map((alias) => ({ id, folded: foldVietnamese(alias) })))
  .sort((a, b) => b.folded.length - a.folded.length);

export interface AgencyMatch {
  /** Canonical ids in the order the text names them, each once. */
  agencies: string[];
  /** Parts of the text that name no known agency (as written). */
  unmatched: string[];
}

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
