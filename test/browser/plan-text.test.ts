/**
 * The published plans say what their sources say, word for word (only the listed
 * transcription noise is dropped), and pinned anchors point at the text they must.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { firstDifference, removeNoise, words } from '../support/words';
import { origin, useBrowser } from '../support/browser';
import { PLAN_SLUGS, loadPlans } from '../support/plans';

const { newPage } = useBrowser();
const plans = loadPlans();

/** The words a reader sees in the plan text, without the copy controls and the site's metadata. */
async function renderedWords(slug: string) {
  const page = await newPage();
  await page.goto(`${origin()}/ke-hoach/${slug}/`);
  const text = await page.locator('[data-plan-text]').evaluate((article) => {
    const copy = article.cloneNode(true) as HTMLElement;
    copy.querySelectorAll('.clause-tools, .not-plan-text').forEach((el) => el.remove());
    document.body.append(copy);
    const innerText = copy.innerText;
    copy.remove();
    return innerText;
  });
  return { page, words: words(text) };
}

describe('plan text', () => {
  it('publishes all five plans', () => {
    expect(plans.map((p) => p.slug).sort()).toEqual([...PLAN_SLUGS].sort());
  });

  it.each(plans.map((p) => [p.slug, p] as const))('%s matches its source word for word', async (slug, plan) => {
    const noise = (plan.frontmatter.removedNoise ?? []).map((n) => n.text);
    const expected = words(removeNoise(plan.source, noise));
    const { words: actual } = await renderedWords(slug);
    expect(firstDifference(expected, actual)).toBeNull();
    expect(actual.length).toBeGreaterThan(1500);
  });
});

/** The text each id opens on (copy controls and the clause's own number left out), or null when the page lacks it. */
async function anchorStarts(page: Page, ids: string[]): Promise<Record<string, string | null>> {
  return page.evaluate((ids) => {
    const marker = /^\s*(?:[IVX]+\s*[.\-–]|\d+(?:\.\d+)*\.?|[a-zđ]\)|\(\d+\))\s+/u;
    return Object.fromEntries(
      ids.map((id) => {
        const el = document.getElementById(id);
        if (!el) return [id, null];
        // A table row is measured from its task cell; everything else from its own text.
        const copy = (el.tagName === 'TR' ? el.children[1] ?? el : el).cloneNode(true) as HTMLElement;
        copy.querySelectorAll('.clause-tools').forEach((t) => t.remove());
        const holder = document.createElement('div');
        holder.append(copy);
        document.body.append(holder);
        const text = holder.innerText.replace(/\s+/g, ' ').trim();
        holder.remove();
        return [id, text.replace(marker, '')];
      }),
    );
  }, ids);
}

/**
 * How many ids each plan's pin file held when every clause id was pinned (issue 16):
 * a pin taken out of a file, to let a changed page pass, fails here.
 */
const PINNED: Record<string, number> = {
  'an-hung-dtts-2026': 49,
  'thai-nguyen-128-kh-ubnd-2026': 107,
  'ha-bac-chat-luong-can-bo-2026': 32,
  'lai-chau-nq-05-nq-tu-2026': 39,
  'dong-thap-nq-14-nq-tu-2026': 73,
};

describe('anchor pins', () => {
  // Links to these ids have been shared: each must stay and keep opening the same words.
  it.each(PLAN_SLUGS)('%s: every pinned id opens the clause it must', async (slug) => {
    const pins = JSON.parse(readFileSync(join(import.meta.dirname, '../site/anchor-pins', `${slug}.json`), 'utf8')) as Record<string, string>;
    expect(Object.keys(pins).length).toBeGreaterThanOrEqual(PINNED[slug] ?? Infinity);
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/${slug}/`);
    const starts = await anchorStarts(page, Object.keys(pins));
    for (const [id, phrase] of Object.entries(pins)) {
      expect(starts[id], `#${id} không có trên trang`).not.toBeNull();
      expect(words(starts[id]!).slice(0, words(phrase).length).join(' '), `#${id}`).toBe(words(phrase).join(' '));
    }
  });
});
