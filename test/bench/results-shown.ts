/**
 * When a calculator's results count as shown, timed in the page: at the first frame painted
 * with the results heading. Playwright noticing the heading (a role query over the whole
 * page, polled every frame) takes a few hundred milliseconds more and itself loads the
 * page's thread, which the benchmarks measure.
 */
import type { Page } from 'playwright-core';

/** Starts watching for a level-2 heading matching `heading`; call before the action that computes. */
export async function watchResults(page: Page, heading: RegExp): Promise<void> {
  await page.evaluate((pattern) => {
    const w = window as unknown as { shownAt?: number };
    delete w.shownAt;
    const matches = new RegExp(pattern);
    const results = new MutationObserver(() => {
      if (![...document.querySelectorAll('h2')].some((h) => matches.test(h.textContent ?? ''))) return;
      results.disconnect();
      requestAnimationFrame(() => setTimeout(() => (w.shownAt = performance.now())));
    });
    results.observe(document.body, { childList: true, subtree: true });
  }, heading.source);
}

/** The page's clock (performance.now) when the results were first painted, polled cheaply. */
export async function resultsShownAt(page: Page): Promise<number> {
  await page.waitForFunction(() => (window as unknown as { shownAt?: number }).shownAt !== undefined, null, { polling: 100, timeout: 120_000 });
  return page.evaluate(() => (window as unknown as { shownAt: number }).shownAt);
}
