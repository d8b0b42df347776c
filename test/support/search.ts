/** Types a query into the search page and returns the result links, as a person would see them. */
import type { Page } from 'playwright-core';

export async function searchTop(page: Page, query: string): Promise<string[]> {
  await page.waitForSelector('[data-search-ready]');
  const box = page.getByRole('searchbox', { name: 'Từ khóa' });
  await box.fill(query);
  // Done when the status names this query (results or "none found") and no more results are being read.
  await page.waitForFunction(
    (q) =>
      (document.querySelector('.search__status')?.textContent ?? '').includes(`“${q.normalize('NFC').replace(/\s+/g, ' ').trim()}”`) &&
      document.querySelector('#ket-qua-tim-kiem')?.getAttribute('aria-busy') === 'false',
    query,
  );
  return page.locator('.search__list .search__link').evaluateAll((links) => links.map((a) => a.getAttribute('href') ?? ''));
}
