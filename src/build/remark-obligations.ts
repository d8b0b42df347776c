/**
 * Remark plugin, run after remarkClauses: resolves the plan's obligations against the
 * clauses just built and checks that every clause naming a body or a time is marked or
 * excused (a wrong mark or a missed task stops the build, naming plan and clause), puts
 * the obligation line under each marked clause, and hands the list on as the file's
 * `obligationRows` (kept with the plan's structure by src/integrations/plan-loader.ts).
 */
import type { Root, RootContent } from 'mdast';
import type { VFile } from 'vfile';
import type { ClauseInfo } from '../lib/clauses';
import { z } from 'astro/zod';
import { type PlanAppendix, directingClauseSchema, notObligationSchema, obligationMarkSchema } from '../lib/plan-schema';
import { planSlugOf } from './remark-clauses';
import { JurisdictionError, planJurisdictions } from '../lib/obligations/bodies';
import { clauseNodes, clauseTexts } from '../lib/obligations/clause-text';
import { coverageProblems } from '../lib/obligations/coverage';
import { obligationNoteHast } from '../lib/obligations/note';
import { type Obligation, ObligationError, resolveObligations } from '../lib/obligations/resolve';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

// What this plugin reads of the frontmatter. Malformed fields are reported by the content
// schema (plan-schema.ts), with the field; this plugin then does nothing.
const frontmatterSchema = z.object({
  province: z.string(),
  provinceInferred: z.boolean(),
  level: z.enum(['tỉnh', 'xã']),
  issuer: z.string(),
  directingClause: directingClauseSchema.optional(),
  obligations: obligationMarkSchema.array().default([]),
  notObligations: notObligationSchema.array().default([]),
});

export function remarkObligations() {
  return (tree: Root, file: VFile) => {
    const plan = planSlugOf(file.path);
    const frontmatter = (file.data as AstroFileData).astro?.frontmatter;
    if (!plan || !frontmatter) return;
    const parsed = frontmatterSchema.safeParse(frontmatter);
    if (!parsed.success) return;
    const data = parsed.data;

    const nodes = clauseNodes(tree);
    const clauses = clauseTexts((frontmatter.clauses ?? []) as ClauseInfo[], nodes);
    const appendix = frontmatter.appendix as PlanAppendix | undefined;

    let obligations: Obligation[];
    try {
      const places = planJurisdictions(data);
      obligations = resolveObligations({ plan, marks: data.obligations, appendix, clauses, places, directing: data.directingClause });
      const missed = coverageProblems({ plan, clauses, marks: data.obligations, excuses: data.notObligations, appendix });
      if (missed.length) throw new ObligationError(missed.join('\n'));
    } catch (error) {
      if (error instanceof ObligationError || error instanceof JurisdictionError) file.fail(error.message);
      throw error;
    }

    for (const obligation of obligations) {
      const node = nodes.get(obligation.clauseId);
      if (!node) continue; // appendix rows: Appendix.astro prints their line
      const note = obligationNoteHast(obligation);
      const line = { type: 'obligationNote', data: { hName: note.tagName, hProperties: note.properties, hChildren: note.children } } as unknown as RootContent;
      // After the clause's own words (and the lines of its earlier tasks), before its sub-clauses.
      const at = node.children.findIndex((child, i) => i >= 2 && (child.type === 'clause' || child.type === 'list'));
      node.children.splice(at < 0 ? node.children.length : at, 0, line);
    }
    frontmatter.obligationRows = obligations;
  };
}
