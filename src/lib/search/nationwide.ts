/**
 * The nationwide bundle: one record per plan, its distinct words, which finds plans
 * (the province bundles then give their clauses; see bundles.ts and docs/search.md).
 *
 * Pagefind scores a search by walking, for every page found, the postings of every word
 * matched: its work grows with (pages found) × (postings read). A word that nearly every
 * plan uses ("cán bộ", "đào tạo") would make both grow with the collection, and at 3,400
 * plans one search took 1–2 seconds. So a word is kept in at most PLANS_PER_WORD
 * records: those of the plans that use it most for their length. Words in fewer plans
 * (a commune's name, "cử tuyển" in a real collection) stay in every plan that has them.
 * The words cut this way are listed with their number of plans (common-words.ts), and
 * the search page leaves them out of its search for plans.
 */
import type { CommonWords } from './common-words';
import { foldVietnamese } from '../core/fold';
import { escapeHtml, searchDocumentHtml, type PlanWords, type SearchDocument } from './records';

/** Records that keep a word. Measured at 3,405 plans: a search then takes milliseconds (docs/search.md). */
export const PLANS_PER_WORD = 100;

/** Weights of a record's groups, by how often the plan uses a word: a record holds no repeats to count. */
const BAG_WEIGHTS: [minUses: number, weight: number][] = [
  [10, 4],
  [3, 2],
  [1, 1],
];

interface StoredPlan {
  url: string;
  title: string;
  filters: Record<string, string>;
  /** Word ids, and how often the plan uses each. */
  words: Uint32Array;
  uses: Uint16Array;
  length: number;
}

/**
 * Collects the plans' words as they are read (compactly: 3,400 plans hold millions of
 * word uses), then gives each plan's record with the words it keeps.
 */
export class NationwideWords {
  readonly #ids = new Map<string, number>();
  readonly #words: string[] = [];
  readonly #plans: StoredPlan[] = [];

  add(plan: PlanWords): void {
    const words = new Uint32Array(plan.uses.size);
    const uses = new Uint16Array(plan.uses.size);
    let i = 0;
    for (const [word, count] of plan.uses) {
      let id = this.#ids.get(word);
      if (id === undefined) {
        id = this.#words.length;
        this.#ids.set(word, id);
        this.#words.push(word);
      }
      words[i] = id;
      uses[i++] = Math.min(count, 0xffff);
    }
    this.#plans.push({ url: plan.url, title: plan.title, filters: plan.filters, words, uses, length: Math.max(plan.length, 1) });
  }

  /** Which words each plan keeps (`kept[plan][i]` for its i-th word), and the words cut. */
  #select(perWord: number): { kept: Uint8Array[]; common: CommonWords } {
    const plansUsing = new Uint32Array(this.#words.length);
    for (const plan of this.#plans) for (const id of plan.words) plansUsing[id]!++;
    // The postings of the words over the limit, word by word: plan, place in the plan, use per word of the plan.
    const start = new Int32Array(this.#words.length + 1).fill(-1);
    let total = 0;
    for (let id = 0; id < this.#words.length; id++) {
      if (plansUsing[id]! <= perWord) continue;
      start[id] = total;
      total += plansUsing[id]!;
    }
    const postingPlan = new Uint32Array(total);
    const postingPlace = new Uint32Array(total);
    const postingShare = new Float64Array(total);
    const filled = start.slice();
    const kept = this.#plans.map((plan) => new Uint8Array(plan.words.length).fill(1));
    this.#plans.forEach((plan, p) => {
      plan.words.forEach((id, i) => {
        if (start[id]! < 0) return;
        const at = filled[id]!++;
        postingPlan[at] = p;
        postingPlace[at] = i;
        postingShare[at] = plan.uses[i]! / plan.length;
      });
    });
    const common: Record<string, number> = {};
    for (let id = 0; id < this.#words.length; id++) {
      if (start[id]! < 0) continue;
      const order = Array.from({ length: plansUsing[id]! }, (_, k) => start[id]! + k);
      // Most used for its length first; equal shares in the order plans were added, so every build cuts the same.
      order.sort((a, b) => postingShare[b]! - postingShare[a]! || postingPlan[a]! - postingPlan[b]!);
      for (const at of order.slice(perWord)) kept[postingPlan[at]!]![postingPlace[at]!] = 0;
      const folded = foldVietnamese(this.#words[id]!);
      common[folded] = Math.max(common[folded] ?? 0, plansUsing[id]!);
    }
    return { kept, common: { perWord, words: Object.fromEntries(Object.entries(common).sort(([a], [b]) => (a < b ? -1 : 1))) } };
  }

  /** Each plan's record (made one at a time, in the order added), and the words cut. */
  records(perWord = PLANS_PER_WORD): { records: Generator<SearchDocument>; common: CommonWords } {
    const { kept, common } = this.#select(perWord);
    const plans = this.#plans;
    const words = this.#words;
    function* records(): Generator<SearchDocument> {
      for (const [p, plan] of plans.entries()) {
        const groups = BAG_WEIGHTS.map(([, weight]) => ({ weight, words: [] as string[] }));
        plan.words.forEach((id, i) => {
          if (!kept[p]![i]) return;
          const group = BAG_WEIGHTS.findIndex(([minUses]) => plan.uses[i]! >= minUses);
          groups[group]!.words.push(words[id]!);
        });
        const content = groups
          .filter((group) => group.words.length)
          .map(({ weight, words }) => `<p data-pagefind-weight="${weight}">${escapeHtml(words.join(' '))}</p>`)
          .join('\n');
        yield { url: plan.url, html: searchDocumentHtml(plan.title, plan.filters, content) };
      }
    }
    return { records: records(), common };
  }
}
