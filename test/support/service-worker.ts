/**
 * Browser tests do not wait out the first install's delay
 * (src/components/UpdateNotice/update-notice.ts): Playwright's clock, installed before the
 * page loads, jumps over it, and time otherwise flows as usual.
 */
import { expect } from 'vitest';
import type { Page } from 'playwright-core';

/** Jumps the page's clock over the delay until `holds` is true in the page. */
async function jumpInstallDelay(page: Page, holds: () => boolean | Promise<boolean>): Promise<void> {
  await expect
    .poll(
      async () => {
        await page.clock.fastForward(5_000);
        return page.evaluate(holds);
      },
      { timeout: 30_000 },
    )
    .toBe(true);
}

/** Opens a page with the service worker in control. */
export async function openControlled(page: Page, url: string): Promise<void> {
  await page.clock.install();
  await page.goto(url);
  await jumpInstallDelay(page, () => navigator.serviceWorker.controller !== null);
}

/** Waits until the service worker is registered and active, on a page whose clock was installed before it loaded. */
export async function workerActive(page: Page): Promise<void> {
  await jumpInstallDelay(page, async () => (await navigator.serviceWorker.getRegistration())?.active != null);
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
