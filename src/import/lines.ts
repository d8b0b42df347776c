/**
 * The document as the importer reasons about it: lines (paragraphs) and grids (tables
 * with columns), each with the text a reader sees and the text kept as the source of
 * record. Transcription noise is taken out here and listed: struck-through text (kept
 * in the source between "~~") and a copyist's check marks.
 *
 * A table of at most two columns is page layout (the letterhead, the recipients beside
 * the signature): its cells are read as lines, left before right, row by row.
 */
import type { PrintedNumber } from './numbering';
import type { DocBlock, DocParagraph, Run } from './read-docx';

export interface Noise {
  /** As it stands in the source text. */
  text: string;
  reason: string;
}

export interface Line {
  type: 'line';
  /** The runs a reader sees (noise taken out), formatting kept. */
  runs: Run[];
  /** Their text, spaces as printed. */
  content: string;
  /** What Word prints before the text, when the paragraph is numbered or bulleted. */
  number: PrintedNumber | null;
  /** The number and the text, as printed. */
  text: string;
  /** As kept in the source file: the number, then the runs, struck text between "~~". */
  source: string;
  heading: number | null;
  /** Every run with letters in it is bold. */
  bold: boolean;
}

export interface Grid {
  type: 'grid';
  /** Cell texts as a reader sees them (a cell's paragraphs joined by a space). */
  rows: string[][];
  /** The same as kept in the source file. */
  sourceRows: string[][];
}

export type Item = Line | Grid;

const CHECK_MARKS = /\s*[✓✔☑]/g;
const STRUCK_REASON = 'Chữ bị gạch ngang trong bản Word (chữ bị gạch bỏ), không thuộc văn bản';
const CHECK_REASON = 'Dấu kiểm của người chép, không thuộc văn bản';

const hasLetters = (text: string) => /[\p{L}\p{N}]/u.test(text);
/** What Word prints before a numbered paragraph's text, with the space after it. */
export const numberPrefix = (number: PrintedNumber | null) => (number?.text ? `${number.text} ` : '');

/** Runs with struck text and check marks taken out; what was taken out goes to `noise`, in order. */
function cleanRuns(runs: Run[], noise: Noise[]): Run[] {
  const out: Run[] = [];
  let struck = '';
  const flush = () => {
    if (struck.trim()) noise.push({ text: `~~${struck.trim()}~~`, reason: STRUCK_REASON });
    struck = '';
  };
  for (const run of runs) {
    if (run.strike) {
      struck += run.text;
      continue;
    }
    flush();
    const marks = run.text.match(CHECK_MARKS) ?? [];
    for (const mark of marks) noise.push({ text: mark.trim(), reason: CHECK_REASON });
    const text = run.text.replace(CHECK_MARKS, '');
    if (text) out.push({ ...run, text });
  }
  flush();
  return out;
}

function sourceOf(paragraph: DocParagraph): string {
  const runs = paragraph.runs.map((run) => (run.strike && run.text.trim() ? run.text.replace(/^(\s*)(.*?)(\s*)$/s, '$1~~$2~~$3') : run.text)).join('');
  return (numberPrefix(paragraph.number) + runs).replace(/~~~~/g, '').trim();
}

function lineOf(paragraph: DocParagraph, noise: Noise[]): Line | null {
  const source = sourceOf(paragraph);
  if (!source) return null;
  const runs = cleanRuns(paragraph.runs, noise);
  const content = runs.map((r) => r.text).join('');
  return {
    type: 'line',
    runs,
    content,
    number: paragraph.number,
    text: (numberPrefix(paragraph.number) + content).trim(),
    source,
    heading: paragraph.heading,
    bold: runs.some((r) => hasLetters(r.text)) && runs.every((r) => r.bold || !hasLetters(r.text)),
  };
}

const cellText = (paragraphs: DocParagraph[], read: (p: DocParagraph) => string) =>
  paragraphs.map(read).filter((t) => t.trim()).join(' ').replace(/\s+/g, ' ').trim();

export function toItems(blocks: DocBlock[]): { items: Item[]; noise: Noise[] } {
  const items: Item[] = [];
  const noise: Noise[] = [];
  const push = (paragraph: DocParagraph) => {
    const line = lineOf(paragraph, noise);
    if (line) items.push(line);
  };
  for (const block of blocks) {
    if (block.type === 'paragraph') {
      push(block);
      continue;
    }
    const width = Math.max(0, ...block.rows.map((row) => row.filter((cell) => cell.some((p) => hasLetters(sourceOf(p)))).length));
    if (width <= 2) {
      for (const row of block.rows) for (const cell of row) for (const paragraph of cell) push(paragraph);
      continue;
    }
    items.push({
      type: 'grid',
      rows: block.rows.map((row) => row.map((cell) => cellText(cell, (p) => lineOf(p, noise)?.text ?? ''))),
      sourceRows: block.rows.map((row) => row.map((cell) => cellText(cell, sourceOf))),
    });
  }
  return { items, noise };
}

/** The source of record: paragraphs separated by a blank line, a table's rows by line, its cells by tabs. */
export function sourceText(items: readonly Item[]): string {
  const parts = items.map((item) => (item.type === 'line' ? item.source : item.sourceRows.map((row) => row.join('\t')).join('\n')));
  return `${parts.filter((p) => p.trim()).join('\n\n')}\n`;
}
