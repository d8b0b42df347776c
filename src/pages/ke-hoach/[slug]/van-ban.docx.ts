/** Each plan as a Word file: /ke-hoach/<slug>/van-ban.docx, from the text its page shows (src/build/plan-docx.ts). */
import type { APIRoute, GetStaticPaths } from 'astro';
import { type CollectionEntry, getCollection } from 'astro:content';
import { planHtml } from '../../../integrations/rendered-plans';
import { planDocx } from '../../../build/plan-docx';
import { planPath } from '../../../lib/core/paths';

export const getStaticPaths = (async () => (await getCollection('plans')).map((entry) => ({ params: { slug: entry.id }, props: { entry } }))) satisfies GetStaticPaths;

export const GET: APIRoute<{ entry: CollectionEntry<'plans'> }> = async ({ props: { entry }, site }) =>
  new Response(await planDocx(entry.data, await planHtml(entry), new URL(planPath(entry.id), site).href), {
    headers: { 'Content-Type': 'application/vnd.openxmlformats-officedocument.wordprocessingml.document' },
  });
