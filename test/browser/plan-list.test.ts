/**
 * The plan list by province: /ke-hoach/ (the 34 provinces, filters across them a page at a
 * time), /ke-hoach/tinh/<slug>/ (one province, server-rendered, filtered with its JSON),
 * old links (/ke-hoach/?tinh=…), filter values that no longer exist, and the home page.
 * The five real plans: Hải Phòng 2 (An Hưng: DTTS, xã; Hà Bắc: chất lượng, xã),
 * Đồng Tháp, Lai Châu (chất lượng, tỉnh) and Thái Nguyên (DTTS, tỉnh).
 */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, useBrowser } from '../support/browser';
import { sitemapUrls } from '../support/sitemap';
import { PROVINCES } from '../../src/lib/provinces';
import type { ProvincePlans } from '../../src/lib/plan-list';

const { newPage } = useBrowser();
const cards = (page: Page) => page.locator('.plan-list .plan-card');
const status = (page: Page) => page.locator('.plan-filter__count');
const search = (page: Page) => new URL(page.url()).search;

/** Records the province data files a page fetches. */
function dataRequests(page: Page): string[] {
  const requested: string[] = [];
  page.on('request', (r) => { if (/\/ke-hoach\/tinh\/[^/]+\.json$/.test(r.url())) requested.push(new URL(r.url()).pathname); });
  return requested;
}

/** Holds the filter's script back (a slow connection) until the returned function is called. */
async function holdFilterScript(page: Page): Promise<() => void> {
  let release = () => {};
  const held = new Promise<void>((resolve) => (release = resolve));
  await page.route(/\/_astro\/PlanFilter\.[^/]*\.js$/, async (route) => {
    await held;
    await route.continue();
  });
  return release;
}

