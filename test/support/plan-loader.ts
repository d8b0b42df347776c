/**
 * Loads plan files in Node the way a build's content sync does, in a fraction of a second
 * where a real build of the project takes a minute: the plan loader
 * (src/integrations/plan-loader.ts) with the collection's schema (src/lib/plan-schema.ts)
 * and the site's own Markdown processor (astro.config.mjs, with the clause and obligation
 * plugins), called as Astro's content layer calls it.
 */
import { createHash } from 'node:crypto';
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { parseFrontmatter } from '@astrojs/markdown-remark';
import type { LoaderContext } from 'astro/loaders';
import config from '../../astro.config.mjs';
import { planLoader } from '../../src/integrations/plan-loader';
import { type PlanData, planSchema } from '../../src/lib/plan-schema';

/** A loaded plan: its slug and its parsed metadata. */
export interface PlanEntry { id: string; data: PlanData }

export const ROOT = resolve(import.meta.dirname, '../..');
const PLANS = 'content/plans';

/** A published plan's file, as written. */
export const planSource = (slug: string) => readFileSync(join(ROOT, PLANS, `${slug}.mdx`), 'utf8');

// The config's type allows a partial highlight object the renderer's does not; the site sets `false`.
const renderer = config.markdown!.processor!.createRenderer({ syntaxHighlight: config.markdown!.syntaxHighlight as false });

/** Astro's `renderMarkdown` (astro/dist/content/content-layer.js): the body rendered, the frontmatter handed to the plugins. */
async function renderMarkdown(contents: string, options?: { fileURL?: URL }) {
  const { frontmatter, content } = parseFrontmatter(contents);
  const { code, metadata } = await (await renderer).render(content, { frontmatter, fileURL: options?.fileURL });
  return { html: code, metadata };
}

/**
 * Loads `files` (slug → MDX text) from a scratch project folder with the plans at
 * `content/plans/`, as a build would: resolves when every plan loads, rejects with the
 * error that would stop the build. The schema's errors are zod's (Astro words them
 * itself, naming the plan: test/site/bad-plan.test.ts builds one).
 */
export async function loadPlans(files: Record<string, string>): Promise<string[]> {
  return (await loadPlanEntries(files)).map((entry) => entry.id);
}

/** The entries `loadPlans` stores, as `getCollection('plans')` gives them to the pages. */
export async function loadPlanEntries(files: Record<string, string>): Promise<PlanEntry[]> {
  const root = mkdtempSync(join(tmpdir(), 'plan-loader-'));
  try {
    mkdirSync(join(root, PLANS), { recursive: true });
    for (const [slug, text] of Object.entries(files)) writeFileSync(join(root, PLANS, `${slug}.mdx`), text);
    const store = new Map<string, PlanEntry>();
    const context = {
      config: { root: pathToFileURL(`${root}/`), cacheDir: pathToFileURL(join(root, '.cache/')) },
      store: { keys: () => [...store.keys()], delete: (id: string) => store.delete(id), set: (entry: PlanEntry) => store.set(entry.id, entry) },
      parseData: async ({ data }: { data: unknown }) => planSchema.parse(data),
      renderMarkdown,
      generateDigest: (text: string) => createHash('sha1').update(text).digest('hex').slice(0, 16),
    };
    await planLoader({ base: `./${PLANS}` }).load(context as unknown as LoaderContext);
    return [...store.values()];
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}
