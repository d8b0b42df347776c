/**
 * An imported draft compared with the published plan it was made from (issue 19): each
 * metadata field the hand-written plan has (the same, or reported as needing a person),
 * each pinned clause anchor (test/site/anchor-pins/), the text word for word against the
 * source, and the obligations already marked among the suggestions. Shared by the unit
 * test (test/unit/import/plans.test.ts) and the benchmark (test/bench/import.ts).
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import { toString } from 'mdast-util-to-string';
import type { ImportReport } from '../../src/import/import-plan';
import { bodyClauses } from '../../src/import/suggest';
import { appendixGroupId, appendixRowId } from '../../src/lib/appendix';
import { type WordDifference, firstDifference, removeNoise, words } from './words';
import { CONTENT } from './plans';

type Data = Record<string, unknown>;

export interface FieldCheck {
  field: string;
  equal: boolean;
  /** The report says a person must check or fill it in. */
  reported: boolean;
}

export interface Comparison {
  fields: FieldCheck[];
  anchors: { id: string; ok: boolean }[];
  /** Where the draft's words part from the source's, or null. */
  textDifference: WordDifference | null;
  /** Obligations the published plan marks that the draft does not suggest. */
  missedMarks: string[];
  /** The draft's own words, for the size check. */
  wordCount: number;
}

export const published = (slug: string) => {
  const { frontmatter, content } = parseFrontmatter(readFileSync(join(CONTENT, 'plans', `${slug}.mdx`), 'utf8'));
  return { frontmatter: frontmatter as Data, body: content };
};
export const seedOf = (slug: string) => readFileSync(join(CONTENT, 'sources', `${slug}.txt`), 'utf8');
const pinsOf = (slug: string) => JSON.parse(readFileSync(join(import.meta.dirname, '../site/anchor-pins', `${slug}.json`), 'utf8')) as Record<string, string>;

/** Dates as ISO days, so YAML's and the draft's values compare. */
function plain(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (Array.isArray(value)) return value.map(plain);
  if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).filter(([, v]) => v !== undefined).map(([k, v]) => [k, plain(v)]));
  return value;
}

const get = (data: Data, path: string): unknown => path.split('.').reduce<unknown>((v, k) => (v as Data | undefined)?.[k], data);
const COMPARED_ELSEWHERE = new Set(['obligations', 'notObligations', 'directingClause']);

/** The values compared for a field: legal basis without its subjects (a field of its own), noise by its text. */
function valueOf(data: Data, field: string): unknown {
  if (field === 'legalBasis') return ((data.legalBasis ?? []) as Data[]).map(({ subject: _, slug: __, ...b }) => plain(b));
  if (field === 'legalBasis.subject') return ((data.legalBasis ?? []) as Data[]).map((b) => b.subject ?? null);
  if (field === 'removedNoise') return ((data.removedNoise ?? []) as Data[]).map((n) => String(n.text).replace(/\*/g, '')).sort();
  return plain(get(data, field));
}

function fieldsOf(data: Data): string[] {
  return Object.keys(data).flatMap((key) => {
    if (COMPARED_ELSEWHERE.has(key)) return [];
    if (key === 'status') return ['status.kind', 'status.checked'];
    if (key === 'signer') return ['signer.name', 'signer.position', 'signer.block'];
    if (key === 'legalBasis') return ['legalBasis', 'legalBasis.subject'];
    return [key];
  });
}

/** The words the plan page prints, in the document's order (src/components/PlanDocument). */
function draftWords(data: Data, body: string): string[] {
  const signer = data.signer as { block: string[]; name: string };
  const appendix = data.appendix as { heading: string; title: string; caption: string; columns: string[]; groups: { numeral: string; name: string; rows: Data[] }[] } | undefined;
  const parts = [
    data.numberLine,
    data.dateLine,
    'KẾ HOẠCH',
    data.title,
    body,
    data.closing,
    'Nơi nhận',
    ...(data.recipients as string[]),
    data.drafterMark,
    ...signer.block,
    signer.name,
    ...(appendix
      ? [appendix.heading, appendix.title, appendix.caption, ...appendix.columns, ...appendix.groups.flatMap((g) => [g.numeral, g.name, ...g.rows.flatMap((r) => [r.n, r.task, r.product, r.partners, r.deadline])])]
      : []),
  ];
  return words(parts.filter((p) => p !== undefined && p !== null).join('\n'));
}

/** A clause's text with a space between its blocks (mdast-util-to-string runs them together). */
function blockText(node: { type: string; children?: unknown[] } | undefined): string {
  if (!node) return '';
  if (node.type === 'paragraph' || node.type === 'heading') return toString(node as Parameters<typeof toString>[0]);
  return (node.children ?? []).map((child) => blockText(child as { type: string; children?: unknown[] })).filter(Boolean).join(' ');
}

const MARKER = /^\s*(?:[IVX]+\s*[.\-–]|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s+/u;

export function compareImport(slug: string, draft: string, report: ImportReport): Comparison {
  const expected = published(slug).frontmatter;
  const { frontmatter, content } = parseFrontmatter(draft);
  const data = frontmatter as Data;
  const reported = (field: string) => report.findings.some((f) => (f.field === field || (field === 'legalBasis.subject' && f.field === 'legalBasis')) && f.how !== 'read');
  const fields = fieldsOf(expected).map((field) => ({
    field,
    equal: JSON.stringify(valueOf(data, field)) === JSON.stringify(valueOf(expected, field)),
    reported: reported(field),
  }));

  // A pin is the start of the clause's element on the page: its heading, or its text with its sub-clauses.
  const { outline, nodes } = bodyClauses(content);
  const titles = new Map(outline.map((c) => [c.id, (c.isHeading ? c.title : blockText(nodes.get(c.id))).replace(MARKER, '')]));
  const appendix = (data.appendix as { groups: { numeral: string; name: string; rows: { n: number; task: string }[] }[] } | undefined)?.groups ?? [];
  for (const group of appendix) {
    titles.set(appendixGroupId(group.numeral), `${group.numeral} ${group.name}`);
    for (const row of group.rows) titles.set(appendixRowId(group.numeral, row.n), row.task);
  }
  const anchors = Object.entries(pinsOf(slug)).map(([id, phrase]) => {
    const title = titles.get(id);
    return { id, ok: title !== undefined && words(title).slice(0, words(phrase).length).join(' ') === words(phrase).join(' ') };
  });

  const noise = ((data.removedNoise ?? []) as { text: string }[]).map((n) => n.text);
  const actual = draftWords(data, content);
  const suggested = new Set(((data.obligations ?? []) as { id: string }[]).map((m) => m.id));
  return {
    fields,
    anchors,
    textDifference: firstDifference(words(removeNoise(seedOf(slug), noise)), actual),
    missedMarks: [...new Set(((expected.obligations ?? []) as { id: string }[]).map((m) => m.id))].filter((id) => !suggested.has(id)),
    wordCount: actual.length,
  };
}
