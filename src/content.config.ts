import { defineCollection } from 'astro:content';
import { glob } from 'astro/loaders';
import { planSchema } from './lib/plan-schema';

const plans = defineCollection({
  loader: glob({ pattern: '*.mdx', base: './content/plans' }),
  schema: planSchema,
});

export const collections = { plans };
