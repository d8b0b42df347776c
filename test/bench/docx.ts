/**
 * Word files at build time: milliseconds per plan to make the five plans' .docx
 * (plan-docx.ts), round after round up to `BENCH_DOCX` files (default 1,000), as wall
 * time and as this process's CPU time (the machine is shared; CPU time is what the build
 * pays). Prints the cost of 3,400 plans, the collection the site is sized for (docs/scale.md).
 * Run: npm run bench:docx
 */
import { performance } from 'node:perf_hooks';
import { it } from 'vitest';
import { planDocx } from '../../src/build/plan-docx';
import { planSchema } from '../../src/lib/plan-schema';
import { PLAN_SLUGS } from '../support/plans';
import { planSource, renderPlan } from '../support/render-plan';

const FILES = Number(process.env.BENCH_DOCX ?? 1_000);
const COLLECTION = 3_400;

it('makes each plan’s .docx', async () => {
  const inputs = await Promise.all(PLAN_SLUGS.map(async (slug) => ({ plan: planSchema.parse(planSource(slug).frontmatter), html: (await renderPlan(slug)).html })));
  await planDocx(inputs[0]!.plan, inputs[0]!.html, 'https://example.vn/');
  let bytes = 0;
  const start = performance.now();
  const cpu = process.cpuUsage();
  for (let i = 0; i < FILES; i++) {
    const { plan, html } = inputs[i % inputs.length]!;
    bytes += (await planDocx(plan, html, 'https://example.vn/')).byteLength;
  }
  const wall = (performance.now() - start) / FILES;
  const { user, system } = process.cpuUsage(cpu);
  const perPlan = (user + system) / 1000 / FILES;
  console.log(
    `${FILES} .docx files: ${perPlan.toFixed(1)} ms CPU a plan (${wall.toFixed(1)} ms wall), ` +
      `${((perPlan * COLLECTION) / 1000).toFixed(0)} s CPU for ${COLLECTION} plans, ${(bytes / FILES / 1024).toFixed(0)} KB a file on average.`,
  );
});
