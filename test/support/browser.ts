/** Per-file helpers for browser tests: a page on the shared Chromium, and the site origin. */
import { afterAll, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const origin = () => inject('origin');

/** Opens a browser connection for this test file; `newPage()` gives a fresh context each time. */
export function useBrowser() {
  let browser: Browser;
  const contexts: BrowserContext[] = [];
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterAll(async () => {
    await Promise.all(contexts.map((c) => c.close()));
    await browser.close();
  });
  return {
    async newPage(options: Parameters<Browser['newContext']>[0] = {}): Promise<Page> {
      // The service worker would precache the whole site behind every test's back:
      // only the tests of offline use and the CSP (test/browser/offline.test.ts, csp.test.ts) allow it.
      const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block', ...options });
      contexts.push(context);
      return context.newPage();
    },
  };
}
