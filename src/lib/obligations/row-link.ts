/**
 * Links to one obligation published before the register was split by plan,
 * /nghia-vu/#nv-<plan slug>-<clause id>, say nothing of where the slug ends: both
 * slugs and clause ids are words joined by "-". The browser finds the plan without a
 * list of all plans: it tries each split whose right part is a clause id the anchor
 * grammar can make (src/lib/clauses.ts, links.md), most likely first, and asks for the
 * candidate plan's small JSON file, which exists only for real plans and lists its rows.
 */
/** A Roman section, possibly repeated in the source ("iii_2"). */
const SECTION = '[ivx]+(?:_\\d+)?';
/** Any later part: khoản, decimal part, (n) item or bullet position (digits), điểm letter ("đ" is "dd"). */
const PART = '(?:\\d+|dd|[a-z])';
const APPENDIX_ID = /^pl-[ivx]+-\d+$/;
const SECTION_ID = new RegExp(`^${SECTION}(?:-${PART})*$`);
/** Clauses of a text with no Roman sections start at a khoản or điểm. */
const UNSECTIONED_ID = new RegExp(`^${PART}(?:-${PART})*$`);
const SLUG = /^[a-z0-9_]+(?:-[a-z0-9_]+)*$/;

export function isClauseId(id: string): boolean {
  return APPENDIX_ID.test(id) || SECTION_ID.test(id) || UNSECTIONED_ID.test(id);
}

export interface RowLinkCandidate {
  plan: string;
  clauseId: string;
}

/** A clause's second and later tasks: "-viec-<n>" after the clause id (resolve.ts). */
const LATER_TASK = /-viec-\d+$/;

/**
 * The ways `rowId` ("nv-<plan>-<clause>", "nv-<plan>-<clause>-viec-<n>") can split into a
 * plan slug and a clause id.
 * Every real plan's obligations sit in the appendix or under a Roman section, so those
 * splits come first, appendix rows before sections ("…-2026-pl-iv-4" is row 4 of group IV,
 * not Mục IV of a plan "…-2026-pl"); splits into an unsectioned clause id come last.
 * Within each, the longest slug (shortest clause id) comes first.
 */
export function rowLinkCandidates(rowId: string): RowLinkCandidate[] {
  if (!rowId.startsWith('nv-')) return [];
  const rest = rowId.slice(3).replace(LATER_TASK, '');
  const splits: RowLinkCandidate[] = [];
  for (let at = rest.lastIndexOf('-'); at > 0; at = rest.lastIndexOf('-', at - 1)) {
    const plan = rest.slice(0, at);
    const clauseId = rest.slice(at + 1);
    if (SLUG.test(plan) && isClauseId(clauseId)) splits.push({ plan, clauseId });
  }
  const tier = ({ clauseId }: RowLinkCandidate) => (APPENDIX_ID.test(clauseId) ? 0 : SECTION_ID.test(clauseId) ? 1 : 2);
  // Stable sort: within a tier the longest slug stays first.
  return splits.sort((a, b) => tier(a) - tier(b));
}

export type RowLinkTarget =
  /** The plan exists and has this row. */
  | { kind: 'row'; plan: string }
  /** A plan the link could name exists, but has no such row (now). */
  | { kind: 'plan'; plan: string }
  | { kind: 'none' };

/**
 * Which plan an old row link points at. `planRows` gives a plan's row ids, or null when
 * there is no such plan (its file is missing); candidates are asked one at a time, in
 * the order above, so a typical link costs one small request.
 */
export async function resolveRowLink(rowId: string, planRows: (plan: string) => Promise<readonly string[] | null>): Promise<RowLinkTarget> {
  let existing: string | null = null;
  for (const { plan } of rowLinkCandidates(rowId)) {
    const rows = await planRows(plan);
    if (!rows) continue;
    if (rows.includes(rowId)) return { kind: 'row', plan };
    existing ??= plan;
  }
  return existing ? { kind: 'plan', plan: existing } : { kind: 'none' };
}
