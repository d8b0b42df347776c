import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './lib/plan-schema';

const plans = defineCollection({
  // PLANS_DIR lets the build benchmark (test/bench/budgets.ts) build a generated corpus.
  loader: glob({ pattern: '*.mdx', base: process.env.PLANS_DIR ?? './content/plans' }),
  schema: planSchema,
});

export const collections = { plans };
