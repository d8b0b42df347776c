import { defineCollection } from 'astro:content';
import { planLoader } from './integrations/plan-loader';
import { planSchema } from './lib/plan-schema';

const plans = defineCollection({
  // PLANS_DIR lets the scale benchmarks (test/bench/) build a generated corpus.
  loader: planLoader({ base: process.env.PLANS_DIR ?? './content/plans' }),
  schema: planSchema,
});

export const collections = { plans };
