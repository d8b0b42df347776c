/**
 * The words found in too many plans for the nationwide bundle to list every plan that has
 * them (more than PLANS_PER_WORD, nationwide.ts, which writes this list beside the
 * bundle), and how the search page searches for plans without them: it finds plans by the
 * query's other words and looks for every word in those plans' clauses. A query of
 * common words only finds the plans that use them most.
 */
import { foldVietnamese } from '../core/fold';

/** Beside the nationwide bundle: its CommonWords, read by the search page before it searches for plans. */
export const COMMON_WORDS_FILE = 'tu-pho-bien.json';

/** The common words, folded ("dao"), with how many plans use them; each is kept in `perWord` plans' records. */
export interface CommonWords {
  perWord: number;
  words: Record<string, number>;
}

/** A search of the nationwide bundle for the plans a query is about. */
export interface PlanQuery {
  /** The words searched. */
  terms: string;
  /** Words of the query in more than `commonAbove` plans, left out of the search for plans. */
  common: string[];
  commonAbove: number;
  /** Every word is common: the plans found are those that use the words most, not all that have them. */
  mostUsing: boolean;
}

const edgePunctuation = /^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu;

/**
 * The searches for plans that a query needs, to run in order until one finds plans: the
 * query without its common words; or, when every word is common, all of them, then the
 * least common alone (the plans that use one word most need not use the others most).
 * The last word may be unfinished ("đào tạ"): it counts as common when it begins a
 * common word, as it may become one.
 */
export function planQueries(query: string, common: CommonWords): PlanQuery[] {
  const words = query.split(/\s+/).filter((word) => word.replace(edgePunctuation, ''));
  if (!words.length) return [];
  const known = Object.keys(common.words);
  const plansUsing = words.map((word, i) => {
    const folded = foldVietnamese(word).replace(edgePunctuation, '');
    if (Object.hasOwn(common.words, folded)) return common.words[folded]!;
    if (i === words.length - 1 && known.some((w) => w.startsWith(folded))) return Infinity;
    return 0;
  });
  const cut = words.filter((_, i) => plansUsing[i]! > 0);
  const rest = words.filter((_, i) => plansUsing[i] === 0);
  if (rest.length) return [{ terms: rest.join(' '), common: cut, commonAbove: common.perWord, mostUsing: false }];
  const leastUsed = words[plansUsing.indexOf(Math.min(...plansUsing))]!;
  const all: PlanQuery = { terms: words.join(' '), common: cut, commonAbove: common.perWord, mostUsing: true };
  return words.length > 1 ? [all, { ...all, terms: leastUsed }] : [all];
}
