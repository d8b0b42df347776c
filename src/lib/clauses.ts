/**
 * Turns a plan's flat Markdown tree into nested clauses with stable anchors,
 * following the numbering the document itself prints (see docs/links.md):
 * "II." → `ii`, "2." → `ii-2`, "b)" → `ii-2-b`, 3rd bullet → `ii-2-b-3`,
 * "2.1." → `ii-2-1`, "(1)" → `…-1`, a repeated Roman numeral → `iii_2`.
 *
 * Pure mdast in, mdast out: no Astro, no DOM, so it is unit-tested in Node.
 */
import type { Heading, List, ListItem, Paragraph, Parent, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { type ClauseToolLink, clauseToolsHast } from './clause-tools';
// Types for `data.hName` / `data.hProperties`, which mdast-util-to-hast reads.
import type {} from 'mdast-util-to-hast';

declare module 'mdast' {
  interface RootContentMap {
    clause: ClauseNode;
  }
}

export type ClauseKind = 'section' | 'khoan' | 'decimal' | 'diem' | 'bullet' | 'subBullet' | 'item';

export interface ClauseInfo {
  id: string;
  kind: ClauseKind;
  /** The number as printed: "II", "2", "2.1", "b", "3" (bullet position). */
  number: string;
  /** How an official cites it: "điểm b khoản 2 Mục II". */
  label: string;
  parentId: string | null;
  /** Heading text, or the start of the clause's first paragraph. */
  title: string;
  /** True when the clause starts with a Markdown heading (used for the table of contents). */
  isHeading: boolean;
}

/** A clause container in mdast; rendered as <section>/<div> through `data.hName`. */
export interface ClauseNode extends Parent {
  type: 'clause';
  data: { hName: string; hProperties: Record<string, string | string[]> };
}

interface Open {
  info: ClauseInfo;
  /** Where this clause's content goes. */
  children: RootContent[];
  /** Bullets seen directly under this clause so far (counts across separate lists). */
  bulletCount: number;
}

export class ClauseStructureError extends Error {}

const MARKERS: { kind: Exclude<ClauseKind, 'bullet' | 'subBullet'>; re: RegExp }[] = [
  { kind: 'section', re: /^([IVX]+)\s*[.\-–]\s+/ },
  { kind: 'decimal', re: /^(\d+(?:\.\d+)+)\.?\s+/ },
  { kind: 'khoan', re: /^(\d+)\.\s+/ },
  { kind: 'diem', re: /^([a-zđ])\)\s+/ },
  { kind: 'item', re: /^\((\d+)\)\s+/ },
];

const ORDINALS = ['', '', 'thứ hai', 'thứ ba', 'thứ tư', 'thứ năm'];

interface Marker {
  kind: Exclude<ClauseKind, 'bullet' | 'subBullet'>;
  number: string;
}

export function detectMarker(text: string): Marker | null {
  const start = text.trimStart();
  for (const { kind, re } of MARKERS) {
    const m = re.exec(start);
    if (m?.[1]) return { kind, number: m[1] };
  }
  return null;
}

/** The part of an anchor for one number: "đ" is written "dd" (links.md). */
function anchorPart(number: string): string {
  return number.toLowerCase().replace(/đ/g, 'dd').replace(/\./g, '-');
}

function shorten(text: string, words = 14): string {
  const all = text.trim().split(/\s+/);
  return all.length <= words ? all.join(' ') : `${all.slice(0, words).join(' ')} …`;
}

function lineOf(node: RootContent): string {
  const line = node.position?.start.line;
  return line ? `dòng ${line}` : 'một khối';
}

/**
 * Restructures `root` in place and returns the outline of every clause, in document order.
 */
/** What the whole document shares while it is structured. */
interface Document {
  outline: ClauseInfo[];
  /** How often each Roman numeral has been seen, for `iii_2`. */
  romanSeen: Map<string, number>;
  /** Extra control per clause anchor, e.g. a link to the calculator that applies it. */
  toolLinks: Record<string, ClauseToolLink>;
}

