/** The search page, against the real built index, typed into as an official would. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, useBrowser } from '../support/browser';
import { searchTop } from '../support/search';

const { newPage } = useBrowser();
const TN = '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/';

async function searchPage(): Promise<Page> {
  const page = await newPage();
  await page.goto(`${origin()}/tim-kiem/`);
  return page;
}

/** The marked words of the first `n` results, lower-cased. */
async function marks(page: Page, n = 5): Promise<string[]> {
  return page
    .locator('.search__list > li')
    .evaluateAll((items, count) => items.slice(0, count).flatMap((li) => [...li.querySelectorAll('mark')].map((m) => (m.textContent ?? '').toLocaleLowerCase('vi'))), n);
}

describe('matching what officials type', () => {
  it('finds "dân tộc thiểu số" typed without diacritics', async () => {
    const page = await searchPage();
    await searchTop(page, 'dan toc thieu so');
    expect(await marks(page)).toContain('dân tộc thiểu số');
  });

  it.each([
    ['dao tao', 'đào tạo'],
    ['dat dai', 'đất đai'],
    ['hdnd', 'hđnd'],
  ])('finds words with đ: "%s" finds "%s"', async (query, word) => {
    const page = await searchPage();
    expect((await searchTop(page, query)).length).toBeGreaterThan(0);
    expect(await marks(page)).toContain(word);
  });

  it.each(['chuẩn hoá', 'chuẩn hóa'])('"%s" finds both the old ("hoá") and new ("hóa") tone placement', async (query) => {
    const page = await searchPage();
    await searchTop(page, query);
    const marked = await marks(page, 20);
    expect(marked).toContain('chuẩn hoá');
    expect(marked).toContain('chuẩn hóa');
  });

  it('"Uỷ ban" and "Ủy ban" find the same clauses', async () => {
    const page = await searchPage();
    const plansFound = async () => /có trong (\d+) kế hoạch/.exec((await page.locator('.search__status').textContent()) ?? '')?.[1];
    const oldForm = await searchTop(page, 'Uỷ ban Kiểm tra Đảng uỷ');
    const oldPlans = await plansFound();
    const newForm = await searchTop(page, 'Ủy ban Kiểm tra Đảng ủy');
    expect(oldForm.length).toBeGreaterThan(0);
    // The same best clauses; further down, plans with the very spelling typed rank a little higher.
    expect(oldForm.slice(0, 4)).toEqual(newForm.slice(0, 4));
    expect(oldForm[0]).toBe('/ke-hoach/lai-chau-nq-05-nq-tu-2026/#iii-4');
    expect(oldPlans).toBe(await plansFound());
  });

  it('finds the same for NFD input as for NFC', async () => {
    const page = await searchPage();
    const nfc = await searchTop(page, 'bồi dưỡng kiến thức dân tộc');
    const nfd = await searchTop(page, 'bồi dưỡng kiến thức dân tộc'.normalize('NFD'));
    expect(nfc.length).toBeGreaterThan(0);
    expect(nfd).toEqual(nfc);
  });

  it.each([
    ['DTTS', 'dân tộc thiểu số'],
    ['CBCCVC', 'cán bộ, công chức, viên chức'],
    ['MTTQ', 'mặt trận tổ quốc'],
    ['VH-XH', 'văn hoá - xã hội'],
  ])('an abbreviation finds its long form: %s', async (query, long) => {
    const page = await searchPage();
    expect((await searchTop(page, query)).length).toBeGreaterThan(0);
    const found = (await marks(page, 10)).join(' | ');
    expect(found.normalize('NFC')).toContain(long.split(/[ ,-]+/)[0]);
    expect(found).toMatch(new RegExp(long.split(/[ ,-]+/).at(-1)!, 'u'));
  });

  it.each([
    ['Chủ tịch Ủy ban nhân dân tỉnh chịu trách nhiệm chung', `${TN}#v-1-a`],
    ['Thường trực Hội đồng nhân dân tỉnh', '/ke-hoach/dong-thap-nq-14-nq-tu-2026/'],
  ])('a long form finds a clause that only has the abbreviation: %s', async (query, url) => {
    const page = await searchPage();
    expect((await searchTop(page, query)).slice(0, 3)).toContain(url);
  });

  it('ranks exact accents above folded ones', async () => {
    const page = await searchPage();
    await searchTop(page, 'dân');
    expect((await marks(page, 1))[0]).toBe('dân');
    await searchTop(page, 'dẫn');
    expect((await marks(page, 1))[0]).toBe('dẫn');
  });

  it('finds document numbers', async () => {
    const page = await searchPage();
    expect((await searchTop(page, '128/KH-UBND'))[0]).toBe(TN);
    expect((await searchTop(page, '14-NQ/TU'))[0]).toBe('/ke-hoach/dong-thap-nq-14-nq-tu-2026/');
  });
});

