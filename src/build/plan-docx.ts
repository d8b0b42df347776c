/**
 * A plan as a Word file (.docx), made at build time from the same rendered text the page
 * shows (docs/documents.md): a metadata block, the number and date lines, the title, the
 * body with its headings and numbers as printed ("2.", "b)", "-" and "+" bullets), the
 * closing, recipients and signature, and the appendix as a table. Copy controls and
 * obligation notes (class `clause-tools`) are the site's, not the plan's, and stay out.
 */
import {
  AlignmentType,
  BorderStyle,
  Document,
  HeadingLevel,
  Packer,
  PageBreak,
  Paragraph,
  Table,
  TableCell,
  TableRow,
  TextRun,
  WidthType,
  type ParagraphChild,
} from 'docx';
import { type HTMLElement, type Node, NodeType, parse } from 'node-html-parser';
import { basisName, issueDateText, issuerLabel, numberText, planCitation, provinceLabel, RELATION_LABELS } from '../lib/plan-format';
import type { PlanAppendix, PlanData } from '../lib/plan-schema';
import { statusSentence } from '../lib/plan-status';
import { formatDate } from '../lib/core/vi-format';
import { withEntryTimes, zipEntries } from '../lib/xlsx/zip';

type Block = Paragraph | Table;

const FONT = 'Times New Roman';
/** Sizes in half-points: 13 pt for text (Nghị định 30/2020/NĐ-CP), 12 pt in tables and the recipients. */
const TEXT_SIZE = 26;
const SMALL_SIZE = 24;
/** Twentieths of a point: 1 cm first-line indent, 6 pt after each paragraph. */
const FIRST_LINE = 567;
const AFTER = 120;

const HEADINGS: Record<string, (typeof HeadingLevel)[keyof typeof HeadingLevel]> = {
  h2: HeadingLevel.HEADING_1,
  h3: HeadingLevel.HEADING_2,
  h4: HeadingLevel.HEADING_3,
  h5: HeadingLevel.HEADING_4,
};

/** The bullet each list depth prints, as the plans write them: "-" then "+". */
const BULLETS = ['- ', '+ '];

const isElement = (node: Node): node is HTMLElement => node.nodeType === NodeType.ELEMENT_NODE;
const isSiteControl = (node: Node) => isElement(node) && node.classList.contains('clause-tools');
const BLOCK_TAGS = new Set(['p', 'ul', 'ol', 'li', 'div', 'section', 'table', 'h2', 'h3', 'h4', 'h5', 'h6', 'blockquote']);
const isBlock = (node: Node) => isElement(node) && BLOCK_TAGS.has(node.tagName.toLowerCase());

/** Runs of inline HTML, bold and italic kept; whitespace as the browser shows it. */
function runs(nodes: readonly Node[], style: { bold?: boolean; italics?: boolean } = {}): TextRun[] {
  const out: TextRun[] = [];
  for (const node of nodes) {
    if (isSiteControl(node)) continue;
    if (node.nodeType === NodeType.TEXT_NODE) {
      const text = node.text.replace(/\s+/g, ' ');
      if (text.trim() || (text && out.length > 0)) out.push(new TextRun({ text, ...style }));
    } else if (isElement(node)) {
      const tag = node.tagName.toLowerCase();
      if (tag === 'br') out.push(new TextRun({ break: 1 }));
      else out.push(...runs(node.childNodes, { ...style, ...(tag === 'strong' || tag === 'b' ? { bold: true } : {}), ...(tag === 'em' || tag === 'i' ? { italics: true } : {}) }));
    }
  }
  return out;
}

const bodyParagraph = (children: ParagraphChild[]) => new Paragraph({ children, alignment: AlignmentType.JUSTIFIED, indent: { firstLine: FIRST_LINE } });

/** A list item: its marker, then its own text; nested lists follow one level deeper. */
function listItem(item: HTMLElement, depth: number): Block[] {
  const blocks: Block[] = [];
  let inline: Node[] = [];
  let marked = false;
  const flush = (content: TextRun[]) => {
    if (content.length === 0) return;
    blocks.push(bodyParagraph(marked ? content : [new TextRun(BULLETS[Math.min(depth, BULLETS.length - 1)]!), ...content]));
    marked = true;
  };
  for (const child of item.childNodes) {
    if (isSiteControl(child)) continue;
    if (!isBlock(child)) {
      inline.push(child);
      continue;
    }
    flush(runs(inline));
    inline = [];
    const tag = (child as HTMLElement).tagName.toLowerCase();
    if (tag === 'p') flush(runs(child.childNodes));
    else blocks.push(...bodyBlocks(child.childNodes, tag === 'ul' || tag === 'ol' ? depth + 1 : depth));
  }
  flush(runs(inline));
  return blocks;
}

