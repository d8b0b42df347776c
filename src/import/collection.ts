/** The plans already in content/plans/, as the importer needs them: their slugs and the documents they name. */
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LegalBasis } from '../lib/plan-schema';

export interface PublishedPlan {
  slug: string;
  legalBasis: LegalBasis[];
}

export const PLANS_DIR = 'content/plans';
export const SOURCES_DIR = 'content/sources';

/** Every plan of `<root>/content/plans/`, read as the build reads its frontmatter. */
export function readCollection(root: string): PublishedPlan[] {
  const dir = join(root, PLANS_DIR);
  return readdirSync(dir)
    .filter((name) => name.endsWith('.mdx'))
    .sort()
    .map((name) => {
      const { frontmatter } = parseFrontmatter(readFileSync(join(dir, name), 'utf8'));
      const basis = (frontmatter.legalBasis ?? []) as (Omit<LegalBasis, 'date'> & { date: string | Date | null })[];
      return {
        slug: name.slice(0, -'.mdx'.length),
        legalBasis: basis.map((b) => ({ ...b, date: b.date ? new Date(b.date) : null })),
      };
    });
}