describe('a province’s plans', () => {
  it('are listed on the province’s page without JavaScript, with the way back up', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/ke-hoach/tinh/hai-phong/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Kế hoạch trên địa bàn Hải Phòng');
    expect(await cards(page).count()).toBe(2);
    expect(await status(page).textContent()).toBe('2 kế hoạch trên địa bàn Hải Phòng');
    const crumbs = page.getByRole('navigation', { name: 'Đường dẫn' });
    expect(await crumbs.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual(['/', '/ke-hoach/']);
    expect(await crumbs.textContent()).toContain('Hải Phòng');
  });

  it('say where a province is inferred, on the card’s tag and in its citation, and a plan’s breadcrumbs lead to its province', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/tinh/lai-chau/`);
    expect(await cards(page).locator('.tag').first().textContent()).toBe('Lai Châu (tên tỉnh suy ra từ nội dung văn bản)');
    expect(await cards(page).getByRole('heading').textContent()).toMatch(/UBND tỉnh Lai Châu \(tên tỉnh suy ra từ nội dung văn bản\)$/);
    await cards(page).getByRole('link').first().click();
    await page.waitForURL(/\/ke-hoach\/lai-chau-nq-05-nq-tu-2026\/$/);
    await page.getByRole('navigation', { name: 'Đường dẫn' }).getByRole('link', { name: 'Lai Châu' }).click();
    await page.waitForURL(/\/ke-hoach\/tinh\/lai-chau\/$/);
  });

  it('say so too when the filter lists them across provinces', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/?cap=t%E1%BB%89nh`);
    await expect.poll(() => cards(page).count()).toBe(3);
    const laiChau = cards(page).filter({ hasText: 'Nghị quyết số 05-NQ/TU' });
    expect(await laiChau.locator('.tag').first().textContent()).toBe('Lai Châu (tên tỉnh suy ra từ nội dung văn bản)');
    expect(await cards(page).locator('.tag').allTextContents()).toContain('Thái Nguyên');
  });

  it('are filtered with the province’s data, fetched once when a filter is first set, and the filter is in the URL', async () => {
    const page = await newPage();
    const requested = dataRequests(page);
    await page.goto(`${origin()}/ke-hoach/tinh/hai-phong/`);
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    await page.getByLabel('Nhóm kế hoạch').selectOption('dtts');
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await cards(page).textContent()).toContain('An Hưng');
    expect(await status(page).textContent()).toBe('1 trên 2 kế hoạch trên địa bàn Hải Phòng khớp bộ lọc');
    expect(search(page)).toBe('?nhom=dtts');
    await page.getByLabel('Cấp ban hành').selectOption('tỉnh');
    await expect.poll(() => page.getByText('Không có kế hoạch nào khớp bộ lọc').count()).toBe(1);
    expect(requested).toEqual(['/ke-hoach/tinh/hai-phong.json']);

    const shared = await newPage();
    await shared.goto(`${origin()}/ke-hoach/tinh/hai-phong/?nhom=chat-luong`);
    await expect.poll(() => cards(shared).count()).toBe(1);
    expect(await cards(shared).textContent()).toContain('Hà Bắc');
    expect(await shared.getByLabel('Nhóm kế hoạch').inputValue()).toBe('chat-luong');
    await shared.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => cards(shared).count()).toBe(2);
    expect(search(shared)).toBe('');
  });

  it('moves to another province, or to all of them, with the other filters kept', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/tinh/hai-phong/?nhom=dtts`);
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.getByLabel('Tỉnh, thành phố').selectOption('Thái Nguyên');
    await page.waitForURL(/\/ke-hoach\/tinh\/thai-nguyen\/\?nhom=dtts$/);
    await expect.poll(() => cards(page).count()).toBe(1);
    await page.getByLabel('Tỉnh, thành phố').selectOption('');
    await page.waitForURL(/\/ke-hoach\/\?nhom=dtts$/);
    await expect.poll(() => cards(page).count()).toBe(2);
  });

  it('are in the sitemap, one page per province (the data files are not pages)', () => {
    const paths = sitemapUrls().map((url) => new URL(url).pathname);
    for (const { slug } of PROVINCES) expect(paths).toContain(`/ke-hoach/tinh/${slug}/`);
    expect(paths.filter((path) => path.endsWith('.json'))).toEqual([]);
  });

  it('says so on the page of a province without plans, and offers the others and search', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/ke-hoach/tinh/lao-cai/`);
    expect(await page.locator('.notice').textContent()).toContain('chưa có kế hoạch nào của Lào Cai');
    expect(await page.getByRole('link', { name: 'tìm trong toàn văn các kế hoạch đã đăng' }).getAttribute('href')).toBe('/tim-kiem/');
    await page.getByRole('link', { name: 'Hải Phòng' }).click();
    await page.waitForURL(/\/ke-hoach\/tinh\/hai-phong\/$/);
  });
});

