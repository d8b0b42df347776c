/** /cap-nhat.xml: the Atom feed of the plans added or changed last (src/build/feed.ts). */
import type { APIRoute } from 'astro';
import { getCollection } from 'astro:content';
import { FEED_ENTRIES, latestChanges } from '../lib/changes';
import { changesFeed } from '../build/feed';

export const GET: APIRoute = async ({ site }) => {
  const plans = latestChanges(await getCollection('plans'), FEED_ENTRIES);
  return new Response(changesFeed(site!.href, plans), { headers: { 'Content-Type': 'application/atom+xml; charset=utf-8' } });
};