/** The plan's rendered body as Word blocks, in order. `depth` counts the lists around it. */
export function bodyBlocks(nodes: readonly Node[], depth = -1): Block[] {
  const blocks: Block[] = [];
  for (const node of nodes) {
    if (!isElement(node) || isSiteControl(node)) continue;
    const tag = node.tagName.toLowerCase();
    const heading = HEADINGS[tag];
    if (heading) blocks.push(new Paragraph({ heading, children: runs(node.childNodes) }));
    else if (tag === 'p') blocks.push(bodyParagraph(runs(node.childNodes)));
    else if (tag === 'li') blocks.push(...listItem(node, Math.max(depth, 0)));
    else if (tag === 'ul' || tag === 'ol') blocks.push(...bodyBlocks(node.childNodes, depth + 1));
    else if (tag === 'table') blocks.push(htmlTable(node));
    else blocks.push(...bodyBlocks(node.childNodes, depth));
  }
  return blocks;
}

const cellParagraph = (text: string, options: { bold?: boolean; italics?: boolean; center?: boolean } = {}) =>
  new Paragraph({ alignment: options.center ? AlignmentType.CENTER : AlignmentType.LEFT, spacing: { after: 0 }, children: [new TextRun({ text, bold: options.bold, italics: options.italics, size: SMALL_SIZE })] });

const cell = (content: string | Paragraph[], options: { bold?: boolean; center?: boolean; columnSpan?: number; header?: boolean } = {}) =>
  new TableCell({
    columnSpan: options.columnSpan,
    children: typeof content === 'string' ? [cellParagraph(content, options)] : content,
  });

const FULL_WIDTH = { size: 100, type: WidthType.PERCENTAGE };

/** A table in the body text (none of the five plans has one yet), cell by cell. */
function htmlTable(table: HTMLElement): Table {
  const rows = table.querySelectorAll('tr').map(
    (tr) =>
      new TableRow({
        tableHeader: tr.parentNode?.tagName?.toLowerCase() === 'thead',
        children: tr.childNodes.filter(isElement).map((td) => {
          const colspan = Number(td.getAttribute('colspan') ?? 1);
          return new TableCell({ columnSpan: colspan > 1 ? colspan : undefined, children: [new Paragraph({ spacing: { after: 0 }, children: runs(td.childNodes, td.tagName.toLowerCase() === 'th' ? { bold: true } : {}) })] });
        }),
      }),
  );
  return new Table({ width: FULL_WIDTH, rows });
}

/** The appendix (phụ lục): heading, title, caption and its table of tasks by group. */
function appendixBlocks(appendix: PlanAppendix): Block[] {
  const [first, ...rest] = appendix.columns;
  const header = new TableRow({ tableHeader: true, children: [first, ...rest].map((c) => cell(c, { bold: true, center: true })) });
  const rows = appendix.groups.flatMap((group) => [
    new TableRow({ children: [cell(group.numeral, { bold: true, center: true }), cell(group.name, { bold: true, columnSpan: 4 })] }),
    ...group.rows.map((row) => new TableRow({ children: [cell(String(row.n), { center: true }), cell(row.task), cell(row.product), cell(row.partners), cell(row.deadline)] })),
  ]);
  return [
    new Paragraph({ children: [new PageBreak()] }),
    new Paragraph({ heading: HeadingLevel.HEADING_1, alignment: AlignmentType.CENTER, children: [new TextRun(appendix.heading.toLocaleUpperCase('vi'))] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: appendix.title, bold: true })] }),
    new Paragraph({ alignment: AlignmentType.CENTER, children: [new TextRun({ text: appendix.caption, italics: true })] }),
    new Table({ width: FULL_WIDTH, rows: [header, ...rows] }),
  ];
}

/** The metadata block: what the page's panel says, and where the text comes from. */
function metadataBlocks(plan: PlanData, pageUrl: string): Block[] {
  const facts: [string, string[]][] = [
    ['Tình trạng', [statusSentence(plan), `Đối chiếu với bản gốc ngày ${formatDate(plan.status.checked)}`]],
    ['Số, ký hiệu', [numberText(plan)]],
    ['Cơ quan ban hành', [issuerLabel(plan, plan.issuer)]],
    ['Địa bàn', [provinceLabel(plan)]],
    ['Ngày ban hành', [issueDateText(plan)]],
    ['Người ký', [`${plan.signer.name}, ${plan.signer.position}`]],
    ['Căn cứ, văn bản thực hiện', plan.legalBasis.map((b) => `${RELATION_LABELS[b.relation]} ${basisName(b)}`)],
    ['Nguồn', [`${pageUrl} (đăng nguyên văn theo bản chép; khi cần giá trị pháp lý, đối chiếu với bản chính của cơ quan ban hành)`]],
  ];
  const rows = facts.map(([label, lines]) => new TableRow({ children: [cell(label, { bold: true }), cell(lines.map((line) => cellParagraph(line)))] }));
  return [
    new Paragraph({ children: [new TextRun({ text: planCitation(plan), bold: true })] }),
    new Table({ width: FULL_WIDTH, columnWidths: [2600, 6400], rows }),
    new Paragraph({ children: [] }),
  ];
}