describe('the plan list’s first page', () => {
  it('lists the 34 provinces with their counts without JavaScript, and no plan', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/ke-hoach/`);
    const provinces = page.locator('.province-list li');
    expect(await provinces.count()).toBe(34);
    expect(await cards(page).count()).toBe(0);
    expect(await provinces.filter({ hasText: 'Hải Phòng' }).textContent()).toMatch(/^\s*Hải Phòng\s*2 kế hoạch\s*$/);
    expect(await provinces.filter({ hasText: 'Lào Cai' }).textContent()).toMatch(/^\s*Lào Cai\s*chưa có kế hoạch\s*$/);
    expect(await provinces.filter({ hasText: 'Lào Cai' }).getByRole('link').count()).toBe(0);
    expect(await status(page).textContent()).toBe('5 kế hoạch của 4 tỉnh, thành phố');
    await page.getByRole('link', { name: 'Hải Phòng' }).click();
    await page.waitForURL(/\/ke-hoach\/tinh\/hai-phong\/$/);
    expect(await cards(page).count()).toBe(2);
  });

  it('opens the chosen province’s list, keeping the other filters', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/?cap=x%C3%A3`);
    await expect.poll(() => cards(page).count()).toBe(2);
    await page.getByLabel('Tỉnh, thành phố').selectOption('Hải Phòng');
    await page.waitForURL(/\/ke-hoach\/tinh\/hai-phong\/\?cap=x%C3%A3$/);
    // The page is served with every list on "Tất cả"; its script sets the level from the address.
    await expect.poll(() => page.getByLabel('Cấp ban hành').inputValue()).toBe('xã');
    await expect.poll(() => cards(page).count()).toBe(2);
  });

  it('sends an old link (?tinh=<name>&…) to the province’s list with the other filters kept', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/`);
    await page.goto(`${origin()}/ke-hoach/?tinh=H%E1%BA%A3i+Ph%C3%B2ng&nhom=chat-luong`);
    await page.waitForURL(/\/ke-hoach\/tinh\/hai-phong\/\?nhom=chat-luong$/);
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await cards(page).textContent()).toContain('Hà Bắc');
    // The old address is replaced, so Back does not bounce into the redirect again.
    await page.goBack();
    expect(new URL(page.url()).pathname).toBe('/');
  });

  it('keeps a filter chosen before the page’s script has loaded (slow connection)', async () => {
    const page = await newPage();
    const release = await holdFilterScript(page);
    await page.goto(`${origin()}/ke-hoach/`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Nhóm kế hoạch').selectOption('dtts');
    await page.getByLabel('Tỉnh, thành phố').selectOption('Hải Phòng');
    expect(new URL(page.url()).pathname).toBe('/ke-hoach/');
    release();
    await page.waitForURL(/\/ke-hoach\/tinh\/hai-phong\/\?nhom=dtts$/);
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await page.getByLabel('Tỉnh, thành phố').inputValue()).toBe('Hải Phòng');
    expect(await page.getByLabel('Nhóm kế hoạch').inputValue()).toBe('dtts');
  });

  it('keeps a filter chosen on a province’s page before its script has loaded', async () => {
    const page = await newPage();
    const release = await holdFilterScript(page);
    await page.goto(`${origin()}/ke-hoach/tinh/hai-phong/`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Nhóm kế hoạch').selectOption('dtts');
    expect(await cards(page).count()).toBe(2);
    release();
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(search(page)).toBe('?nhom=dtts');
  });

  it('says which filter values no longer exist, filters without them, and clears each one', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/?tinh=H%C3%A0+T%C3%A2y&cap=huyen&nhom=dtts`);
    const notice = page.locator('.plan-filter__unknown');
    await expect.poll(() => notice.locator('li').count()).toBe(2);
    expect(await notice.textContent()).toContain('Không có tỉnh, thành phố “Hà Tây” trong danh sách 34 tỉnh, thành phố');
    expect(await notice.textContent()).toContain('Không có cấp ban hành “huyen”');
    // The family filter that exists still applies.
    await expect.poll(() => cards(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Bỏ lọc theo tỉnh, thành phố' }).click();
    await expect.poll(() => notice.locator('li').count()).toBe(1);
    expect(search(page)).toBe('?cap=huyen&nhom=dtts');
    await page.getByRole('button', { name: 'Bỏ lọc theo cấp ban hành' }).click();
    await expect.poll(() => notice.count()).toBe(0);
    expect(search(page)).toBe('?nhom=dtts');
  });

  it('says so when a province’s page is asked for a document none of its plans implements', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/tinh/hai-phong/?can-cu=999%2FQ%C4%90-TTg`);
    await expect.poll(() => page.locator('.plan-filter__unknown').textContent()).toContain(
      'Không có kế hoạch nào trên địa bàn Hải Phòng thực hiện hoặc căn cứ văn bản số “999/QĐ-TTg”',
    );
    expect(await cards(page).count()).toBe(2);
    await page.getByRole('button', { name: 'Bỏ lọc theo văn bản được thực hiện' }).click();
    await expect.poll(() => page.locator('.plan-filter__unknown').count()).toBe(0);
    expect(search(page)).toBe('');
  });

  it('filters across provinces a page at a time, with the count, from data fetched only then', async () => {
    const page = await newPage();
    const requested = dataRequests(page);
    // Each province's data repeated ten times over, so that the five plans make pages.
    await page.route(/\/ke-hoach\/tinh\/[^/]+\.json$/, async (route) => {
      const data = (await (await route.fetch()).json()) as ProvincePlans;
      const plans = Array.from({ length: 10 }, (_, i) => data.plans.map((p) => ({ ...p, slug: `${p.slug}-${i}`, citation: `${p.citation} (${i + 1})` }))).flat();
      await route.fulfill({ json: { ...data, plans } });
    });
    await page.goto(`${origin()}/ke-hoach/`);
    await page.waitForLoadState('networkidle');
    expect(requested).toEqual([]);
    await page.getByLabel('Nhóm kế hoạch').selectOption('chat-luong');
    // Hà Bắc, Đồng Tháp and Lai Châu, ten times each.
    await expect.poll(() => status(page).textContent()).toBe('30 trên 50 kế hoạch khớp bộ lọc; trang 1/2, kế hoạch thứ 1–20');
    expect(await cards(page).count()).toBe(20);
    expect(requested.sort()).toEqual(['dong-thap', 'hai-phong', 'lai-chau', 'thai-nguyen'].map((slug) => `/ke-hoach/tinh/${slug}.json`));
    await page.getByRole('link', { name: 'Trang sau ›' }).click();
    await expect.poll(() => cards(page).count()).toBe(10);
    expect(await status(page).textContent()).toBe('30 trên 50 kế hoạch khớp bộ lọc; trang 2/2, kế hoạch thứ 21–30');
    expect(await status(page).evaluate((el) => el === document.activeElement)).toBe(true);
    expect(search(page)).toBe('?nhom=chat-luong&trang=2');

    await page.reload();
    await expect.poll(() => cards(page).count()).toBe(10);
    await page.getByRole('link', { name: '« Trang đầu' }).click();
    await expect.poll(() => cards(page).count()).toBe(20);
    expect(search(page)).toBe('?nhom=chat-luong');
  });

  it('says when a province’s data cannot be fetched, and tries again', async () => {
    const page = await newPage();
    let failing = true;
    await page.route(/\/ke-hoach\/tinh\/lai-chau\.json$/, (route) => (failing ? route.abort() : route.continue()));
    await page.goto(`${origin()}/ke-hoach/?cap=t%E1%BB%89nh`);
    await expect.poll(() => status(page).textContent()).toBe(
      'Không tải được danh sách kế hoạch của 1 tỉnh, thành phố. Hãy kiểm tra kết nối mạng rồi thử lại.',
    );
    failing = false;
    await page.getByRole('button', { name: 'Thử lại' }).click();
    await expect.poll(() => cards(page).count()).toBe(3);
  });
});

describe('home page', () => {
  it('shows the provinces with their counts, not every plan, and searches within a province', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/`);
    expect(await cards(page).count()).toBe(0);
    expect(await page.locator('.province-list li').count()).toBe(34);
    expect(await page.getByRole('link', { name: 'Thái Nguyên', exact: true }).getAttribute('href')).toBe('/ke-hoach/tinh/thai-nguyen/');
    await page.getByLabel('Từ khóa, điều khoản, số hiệu văn bản').fill('đào tạo');
    await page.getByLabel('Tỉnh, thành phố', { exact: true }).selectOption('Thái Nguyên');
    await page.getByRole('search', { name: 'Tìm trong các kế hoạch theo tỉnh' }).getByRole('button', { name: 'Tìm' }).click();
    await page.waitForURL(/\/tim-kiem\/\?/);
    expect(Object.fromEntries(new URL(page.url()).searchParams)).toEqual({ q: 'đào tạo', tinh: 'Thái Nguyên' });
  });
});
