/** Remark plugin: gives every numbered piece of a plan its anchor (see clauses.ts). */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ClauseToolLink } from '../lib/clause-tools';
import { ClauseStructureError, structureClauses } from '../lib/clauses';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export interface RemarkClausesOptions {
  /** Extra controls per plan slug and clause anchor, e.g. links to the calculator applying a clause. */
  toolLinks?: (slug: string) => Record<string, ClauseToolLink>;
}

/** The slug of the plan a file is, or null for any other Markdown file. */
export function planSlugOf(path: string): string | null {
  return /[\\/]content[\\/]plans[\\/]([^\\/]+)\.mdx$/.exec(path)?.[1] ?? null;
}

export function remarkClauses({ toolLinks = () => ({}) }: RemarkClausesOptions = {}) {
  return (tree: Root, file: VFile) => {
    const plan = planSlugOf(file.path);
    if (!plan) return;
    try {
      const outline = structureClauses(tree, toolLinks(plan));
      const data = file.data as AstroFileData;
      data.astro ??= {};
      data.astro.frontmatter ??= {};
      data.astro.frontmatter.clauses = outline;
    } catch (error) {
      if (error instanceof ClauseStructureError) file.fail(error.message);
      throw error;
    }
  };
}