const NO_BORDERS = {
  top: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  bottom: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  left: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  right: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideHorizontal: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
  insideVertical: { style: BorderStyle.NONE, size: 0, color: 'FFFFFF' },
};

/** Recipients on the left, the signature on the right, as a signed document lays them out. */
function footerBlock(plan: PlanData): Table {
  const recipients = [
    cellParagraph('Nơi nhận:', { bold: true, italics: true }),
    ...plan.recipients.map((r) => cellParagraph(`- ${r}`)),
    ...(plan.drafterMark ? [cellParagraph(plan.drafterMark)] : []),
  ];
  const signature = [...plan.signer.block, '', '', '', plan.signer.name].map((line) => cellParagraph(line, { bold: true, center: true }));
  return new Table({ width: FULL_WIDTH, borders: NO_BORDERS, rows: [new TableRow({ children: [new TableCell({ children: recipients }), new TableCell({ children: signature })] })] });
}

function headBlocks(plan: PlanData): Block[] {
  return [
    ...(plan.numberLine ? [new Paragraph({ children: [new TextRun(plan.numberLine)] })] : []),
    ...(plan.dateLine ? [new Paragraph({ alignment: AlignmentType.RIGHT, children: [new TextRun({ text: plan.dateLine, italics: true })] })] : []),
    new Paragraph({
      alignment: AlignmentType.CENTER,
      spacing: { before: 240, after: 240 },
      children: [new TextRun({ text: plan.docType.toLocaleUpperCase('vi'), bold: true }), new TextRun({ text: plan.title, bold: true, break: 1 })],
    }),
  ];
}

/** Word's heading styles in the document's own font, black, so the file reads like the plan. */
const headingStyle = { run: { font: FONT, size: TEXT_SIZE, bold: true, color: '000000' }, paragraph: { spacing: { before: 120, after: AFTER } } };

export function planDocument(plan: PlanData, bodyHtml: string, pageUrl: string): Document {
  const children: Block[] = [
    ...metadataBlocks(plan, pageUrl),
    ...headBlocks(plan),
    ...bodyBlocks(parse(bodyHtml).childNodes),
    ...(plan.closing ? [bodyParagraph([new TextRun(plan.closing)])] : []),
    footerBlock(plan),
    ...(plan.appendix ? appendixBlocks(plan.appendix) : []),
  ];
  return new Document({
    styles: {
      default: {
        document: { run: { font: FONT, size: TEXT_SIZE }, paragraph: { spacing: { after: AFTER } } },
        heading1: headingStyle,
        heading2: headingStyle,
        heading3: headingStyle,
        heading4: headingStyle,
      },
    },
    sections: [{ properties: { page: { size: { width: 11906, height: 16838 }, margin: { top: 1134, bottom: 1134, left: 1701, right: 1134 } } }, children }],
  });
}

const escapeXml = (text: string) => text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
const w3cdtf = (date: Date) => date.toISOString().replace(/\.\d{3}Z$/, 'Z');

/** The document properties, dated by the plan (added, last changed) rather than by the time of the build. */
function coreProperties(plan: PlanData): string {
  return (
    '<?xml version="1.0" encoding="UTF-8" standalone="yes"?>' +
    '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" ' +
    'xmlns:dcterms="http://purl.org/dc/terms/" xmlns:dcmitype="http://purl.org/dc/dcmitype/" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">' +
    `<dc:title>${escapeXml(planCitation(plan))}</dc:title><dc:creator>${escapeXml(plan.issuer)}</dc:creator><dc:description>${escapeXml(plan.title)}</dc:description>` +
    `<dcterms:created xsi:type="dcterms:W3CDTF">${w3cdtf(plan.added)}</dcterms:created>` +
    `<dcterms:modified xsi:type="dcterms:W3CDTF">${w3cdtf(plan.updated)}</dcterms:modified></cp:coreProperties>`
  );
}

/** The .docx bytes, the same for the same plan on every build (docx would stamp the time of packing). */
export async function planDocx(plan: PlanData, bodyHtml: string, pageUrl: string): Promise<Uint8Array<ArrayBuffer>> {
  const zip = new Uint8Array(await Packer.toArrayBuffer(planDocument(plan, bodyHtml, pageUrl), false, [{ path: 'docProps/core.xml', data: coreProperties(plan) }]));
  const entries = zipEntries(zip);
  if (!entries) throw new Error('plan-docx: không đọc được mục lục zip của tệp .docx vừa tạo.');
  return withEntryTimes(zip, entries, plan.updated);
}
