/** Word-level text comparison, used to prove a published plan says what its source says. */

/** The words of a text: letters and digits, Unicode NFC, lower case; punctuation and Markdown marks drop out. */
export function words(text: string): string[] {
  return text.normalize('NFC').toLocaleLowerCase('vi').match(/[\p{L}\p{N}]+/gu) ?? [];
}

/**
 * Removes transcription noise from a source: each entry removes one occurrence,
 * the last one (noise repeated by a page break is the later copy). Whitespace in
 * an entry matches any whitespace (a repeated table header is tab-separated).
 */
export function removeNoise(source: string, noise: string[]): string {
  let text = source;
  for (const entry of noise) {
    const pattern = new RegExp(entry.trim().split(/\s+/).map(escapeRegExp).join('\\s+'), 'g');
    const matches = [...text.matchAll(pattern)];
    const last = matches[matches.length - 1];
    if (!last || last.index === undefined) throw new Error(`Không thấy "${entry}" trong bản gốc.`);
    text = text.slice(0, last.index) + ' ' + text.slice(last.index + last[0].length);
  }
  return text;
}

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export interface WordDifference {
  /** Position in the expected word list where the texts part. */
  index: number;
  expected: string;
  actual: string;
}

/** The first place two word lists differ, with some context, or null when they are the same. */
export function firstDifference(expected: string[], actual: string[], context = 6): WordDifference | null {
  const length = Math.max(expected.length, actual.length);
  for (let i = 0; i < length; i++) {
    if (expected[i] !== actual[i]) {
      const from = Math.max(0, i - context);
      return {
        index: i,
        expected: expected.slice(from, i + context).join(' '),
        actual: actual.slice(from, i + context).join(' '),
      };
    }
  }
  return null;
}
