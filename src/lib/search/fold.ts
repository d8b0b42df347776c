/**
 * Vietnamese text folding for search: drop tone and vowel marks and turn đ into d,
 * the way officials type without diacritics. Works character by character, so a
 * position in the folded text is the same position in the original (NFC) text.
 */
const MARKS = /[\u0300-\u036f]/g;

export function foldChar(ch: string): string {
  if (ch === 'đ' || ch === 'Đ') return 'd';
  return ch.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** "Đào tạo, HĐND" → "dao tao, hdnd". Input in any Unicode form; output has the same length as the NFC input. */
export function foldVietnamese(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const folded = foldChar(ch);
    // A character without a one-letter folding (rare symbols) is kept as it is, to keep positions aligned.
    out += folded.length === ch.length ? folded : ch.toLowerCase().slice(0, ch.length).padEnd(ch.length);
  }
  return out;
}

/** Words of a text, folded: letters and digits only. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}
