/**
 * Vietnamese text folding for search: drop tone and vowel marks and turn đ into d,
 * the way officials type without diacritics. Works character by character, so a
 * position in the folded text is the same position in the original (NFC) text.
 */
const MARKS = /[\u0300-\u036f]/g;

/** Folded characters seen so far: indexing thousands of plans folds the same few hundred characters millions of times. */
const folds = new Map<string, string>();

function foldChar(ch: string): string {
  if (ch < '\u0080') return ch.toLowerCase();
  let folded = folds.get(ch);
  if (folded === undefined) {
    folded = ch === 'đ' || ch === 'Đ' ? 'd' : ch.normalize('NFD').replace(MARKS, '').toLowerCase();
    folds.set(ch, folded);
  }
  return folded;
}

/** "Đào tạo, HĐND" → "dao tao, hdnd". Input in any Unicode form; output has the same length as the NFC input. */
export function foldVietnamese(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) {
    const folded = foldChar(ch);
    // A character whose folding changes its length (rare symbols) is kept as it is, to keep positions aligned.
    out += folded.length === ch.length ? folded : ch;
  }
  return out;
}

/** Words of a text, folded: letters and digits only. */
export function foldedWords(text: string): string[] {
  return foldVietnamese(text).match(/[\p{L}\p{N}]+/gu) ?? [];
}

// Old and new tone placement of the same word ("hoá"/"hóa", "thuỷ"/"thủy"): at the
// end of a word, "oa", "oe", "uy" carry the mark on the first vowel in the new style.
const TONE_PLACEMENT: Record<string, string> = {
  oà: 'òa', oá: 'óa', oả: 'ỏa', oã: 'õa', oạ: 'ọa',
  oè: 'òe', oé: 'óe', oẻ: 'ỏe', oẽ: 'õe', oẹ: 'ọe',
  uỳ: 'ùy', uý: 'úy', uỷ: 'ủy', uỹ: 'ũy', uỵ: 'ụy',
};
const OLD_PLACEMENT = new RegExp(`(^|[^q])(${Object.keys(TONE_PLACEMENT).join('|')})$`, 'u');

/** A word in one spelling: NFC, lower case, new-style tone placement ("Uỷ" → "ủy", "hoá" → "hóa"; "quý" stays). */
export function canonicalWord(word: string): string {
  return word
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(OLD_PLACEMENT, (_, before: string, pair: string) => before + TONE_PLACEMENT[pair]);
}
