/** A plan page as an official uses it: open a clause link, copy a link or a citation, read the metadata, print. */
import { describe, expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';

const { newPage } = useBrowser();
const TN = '/ke-hoach/thai-nguyen-128-kh-ubnd-2026/';
const HIGHLIGHT = 'rgb(255, 244, 194)';

async function clipboardPage(viewport = { width: 1366, height: 900 }) {
  const page = await newPage({ viewport, permissions: ['clipboard-read', 'clipboard-write'] });
  return page;
}

describe('clause links', () => {
  it('opening a clause link scrolls to it and highlights only that clause', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${TN}#ii-2-b-3`);
    const target = page.locator('#ii-2-b-3');
    await expect.poll(() => target.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
    expect(await page.locator('#ii-2-b-2').evaluate((el) => getComputedStyle(el).backgroundColor)).not.toBe(HIGHLIGHT);
    expect(await target.isVisible()).toBe(true);
    const box = await target.boundingBox();
    expect(box!.y).toBeGreaterThanOrEqual(0);
    expect(box!.y).toBeLessThan(900);
  });

  it('a section link highlights the whole section, not just its heading', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/an-hung-dtts-2026/#iii_2`);
    const section = page.locator('[data-clause="iii_2"]');
    await expect.poll(() => section.evaluate((el) => getComputedStyle(el).backgroundColor)).toBe(HIGHLIGHT);
    expect(await page.locator('#iii_2').textContent()).toContain('III. KINH PHÍ THỰC HIỆN');
  });

  it('copies the citation in words with the keyboard', async () => {
    const page = await clipboardPage();
    await page.goto(`${origin()}${TN}`);
    const cite = page.locator('[data-clause="ii-2-b-3"] > .clause-tools [data-copy="cite"]');
    await cite.focus();
    await expect.poll(() => cite.evaluate((el) => getComputedStyle(el.parentElement!).opacity)).toBe('1');
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('gạch đầu dòng thứ 3 điểm b khoản 2 Mục II, Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên');
    await expect(page.locator('[data-copy-status]').textContent()).resolves.toContain('Đã sao chép trích dẫn');
  });

  it('copies the full link of a clause and goes to it', async () => {
    const page = await clipboardPage();
    await page.goto(`${origin()}${TN}`);
    await page.locator('#v-1-dd').hover();
    await page.locator('[data-clause="v-1-dd"] > .clause-tools [data-copy="link"]').click();
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin()}${TN}#v-1-dd`);
    expect(new URL(page.url()).hash).toBe('#v-1-dd');
  });

  it('keeps the controls reachable on a phone, where there is no hover', async () => {
    const page = await clipboardPage({ width: 360, height: 740 });
    await page.goto(`${origin()}${TN}`);
    const link = page.locator('[data-clause="ii-4"] .clause-tools [data-copy="link"]').first();
    expect(await link.isVisible()).toBe(true);
    await link.tap().catch(() => link.click());
    await expect.poll(() => page.evaluate(() => navigator.clipboard.readText())).toBe(`${origin()}${TN}#ii-4`);
  });

  it('cites an appendix row and a plan without a number', async () => {
    const page = await clipboardPage();
    await page.goto(`${origin()}${TN}#pl-v-2`);
    await page.locator('#pl-v-2 [data-copy="cite"]').click();
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toBe('nhiệm vụ 2 nhóm V Phụ lục, Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên');
    await page.goto(`${origin()}/ke-hoach/lai-chau-nq-05-nq-tu-2026/`);
    await page.locator('[data-clause="ii-2-4-1"] > .clause-tools [data-copy="cite"]').focus();
    await page.keyboard.press('Enter');
    await expect
      .poll(() => page.evaluate(() => navigator.clipboard.readText()))
      .toMatch(/^gạch đầu dòng thứ 1 điểm 2\.4 khoản 2 Mục II, .*\(văn bản không ghi số, ngày\) năm 2026 của Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu \(tên tỉnh suy ra từ nội dung văn bản\)$/);
  });
});

