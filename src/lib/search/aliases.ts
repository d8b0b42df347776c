/**
 * Extra search terms for a piece of text, so that Pagefind (which folds tone marks
 * but not đ, and knows no synonyms) finds what officials type:
 * - the đ-less form of every word with đ ("đào" → "dao", "HĐND" → "hdnd");
 * - each abbreviation's long form where the text uses the abbreviation, and the
 *   abbreviation where the text uses the long form (src/data/abbreviations.json).
 */
import data from '../../data/abbreviations.json';
import { foldVietnamese, foldedWords } from '../core/fold';

export interface Abbreviation {
  short: string;
  long: string[];
}

export const ABBREVIATIONS: Abbreviation[] = data.abbreviations;

/** True when `phrase` occurs in `words` as whole consecutive words (both folded). */
function containsPhrase(words: string[], phrase: string[]): boolean {
  if (phrase.length === 0) return false;
  outer: for (let i = 0; i + phrase.length <= words.length; i++) {
    for (let j = 0; j < phrase.length; j++) if (words[i + j] !== phrase[j]) continue outer;
    return true;
  }
  return false;
}

/** Tokens as written (case kept): "470/QĐ-TTg" gives "470", "QĐ-TTg", "QĐ" and "TTg". */
function writtenTokens(text: string): Set<string> {
  const tokens = new Set<string>();
  for (const token of text.normalize('NFC').match(/[\p{L}\p{N}]+(?:-[\p{L}\p{N}]+)*/gu) ?? []) {
    tokens.add(token);
    for (const part of token.split('-')) tokens.add(part);
  }
  return tokens;
}

/** Each abbreviation's long forms as folded words, worked out once per list. */
const foldedLongForms = new WeakMap<Abbreviation[], string[][][]>();

export function searchAliases(text: string, abbreviations: Abbreviation[] = ABBREVIATIONS): string[] {
  let longForms = foldedLongForms.get(abbreviations);
  if (!longForms) {
    longForms = abbreviations.map(({ long }) => long.map(foldedWords));
    foldedLongForms.set(abbreviations, longForms);
  }
  const aliases = new Set<string>();
  for (const word of text.normalize('NFC').match(/[\p{L}\p{N}]+/gu) ?? []) {
    if (/[đĐ]/.test(word)) aliases.add(foldVietnamese(word));
  }
  const folded = foldedWords(text);
  // Abbreviations match case-sensitively as written (DTTS, VH-XH), so ordinary
  // words that share their letters do not trigger them.
  const written = writtenTokens(text);
  for (const [i, { short, long }] of abbreviations.entries()) {
    if (written.has(short)) for (const l of long) aliases.add(l);
    if (longForms[i]!.some((phrase) => containsPhrase(folded, phrase))) {
      aliases.add(short);
      aliases.add(foldVietnamese(short));
    }
  }
  return [...aliases];
}