describe('the search page', () => {
  it('shows plan, clause path and a marked excerpt, and lands on the clause', async () => {
    const page = await searchPage();
    await searchTop(page, 'tỷ lệ 30% đến dưới 50%');
    const first = page.locator('.search__list > li').first();
    expect(await first.locator('.search__clause').textContent()).toBe('Gạch đầu dòng thứ 3 điểm b khoản 2 Mục II');
    expect(await first.locator('.search__plan').textContent()).toContain('128/KH-UBND');
    expect(await first.locator('mark').first().textContent()).toBeTruthy();
    await first.getByRole('link').click();
    await page.waitForURL(/#ii-2-b-3$/);
    await expect.poll(() => page.locator('#ii-2-b-3').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 244, 194)');
  });

  it('reads the best plans first and the others on request', async () => {
    const page = await searchPage();
    await searchTop(page, 'dân tộc');
    const status = page.locator('.search__status');
    expect(await status.textContent()).toContain('có trong 5 kế hoạch');
    expect(await status.textContent()).toContain('của 3 kế hoạch đầu');
    const plansShown = async () => new Set((await page.locator('.search__link').evaluateAll((a) => a.map((x) => x.getAttribute('href')!))).map((u) => u.split('#')[0]));
    expect((await plansShown()).size).toBeLessThanOrEqual(3);
    await page.getByRole('button', { name: 'Xem thêm kết quả từ các kế hoạch khác' }).click();
    await expect.poll(() => status.textContent()).not.toContain('kế hoạch đầu');
    expect(await page.getByRole('button', { name: 'Xem thêm kết quả từ các kế hoạch khác' }).count()).toBe(0);
  });

  it('searches a small collection without fetching Pagefind\'s worker', async () => {
    const page = await searchPage();
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    expect(await searchTop(page, 'cử tuyển')).not.toHaveLength(0);
    expect(fetched).toContain('/pagefind/pagefind.js');
    expect(fetched.some((path) => path.endsWith('.pf_index'))).toBe(true);
    expect(fetched).not.toContain('/pagefind/pagefind-worker.js');
  });

  it('keeps the query and filters in the URL, so a search can be shared', async () => {
    const page = await searchPage();
    await searchTop(page, 'đào tạo');
    await page.getByLabel('Tỉnh, thành phố').selectOption('Lai Châu');
    await expect.poll(() => new URL(page.url()).searchParams.get('tinh')).toBe('Lai Châu');
    expect(new URL(page.url()).searchParams.get('q')).toBe('đào tạo');
    const shared = await newPage();
    await shared.goto(page.url());
    await shared.waitForSelector('.search__list a');
    const urls = await shared.locator('.search__link').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    expect(urls.length).toBeGreaterThan(0);
    expect(urls.every((u) => u.startsWith('/ke-hoach/lai-chau-nq-05-nq-tu-2026/'))).toBe(true);
    expect(await shared.getByRole('searchbox', { name: 'Từ khóa' }).inputValue()).toBe('đào tạo');
  });

  it('says when nothing is found, and offers to drop the filters', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/tim-kiem/?q=${encodeURIComponent('Trường Cao đẳng Lai Châu')}&cap=${encodeURIComponent('Cấp xã')}`);
    await expect.poll(() => page.getByRole('status').first().textContent()).toContain('Không tìm thấy kết quả nào');
    expect(await page.getByText('Gợi ý:').textContent()).toContain('DTTS');
    await page.getByRole('button', { name: 'Bỏ bộ lọc và tìm lại' }).click();
    await page.waitForSelector('.search__list a');
    expect(new URL(page.url()).searchParams.get('cap')).toBeNull();
  });

  it('works from the keyboard: / focuses search, arrows move, Enter opens', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${TN}`);
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('site-search-q');
    await page.keyboard.type('cử tuyển');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    await page.waitForSelector('.search__list a');
    await page.locator('body').click({ position: { x: 5, y: 300 } });
    await page.keyboard.press('/');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tim-kiem-q');
    await page.keyboard.press('ArrowDown');
    const links = page.locator('.search__link');
    await expect.poll(() => links.nth(0).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowDown');
    await expect.poll(() => links.nth(1).evaluate((el) => el === document.activeElement)).toBe(true);
    await page.keyboard.press('ArrowUp');
    await page.keyboard.press('ArrowUp');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tim-kiem-q');
    await page.keyboard.press('ArrowDown');
    const href = await links.nth(0).getAttribute('href');
    await page.keyboard.press('Enter');
    await page.waitForURL((url) => url.pathname + url.hash === href);
  });

  it('explains that search needs JavaScript when it is off, and keeps a plain form', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/tim-kiem/?q=dao+tao`);
    expect(await page.getByText('Tìm kiếm toàn văn cần bật JavaScript').isVisible()).toBe(true);
    expect(await page.locator('form[action="/tim-kiem/"] input[name="q"]').count()).toBeGreaterThan(0);
  });
});
