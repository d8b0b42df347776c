/**
 * Word's automatic numbering turned into the numbers a reader sees printed ("II.", "2.",
 * "2.1.", "b)", "(1)", "-"). A numbered paragraph in `document.xml` carries only a list id
 * and a level; `numbering.xml` says how each level is written ("%1.", "%2)", "%1.%2.") and
 * where it starts, and the count runs through the document. Clause anchors are made from
 * the printed numbers, so the importer must print them as Word does.
 *
 * Counting follows Word: lists that share an abstract definition share their counters
 * ("continue numbering"); a list with a start override restarts at its first paragraph
 * ("restart numbering"); a level restarts whenever a higher level is used.
 */
import { type Element, attr, child, elements } from './xml';

export interface LevelDef {
  /** numFmt: decimal, lowerLetter, upperRoman, bullet, … */
  format: string;
  /** lvlText: "%1.", "%1.%2.", "(%3)", "-". */
  text: string;
  start: number;
  /** isLgl: every number of the pattern written in decimal. */
  legal: boolean;
}

interface NumDef {
  abstractId: string;
  /** Levels that restart at a given value on the list's first use. */
  startOverrides: Map<number, number>;
  /** Levels the list redefines. */
  levels: Map<number, LevelDef>;
}

export interface NumberingDefs {
  abstracts: Map<string, Map<number, LevelDef>>;
  nums: Map<string, NumDef>;
}

/** What a numbered paragraph prints before its text. */
export interface PrintedNumber {
  text: string;
  bullet: boolean;
  /** The list level (0 for the outermost). */
  level: number;
  /** False when Word's format is one the importer does not write (it is then printed in decimal). */
  known: boolean;
}

const num = (value: string | undefined, fallback: number) => (value !== undefined && /^-?\d+$/.test(value) ? Number(value) : fallback);

function levelDef(lvl: Element): LevelDef {
  return {
    format: attr(child(lvl, 'numFmt'), 'val') ?? 'decimal',
    text: attr(child(lvl, 'lvlText'), 'val') ?? '',
    start: num(attr(child(lvl, 'start'), 'val'), 1),
    legal: child(lvl, 'isLgl') !== undefined,
  };
}

function levels(parent: Element): Map<number, LevelDef> {
  return new Map(elements(parent, 'lvl').map((lvl) => [num(attr(lvl, 'ilvl'), 0), levelDef(lvl)]));
}

/** The list definitions of `numbering.xml` (none when the document has no such part). */
export function readNumbering(root: Element | undefined): NumberingDefs {
  const defs: NumberingDefs = { abstracts: new Map(), nums: new Map() };
  if (!root) return defs;
  for (const abs of elements(root, 'abstractNum')) defs.abstracts.set(attr(abs, 'abstractNumId') ?? '', levels(abs));
  for (const n of elements(root, 'num')) {
    const def: NumDef = { abstractId: attr(child(n, 'abstractNumId'), 'val') ?? '', startOverrides: new Map(), levels: new Map() };
    for (const override of elements(n, 'lvlOverride')) {
      const level = num(attr(override, 'ilvl'), 0);
      const start = child(override, 'startOverride');
      if (start) def.startOverrides.set(level, num(attr(start, 'val'), 1));
      const lvl = child(override, 'lvl');
      if (lvl) def.levels.set(level, levelDef(lvl));
    }
    defs.nums.set(attr(n, 'numId') ?? '', def);
  }
  return defs;
}

const ROMAN: [number, string][] = [
  [1000, 'M'], [900, 'CM'], [500, 'D'], [400, 'CD'], [100, 'C'], [90, 'XC'], [50, 'L'], [40, 'XL'], [10, 'X'], [9, 'IX'], [5, 'V'], [4, 'IV'], [1, 'I'],
];

function roman(n: number): string {
  let out = '';
  for (const [value, letters] of ROMAN) for (; n >= value; n -= value) out += letters;
  return out;
}

/** Word's letters: a … z, then aa … zz. */
function letters(n: number): string {
  const letter = String.fromCharCode(97 + ((n - 1) % 26));
  return letter.repeat(Math.floor((n - 1) / 26) + 1);
}

const FORMATS: Record<string, (n: number) => string> = {
  decimal: String,
  decimalZero: (n) => (n < 10 ? `0${n}` : String(n)),
  lowerLetter: letters,
  upperLetter: (n) => letters(n).toUpperCase(),
  lowerRoman: (n) => roman(n).toLowerCase(),
  upperRoman: roman,
  none: () => '',
};

/** Bullet characters of the Symbol and Wingdings fonts, stored in Unicode's private area. */
const SYMBOL_BULLETS: Record<string, string> = { '\uF02D': '-', '\uF0B7': '•', '\uF0A7': '▪', '\uF0D8': '▸', '\uF076': '❖', '\uF0FC': '✓' };

/**
 * A counter over the document's numbered paragraphs, called once per paragraph in
 * document order with its list id and level. Null for a paragraph Word does not number.
 */
export function numberCounter(defs: NumberingDefs): (numId: string, level: number) => PrintedNumber | null {
  const counters = new Map<string, (number | undefined)[]>();
  const used = new Set<string>();
  return (numId, level) => {
    const list = defs.nums.get(numId);
    if (numId === '0' || !list) return null;
    const abstract = defs.abstracts.get(list.abstractId) ?? new Map<number, LevelDef>();
    const def = (l: number) => list.levels.get(l) ?? abstract.get(l);
    const lvl = def(level);
    if (!lvl) return { text: '', bullet: false, level, known: false };
    const counts = counters.get(list.abstractId) ?? [];
    counters.set(list.abstractId, counts);
    if (!used.has(numId)) {
      used.add(numId);
      for (const [l, start] of list.startOverrides) counts[l] = start - 1;
    }
    counts[level] = counts[level] === undefined ? lvl.start : counts[level]! + 1;
    counts.length = level + 1;
    if (lvl.format === 'bullet') {
      return { text: SYMBOL_BULLETS[lvl.text] ?? lvl.text, bullet: true, level, known: true };
    }
    let known = true;
    const text = lvl.text.replace(/%([1-9])/g, (_, k: string) => {
      const at = Number(k) - 1;
      const shown = def(at);
      const format = lvl.legal ? 'decimal' : (shown?.format ?? 'decimal');
      const write = FORMATS[format];
      if (!write) known = false;
      return (write ?? String)(counts[at] ?? shown?.start ?? 1);
    });
    return { text, bullet: false, level, known };
  };
}
