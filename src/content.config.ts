import { defineCollection } from 'astro:content';
import { PLANS_BASE, planLoader } from './integrations/plan-loader';
import { planSchema } from './lib/plan-schema';

const plans = defineCollection({
  loader: planLoader({ base: PLANS_BASE }),
  schema: planSchema,
});

export const collections = { plans };
