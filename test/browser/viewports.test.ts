/**
 * What a reader meets first, on a 390 px phone and a 1280 px screen: every page type
 * fits the width (no sideways scrolling), a plan page opens on its title and status with
 * the contents folded on the phone and open beside the text on the wide screen, and
 * dates read dd/mm/yyyy. With SCREENSHOTS=1 in the environment, each page is also saved as
 * a picture in test-results/viewports/ (not committed) for a person to look at; they assert
 * nothing, and a full-page picture costs more than the checks, so a plain run skips them.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';

const { filePage } = useBrowser();

const TN = '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/';
const SHOTS = join(import.meta.dirname, '../../test-results/viewports');

/** Saves a picture of the page for a person to look at, when asked to (SCREENSHOTS=1). */
async function picture(page: Page, name: string, fullPage = false): Promise<void> {
  if (process.env.SCREENSHOTS !== '1') return;
  mkdirSync(SHOTS, { recursive: true });
  await page.screenshot({ path: join(SHOTS, `${name}.png`), fullPage });
}

/** One address of each page type (src/pages). */
const PAGE_TYPES: [string, string][] = [
  ['trang-chu', '/'],
  ['ke-hoach', '/ke-hoach/'],
  ['tinh', '/ke-hoach/tinh/thai-nguyen/'],
  ['ke-hoach-trang', TN],
  ['ban-goc', `${TN}ban-goc/`],
  ['tim-kiem', '/tim-kiem/?q=c%C3%A1n+b%E1%BB%99'],
  ['cong-cu', '/cong-cu/'],
  ['chi-tieu-dtts', '/cong-cu/chi-tieu-dtts/'],
  ['chat-luong-can-bo', '/cong-cu/chat-luong-can-bo/'],
  ['nghia-vu', '/nghia-vu/'],
  ['nghia-vu-tinh', '/nghia-vu/tinh/thai-nguyen/'],
  ['nghia-vu-ke-hoach', '/nghia-vu/ke-hoach/thai-nguyen-128-kh-ubnd-2026/'],
  ['van-ban', '/van-ban/'],
  ['van-ban-trang', '/van-ban/470-qd-ttg-2026-03-24/'],
  ['van-ban-tinh', '/van-ban/470-qd-ttg-2026-03-24/tinh/thai-nguyen/'],
  ['ngoai-tuyen', '/ngoai-tuyen/'],
  ['khong-co', '/404.html'],
];

const VIEWPORTS = { phone: { width: 390, height: 844 }, wide: { width: 1280, height: 800 } } as const;

async function open(page: Page, path: string) {
  await page.goto(`${origin()}${path}`, { waitUntil: 'load' });
  await page.evaluate(() => document.fonts.ready);
}

const overflow = (page: Page) => page.evaluate(() => ({ scrollWidth: document.scrollingElement!.scrollWidth, innerWidth }));

describe.each(Object.entries(VIEWPORTS))('at %s width', (name, viewport) => {
  it.each(PAGE_TYPES)('%s (%s) fits the width', async (shot, path) => {
    const page = await filePage({ viewport });
    await open(page, path);
    await picture(page, `${name}-${shot}`, true);
    const { scrollWidth, innerWidth } = await overflow(page);
    expect(scrollWidth, `${path} scrolls sideways`).toBeLessThanOrEqual(innerWidth);
  });
});

/** Whether the element's top lies within the first screen. */
const onFirstScreen = (page: Page, selector: string) =>
  page.locator(selector).first().evaluate((el) => el.getBoundingClientRect().top >= 0 && el.getBoundingClientRect().bottom <= innerHeight);

describe('a plan page', () => {
  it('opens on a phone on its title and status, with the contents folded behind a button the keyboard opens', async () => {
    const page = await filePage({ viewport: VIEWPORTS.phone });
    await open(page, TN);
    await picture(page, 'phone-ke-hoach-trang-man-hinh-dau');
    expect(await onFirstScreen(page, 'h1')).toBe(true);
    expect(await onFirstScreen(page, '.plan-meta__status')).toBe(true);
    const toc = page.locator('.plan-toc details');
    expect(await toc.evaluate((d: HTMLDetailsElement) => d.open)).toBe(false);
    expect(await page.locator('.plan-toc ol').first().isVisible()).toBe(false);
    const summary = page.locator('.plan-toc summary');
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await toc.evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    expect(await page.getByRole('link', { name: 'II. MỤC TIÊU' }).first().isVisible()).toBe(true);
  });

  it('keeps the contents open beside the text on a wide screen', async () => {
    const page = await filePage({ viewport: VIEWPORTS.wide });
    await open(page, TN);
    await expect.poll(() => page.locator('.plan-toc details').evaluate((d: HTMLDetailsElement) => d.open)).toBe(true);
    await picture(page, 'wide-ke-hoach-trang-man-hinh-dau');
    expect(await page.locator('.plan-toc ol').first().isVisible()).toBe(true);
    const [toc, text] = await Promise.all(['.plan-toc', '.plan-text'].map((s) => page.locator(s).boundingBox()));
    expect(toc!.x + toc!.width).toBeLessThanOrEqual(text!.x);
  });

  it('shows its dates as dd/mm/yyyy', async () => {
    const page = await filePage({ viewport: VIEWPORTS.phone });
    await open(page, TN);
    const meta = (await page.locator('.plan-meta').textContent())!;
    expect(meta).toContain('Ngày ban hành01/04/2026');
    expect(meta).toContain('Quyết định số 470/QĐ-TTg ngày 24/03/2026');
    expect(meta.match(/\b\d{1,2}\/\d{1,2}\/\d{4}\b/g)!.every((date) => /^\d{2}\/\d{2}\/\d{4}$/.test(date))).toBe(true);
  });
});
