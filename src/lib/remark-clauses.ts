/** Remark plugin: gives every numbered piece of a plan its anchor (see clauses.ts). */
import type { Root } from 'mdast';
import type { VFile } from 'vfile';
import { ClauseStructureError, structureClauses } from './clauses';

interface AstroFileData {
  astro?: { frontmatter?: Record<string, unknown> };
}

export function remarkClauses() {
  return (tree: Root, file: VFile) => {
    if (!/[\\/]content[\\/]plans[\\/]/.test(file.path)) return;
    try {
      const outline = structureClauses(tree);
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
