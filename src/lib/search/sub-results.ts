/**
 * A found page's sub-results: the words it matched, grouped under the heading before
 * them, as Pagefind's own `data()` groups them (calculate_sub_results in pagefind.js
 * 1.5.2). The search page reads Pagefind's fragment files itself (pagefind.ts) because
 * `data()` also builds an excerpt for every sub-result, splitting the whole plan's text
 * each time: about half of a warm search in a province of a hundred plans, for excerpts
 * the page does not show (it makes its own, excerpt.ts).
 */
import type { PageHit } from './rank';

/** An element with an id in the indexed page, at a word position. */
export interface FragmentAnchor {
  element: string;
  id: string;
  text: string;
  location: number;
}

export type SubResult = PageHit['subResults'][number];

/**
 * `locations`: the word positions the search matched in the page. A sub-result per
 * heading (h1–h6 with text) with matches after it and before the next heading, and
 * one for the page itself for matches before the first heading.
 */
export function subResults(url: string, title: string, anchors: FragmentAnchor[], locations: number[]): SubResult[] {
  const headings = anchors.filter((a) => /^h\d$/i.test(a.element) && /\S/.test(a.text)).sort((a, b) => a.location - b.location);
  const results: SubResult[] = [];
  let current: SubResult = { url, title, locations: [] };
  let next = 0;
  for (const location of [...locations].sort((a, b) => a - b)) {
    if (next < headings.length && location >= headings[next]!.location) {
      if (current.locations.length) results.push(current);
      while (next + 1 < headings.length && location >= headings[next + 1]!.location) next++;
      const heading = headings[next++]!;
      current = { url: `${url}#${encodeURIComponent(heading.id)}`, title: heading.text, locations: [], anchor: { location: heading.location } };
    }
    current.locations.push(location);
  }
  if (current.locations.length) results.push(current);
  return results;
}
