/**
 * Reads a Word .docx into paragraphs and tables, in document order: each paragraph with
 * its runs (text and bold, italic, struck-through), its heading level and the number
 * Word prints before it (numbering.ts). A file that is not a .docx (a PDF, an old .doc,
 * an encrypted document, anything else) is refused with a message saying what it is.
 *
 * The package is unzipped with fflate and its XML read with @xmldom/xmldom: a reader
 * such as mammoth turns numbered paragraphs into HTML lists and drops the printed
 * numbers, which the clause anchors are made from.
 */
import { strFromU8, unzipSync } from 'fflate';
import { ImportError } from './errors';
import { type NumberingDefs, type PrintedNumber, numberCounter, readNumbering } from './numbering';
import { type Element, attr, child, elements, parseXml, toggle } from './xml';

export interface Run {
  /** Line breaks inside a paragraph are "\n", tabs "\t". */
  text: string;
  bold: boolean;
  italic: boolean;
  strike: boolean;
}

export interface DocParagraph {
  type: 'paragraph';
  runs: Run[];
  /** 1 for "Heading 1" …, null for a body paragraph. */
  heading: number | null;
  /** What Word prints before the text when the paragraph is in a numbered or bulleted list. */
  number: PrintedNumber | null;
}

export interface DocTable {
  type: 'table';
  /** Rows of cells, each cell its paragraphs; a cell spanning columns is followed by empty ones. */
  rows: DocParagraph[][][];
}

export type DocBlock = DocParagraph | DocTable;

type Format = Pick<Run, 'bold' | 'italic' | 'strike'>;
type FormatOverride = Partial<Format>;

interface StyleDef {
  name: string;
  basedOn?: string;
  heading: number | null;
  numId?: string;
  ilvl?: number;
  format: FormatOverride;
}

const OLE_MAGIC = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];
const startsWith = (bytes: Uint8Array, magic: number[]) => magic.every((b, i) => bytes[i] === b);
const utf16 = (text: string) => Buffer.from(text, 'utf16le');

/** Refuses what is not a zip package, naming what it is when that can be told. */
function checkKind(bytes: Uint8Array, name: string): void {
  if (bytes.length === 0) throw new ImportError(`Tệp “${name}” rỗng, không có nội dung.`);
  if (startsWith(bytes, [0x25, 0x50, 0x44, 0x46])) {
    throw new ImportError(`Tệp “${name}” là tệp PDF (bản quét hoặc bản in), không phải văn bản Word: hãy dùng tệp .docx của văn bản.`);
  }
  if (startsWith(bytes, OLE_MAGIC)) {
    // An encrypted .docx is an OLE compound file holding "EncryptionInfo" and "EncryptedPackage" streams.
    const buffer = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
    if (buffer.includes(utf16('EncryptedPackage')) || buffer.includes(utf16('EncryptionInfo'))) {
      throw new ImportError(
        `Tệp “${name}” được đặt mật khẩu (mã hoá) nên không đọc được: hãy mở bằng Word, bỏ mật khẩu (Tệp → Thông tin → Bảo vệ tài liệu → Mã hoá bằng mật khẩu) rồi lưu lại.`,
      );
    }
    throw new ImportError(`Tệp “${name}” là văn bản Word 97–2003 (.doc), không phải .docx: hãy mở bằng Word và lưu lại dạng .docx.`);
  }
  if (!startsWith(bytes, [0x50, 0x4b, 0x03, 0x04])) {
    throw new ImportError(`Tệp “${name}” không phải văn bản Word .docx (không phải tệp Word, cũng không phải tệp nén của Word).`);
  }
}

function unzip(bytes: Uint8Array, name: string): Record<string, Uint8Array> {
  try {
    return unzipSync(bytes);
  } catch {
    throw new ImportError(`Tệp “${name}” bị hỏng: không giải nén được nội dung của tệp .docx.`);
  }
}

