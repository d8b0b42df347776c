/**
 * Would the build take the draft? Its frontmatter through the plan schema, its body
 * through the site's Markdown processor with the clause and obligation plugins (as
 * src/integrations/plan-loader.ts renders a plan), and its documents against those of
 * the published plans (one /van-ban/ address, one document). Returns the build's
 * messages, none when the draft builds.
 */
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor, parseFrontmatter } from '@astrojs/markdown-remark';
import { basisDocuments } from '../lib/documents';
import { remarkObligations } from '../build/remark-obligations';
import { type PlanData, planSchema } from '../lib/plan-schema';
import { remarkClauses } from '../build/remark-clauses';
import { PLANS_DIR, type PublishedPlan } from './collection';

const processor = createMarkdownProcessor({ remarkPlugins: [remarkClauses, remarkObligations], smartypants: false, syntaxHighlight: false });

export async function draftProblems(draft: string, slug: string, root: string, published: readonly PublishedPlan[]): Promise<string[]> {
  const { frontmatter, content } = parseFrontmatter(draft);
  const parsed = planSchema.safeParse(frontmatter);
  if (!parsed.success) return parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
  const problems: string[] = [];
  try {
    const plans = [...published, { slug, legalBasis: parsed.data.legalBasis }].map((p) => ({ id: p.slug, data: { legalBasis: p.legalBasis } as PlanData }));
    basisDocuments(plans);
  } catch (error) {
    problems.push((error as Error).message);
  }
  try {
    await (await processor).render(content, { frontmatter, fileURL: pathToFileURL(join(root, PLANS_DIR, `${slug}.mdx`)) });
  } catch (error) {
    problems.push((error as Error).message);
  }
  return problems;
}
