/**
 * Text and runs written as the Markdown of a plan body: the source's words kept, bold and
 * italic kept, Markdown's own characters escaped, and a number at the start of a block
 * escaped so Markdown does not make it an automatic list (content/README.md).
 */
import type { Run } from './read-docx';

const INLINE_SPECIAL = /[\\`*_[\]<~]/g;

export function escapeInline(text: string): string {
  return text.replace(INLINE_SPECIAL, '\\$&').replace(/&(?=#?\w+;)/g, '\\&');
}

/** A block's first characters that Markdown would read as a list, heading, quote or rule. */
export function escapeBlockStart(text: string): string {
  return text
    .replace(/^(\d{1,9})([.)])(\s|$)/, '$1\\$2$3')
    .replace(/^([-+=#>])/, '\\$1');
}

const hasLetters = (text: string) => /[\p{L}\p{N}]/u.test(text);

/** Runs as Markdown: bold and italic as ** and *, spaces outside the marks, line breaks and tabs as spaces. */
export function inlineMarkdown(runs: readonly Run[], { bold = true } = {}): string {
  const segments: { text: string; bold: boolean; italic: boolean }[] = [];
  for (const run of runs) {
    const text = run.text.replace(/[\n\t]/g, ' ');
    const format = { bold: bold && run.bold, italic: run.italic };
    const last = segments.at(-1);
    if (last && last.bold === format.bold && last.italic === format.italic) last.text += text;
    else segments.push({ text, ...format });
  }
  return segments
    .map(({ text, bold: b, italic: i }) => {
      const escaped = escapeInline(text);
      if (!(b || i) || !hasLetters(text)) return escaped;
      const mark = b && i ? '***' : b ? '**' : '*';
      const [, lead, core, trail] = /^(\s*)(.*?)(\s*)$/s.exec(escaped)!;
      return `${lead}${mark}${core}${mark}${trail}`;
    })
    .join('')
    .replace(/ {2,}/g, ' ')
    .trim();
}

/** Runs without their first `length` characters (a typed "- " bullet, say). */
export function dropStart(runs: readonly Run[], length: number): Run[] {
  let left = length;
  return runs.flatMap((run) => {
    if (left <= 0) return [run];
    const cut = Math.min(left, run.text.length);
    left -= cut;
    return run.text.length > cut ? [{ ...run, text: run.text.slice(cut) }] : [];
  });
}

/** A table as GFM: the first row is the header. */
export function markdownTable(rows: readonly string[][]): string {
  const width = Math.max(...rows.map((r) => r.length));
  const cell = (text: string | undefined) => escapeInline(text ?? '').replace(/\|/g, '\\|') || ' ';
  const line = (row: readonly string[]) => `| ${Array.from({ length: width }, (_, i) => cell(row[i])).join(' | ')} |`;
  return [line(rows[0] ?? []), `|${' --- |'.repeat(width)}`, ...rows.slice(1).map(line)].join('\n');
}
