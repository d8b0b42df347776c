/**
 * A document's status and family, as an official meets them: a plan's status in its
 * metadata, on its card and for machines; from a plan to a document it implements, the
 * counts by province, and back to a plan; and on the home page what changed last.
 */
import { describe, expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';

const { newPage } = useBrowser();
const TN = '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/';
const AN_HUNG = '/ke-hoach/an-hung-dtts-2026/';
const QD_470 = '/van-ban/470-qd-ttg-2026-03-24/';

describe('a plan’s status', () => {
  it('says a draft is a draft and when an issued plan was issued, with the date it was checked', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${AN_HUNG}`);
    const status = page.locator('.plan-meta__status dd');
    expect(await status.textContent()).toBe('Dự thảo (chưa ghi số, ngày)Đối chiếu với bản gốc ngày 01/12/2026');
    expect(await page.locator('.plan-meta').textContent()).toContain('22/11/2026; sửa gần nhất 22/11/2026');
    await page.goto(`${origin()}${TN}`);
    expect(await status.textContent()).toMatch(/^Đã ban hành ngày 01\/04\/2026Đối chiếu với bản gốc ngày \d\d\/\d\d\/\d{4}$/);
    await page.goto(`${origin()}/ke-hoach/dong-thap-nq-14-nq-tu-2026/`);
    expect(await status.textContent()).toContain('Đã ban hành (bản chép không có số, ngày ban hành)');
  });

  it('shows on the cards of a province’s list', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/ke-hoach/tinh/hai-phong/`);
    expect(await page.locator('.plan-card__status').allTextContents()).toEqual(['Dự thảo (chưa ghi số, ngày)', 'Dự thảo (chưa ghi số, ngày)']);
    await page.goto(`${origin()}/ke-hoach/tinh/thai-nguyen/`);
    expect(await page.locator('.plan-card__status').allTextContents()).toEqual(['Đã ban hành']);
  });

  it('tells machines whether the plan is a draft, and when it was published and changed', async () => {
    const page = await newPage();
    const jsonLd = async (path: string) => {
      await page.goto(`${origin()}${path}`);
      return JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    };
    expect(await jsonLd(AN_HUNG)).toMatchObject({ creativeWorkStatus: 'Draft', legislationLegalForce: 'https://schema.org/NotInForce', datePublished: '2026-11-22', dateModified: '2026-11-22' });
    const tn = await jsonLd(TN);
    expect(tn).toMatchObject({ creativeWorkStatus: 'Published', legislationIdentifier: '128/KH-UBND' });
    expect(tn.legislationApplies[0].url).toBe(new URL(QD_470, tn.url).href);
  });
});

describe('from a plan to the documents it implements', () => {
  it('follows the basis link, sees the counts by province and level, and reaches a commune’s plan', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${TN}`);
    await page.locator('.plan-meta').getByRole('link', { name: 'Quyết định số 470/QĐ-TTg ngày 24/03/2026 của Thủ tướng Chính phủ' }).click();
    await page.waitForURL(`**${QD_470}`);
    expect(await page.locator('h1').textContent()).toBe('Quyết định số 470/QĐ-TTg ngày 24/03/2026 của Thủ tướng Chính phủ');
    const table = page.getByRole('table', { name: 'Số kế hoạch theo tỉnh, thành phố và cấp ban hành' });
    const rows = await table.locator('tbody tr').evaluateAll((trs) => trs.map((tr) => [...tr.children].map((cell) => cell.textContent!.trim())));
    expect(rows).toEqual([
      ['Hải Phòng', '0', '1', '1'],
      ['Thái Nguyên', '1', '0', '1'],
    ]);
    expect(await table.locator('tfoot tr').textContent()).toMatch(/Cả nước\s*1\s*1\s*2/);
    // The page counts; the plans are on each province's page.
    expect(await page.locator(`main a[href^="/ke-hoach/an-hung"]`).count()).toBe(0);
    await table.getByRole('link', { name: 'Hải Phòng' }).click();
    await page.waitForURL(`**${QD_470}tinh/hai-phong/`);
    expect(await page.getByRole('heading', { level: 2 }).allTextContents()).toEqual(['Cấp xã (1 kế hoạch)']);
    expect(await page.locator('.document-plans li').textContent()).toContain('Thực hiện văn bản này');
    await page.getByRole('link', { name: /Kế hoạch triển khai Quyết định số 470\/QĐ-TTg .* của UBND xã An Hưng/ }).click();
    await page.waitForURL(`**${AN_HUNG}`);
    expect(await page.locator('.plan-meta__status dd').textContent()).toContain('Dự thảo');
  });

  it('lists a province’s documents on its plan list, and the documents of several provinces on /van-ban/', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/ke-hoach/tinh/hai-phong/`);
    const documents = page.getByRole('region', { name: 'Văn bản được thực hiện, căn cứ' });
    expect(await documents.getByRole('link').evaluateAll((links) => links.map((a) => a.getAttribute('href')))).toEqual([
      `${QD_470}tinh/hai-phong/`,
      '/van-ban/162-kh-ubnd-2026-05-05/tinh/hai-phong/',
      '/van-ban/18-ct-ttg-2026-05-08/tinh/hai-phong/',
      '/van-ban/197-kh-ubnd-2026-06-01/tinh/hai-phong/',
    ]);
    await page.goto(`${origin()}/van-ban/`);
    const shared = page.getByRole('region', { name: 'Văn bản được kế hoạch ở nhiều tỉnh, thành phố thực hiện' });
    expect(await shared.locator('li').allTextContents()).toEqual(['Quyết định số 470/QĐ-TTg ngày 24/03/2026 của Thủ tướng Chính phủ: 2 kế hoạch ở 2 tỉnh, thành phố']);
  });
});

describe('what changed', () => {
  it('lists the latest plans on the home page, with the feed beside them', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/`);
    const latest = page.getByRole('region', { name: 'Mới cập nhật' });
    const items = latest.locator('li');
    expect(await items.count()).toBe(5);
    expect(await items.first().textContent()).toMatch(/Đăng mới ngày 22\/11\/2026 · Dự thảo \(chưa ghi số, ngày\)/);
    expect(await latest.getByRole('link', { name: 'nguồn tin Atom' }).getAttribute('href')).toBe('/cap-nhat.xml');
    expect(await page.locator('link[rel="alternate"][type="application/atom+xml"]').getAttribute('href')).toBe('/cap-nhat.xml');
  });
});