export function structureClauses(root: Root, toolLinks: Record<string, ClauseToolLink> = {}): ClauseInfo[] {
  const doc: Document = { outline: [], romanSeen: new Map(), toolLinks };
  root.children = structureFlow(root.children, null, doc);
  return doc.outline;
}

function structureFlow(blocks: RootContent[], base: Open | null, doc: Document): RootContent[] {
  const output: RootContent[] = [];
  const stack: Open[] = [];
  const top = (): Open | null => stack[stack.length - 1] ?? base;
  const sink = (): RootContent[] => stack[stack.length - 1]?.children ?? output;
  const popUntil = (keep: (open: Open) => boolean) => {
    while (stack.length && !keep(stack[stack.length - 1]!)) stack.pop();
  };
  const nearest = (kinds: ClauseKind[]): Open | null => {
    for (let i = stack.length - 1; i >= 0; i--) if (kinds.includes(stack[i]!.info.kind)) return stack[i]!;
    return base && kinds.includes(base.info.kind) ? base : null;
  };

  for (const block of blocks) {
    if (block.type === 'list') {
      if (block.ordered) {
        throw new ClauseStructureError(
          `${lineOf(block)}: Markdown đã hiểu "${shorten(toString(block), 6)}" là danh sách tự đánh số. ` +
            'Hãy viết số như văn bản gốc và thoát dấu chấm, ví dụ "5\\. Nội dung".',
        );
      }
      const parent = top();
      if (parent) numberListItems(block, parent, doc);
      sink().push(block);
      continue;
    }
    if (block.type !== 'heading' && block.type !== 'paragraph') {
      sink().push(block);
      continue;
    }
    const text = toString(block);
    const marker = detectMarker(text);
    if (!marker) {
      if (block.type === 'heading' && block.depth <= 2) stack.length = 0;
      sink().push(block);
      continue;
    }
    const open = openClause(marker, block, text, { base, stack, popUntil, nearest, doc });
    sink().push(open.node);
    stack.push(open.open);
    doc.outline.push(open.open.info);
  }
  return output;
}

interface FlowState {
  base: Open | null;
  stack: Open[];
  popUntil: (keep: (open: Open) => boolean) => void;
  nearest: (kinds: ClauseKind[]) => Open | null;
  doc: Document;
}

