/**
 * A plan rendered the way the build renders it (the site's Markdown processor with the
 * clause and obligation plugins, astro.config.mjs), frontmatter optionally changed: what
 * the build would stop on, and the obligations it would publish.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { createMarkdownProcessor } from '@astrojs/markdown-remark';
import { parse } from 'yaml';
import { remarkObligations } from '../../src/build/remark-obligations';
import type { Obligation } from '../../src/lib/obligations/resolve';
import { remarkClauses } from '../../src/build/remark-clauses';
import { CONTENT } from './plans';

const processor = createMarkdownProcessor({ remarkPlugins: [remarkClauses, remarkObligations], smartypants: false, syntaxHighlight: false });

export type Frontmatter = Record<string, unknown>;

/** The plan's frontmatter as YAML gives it, and its Markdown body. */
export function planSource(slug: string): { frontmatter: Frontmatter; body: string } {
  const text = readFileSync(join(CONTENT, 'plans', `${slug}.mdx`), 'utf8');
  const match = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
  if (!match) throw new Error(`${slug}: thiếu phần frontmatter`);
  return { frontmatter: parse(match[1]!) as Frontmatter, body: match[2]! };
}

/** Renders a plan; `change` edits its frontmatter first. Rejects with the build's message. */
export async function renderPlan(slug: string, change: (frontmatter: Frontmatter) => Frontmatter = (f) => f): Promise<{ html: string; obligations: Obligation[] }> {
  const { frontmatter, body } = planSource(slug);
  const rendered = await (await processor).render(body, {
    fileURL: pathToFileURL(join(CONTENT, 'plans', `${slug}.mdx`)),
    frontmatter: change(structuredClone(frontmatter)),
  });
  return { html: rendered.code, obligations: (rendered.metadata.frontmatter.obligationRows ?? []) as Obligation[] };
}
