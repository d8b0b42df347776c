/** The search page, against the real built index, typed into as an official would. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, useBrowser } from '../support/browser';
import { searchTop } from '../support/search';

const { newPage, filePage } = useBrowser();
const TN = '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/';
const TN_LABEL = '128/KH-UBND – UBND tỉnh Thái Nguyên';

async function searchPage(): Promise<Page> {
  const page = await newPage();
  await page.goto(`${origin()}/tim-kiem/`);
  return page;
}

/** One search page for the tests that only type queries and read the results (each its own queries, none twice in a row). */
async function sharedSearchPage(): Promise<Page> {
  const page = await filePage();
  if (page.url() === 'about:blank') await page.goto(`${origin()}/tim-kiem/`);
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
    const page = await sharedSearchPage();
    await searchTop(page, 'dan toc thieu so');
    expect(await marks(page)).toContain('dân tộc thiểu số');
  });

  it.each([
    ['dao tao', 'đào tạo'],
    ['dat dai', 'đất đai'],
    ['hdnd', 'hđnd'],
  ])('finds words with đ: "%s" finds "%s"', async (query, word) => {
    const page = await sharedSearchPage();
    expect((await searchTop(page, query)).length).toBeGreaterThan(0);
    expect(await marks(page)).toContain(word);
  });

  it.each(['chuẩn hoá', 'chuẩn hóa'])('"%s" finds both the old ("hoá") and new ("hóa") tone placement', async (query) => {
    const page = await sharedSearchPage();
    await searchTop(page, query);
    const marked = await marks(page, 20);
    expect(marked).toContain('chuẩn hoá');
    expect(marked).toContain('chuẩn hóa');
  });

  it('"Uỷ ban" and "Ủy ban" find the same clauses', async () => {
    const page = await sharedSearchPage();
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
    const page = await sharedSearchPage();
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
    const page = await sharedSearchPage();
    expect((await searchTop(page, query)).length).toBeGreaterThan(0);
    const found = (await marks(page, 10)).join(' | ');
    expect(found.normalize('NFC')).toContain(long.split(/[ ,-]+/)[0]);
    expect(found).toMatch(new RegExp(long.split(/[ ,-]+/).at(-1)!, 'u'));
  });

  it.each([
    ['Chủ tịch Ủy ban nhân dân tỉnh chịu trách nhiệm chung', `${TN}#v-1-a`],
    ['Thường trực Hội đồng nhân dân tỉnh', '/ke-hoach/dong-thap-nq-14-nq-tu-2026/'],
  ])('a long form finds a clause that only has the abbreviation: %s', async (query, url) => {
    const page = await sharedSearchPage();
    expect((await searchTop(page, query)).slice(0, 3)).toContain(url);
  });

  it('ranks exact accents above folded ones', async () => {
    const page = await sharedSearchPage();
    await searchTop(page, 'dân');
    expect((await marks(page, 1))[0]).toBe('dân');
    await searchTop(page, 'dẫn');
    expect((await marks(page, 1))[0]).toBe('dẫn');
  });

  it('finds document numbers', async () => {
    const page = await sharedSearchPage();
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

  it('finds what the whole word finds from a partly typed last word', async () => {
    const page = await searchPage();
    const plansFound = async () => /có trong (\d+) kế hoạch/.exec((await page.locator('.search__status').textContent()) ?? '')?.[1];
    await searchTop(page, 'bồi dưỡng kiến thức');
    const whole = await plansFound();
    expect((await searchTop(page, 'bồi dưỡng kiến th')).length).toBeGreaterThan(0);
    expect(await plansFound()).toBe(whole);
    expect(await marks(page, 3)).toContain('bồi dưỡng kiến thức');
  });

  it('lists the plans found nationwide, opens the best into clauses and any other on request', async () => {
    const page = await searchPage();
    await searchTop(page, 'dân tộc');
    const plans = page.locator('.search__plans > ol > li');
    expect(await page.getByRole('heading', { name: 'Các kế hoạch có “dân tộc” (5)' }).count()).toBe(1);
    expect(await plans.count()).toBe(5);
    const open = page.getByRole('button', { name: /^Xem đoạn khớp trong / });
    expect(await open.count()).toBe(2);
    const other = (await open.first().getAttribute('aria-label'))!.replace('Xem đoạn khớp trong ', '');
    const otherUrl = await plans.filter({ hasText: other }).getByRole('link').getAttribute('href');
    const item = plans.filter({ hasText: other });
    await open.first().click();
    await expect.poll(() => page.getByRole('button', { name: /^Xem đoạn khớp trong / }).count()).toBe(1);
    const opened = await item.getByRole('list', { name: `Đoạn khớp trong ${other}` }).locator('.search__link').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    expect(opened.length).toBeGreaterThan(0);
    expect(opened.every((u) => u.startsWith(otherUrl!))).toBe(true);
    // The best plans' results stay as they were.
    expect(await page.locator('.search__status').textContent()).toContain('của 3 kế hoạch đầu');
  });

  it('shows the plans found before their clauses, and says it is still reading them', async () => {
    const page = await searchPage();
    // The province bundles answer only when released, so the page is seen between the two steps.
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    await page.route('**/pagefind/tinh/**', async (route) => {
      await released;
      await route.continue();
    });
    await page.waitForSelector('[data-search-ready]');
    await page.getByRole('searchbox', { name: 'Từ khóa' }).fill('dân tộc');
    await page.waitForSelector('.search__plans li');
    expect(await page.locator('#ket-qua-tim-kiem').getAttribute('aria-busy')).toBe('true');
    expect(await page.locator('.search__status').textContent()).toBe('“dân tộc” có trong 5 kế hoạch; đang đọc đoạn khớp của các kế hoạch đầu…');
    expect(await page.locator('.search__list').count()).toBe(0);
    release();
    await expect.poll(() => page.locator('#ket-qua-tim-kiem').getAttribute('aria-busy')).toBe('false');
    expect(await page.locator('.search__list .search__link').count()).toBeGreaterThan(0);
    expect(await page.locator('.search__status').textContent()).toContain('của 3 kế hoạch đầu');
  });

  describe('words found in too many plans to list them all (tu-pho-bien.json)', () => {
    /** A search page told that "dân" and "tộc" are each in 3,400 plans, as a large collection would list them. */
    async function withCommonWords(): Promise<Page> {
      const page = await newPage();
      await page.route('**/pagefind/tu-pho-bien.json', (route) => route.fulfill({ json: { perWord: 100, words: { dan: 3400, toc: 3400 } } }));
      await page.goto(`${origin()}/tim-kiem/`);
      return page;
    }

    it('finds plans by the other words, says which words it left out, and still marks them in the clauses', async () => {
      const page = await withCommonWords();
      const found = await searchTop(page, 'dân tộc cử tuyển');
      expect(found.length).toBeGreaterThan(0);
      const status = await page.locator('.search__status').textContent();
      expect(status).toMatch(/^“dân tộc cử tuyển”: \d+ kế hoạch có “cử tuyển” \(các từ “dân”, “tộc” có trong hơn 100 kế hoạch nên không dùng để chọn kế hoạch\); \d+ đoạn khớp nhất/);
      expect(await page.getByRole('heading', { name: /^Các kế hoạch có “cử tuyển” \(\d+\)$/ }).count()).toBe(1);
      expect(await marks(page, 20)).toContain('cử tuyển');
    });

    it('finds, for common words only, the plans that use them most, and suggests narrowing the search', async () => {
      const page = await withCommonWords();
      expect((await searchTop(page, 'dan toc')).length).toBeGreaterThan(0);
      expect(await page.locator('.search__status').textContent()).toMatch(/^“dan toc”: các từ này đều có trong hơn 100 kế hoạch, dưới đây là \d+ kế hoạch dùng nhiều nhất; \d+ đoạn khớp nhất/);
      expect(await page.getByRole('heading', { name: /^Các kế hoạch dùng nhiều nhất các từ “dan toc”/ }).count()).toBe(1);
      expect(await page.getByText('Để tìm trong mọi kế hoạch, hãy chọn tỉnh, thành phố').count()).toBe(1);
    });
  });

  it('loads the runtime once from /pagefind/ and only the bundles a query needs', async () => {
    const page = await newPage();
    const served: string[] = [];
    page.on('response', (response) => response.status() === 200 && served.push(new URL(response.url()).pathname));
    await page.goto(`${origin()}/tim-kiem/?tinh=${encodeURIComponent('Lai Châu')}`);
    expect(await searchTop(page, 'cử tuyển')).not.toHaveLength(0);
    const pagefind = served.filter((path) => path.startsWith('/pagefind/'));
    expect(pagefind).toContain('/pagefind/pagefind.js');
    expect(pagefind.filter((path) => path.endsWith('.pagefind'))).toEqual(['/pagefind/wasm.unknown.pagefind']);
    expect(pagefind.some((path) => path.startsWith('/pagefind/tinh/lai-chau/index/'))).toBe(true);
    // Nothing of the nationwide bundle or of other provinces, and no worker.
    expect(pagefind.filter((path) => !path.startsWith('/pagefind/tinh/lai-chau/') && !/^\/pagefind\/(pagefind\.js|wasm\.unknown\.pagefind)$/.test(path))).toEqual([]);

    served.length = 0;
    await page.getByLabel('Tỉnh, thành phố').selectOption('');
    await page.waitForSelector('.search__plans li');
    const nationwide = served.filter((path) => path.startsWith('/pagefind/'));
    expect(nationwide.some((path) => /^\/pagefind\/index\//.test(path))).toBe(true);
    // Every bundle reads the one WebAssembly file at the root, so the browser's cache serves it after the first time.
    expect(new Set(nationwide.filter((path) => path.endsWith('.pagefind')))).toEqual(new Set(['/pagefind/wasm.unknown.pagefind']));
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

  it('offers the chosen province\'s plans from its bundle, not a list of every plan in the page', async () => {
    const html = await (await fetch(`${origin()}/tim-kiem/`)).text();
    expect(html).not.toContain(TN_LABEL);
    const page = await searchPage();
    await searchTop(page, 'đào tạo');
    const plan = page.getByLabel('Kế hoạch', { exact: true });
    expect(await plan.locator('option').count()).toBe(1);
    await page.getByLabel('Tỉnh, thành phố').selectOption('Thái Nguyên');
    await expect.poll(() => plan.locator('option').allTextContents()).toEqual(['Tất cả', TN_LABEL]);
    await plan.selectOption(TN_LABEL);
    await expect.poll(() => new URL(page.url()).searchParams.get('ke-hoach')).toBe(TN_LABEL);
    await expect.poll(() => page.locator('.search__link').evaluateAll((a, plan) => a.every((x) => x.getAttribute('href')!.startsWith(plan)), TN)).toBe(true);
  });

  it('still follows a shared link that names a plan without its province', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/tim-kiem/?q=${encodeURIComponent('đào tạo')}&ke-hoach=${encodeURIComponent(TN_LABEL)}`);
    await page.waitForSelector('.search__list a');
    const urls = await page.locator('.search__link').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    expect(urls.every((u) => u.startsWith(TN))).toBe(true);
    expect(await page.getByLabel('Kế hoạch', { exact: true }).inputValue()).toBe(TN_LABEL);
  });

  it.each([
    ['ke-hoach', '99/KH-UBND – UBND xã Không Có', 'Không có kế hoạch “99/KH-UBND – UBND xã Không Có”'],
    ['tinh', 'Hà Nội', 'Chưa có kế hoạch nào của Hà Nội'],
    ['tinh', 'Hà Tây', 'Không có tỉnh, thành phố “Hà Tây”'],
  ])('says when a filter value in a link no longer exists (%s=%s), and searches without it', async (key, value, message) => {
    const page = await newPage();
    await page.goto(`${origin()}/tim-kiem/?q=${encodeURIComponent('đào tạo')}&${key}=${encodeURIComponent(value)}`);
    await expect.poll(() => page.locator('.search__status').textContent()).toBe('Bộ lọc trong địa chỉ này không còn dùng được.');
    expect(await page.getByText(message).count()).toBe(1);
    await page.getByRole('button', { name: 'Bỏ bộ lọc này và tìm lại' }).click();
    await page.waitForSelector('.search__list a');
    expect(new URL(page.url()).searchParams.get(key)).toBeNull();
    expect(new URL(page.url()).searchParams.get('q')).toBe('đào tạo');
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
