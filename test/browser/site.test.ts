/** The frame every page shares, the plan list's filters, and the pages around them. */
import { describe, expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';

const { newPage } = useBrowser();
const PAGES = ['/', '/ke-hoach/', '/ke-hoach/dong-thap-nq-14-nq-tu-2026/', '/ke-hoach/ha-bac-chat-luong-can-bo-2026/ban-goc/', '/nghia-vu/', '/cong-cu/', '/tim-kiem/'];

describe('every page', () => {
  it.each(PAGES)('%s fits a 360 px phone and asks nothing of other origins', async (path) => {
    const page = await newPage({ viewport: { width: 360, height: 740 } });
    const foreign: string[] = [];
    page.on('request', (r) => { if (!r.url().startsWith(origin())) foreign.push(r.url()); });
    await page.goto(`${origin()}${path}`);
    await page.waitForLoadState('networkidle');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(360);
    expect(foreign).toEqual([]);
    expect(await page.locator('html').getAttribute('lang')).toBe('vi');
  });

  it('skips to the main content from the keyboard', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/`);
    await page.keyboard.press('Tab');
    const skip = page.getByRole('link', { name: 'Bỏ qua, đến nội dung chính' });
    await expect.poll(() => skip.evaluate((el) => el === document.activeElement)).toBe(true);
    expect((await skip.boundingBox())!.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('noi-dung');
  });

  it('marks the current section in the navigation', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/lai-chau-nq-05-nq-tu-2026/`);
    const nav = page.getByRole('navigation', { name: 'Điều hướng chính' });
    expect(await nav.getByRole('link', { name: 'Kế hoạch' }).getAttribute('aria-current')).toBe('page');
    expect(await nav.getByRole('link', { name: 'Công cụ' }).getAttribute('aria-current')).toBeNull();
  });

  it('sends the header search to the search page with the query in the URL', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/`);
    await page.getByRole('searchbox', { name: 'Tìm trong các kế hoạch' }).fill('dân tộc thiểu số');
    await page.keyboard.press('Enter');
    await page.waitForURL(/\/tim-kiem\/\?q=/);
    expect(new URL(page.url()).searchParams.get('q')).toBe('dân tộc thiểu số');
  });

  it('answers an unknown address with a helpful 404 page', async () => {
    const page = await newPage();
    const response = await page.goto(`${origin()}/ke-hoach/khong-co/`);
    expect(response?.status()).toBe(404);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe('Không tìm thấy trang');
    await page.getByRole('link', { name: 'danh sách kế hoạch' }).click();
    await page.waitForURL(/\/ke-hoach\/$/);
  });
});

describe('plan list', () => {
  const cards = (page: import('playwright-core').Page) => page.locator('.plan-list .plan-card');

  it('filters by province and keeps the filter in a shareable URL', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/`);
    await expect.poll(() => cards(page).count()).toBe(5);
    await page.getByLabel('Tỉnh, thành phố').selectOption('Hải Phòng');
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('tinh')).toBe('Hải Phòng');
    expect(await page.getByRole('status').textContent()).toBe('2 trên 5 kế hoạch khớp bộ lọc');

    const shared = await newPage();
    await shared.goto(page.url());
    await expect.poll(() => cards(shared).count()).toBe(2);
    expect(await shared.getByLabel('Tỉnh, thành phố').inputValue()).toBe('Hải Phòng');
    await shared.getByRole('button', { name: 'Bỏ lọc' }).click();
    await expect.poll(() => cards(shared).count()).toBe(5);
    expect(new URL(shared.url()).search).toBe('');
  });

  it('filters by level, family and the document implemented, and says when nothing matches', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/?nhom=dtts`);
    await expect.poll(() => cards(page).count()).toBe(2);
    await page.getByLabel('Cấp ban hành').selectOption('tỉnh');
    await expect.poll(() => cards(page).count()).toBe(1);
    expect(await cards(page).first().textContent()).toContain('128/KH-UBND');
    await page.goto(`${origin()}/ke-hoach/?can-cu=470%2FQ%C4%90-TTg`);
    await expect.poll(() => cards(page).count()).toBe(2);
    await page.goto(`${origin()}/ke-hoach/?tinh=L%C3%A0o+Cai`);
    await expect.poll(() => page.getByText('Không có kế hoạch nào khớp bộ lọc').count()).toBe(1);
  });

  it('keeps a filter chosen before the page’s script has loaded (slow connection)', async () => {
    const page = await newPage();
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/PlanFilter\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    await page.goto(`${origin()}/ke-hoach/`, { waitUntil: 'domcontentloaded' });
    await page.getByLabel('Tỉnh, thành phố').selectOption('Hải Phòng');
    expect(await cards(page).count()).toBe(5);
    release();
    await expect.poll(() => cards(page).count()).toBe(2);
    expect(new URL(page.url()).searchParams.get('tinh')).toBe('Hải Phòng');
    expect(await page.getByLabel('Tỉnh, thành phố').inputValue()).toBe('Hải Phòng');
  });

  it('lists every plan without JavaScript', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/ke-hoach/`);
    expect(await cards(page).count()).toBe(5);
  });
});
