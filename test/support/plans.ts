/** The plans as the tests see them: slug, frontmatter and original transcription, read from content/. */
import { readFileSync, readdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { parse } from 'yaml';

export const CONTENT = resolve(import.meta.dirname, '../../content');

export interface TestPlan {
  slug: string;
  frontmatter: {
    removedNoise?: { text: string }[];
    source: string;
    number: string | null;
    title: string;
    appendix?: unknown;
  };
  source: string;
}

export function loadPlans(): TestPlan[] {
  return readdirSync(join(CONTENT, 'plans'))
    .filter((f) => f.endsWith('.mdx'))
    .sort()
    .map((file) => {
      const text = readFileSync(join(CONTENT, 'plans', file), 'utf8');
      const match = /^---\n([\s\S]*?)\n---\n/.exec(text);
      if (!match?.[1]) throw new Error(`${file}: thiếu phần frontmatter`);
      const frontmatter = parse(match[1]) as TestPlan['frontmatter'];
      return {
        slug: file.replace(/\.mdx$/, ''),
        frontmatter,
        source: readFileSync(join(CONTENT, 'sources', frontmatter.source), 'utf8'),
      };
    });
}

export const PLAN_SLUGS = [
  'an-hung-dtts-2026',
  'thai-nguyen-128-kh-ubnd-2026',
  'ha-bac-chat-luong-can-bo-2026',
  'lai-chau-nq-05-nq-tu-2026',
  'dong-thap-nq-14-nq-tu-2026',
];
