/**
 * The plan body as Markdown, numbered the way the document prints it, so the clause
 * anchors (src/lib/clauses.ts) come out as the published ones would:
 * - Roman sections become "##" headings, khoản "###", decimal sub-sections "####" when
 *   they are titles (a Word heading, a bold line, or a line without closing punctuation);
 *   other numbered blocks stay paragraphs, their number escaped ("5\. …");
 * - Word's automatic numbers are written as printed (numbering.ts); "-" bullets become a
 *   list, "+" bullets a list nested in the bullet above;
 * - a paragraph without a number right after a bullet belongs to that bullet ("Thời gian
 *   thực hiện: …"), and is indented into it;
 * - a paragraph that starts in lower case continues the one before it, split by a page
 *   break in the copy;
 * - a table stays a table.
 * What it decided is returned for the report.
 */
import { detectMarker } from '../lib/clauses';
import type { Item, Line } from './lines';
import { dropStart, escapeBlockStart, inlineMarkdown, markdownTable } from './markdown';

export interface BodyResult {
  markdown: string;
  /** The paragraphs before the first numbered clause, as text. */
  preamble: string;
  /** Paragraphs joined across a page break: "… thực | hiện …". */
  joins: string[];
  /** Paragraphs without a number placed in the bullet above them. */
  continued: string[];
  /** Numbering that is not the grammar of clause anchors, or that Word writes in a format the importer does not print. */
  unknownNumbering: string[];
  /** Roman section numbers as printed, in order (for repeated or skipped numbers). */
  sections: string[];
}

type Block =
  | { kind: 'bullet'; line: Line; depth: number; runs: Line['runs'] }
  | { kind: 'numbered'; line: Line; marker: NonNullable<ReturnType<typeof detectMarker>> }
  | { kind: 'plain'; line: Line }
  | { kind: 'table'; rows: string[][] };

const TYPED_BULLET = /^\s*([-–•+*])\s+/u;
/** Numbers that look like numbering but are outside the anchor grammar: "1)", "a.", "A.", "Điều 1.". */
const OTHER_NUMBERING = /^\s*(\d+\)|[a-zđ]\.(?=\s)|[A-ZĐ][.)](?=\s)|[IVX]+\)|Điều\s+\d+)/u;
const startsLower = (text: string) => /^\p{Ll}/u.test(text.trimStart());
const words = (text: string, from: 'start' | 'end', n = 3) => {
  const all = text.trim().split(/\s+/);
  return (from === 'start' ? all.slice(0, n) : all.slice(-n)).join(' ');
};

/** Lines a page break split mid-sentence, joined back; each join listed. */
function joinPageBreaks(items: readonly Item[], joins: string[]): Item[] {
  const out: Item[] = [];
  for (const item of items) {
    const prev = out.at(-1);
    const continues = item.type === 'line' && !item.number && startsLower(item.content) && !detectMarker(item.text) && !TYPED_BULLET.test(item.content);
    if (item.type === 'line' && continues && prev?.type === 'line') {
      joins.push(`“${words(prev.content, 'end')} | ${words(item.content, 'start')}”`);
      const space = { text: ' ', bold: false, italic: false, strike: false };
      out[out.length - 1] = { ...prev, runs: [...prev.runs, space, ...item.runs], content: `${prev.content} ${item.content}`, text: `${prev.text} ${item.content}`, bold: prev.bold && item.bold };
    } else out.push(item);
  }
  return out;
}

