/**
 * Content loader for the plans: every `<slug>.mdx` in `base`, validated by the
 * collection's schema and rendered to HTML when content is synced, with the site's
 * Markdown processor (astro.config.mjs: the clause and obligation plugins).
 *
 * Why not `glob()`: it hands MDX files to Vite, which compiles each plan into a
 * JavaScript module of the server bundle. At 3,400 plans that bundling step alone took
 * over five minutes and 5 GB of memory. Plans use no components or expressions, so
 * they are rendered once here and stored as HTML, as Astro stores Markdown; a
 * rebuild re-renders only the files whose content changed (digest).
 *
 * A plan that cannot be rendered (numbering Markdown read as a list, an obligation
 * quoting words its clause does not have) stops the build, naming the file.
 */
import { readFile, readdir } from 'node:fs/promises';
import { basename, join, relative } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { Loader, LoaderContext } from 'astro/loaders';

const EXTENSION = '.mdx';

/** Files rendered at once: rendering is CPU work, reading is not; a few overlap the two. */
const CONCURRENCY = 4;

export function planLoader({ base }: { base: string }): Loader {
  return {
    name: 'plan-loader',
    load: async (context) => {
      const dir = fileURLToPath(new URL(base.endsWith('/') ? base : `${base}/`, context.config.root));
      const files = (await readdir(dir)).filter((name) => name.endsWith(EXTENSION)).sort();
      const present = new Set(files.map((name) => basename(name, EXTENSION)));
      for (const id of context.store.keys()) if (!present.has(id)) context.store.delete(id);
      let next = 0;
      const worker = async () => {
        while (next < files.length) await syncPlan(context, join(dir, files[next++]!));
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
  const contents = await readFile(path, 'utf8');
  const digest = generateDigest(contents);
  if (store.get(id)?.digest === digest) return;
  const filePath = relative(fileURLToPath(config.root), path).split('\\').join('/');
  const { frontmatter } = parseFrontmatter(contents);
  const data = await parseData({ id, data: frontmatter, filePath: path });
  let rendered;
  try {
    rendered = await renderMarkdown(contents, { fileURL: pathToFileURL(path) });
  } catch (error) {
    throw new Error(`Kế hoạch ${filePath}: ${(error as Error).message}`, { cause: error });
  }
  store.set({ id, data, filePath, digest, rendered });
}
