/** Remark plugin: gives every numbered piece of a plan its anchor (see clauses.ts). */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import type { ClauseToolLink } from './clause-tools';
import { ClauseStructureError, structureClauses } from './clauses';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export interface RemarkClausesOptions {
  /** Extra controls per plan slug and clause anchor, e.g. links to the calculator applying a clause. */
  toolLinks?: (slug: string) => Record<string, ClauseToolLink>;
}

export function remarkClauses({ toolLinks = () => ({}) }: RemarkClausesOptions = {}) {
  return (tree: Root, file: VFile) => {
    const plan = /[\\/]content[\\/]plans[\\/]([^\\/]+)\.mdx$/.exec(file.path);
    if (!plan) return;
    try {
      const outline = structureClauses(tree, toolLinks(plan[1]!));
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
