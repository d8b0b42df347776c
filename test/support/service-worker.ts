/**
 * Opens a page with the service worker in control, without waiting out the first
 * install's delay (src/components/UpdateNotice/update-notice.ts): Playwright's clock
 * jumps over it, and time otherwise flows as usual.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

export async function openControlled(page: Page, url: string): Promise<void> {
  await page.clock.install();
  await page.goto(url);
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(5_000);
        return page.evaluate(() => navigator.serviceWorker.controller !== null);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** The paths stored in each of the page's caches (Cache API), query strings dropped. */
export async function cachedPaths(page: Page): Promise<Record<string, string[]>> {
  return page.evaluate(async () => {
    const names = await caches.keys();
    const entries = await Promise.all(names.map(async (name) => [name, (await (await caches.open(name)).keys()).map((r) => new URL(r.url).pathname).sort()] as const));
    return Object.fromEntries(entries);
  });
}

/** The shell's URLs, as bundled into the built worker. */
export function shellUrls(workerSource: string): string[] {
  return [...workerSource.matchAll(/\{url:"([^"]+)",revision:/g)].map(([, url]) => url!);
}