/** The main document part, as the package's relationships name it (almost always word/document.xml). */
function mainPart(files: Record<string, Uint8Array>): string {
  const rels = files['_rels/.rels'];
  if (rels) {
    for (const rel of elements(parseXml(strFromU8(rels)), 'Relationship')) {
      if (attr(rel, 'Type')?.endsWith('/officeDocument')) return (attr(rel, 'Target') ?? '').replace(/^\//, '');
    }
  }
  return 'word/document.xml';
}

function readPart(files: Record<string, Uint8Array>, path: string, name: string): Element | undefined {
  const data = files[path];
  if (!data) return undefined;
  try {
    return parseXml(strFromU8(data));
  } catch {
    throw new ImportError(`Tệp “${name}” bị hỏng: phần ${path} của tệp .docx không đọc được.`);
  }
}

function formatOf(rPr: Element | undefined): FormatOverride {
  if (!rPr) return {};
  const format: FormatOverride = {};
  const bold = toggle(child(rPr, 'b'));
  const italic = toggle(child(rPr, 'i'));
  const strike = toggle(child(rPr, 'strike')) || toggle(child(rPr, 'dstrike'));
  if (bold !== undefined) format.bold = bold;
  if (italic !== undefined) format.italic = italic;
  if (strike !== undefined) format.strike = strike;
  return format;
}

function readStyles(root: Element | undefined): Map<string, StyleDef> {
  const styles = new Map<string, StyleDef>();
  for (const style of root ? elements(root, 'style') : []) {
    const id = attr(style, 'styleId') ?? '';
    const name = attr(child(style, 'name'), 'val') ?? id;
    const level = /^heading\s*(\d)$/i.exec(name) ?? /^Heading(\d)$/.exec(id);
    const numPr = child(child(style, 'pPr') ?? style, 'numPr');
    const ilvl = attr(child(numPr ?? style, 'ilvl'), 'val');
    styles.set(id, {
      name,
      basedOn: attr(child(style, 'basedOn'), 'val'),
      heading: level ? Number(level[1]) : null,
      numId: attr(child(numPr ?? style, 'numId'), 'val'),
      ilvl: ilvl === undefined ? undefined : Number(ilvl),
      format: formatOf(child(style, 'rPr')),
    });
  }
  return styles;
}

/** A style's settings with those of the styles it is based on beneath them. */
function styleChain(styles: Map<string, StyleDef>, id: string | undefined): StyleDef[] {
  const chain: StyleDef[] = [];
  for (let style = id ? styles.get(id) : undefined; style && chain.length < 10; style = style.basedOn ? styles.get(style.basedOn) : undefined) chain.push(style);
  return chain;
}

class DocumentReader {
  private readonly count: ReturnType<typeof numberCounter>;

  constructor(
    private readonly styles: Map<string, StyleDef>,
    numbering: NumberingDefs,
  ) {
    this.count = numberCounter(numbering);
  }

  blocks(container: Element): DocBlock[] {
    const out: DocBlock[] = [];
    for (const el of elements(container)) {
      if (el.localName === 'p') out.push(this.paragraph(el));
      else if (el.localName === 'tbl') out.push(this.table(el));
      else if (el.localName === 'sdt') out.push(...this.blocks(child(el, 'sdtContent') ?? el));
      else if (el.localName === 'customXml') out.push(...this.blocks(el));
    }
    return out;
  }

  private paragraph(p: Element): DocParagraph {
    const pPr = child(p, 'pPr');
    const chain = styleChain(this.styles, attr(child(pPr ?? p, 'pStyle'), 'val'));
    const numPr = child(pPr ?? p, 'numPr');
    const numId = attr(child(numPr ?? p, 'numId'), 'val') ?? chain.find((s) => s.numId)?.numId;
    const ilvl = attr(child(numPr ?? p, 'ilvl'), 'val') ?? chain.find((s) => s.ilvl !== undefined)?.ilvl ?? 0;
    const base: Format = { bold: false, italic: false, strike: false };
    for (const style of [...chain].reverse()) Object.assign(base, style.format);
    return {
      type: 'paragraph',
      runs: this.runs(p, base),
      heading: chain.find((s) => s.heading !== null)?.heading ?? null,
      number: numId ? this.count(numId, Number(ilvl)) : null,
    };
  }

  private runs(el: Element, base: Format): Run[] {
    const out: Run[] = [];
    for (const c of elements(el)) {
      if (c.localName === 'r') {
        const run = this.run(c, base);
        if (run) out.push(run);
      } else if (['hyperlink', 'ins', 'moveTo', 'smartTag', 'fldSimple', 'customXml', 'bdo', 'dir'].includes(c.localName ?? '')) {
        out.push(...this.runs(c, base));
      } else if (c.localName === 'sdt') {
        out.push(...this.runs(child(c, 'sdtContent') ?? c, base));
      }
    }
    return out;
  }

  private run(r: Element, base: Format): Run | null {
    const rPr = child(r, 'rPr');
    if (toggle(child(rPr ?? r, 'vanish'))) return null;
    const charStyle = styleChain(this.styles, attr(child(rPr ?? r, 'rStyle'), 'val'));
    const format: Format = { ...base };
    for (const style of [...charStyle].reverse()) Object.assign(format, style.format);
    Object.assign(format, formatOf(rPr));
    let text = '';
    for (const c of elements(r)) {
      if (c.localName === 't') text += c.textContent ?? '';
      else if (c.localName === 'tab') text += '\t';
      else if (c.localName === 'br') text += ['page', 'column'].includes(attr(c, 'type') ?? '') ? '' : '\n';
      else if (c.localName === 'cr') text += '\n';
      else if (c.localName === 'noBreakHyphen') text += '-';
    }
    return text ? { text, ...format } : null;
  }

  private table(tbl: Element): DocTable {
    return {
      type: 'table',
      rows: elements(tbl, 'tr').map((tr) =>
        elements(tr, 'tc').flatMap((tc) => {
          const paragraphs = this.blocks(tc).flatMap((b) => (b.type === 'paragraph' ? [b] : b.rows.flat(2)));
          const span = Number(attr(child(child(tc, 'tcPr') ?? tc, 'gridSpan'), 'val') ?? 1);
          return [paragraphs, ...Array.from({ length: Math.max(0, span - 1) }, () => [])];
        }),
      ),
    };
  }
}

/** The document's paragraphs and tables, in order. Throws ImportError for anything that is not a readable .docx. */
export function readDocx(bytes: Uint8Array, name: string): DocBlock[] {
  checkKind(bytes, name);
  const files = unzip(bytes, name);
  const main = mainPart(files);
  const document = readPart(files, main, name);
  if (!document) throw new ImportError(`Tệp “${name}” là tệp nén nhưng không phải văn bản Word .docx (không có phần ${main}).`);
  const body = child(document, 'body');
  if (!body) throw new ImportError(`Tệp “${name}”: phần ${main} không có nội dung văn bản.`);
  const folder = main.includes('/') ? main.slice(0, main.lastIndexOf('/') + 1) : '';
  const reader = new DocumentReader(readStyles(readPart(files, `${folder}styles.xml`, name)), readNumbering(readPart(files, `${folder}numbering.xml`, name)));
  return reader.blocks(body);
}