describe('plan page content', () => {
  it('shows the metadata panel, notes and a table of contents that follows the document', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${TN}`);
    const meta = page.locator('.plan-meta');
    for (const text of ['128/KH-UBND', 'Ủy ban nhân dân tỉnh Thái Nguyên', 'Vương Quốc Tuấn, Chủ tịch', '01/04/2026', 'Quyết định số 470/QĐ-TTg ngày 24/03/2026', 'Bộ Nội vụ (báo cáo);']) {
      expect(await meta.textContent()).toContain(text);
    }
    expect(await page.locator('.source-notes').textContent()).toContain('149');
    await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: 'V. TỔ CHỨC THỰC HIỆN' }).click();
    expect(new URL(page.url()).hash).toBe('#v');
    expect(await page.getByRole('navigation', { name: 'Mục lục' }).getByRole('link', { name: 'Phụ lục' }).count()).toBe(1);
  });

  it('says the province is inferred wherever the page shows it, and where number and date are blank', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/lai-chau-nq-05-nq-tu-2026/`);
    const inferred = await page.evaluate(() => {
      const dd = (term: string) => [...document.querySelectorAll('.plan-meta dt')].find((dt) => dt.textContent === term)!.nextElementSibling!.textContent!.trim();
      return {
        title: document.title,
        issuer: dd('Cơ quan ban hành'),
        area: dd('Địa bàn'),
        crumbs: document.querySelector('nav[aria-label="Đường dẫn"]')!.textContent!.trim(),
        jsonLd: JSON.parse(document.querySelector('script[type="application/ld+json"]')!.textContent!),
      };
    });
    expect(inferred.title).toContain('UBND tỉnh Lai Châu (tên tỉnh suy ra từ nội dung văn bản)');
    expect(inferred.issuer).toBe('Ban Thường vụ Đảng ủy Ủy ban nhân dân tỉnh Lai Châu (tên tỉnh suy ra từ nội dung văn bản)');
    expect(inferred.area).toMatch(/^Lai Châu \(tên tỉnh suy ra từ nội dung văn bản\) · Cấp tỉnh\s*Văn bản không ghi tên tỉnh/);
    expect(inferred.crumbs).toMatch(/› Lai Châu \(tên tỉnh suy ra từ nội dung văn bản\)$/);
    expect(inferred.jsonLd.legislationJurisdiction).toMatchObject({ name: 'Lai Châu', description: expect.stringMatching(/^Tên tỉnh suy ra từ nội dung văn bản: /) });
    expect(inferred.jsonLd.legislationPassedBy.description).toMatch(/^Tên tỉnh suy ra từ nội dung văn bản: /);
    // A province the document names gets no such words.
    await page.goto(`${origin()}${TN}`);
    expect(await page.locator('main').textContent()).not.toContain('suy ra từ nội dung');
    expect(await page.title()).not.toContain('suy ra');
    await page.goto(`${origin()}/ke-hoach/an-hung-dtts-2026/`);
    expect(await page.locator('.plan-meta').textContent()).toContain('Để trống');
  });

  it('renders the appendix as a real table with column headers', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${TN}`);
    const headers = await page.locator('.appendix thead th[scope="col"]').allTextContents();
    expect(headers).toEqual(['TT', 'Tên nhiệm vụ', 'Sản phẩm', 'Cơ quan phối hợp', 'Thời gian thực hiện']);
    expect(await page.locator('#pl-v-2 td').nth(4).textContent()).toBe('Hàng năm');
    expect(await page.locator('.appendix tbody tr').count()).toBe(5 + 4 + 2 + 3 + 4 + 3);
  });

  it('describes the plan as schema.org Legislation', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${TN}`);
    const data = JSON.parse((await page.locator('script[type="application/ld+json"]').textContent())!);
    expect(data).toMatchObject({ '@type': 'Legislation', legislationIdentifier: '128/KH-UBND', legislationDate: '2026-04-01', inLanguage: 'vi' });
  });

  it('links to the original transcription, unchanged', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${TN}`);
    await page.locator('.plan-meta').getByRole('link', { name: /Bản gốc/ }).click();
    await page.waitForURL(/ban-goc\/$/);
    expect(await page.locator('pre').textContent()).toContain('~~149~~');
  });

  it('links related plans both ways', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/an-hung-dtts-2026/`);
    const related = page.locator('.related');
    expect(await related.textContent()).toContain('Cùng thực hiện Quyết định số 470/QĐ-TTg');
    await related.getByRole('link', { name: /128\/KH-UBND/ }).click();
    await page.waitForURL(/thai-nguyen/);
    expect(await page.locator('.related').textContent()).toContain('An Hưng');
  });

  it('prints on A4 without navigation, with the page address', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${TN}`);
    await page.emulateMedia({ media: 'print' });
    expect(await page.locator('.site-header').isVisible()).toBe(false);
    expect(await page.locator('.plan-toc').isVisible()).toBe(false);
    expect(await page.locator('.clause-tools').first().isVisible()).toBe(false);
    expect(await page.locator('.print-only').textContent()).toContain('/ke-hoach/thai-nguyen-128-kh-ubnd-2026/');
    expect(await page.locator('.print-only').isVisible()).toBe(true);
    const pdf = await page.pdf({ format: 'A4' });
    expect(pdf.byteLength).toBeGreaterThan(10_000);
  });
});
