/**
 * The words of each clause of a structured plan (src/lib/clauses.ts), as the obligation
 * checks read them: its first block, its own words without its sub-clauses, and all of it.
 * Pure mdast, so the build (remark.ts) and the unit tests read the plans the same way.
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { ClauseInfo } from '../clauses';

/** What the obligation checks need to know of one clause of the built plan. */
export interface ClauseText {
  id: string;
  label: string;
  parentId: string | null;
  /** The clause's first block (heading or opening paragraph). */
  own: string;
  /** Its own words: every block that is not a sub-clause or a list of them, the first included. */
  body: string;
  /**
   * The paragraph right after a heading, when there is one: under "2. Sở Nội vụ" it is the
   * task, the heading only names who does it.
   */
  afterHeading: string | null;
  /** All its text, sub-clauses included. */
  full: string;
}

export type ClauseContainer = { type: string; children: RootContent[]; data?: { hProperties?: Record<string, unknown> } };

/** Every clause node of the tree by its anchor. */
export function clauseNodes(tree: Root): Map<string, ClauseContainer> {
  const nodes = new Map<string, ClauseContainer>();
  visit(tree, (node) => {
    const id = (node as ClauseContainer).data?.hProperties?.dataClause;
    if (typeof id === 'string') nodes.set(id, node as ClauseContainer);
  });
  return nodes;
}

// Sub-clauses sit in clause nodes and in lists (bullets); the controls (clauseTools) have no words.
const isOwnBlock = (node: RootContent) => node.type !== 'clause' && node.type !== 'list';

export function clauseTexts(outline: readonly ClauseInfo[], nodes: ReadonlyMap<string, ClauseContainer>): ClauseText[] {
  return outline.map((c) => {
    const node = nodes.get(c.id);
    if (!node) return { id: c.id, label: c.label, parentId: c.parentId, own: c.title, body: c.title, afterHeading: null, full: c.title };
    const blocks = node.children.filter(isOwnBlock).map((block) => ({ type: block.type, text: toString(block) })).filter((b) => b.text.trim());
    const [first, second] = blocks;
    return {
      id: c.id,
      label: c.label,
      parentId: c.parentId,
      own: first?.text ?? c.title,
      body: blocks.map((b) => b.text).join('\n'),
      afterHeading: first?.type === 'heading' && second?.type === 'paragraph' ? second.text : null,
      full: toString(node),
    };
  });
}