function classify(item: Item, openDepth: number, unknown: string[]): Block {
  if (item.type === 'grid') return { kind: 'table', rows: item.rows };
  const line = item;
  if (line.number?.bullet) {
    const depth = line.number.text === '+' ? Math.min(1, openDepth + 1) : Math.min(line.number.level, openDepth + 1);
    return { kind: 'bullet', line, depth: Math.max(0, depth), runs: line.runs };
  }
  const marker = detectMarker(line.text);
  if (line.number && !line.number.known) unknown.push(`“${line.number.text}” (đánh số tự động kiểu Word không đọc được, ghi theo số thập phân) ở đoạn “${words(line.content, 'start', 6)} …”`);
  if (marker) return { kind: 'numbered', line, marker };
  if (line.number?.text) {
    unknown.push(`“${line.number.text}” (đánh số tự động) ở đoạn “${words(line.content, 'start', 6)} …”: không theo khuôn I., 1., 1.1., a), (1); viết như đoạn văn`);
    return { kind: 'plain', line };
  }
  const typed = TYPED_BULLET.exec(line.content);
  if (typed) {
    const depth = typed[1] === '+' ? Math.min(1, openDepth + 1) : 0;
    return { kind: 'bullet', line, depth, runs: dropStart(line.runs, typed[0].length) };
  }
  const other = OTHER_NUMBERING.exec(line.content);
  if (other) unknown.push(`“${other[1]}” ở đoạn “${words(line.content, 'start', 6)} …”: không theo khuôn I., 1., 1.1., a), (1); viết như đoạn văn, không có liên kết riêng`);
  return { kind: 'plain', line };
}

const WORD_LIMIT_OF_TITLE = 40;
const HEADING_DEPTH: Partial<Record<string, number>> = { section: 2, khoan: 3, decimal: 4 };

/**
 * The heading level of a numbered line, or 0 for a paragraph: a Roman section is always a
 * heading; a khoản or decimal sub-section when it is a title, not a sentence.
 */
function headingDepth(kind: string, line: Line): number {
  const depth = HEADING_DEPTH[kind] ?? 0;
  if (kind === 'section' || !depth || line.heading !== null || line.bold) return depth;
  const text = line.text.trim();
  return !/[.;:!?…]["”’)]*$/u.test(text) && text.split(/\s+/).length <= WORD_LIMIT_OF_TITLE ? depth : 0;
}

/** A block's Markdown: Word's number as printed, then the runs. */
function blockText(line: Line, options?: { bold: boolean }): string {
  const prefix = line.number?.text && !line.number.bullet ? `${line.number.text} ` : '';
  return prefix + inlineMarkdown(line.runs, options);
}

export function buildBody(items: readonly Item[]): BodyResult {
  const joins: string[] = [];
  const continued: string[] = [];
  const unknownNumbering: string[] = [];
  const sections: string[] = [];
  const blocks: string[] = [];
  const preamble: string[] = [];
  let openDepth = -1;
  let numberedSeen = false;

  for (const item of joinPageBreaks(items, joins)) {
    const block = classify(item, openDepth, unknownNumbering);
    if (block.kind !== 'table' && !numberedSeen) {
      if (block.kind === 'numbered') numberedSeen = true;
      else preamble.push(block.line.text);
    }
    switch (block.kind) {
      case 'table':
        openDepth = -1;
        blocks.push(markdownTable(block.rows));
        break;
      case 'bullet': {
        const indent = '  '.repeat(block.depth);
        blocks.push(`${indent}${block.depth === 0 ? '-' : '+'} ${inlineMarkdown(block.runs)}`);
        openDepth = block.depth;
        break;
      }
      case 'plain':
      case 'numbered': {
        const inItem = openDepth >= 0 && (block.kind === 'plain' || block.marker.kind === 'item');
        if (inItem) {
          if (block.kind === 'plain') continued.push(`“${words(block.line.content, 'start', 6)} …”`);
          blocks.push(`${'  '.repeat(openDepth + 1)}${escapeBlockStart(blockText(block.line))}`);
          break;
        }
        openDepth = -1;
        if (block.kind === 'numbered' && block.marker.kind === 'section') sections.push(block.marker.number);
        const depth = block.kind === 'numbered' ? headingDepth(block.marker.kind, block.line) : 0;
        blocks.push(depth ? `${'#'.repeat(depth)} ${blockText(block.line, { bold: false })}` : escapeBlockStart(blockText(block.line)));
        break;
      }
    }
  }
  return { markdown: `${blocks.join('\n\n')}\n`, preamble: preamble.join('\n'), joins, continued, unknownNumbering, sections };
}