function openClause(
  marker: Marker,
  block: Heading | Paragraph,
  text: string,
  state: FlowState,
): { node: ClauseNode; open: Open } {
  const { popUntil, nearest } = state;
  let id: string;
  let label: string;
  let parent: Open | null;

  switch (marker.kind) {
    case 'section': {
      if (state.base) {
        throw new ClauseStructureError(`${lineOf(block)}: Mục "${marker.number}" không thể nằm trong một gạch đầu dòng.`);
      }
      state.stack.length = 0;
      parent = null;
      const seen = (state.doc.romanSeen.get(marker.number) ?? 0) + 1;
      state.doc.romanSeen.set(marker.number, seen);
      id = anchorPart(marker.number) + (seen > 1 ? `_${seen}` : '');
      label = `Mục ${marker.number}` + (seen > 1 ? ` (${ORDINALS[seen] ?? `thứ ${seen}`})` : '');
      break;
    }
    case 'khoan': {
      popUntil((o) => o.info.kind === 'section');
      parent = nearest(['section']) ?? state.base;
      id = parent ? `${parent.info.id}-${marker.number}` : marker.number;
      label = `khoản ${marker.number}${parent ? ` ${parent.info.label}` : ''}`;
      break;
    }
    case 'decimal': {
      const parts = marker.number.split('.');
      popUntil(
        (o) =>
          o.info.kind === 'section' ||
          ((o.info.kind === 'khoan' || o.info.kind === 'decimal') &&
            parts.join('.').startsWith(`${o.info.number}.`)),
      );
      parent = state.stack[state.stack.length - 1] ?? state.base;
      const section = nearest(['section']);
      const khoan = nearest(['khoan']);
      id = `${section ? `${section.info.id}-` : ''}${parts.join('-')}`;
      const context = khoan && khoan.info.number === parts[0] ? khoan.info.label : section?.info.label;
      label = `điểm ${marker.number}${context ? ` ${context}` : ''}`;
      break;
    }
    case 'diem': {
      popUntil((o) => ['section', 'khoan', 'decimal'].includes(o.info.kind));
      parent = state.stack[state.stack.length - 1] ?? state.base;
      id = `${parent ? `${parent.info.id}-` : ''}${anchorPart(marker.number)}`;
      label = `điểm ${marker.number}${parent ? ` ${parent.info.label}` : ''}`;
      break;
    }
    case 'item': {
      popUntil((o) => o.info.kind !== 'item');
      parent = state.stack[state.stack.length - 1] ?? state.base;
      id = `${parent ? `${parent.info.id}-` : ''}${marker.number}`;
      label = `ý (${marker.number})${parent ? ` ${parent.info.label}` : ''}`;
      break;
    }
  }

  const isHeading = block.type === 'heading';
  const info: ClauseInfo = {
    id,
    kind: marker.kind,
    number: marker.number,
    label,
    parentId: parent?.info.id ?? null,
    title: isHeading ? text.trim() : shorten(text),
    isHeading,
  };
  // A heading carries the id itself (so the table of contents and Astro's heading
  // list point at it); otherwise the container does.
  if (isHeading) {
    block.data = { ...block.data, hProperties: { ...(block.data?.hProperties ?? {}), id } };
  }
  const node: ClauseNode = {
    type: 'clause',
    data: {
      hName: marker.kind === 'section' ? 'section' : 'div',
      hProperties: {
        ...(isHeading ? {} : { id }),
        className: ['clause', `clause-${marker.kind}`],
        dataClause: id,
        dataCite: label,
      },
    },
    children: [block, toolsNode(id, label, state.doc.toolLinks[id])],
  };
  return { node, open: { info, children: node.children as RootContent[], bulletCount: 0 } };
}

function numberListItems(list: List, parent: Open, doc: Document): void {
  const kind: ClauseKind = parent.info.kind === 'bullet' || parent.info.kind === 'subBullet' ? 'subBullet' : 'bullet';
  for (const item of list.children) {
    const position = ++parent.bulletCount;
    const id = `${parent.info.id}-${position}`;
    const label = `${kind === 'bullet' ? 'gạch đầu dòng' : 'ý'} thứ ${position} ${parent.info.label}`;
    const info: ClauseInfo = {
      id,
      kind,
      number: String(position),
      label,
      parentId: parent.info.id,
      title: shorten(toString(item.children[0] ?? item)),
      isHeading: false,
    };
    doc.outline.push(info);
    const open: Open = { info, children: [], bulletCount: 0 };
    decorateItem(item, info);
    const [first, ...rest] = item.children;
    const nested = structureFlow(rest as RootContent[], open, doc);
    item.children = [
      ...(first ? [first] : []),
      toolsNode(id, label, doc.toolLinks[id]),
      ...(nested as ListItem['children']),
    ] as ListItem['children'];
  }
}

function decorateItem(item: ListItem, info: ClauseInfo): void {
  item.data = {
    ...item.data,
    hProperties: {
      ...(item.data?.hProperties ?? {}),
      id: info.id,
      className: ['clause', `clause-${info.kind}`],
      dataClause: info.id,
      dataCite: info.label,
    },
  };
}

/** The controls as an mdast node that carries its hast (see clause-tools.ts). */
function toolsNode(id: string, label: string, toolLink?: ClauseToolLink): RootContent {
  const tools = clauseToolsHast(id, label, toolLink);
  return {
    type: 'clauseTools',
    data: { hName: tools.tagName, hProperties: tools.properties, hChildren: tools.children },
  } as unknown as RootContent;
}
