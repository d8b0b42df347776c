/**
 * Ranks clauses across the plans Pagefind returned. Pagefind ranks whole plans;
 * officials want the clause, so each clause (a Pagefind sub-result) is scored by
 * how many of the query's words it holds, then by whether it holds the words with
 * the exact accents typed, then by how densely, then by its plan's rank. A query
 * that names a plan (its number: "128/KH-UBND", "14-NQ/TU") lands on the plan itself.
 */
import { canonicalWord, foldVietnamese } from '../core/fold';

export interface PageHit {
  /** Pagefind's score for the whole plan. */
  score: number;
  plan: string;
  /** The indexed text; sub-result locations are word positions in it. */
  content: string;
  /**
   * Word positions in `content` where an element with an id starts: each clause's
   * heading and the hidden search aids after each part's own text (records.ts).
   */
  anchorLocations: number[];
  /** `anchor.location` is the word position of the clause's heading (its label) in `content`. */
  subResults: { url: string; title: string; locations: number[]; anchor?: { location: number } }[];
}

export interface ClauseHit {
  url: string;
  /** "điểm b khoản 2 Mục II", or '' for the parts of the plan outside any clause. */
  clause: string;
  plan: string;
  text: string;
  score: number;
}

const bare = (word: string) => foldVietnamese(word).replace(/[^\p{L}\p{N}]/gu, '');

/** The share of the accented words typed that the text spells exactly so. */
function exactShare(text: string, accented: string[]): number {
  const spelled = new Set((text.match(/[\p{L}\p{N}]+/gu) ?? []).map(canonicalWord));
  return accented.filter((w) => spelled.has(w)).length / accented.length;
}

export function rankClauses(pages: PageHit[], query: string): ClauseHit[] {
  const typed = (query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(canonicalWord);
  const terms = [...new Set(typed.map(bare))];
  const accented = typed.filter((w) => bare(w) !== w);
  const last = terms.at(-1) ?? '';
  const best = Math.max(...pages.map((p) => p.score), 1e-9);
  const numbered = terms.some((t) => /\d/.test(t));
  const hits: ClauseHit[] = [];
  pages.forEach((page, rank) => {
    const words = page.content.split(/\s+/);
    const titleWords = new Set((page.plan.match(/[\p{L}\p{N}]+/gu) ?? []).map(bare));
    const namesPlan = numbered && terms.every((t) => titleWords.has(t));
    for (const sub of page.subResults) {
      const id = decodeURIComponent(sub.url.split('#')[1] ?? '');
      // The clause's own words follow its label and end where the next anchor (its search aids) starts.
      const start = id && sub.anchor ? sub.anchor.location + sub.title.split(/\s+/).length : 0;
      const end = page.anchorLocations.find((at) => at >= start && at > (sub.anchor?.location ?? -1)) ?? words.length;
      const text = words.slice(start, end).join(' ');
      const found = new Set<string>();
      for (const at of sub.locations) {
        const word = bare(words[at] ?? '');
        for (const t of terms) if (word === t || (t === last && t.length >= 2 && word.startsWith(t))) found.add(t);
      }
      const coverage = terms.length ? found.size / terms.length : 0;
      const exact = accented.length ? exactShare(text, accented) : 0;
      const density = Math.min(sub.locations.length / Math.max(8, text.split(' ').length), 1);
      hits.push({
        url: sub.url,
        clause: id ? sub.title : '',
        plan: page.plan,
        text,
        score: coverage * 100 + exact * 20 + density * 5 + (page.score / best) * 2 - rank * 0.01 + (namesPlan && !id ? 10 : 0),
      });
    }
  });
  return hits.sort((a, b) => b.score - a.score);
}
