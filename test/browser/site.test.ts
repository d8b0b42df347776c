/** The frame every page shares, the plan list's filters, and the pages around them. */
import { describe, expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';

const { newPage } = useBrowser();
const PAGES = ['/', '/ke-hoach/', '/ke-hoach/tinh/hai-phong/', '/ke-hoach/dong-thap-nq-14-nq-tu-2026/', '/ke-hoach/ha-bac-chat-luong-can-bo-2026/ban-goc/', '/nghia-vu/', '/cong-cu/', '/tim-kiem/'];

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

  it.each(['/', '/cong-cu/'])('%s lists the tools that work, each with a link that opens it', async (path) => {
    const page = await newPage();
    await page.goto(`${origin()}${path}`);
    expect(await page.getByText('Đang xây dựng').count()).toBe(0);
    for (const [name, heading] of [
      [/^(Tính chỉ tiêu cán bộ người dân tộc thiểu số|Cho một xã)$/, 'Tính chỉ tiêu cán bộ người dân tộc thiểu số'],
      [/^(Tính chỉ tiêu chất lượng và đào tạo cán bộ( cấp xã)?)$/, 'Tính chỉ tiêu chất lượng và đào tạo cán bộ'],
    ] as const) {
      const link = page.getByRole('main').getByRole('link', { name }).first();
      const target = new URL((await link.getAttribute('href'))!, origin()).pathname;
      const tool = await newPage();
      await tool.goto(`${origin()}${target}`);
      expect(await tool.getByRole('heading', { level: 1 }).textContent()).toContain(heading);
    }
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
