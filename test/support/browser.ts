/** Per-file helpers for browser tests: a page on the shared Chromium, and the site origin. */
import { afterAll, afterEach, beforeAll, inject } from 'vitest';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';

export const origin = () => inject('origin');

type ContextOptions = Parameters<Browser['newContext']>[0];

/**
 * Opens a browser connection for this test file. `newPage()` gives a fresh context each
 * time, closed when the test ends (an open page keeps its renderer, timers and service
 * worker running behind the tests that follow). `filePage()` gives one page for the
 * whole file, for tests that each open their own address and keep nothing between them.
 * `sharedContextPage()` gives a new page, closed when the test ends, in one context kept
 * for the whole file: its service worker installs once, not once per test.
 */
export function useBrowser() {
  let browser: Browser;
  const perTest: BrowserContext[] = [];
  const perTestPages: Page[] = [];
  const perFile = new Map<string, Promise<{ context: BrowserContext; page: Page }>>();
  const open = async (options: ContextOptions = {}) => {
    // The service worker would precache the whole site behind every test's back:
    // only the tests of offline use and the CSP (test/browser/offline.test.ts, csp.test.ts) allow it.
    const context = await browser.newContext({ locale: 'vi-VN', serviceWorkers: 'block', ...options });
    return { context, page: await context.newPage() };
  };
  const fileContext = (options: ContextOptions) => {
    const key = JSON.stringify(options);
    if (!perFile.has(key)) perFile.set(key, open(options));
    return perFile.get(key)!;
  };
  beforeAll(async () => {
    browser = await chromium.connect(inject('wsEndpoint'));
  });
  afterEach(async () => {
    await Promise.all([...perTest.splice(0).map((c) => c.close()), ...perTestPages.splice(0).map((p) => p.close())]);
  });
  afterAll(async () => {
    await browser.close();
  });
  return {
    async newPage(options: ContextOptions = {}): Promise<Page> {
      const { context, page } = await open(options);
      perTest.push(context);
      return page;
    },
    /** The file's page for these options (one per distinct options), opened on first use. */
    filePage(options: ContextOptions = {}): Promise<Page> {
      return fileContext(options).then(({ page }) => page);
    },
    async sharedContextPage(options: ContextOptions = {}): Promise<Page> {
      const page = await (await fileContext(options)).context.newPage();
      perTestPages.push(page);
      return page;
    },
  };
}

/**
 * Waits until the page has loaded and every island has hydrated (Astro removes an island's
 * `ssr` attribute once its component has run), then one frame and one task more, so that
 * effects run after hydration have started. Playwright's 'networkidle' would wait a further
 * 500 ms of quiet on every page; tests that assert that nothing is requested still use it.
 * A page that sends the reader on (the plan list with a province filter opens that
 * province's page) is waited for again on the page it opens.
 */
export async function settled(page: Page): Promise<void> {
  const giveUp = Date.now() + 10_000;
  for (;;) {
    try {
      await page.waitForLoadState('load');
      await page.waitForFunction(() => !document.querySelector('astro-island[ssr]'));
      await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => setTimeout(done))));
      return;
    } catch (error) {
      if (Date.now() > giveUp || !/context was destroyed|navigation/i.test(String(error))) throw error;
    }
  }
}
