/**
 * Remark plugin, run after remarkClauses: resolves the plan's obligations against the
 * clauses just built (a wrong mark stops the build, naming plan and clause), puts the
 * obligation line under each marked clause, and hands the list on as the file's
 * `obligationRows` (kept with the plan's structure by src/integrations/plan-loader.ts).
 */
import type { Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import { visit } from 'unist-util-visit';
import type { VFile } from 'vfile';
import type { ClauseInfo } from '../clauses';
import { obligationMarkSchema, type PlanAppendix } from '../plan-schema';
import { planSlugOf } from '../remark-clauses';
import { obligationNoteHast } from './note';
import { type ClauseText, type Obligation, ObligationError, resolveObligations } from './resolve';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

type Container = { children: RootContent[]; data?: { hProperties?: Record<string, unknown> } };

export function remarkObligations() {
  return (tree: Root, file: VFile) => {
    const plan = planSlugOf(file.path);
    const frontmatter = (file.data as AstroFileData).astro?.frontmatter;
    if (!plan || !frontmatter) return;
    // Malformed marks are reported by the content schema, with the field.
    const marks = obligationMarkSchema.array().safeParse(frontmatter.obligations ?? []);
    if (!marks.success) return;

    const nodes = new Map<string, Container>();
    visit(tree, (node) => {
      const id = (node as Container).data?.hProperties?.dataClause;
      if (typeof id === 'string') nodes.set(id, node as Container);
    });
    const outline = (frontmatter.clauses ?? []) as ClauseInfo[];
    const clauses: ClauseText[] = outline.map((c) => {
      const node = nodes.get(c.id);
      return { id: c.id, label: c.label, parentId: c.parentId, own: node?.children[0] ? toString(node.children[0]) : c.title, full: node ? toString(node) : c.title };
    });

    let obligations: Obligation[];
    try {
      obligations = resolveObligations(plan, marks.data, frontmatter.appendix as PlanAppendix | undefined, clauses);
    } catch (error) {
      if (error instanceof ObligationError) file.fail(error.message);
      throw error;
    }

    for (const obligation of obligations) {
      const node = nodes.get(obligation.clauseId);
      if (!node) continue; // appendix rows: Appendix.astro prints their line
      const note = obligationNoteHast(obligation);
      const line = { type: 'obligationNote', data: { hName: note.tagName, hProperties: note.properties, hChildren: note.children } } as unknown as RootContent;
      // After the clause's own words, before its sub-clauses.
      const at = node.children.findIndex((child, i) => i >= 2 && (child.type === 'clause' || child.type === 'list'));
      node.children.splice(at < 0 ? node.children.length : at, 0, line);
    }
    frontmatter.obligationRows = obligations;
  };
}
