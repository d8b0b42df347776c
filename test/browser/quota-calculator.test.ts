/** The DTTS quota calculator for one commune, used as an official would. */
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, settled, useBrowser } from '../support/browser';

const { newPage } = useBrowser();
const PATH = '/cong-cu/chi-tieu-dtts/';

/** The figures of one row of the results table: 2030, 2035, current, gap 2030, gap 2035. */
const row = (page: Page, key: string) => page.locator(`tr[data-row="${key}"] td`).allTextContents();

/** The one-commune part of the page (the page also has a file part and a province form). */
const oneCommune = (page: Page) => page.getByRole('region', { name: 'Tính cho một xã' });

/** Types into the fields whose labels start with the given words. */
async function fill(page: Page, values: Record<string, string>) {
  const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  for (const [label, value] of Object.entries(values)) await oneCommune(page).getByRole('textbox', { name: new RegExp(`^${escape(label)}`) }).fill(value);
}

describe('quota calculator', () => {
  it('computes from typed figures, and the URL reproduces the result elsewhere', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${PATH}`);
    await settled(page);
    await fill(page, { 'Tên xã': 'Xã Thử', 'Dân số (không': '10.000', 'Dân số DTTS': '6000', 'Biên chế được giao': '40', 'Cán bộ DTTS hiện có': '12', 'Lãnh đạo, quản lý DTTS': '1' });
    await oneCommune(page).getByRole('button', { name: 'Tính chỉ tiêu' }).click();
    await expect.poll(() => row(page, 'minimum')).toEqual(['8', '10', '12', '0', '0']);
    expect(await row(page, 'leaders')).toEqual(['2', '3', '1', '1', '2']);
    expect(await row(page, 'women')).toEqual(['2', '2', '—', '—', '—']);
    expect(await row(page, 'trained')).toEqual(['10', '12', '—', '—', '—']);
    expect(await page.getByRole('heading', { name: 'Kết quả: Xã Thử' }).isVisible()).toBe(true);
    const url = new URL(page.url());
    expect(url.searchParams.get('bien_che')).toBe('40');
    expect(url.searchParams.get('dan_so')).toBe('10.000');

    const colleague = await newPage();
    await colleague.goto(url.href);
    await expect.poll(() => row(colleague, 'minimum')).toEqual(['8', '10', '12', '0', '0']);
    expect(await oneCommune(colleague).getByLabel('Biên chế được giao').inputValue()).toBe('40');
  });

  it('explains every figure with the rule, the arithmetic and a link to the clause', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${PATH}?ten_xa=A&dan_so=10000&dan_so_dtts=6000&bien_che=40&can_bo_dtts=12`);
    await page.getByText('Vì sao: Cán bộ người DTTS').click();
    const why = page.locator('details', { hasText: 'Vì sao: Cán bộ người DTTS' });
    expect(await why.textContent()).toContain('⌈40 × 25% × 80%⌉ = 8');
    expect(await why.textContent()).toContain('⌈40 × 25%⌉ = 10');
    // The band's clause and the roadmap sentence it is multiplied by, in both years.
    expect(await why.getByRole('link').allTextContents()).toEqual([
      'gạch đầu dòng thứ 4 điểm b khoản 2 Mục II', 'câu mở đầu khoản 2 Mục II', 'gạch đầu dòng thứ 4 điểm b khoản 2 Mục II', 'câu mở đầu khoản 2 Mục II',
    ]);
    expect(await why.getByRole('link', { name: 'câu mở đầu khoản 2 Mục II' }).first().getAttribute('href')).toBe('/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2');
    await page.getByText('Vì sao: Lãnh đạo, quản lý người DTTS').click();
    const leaders = page.locator('details', { hasText: 'Vì sao: Lãnh đạo, quản lý người DTTS' }).first();
    expect(await leaders.getByRole('link').allTextContents()).toContain('câu mở đầu khoản 3 Mục II');
    await page.getByText('Vì sao: Nữ người DTTS').click();
    const women = page.locator('details', { hasText: 'Vì sao: Nữ người DTTS' });
    expect(new Set(await women.getByRole('link').allTextContents())).toEqual(
      new Set(['điểm c khoản 3 Mục II', 'câu mở đầu khoản 3 Mục II', 'gạch đầu dòng thứ 4 điểm b khoản 2 Mục II', 'câu mở đầu khoản 2 Mục II']),
    );
    expect(await women.textContent()).toContain('“khoản 2 và điểm b khoản 3 Mục II”');
    await why.getByRole('link').first().click();
    await page.waitForURL(/\/ke-hoach\/thai-nguyen-128-kh-ubnd-2026\/#ii-2-b-4$/);
    await expect.poll(() => page.locator('#ii-2-b-4').evaluate((el) => getComputedStyle(el).backgroundColor)).toBe('rgb(255, 244, 194)');
  });

  it('lists every problem in an error summary, links to the fields, and shows no result', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${PATH}`);
    await settled(page);
    await fill(page, { 'Dân số (không': '100', 'Dân số DTTS': '120', 'Biên chế được giao': '12,5', 'Cán bộ DTTS hiện có': '3' });
    await oneCommune(page).getByRole('button', { name: 'Tính chỉ tiêu' }).click();
    const summary = oneCommune(page).getByRole('alert');
    await expect.poll(() => summary.isVisible()).toBe(true);
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
    const problems = await summary.locator('li').allTextContents();
    expect(problems.some((p) => p.startsWith('Tên xã'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Biên chế được giao') && p.includes('12,5'))).toBe(true);
    expect(problems.some((p) => p.startsWith('Dân số DTTS'))).toBe(true);
    expect(await page.locator('.tool__results').count()).toBe(0);
    await summary.getByRole('link', { name: /^Biên chế được giao/ }).click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('truong-bien_che');
    expect(await oneCommune(page).getByLabel('Biên chế được giao').getAttribute('aria-invalid')).toBe('true');
  });

  it('applies the An Hưng rule set with its notes', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${PATH}?quy-tac=an-hung&ten_xa=An+H%C6%B0ng&ty_le_dtts=35&bien_che=40&can_bo_dtts=20`);
    await expect.poll(() => row(page, 'minimum')).toEqual(['5', '6', '20', '0', '0']);
    expect(await row(page, 'leaders')).toEqual(['1', '1', '—', '—', '—']);
    await page.getByText('Vì sao: Cán bộ người DTTS').click();
    expect(await page.locator('details', { hasText: 'Vì sao: Cán bộ người DTTS' }).textContent()).toContain('Kế hoạch xã An Hưng chỉ nêu mức');
    // Every figure on the borrowed QĐ 470 roadmap says so, not only the minimum.
    for (const label of ['Lãnh đạo, quản lý người DTTS', 'Nữ người DTTS', 'Nữ lãnh đạo, quản lý người DTTS']) {
      await page.getByText(`Vì sao: ${label}`, { exact: true }).click();
      const why = page.locator('details', { has: page.getByText(`Vì sao: ${label}`, { exact: true }) });
      expect(await why.textContent(), label).toContain('Kế hoạch xã An Hưng không có câu về lộ trình');
      expect(await why.getByRole('link', { name: 'câu mở đầu khoản 3 Mục II' }).first().getAttribute('href')).toBe('/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-3');
    }
    const women = page.locator('details', { has: page.getByText('Vì sao: Nữ người DTTS', { exact: true }) });
    expect(await women.textContent()).toContain('“Mục 2 và điểm b Mục 3”');
    expect(await women.textContent()).not.toContain('khoản 2 và điểm b khoản 3');
  });

  it('flags exactly 70% and computes with 35%', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${PATH}?ten_xa=B&dan_so=1000&dan_so_dtts=700&bien_che=20&can_bo_dtts=0`);
    await expect.poll(() => row(page, 'minimum')).toEqual(['6', '7', '0', '6', '7']);
    expect(await page.getByRole('note').textContent()).toContain('đúng 70%');
  });

  it('sends nothing anywhere while computing', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${PATH}`);
    await settled(page);
    const requests: string[] = [];
    // The browser may fetch the tab icon on its own; anything else would be the page's doing.
    page.on('request', (r) => { if (!r.url().endsWith('/favicon.svg')) requests.push(`${r.method()} ${r.url()}`); });
    await fill(page, { 'Tên xã': 'Xã Riêng', 'Tỷ lệ DTTS': '12,5', 'Biên chế được giao': '30', 'Cán bộ DTTS hiện có': '1' });
    await oneCommune(page).getByRole('button', { name: 'Tính chỉ tiêu' }).click();
    await expect.poll(() => row(page, 'minimum')).toEqual(['3', '3', '1', '2', '2']);
    expect(requests, requests.join(', ')).toEqual([]);
  });

  it('is reached from the plan clauses it applies, and links back to them', async () => {
    const page = await newPage({ viewport: { width: 390, height: 800 } });
    await page.goto(`${origin()}/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-3`);
    await page.locator('[data-clause="ii-2-b-3"] > .clause-tools').getByRole('link', { name: /^Tính chỉ tiêu/ }).click();
    await page.waitForURL(/\/cong-cu\/chi-tieu-dtts\/\?quy-tac=qd470-thai-nguyen$/);
    expect(await oneCommune(page).getByLabel('Bộ quy tắc áp dụng').inputValue()).toBe('qd470-thai-nguyen');
    await page.goto(`${origin()}/ke-hoach/an-hung-dtts-2026/#ii-3-3`);
    await page.locator('[data-clause="ii-3-3"] > .clause-tools').getByRole('link', { name: /^Tính chỉ tiêu/ }).click();
    await page.waitForURL(/quy-tac=an-hung$/);
  });
});
