/**
 * Word files made from the seed transcriptions (/work/shared/seeds, copied in
 * content/sources/) with the `docx` writer, for the importer's tests: "#" lines become
 * Word headings, "**…**" bold, "*…*" italic, "~~…~~" struck-through runs, a line break
 * inside a block a line break, tab-separated lines a table (a row with one filled cell
 * spans the table, as a group row does in Word). With `automaticNumbering`, every typed
 * number and bullet is taken out of the text and given to Word's numbering instead, the
 * way a plan typed in Word with automatic lists is stored: the reader must print them back.
 */
import { AlignmentType, Document, HeadingLevel, LevelFormat, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { detectMarker } from '../../src/lib/clauses';

interface Span {
  text: string;
  bold: boolean;
  italics: boolean;
  strike: boolean;
}

/** "**a** *b* ~~c~~" as runs; "***" turns bold and italic together. */
function spans(text: string): Span[] {
  const out: Span[] = [];
  const state = { bold: false, italics: false, strike: false };
  for (const token of text.split(/(\*\*\*|\*\*|\*|~~)/)) {
    if (token === '***') {
      state.bold = !state.bold;
      state.italics = !state.italics;
    } else if (token === '**') state.bold = !state.bold;
    else if (token === '*') state.italics = !state.italics;
    else if (token === '~~') state.strike = !state.strike;
    else if (token) out.push({ text: token, ...state });
  }
  return out;
}

/** Runs, a line break before each line after the first. */
function runs(text: string): TextRun[] {
  return spans(text).flatMap((span) =>
    span.text.split('\n').map((part, i) => new TextRun({ text: part, bold: span.bold, italics: span.italics, strike: span.strike, ...(i > 0 ? { break: 1 } : {}) })),
  );
}

const HEADINGS = [HeadingLevel.HEADING_1, HeadingLevel.HEADING_2, HeadingLevel.HEADING_3, HeadingLevel.HEADING_4, HeadingLevel.HEADING_5, HeadingLevel.HEADING_6];
const ROMAN = ['I', 'II', 'III', 'IV', 'V', 'VI', 'VII', 'VIII', 'IX', 'X'];

type Numbering = { reference: string; level: number; instance?: number };

/** Turns typed numbers into Word list references; lists restart the way the document's numbers do. */
class Numberer {
  readonly configs = new Map<string, { format: (typeof LevelFormat)[keyof typeof LevelFormat]; text: string; start: number }[]>();
  private section = 0;
  private instance = 0;

  constructor() {
    this.configs.set('bullet', [
      { format: LevelFormat.BULLET, text: '-', start: 1 },
      { format: LevelFormat.BULLET, text: '+', start: 1 },
    ]);
    this.configs.set('diem', [{ format: LevelFormat.LOWER_LETTER, text: '%1)', start: 1 }]);
    this.configs.set('item', [{ format: LevelFormat.DECIMAL, text: '(%1)', start: 1 }]);
  }

  /** The text without its typed number, and the list that prints it. */
  take(text: string): { text: string; numbering?: Numbering } {
    const plain = text.replace(/\*/g, '');
    const bullet = /^([-+])\s+/.exec(plain);
    if (bullet) return { text: text.replace(/^[-+]\s+/, ''), numbering: { reference: 'bullet', level: bullet[1] === '+' ? 1 : 0 } };
    const marker = detectMarker(plain);
    if (!marker) return { text };
    const rest = text.replace(/^(\*\*)?\s*(?:[IVX]+\s*[.\-–]|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s+/u, '$1');
    switch (marker.kind) {
      case 'section': {
        const n = ROMAN.indexOf(marker.number) + 1;
        if (n !== this.section + 1) this.configs.set(`outline-${n}`, this.outline(n));
        this.section = n;
        return { text: rest, numbering: { reference: this.outlineFor(n), level: 0 } };
      }
      case 'khoan':
        return { text: rest, numbering: { reference: this.outlineFor(this.section), level: 1 } };
      case 'decimal':
        return { text: rest, numbering: { reference: this.outlineFor(this.section), level: 2 } };
      case 'diem':
      case 'item':
        if (['a', '1'].includes(marker.number)) this.instance++;
        return { text: rest, numbering: { reference: marker.kind, level: 0, instance: this.instance } };
    }
  }

  private outlineFor(section: number): string {
    const restarted = [...this.configs.keys()].filter((k) => k.startsWith('outline-')).map((k) => Number(k.slice(8))).filter((n) => n <= section);
    return restarted.length ? `outline-${Math.max(...restarted)}` : 'outline';
  }

  outline(start = 1) {
    return [
      { format: LevelFormat.UPPER_ROMAN, text: '%1.', start },
      { format: LevelFormat.DECIMAL, text: '%2.', start: 1 },
      { format: LevelFormat.DECIMAL, text: '%2.%3.', start: 1 },
    ];
  }
}

function table(lines: string[]): Table {
  const rows = lines.map((line) => line.split('\t'));
  const width = Math.max(...rows.map((r) => r.length));
  return new Table({
    width: { size: 100, type: WidthType.PERCENTAGE },
    rows: rows.map((cells) => {
      const filled = cells.filter((c) => c.trim());
      if (filled.length === 1 && cells[0]?.trim()) {
        return new TableRow({ children: [new TableCell({ columnSpan: width, children: [new Paragraph({ children: runs(cells[0].trim()) })] })] });
      }
      return new TableRow({ children: Array.from({ length: width }, (_, i) => new TableCell({ children: [new Paragraph({ children: runs((cells[i] ?? '').trim()) })] })) });
    }),
  });
}

/** A .docx of the seed text. */
export async function docxFromSeed(seed: string, { automaticNumbering = false } = {}): Promise<Uint8Array> {
  const numberer = new Numberer();
  const children: (Paragraph | Table)[] = [];
  for (const block of seed.split(/\n[ \t]*\n/)) {
    const lines = block.split('\n').map((l) => l.replace(/ +$/, '')).filter((l) => l.trim());
    if (!lines.length) continue;
    if (lines.every((l) => l.includes('\t'))) {
      children.push(table(lines));
      continue;
    }
    const paragraphs = lines.length > 1 && lines.every((l) => /^- /.test(l)) ? lines : [lines.join('\n')];
    for (const text of paragraphs) {
      const heading = /^(#{1,6})\s+/.exec(text);
      const body = heading ? text.slice(heading[0].length) : text;
      const { text: words, numbering } = automaticNumbering ? numberer.take(body) : { text: body };
      children.push(
        new Paragraph({
          children: runs(words),
          ...(heading ? { heading: HEADINGS[heading[1]!.length - 1] } : {}),
          ...(numbering ? { numbering } : {}),
          ...(/^(\*\*)?KẾ HOẠCH/.test(body) ? { alignment: AlignmentType.CENTER } : {}),
        }),
      );
    }
  }
  numberer.configs.set('outline', numberer.outline());
  const config = [...numberer.configs].map(([reference, levels]) => ({ reference, levels: levels.map((l, level) => ({ level, ...l })) }));
  const doc = new Document({ numbering: { config }, sections: [{ children }] });
  return new Uint8Array(await Packer.toBuffer(doc));
}
