/**
 * Content loader for the plans: every `<slug>.mdx` in `base`, validated by the
 * collection's schema and rendered to HTML when content is synced, with the site's
 * Markdown processor (astro.config.mjs: the clause and obligation plugins).
 *
 * Why not `glob()`: it hands MDX files to Vite, which compiles each plan into a module
 * of the server bundle; and Astro bundles its data store (rendered HTML included) as
 * one JavaScript string. At 3,400 plans either way took over 5 GB and minutes of
 * bundling. Plans use no components or expressions, so each is rendered once here; its
 * HTML and what the plugins found (clauses, obligations) are written to a file of its
 * own in Astro's cache folder, and the data store keeps only the metadata.
 * `rendered-plans.ts` reads a plan's files when a page needs them.
 *
 * A plan that cannot be rendered (numbering Markdown read as a list, an obligation
 * quoting words its clause does not have) stops the build, naming the file.
 */
import { mkdir, readFile, readdir, writeFile } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';
import type { ClauseInfo } from '../lib/clauses';
import type { Obligation } from '../lib/obligations/resolve';

const EXTENSION = '.mdx';

/** Where the plans are; PLANS_DIR lets the scale benchmarks (test/bench/) build a generated corpus. */
export const PLANS_BASE = process.env.PLANS_DIR ?? './content/plans';

/** The plans folder of the project at `root` (`base` defaults to PLANS_BASE). */
export function plansDir(root: URL, base = PLANS_BASE): string {
  return fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, root));
}

/** The plan files of `dir`, by name: the slug is the name without `.mdx`. */
export async function planFiles(dir: string): Promise<{ id: string; path: string }[]> {
  return (await readdir(dir))
    .filter((name) => name.endsWith(EXTENSION))
    .sort()
    .map((name) => ({ id: basename(name, EXTENSION), path: join(dir, name) }));
}

/** Slugs that are folders of /ke-hoach/ already (a province's list is /ke-hoach/tinh/<slug>/). */
const RESERVED_SLUGS = new Set(['tinh']);

/** Files rendered at once: reading a file and writing the last one overlap the rendering. */
const CONCURRENCY = 4;

/** What the remark plugins found in a plan (see src/build/remark-clauses.ts, remark-obligations.ts). */
export interface PlanStructure {
  clauses: ClauseInfo[];
  obligationRows: Obligation[];
}

/** Where a plan's rendered files are: one name per content digest, so builds side by side never clash. */
export function renderedPlanPaths(cacheDir: URL, id: string, digest: string | number): { html: string; structure: string } {
  const stem = join(fileURLToPath(cacheDir), 'plans', `${id}.${digest}`);
  return { html: `${stem}.html`, structure: `${stem}.json` };
}

export function planLoader({ base }: { base: string }): Loader {
  return {
    name: 'plan-loader',
    load: async (context) => {
      const dir = plansDir(context.config.root, base);
      const files = await planFiles(dir);
      const present = new Set(files.map((file) => file.id));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      await mkdir(join(fileURLToPath(context.config.cacheDir), 'plans'), { recursive: true });
      let next = 0;
      const worker = async () => {
        while (next < files.length) await syncPlan(context, files[next++]!.path);
      };
      await Promise.all(Array.from({ length: CONCURRENCY }, worker));

      context.watcher?.on('all', (event, path) => {
        if (!path.startsWith(dir) || !path.endsWith(EXTENSION)) return;
        if (event === 'unlink') context.store.delete(basename(path, EXTENSION));
        else if (event === 'add' || event === 'change') syncPlan(context, path).catch((error: Error) => context.logger.error(error.message));
      });
    },
  };
}

async function syncPlan({ store, parseData, renderMarkdown, generateDigest, config }: LoaderContext, path: string): Promise<void> {
  const id = basename(path, EXTENSION);
  if (RESERVED_SLUGS.has(id)) throw new Error(`Kế hoạch ${path}: tên tệp "${id}" trùng một mục của /ke-hoach/; hãy đặt tên khác.`);
  const contents = await readFile(path, 'utf8');
  const digest = generateDigest(contents);
  // Rendered on every sync, even when the file is unchanged: the output also depends on
  // the Markdown plugins' code, which no digest here covers.
  const target = renderedPlanPaths(config.cacheDir, id, digest);
  const filePath = relative(fileURLToPath(config.root), path).split('\\').join('/');
  const { frontmatter } = parseFrontmatter(contents);
  const data = await parseData({ id, data: frontmatter, filePath: path });
  let rendered;
  try {
    rendered = await renderMarkdown(contents, { fileURL: pathToFileURL(path) });
  } catch (error) {
    throw new Error(`Kế hoạch ${filePath}: ${(error as Error).message}`, { cause: error });
  }
  const found = rendered.metadata?.frontmatter ?? {};
  const structure: PlanStructure = { clauses: (found.clauses ?? []) as ClauseInfo[], obligationRows: (found.obligationRows ?? []) as Obligation[] };
  await writeFile(target.html, rendered.html);
  await writeFile(target.structure, JSON.stringify(structure));
  store.set({ id, data, filePath, digest });
}
