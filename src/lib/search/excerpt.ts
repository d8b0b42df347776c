/**
 * A short excerpt of a clause around the first word the query matches, with the
 * matching words marked. Matching ignores tone marks and đ, and knows the
 * abbreviations, so "dtts" marks "dân tộc thiểu số".
 */
import { ABBREVIATIONS } from './aliases';
import { canonicalWord, foldVietnamese, foldedWords } from '../core/fold';

export interface Segment {
  text: string;
  mark: boolean;
}

/** Long forms of the abbreviations in the query, as folded word sequences ("dtts" → dan toc thieu so). */
function expandedPhrases(query: string): string[][] {
  const tokens = new Set(foldVietnamese(query).match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []);
  return ABBREVIATIONS.filter(({ short }) => tokens.has(foldVietnamese(short))).flatMap(({ long }) => long.map(foldedWords));
}

/**
 * Which words of the text match the query. A word typed with its diacritics ("dẫn")
 * matches only itself, not "dân"; a word typed without them matches every
 * accented form. The last query word may be half-typed, so it also matches as a prefix.
 */
function wordMatcher(query: string): (folded: string, original: string) => boolean {
  const typed = (query.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []).map(canonicalWord);
  const accented = new Set(typed.filter((w) => foldVietnamese(w) !== w));
  const plain = new Set(typed.filter((w) => !accented.has(w)));
  const last = typed.at(-1) ?? '';
  return (folded, original) => {
    const word = canonicalWord(original);
    if (accented.has(word) || plain.has(folded)) return true;
    if (last.length < 2) return false;
    return accented.has(last) ? word.startsWith(last) : folded.startsWith(last);
  };
}

export function excerptSegments(text: string, query: string, maxWords = 36): Segment[] {
  const source = text.normalize('NFC');
  const folded = foldVietnamese(source);
  const isHit = wordMatcher(query);
  const words = [...folded.matchAll(/[\p{L}\p{N}]+/gu)].map((m) => ({
    folded: m[0],
    start: m.index!,
    end: m.index! + m[0].length,
    hit: isHit(m[0], source.slice(m.index!, m.index! + m[0].length)),
  }));
  if (words.length === 0) return [{ text: source, mark: false }];
  // An abbreviation in the query marks its long form only where the whole phrase stands.
  for (const phrase of expandedPhrases(query)) {
    for (let i = 0; i + phrase.length <= words.length; i++) {
      if (phrase.every((w, j) => words[i + j]!.folded === w)) for (let j = 0; j < phrase.length; j++) words[i + j]!.hit = true;
    }
  }
  const first = Math.max(0, words.findIndex((w) => w.hit));
  const from = Math.max(0, first - Math.floor(maxWords / 3));
  const to = Math.min(words.length, from + maxWords);
  const segments: Segment[] = [];
  const push = (value: string, mark: boolean) => {
    if (!value) return;
    const last = segments[segments.length - 1];
    if (last && last.mark === mark) last.text += value;
    else segments.push({ text: value, mark });
  };
  if (from > 0) push('… ', false);
  let cursor = words[from]!.start;
  for (let i = from; i < to; i++) {
    const w = words[i]!;
    const gap = source.slice(cursor, w.start);
    // Spaces between two marked words join one mark: "dân tộc thiểu số", not four.
    push(gap, w.hit && i > from && words[i - 1]!.hit && /^\s+$/.test(gap));
    push(source.slice(w.start, w.end), w.hit);
    cursor = w.end;
  }
  push(to < words.length ? ' …' : source.slice(cursor), false);
  return segments;
}
