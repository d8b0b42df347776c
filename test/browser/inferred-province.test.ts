/**
 * Lai Châu's plan does not name its province (provinceInferred): every place outside the
 * plan page that shows the province says it is inferred, in the same words
 * (PROVINCE_INFERRED_NOTE, plan-format.ts). The plan page and its cards: plan-page and
 * plan-list tests.
 */
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';
import { parseCalendar } from '../support/ics';
import { searchTop } from '../support/search';

const { newPage } = useBrowser();
const LC = 'lai-chau-nq-05-nq-tu-2026';
const MARK = '(tên tỉnh suy ra từ nội dung văn bản)';
/** The plan's label wherever a list names it. */
const LABEL = `Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu ${MARK}: Kế hoạch thực hiện Nghị quyết số 05-NQ/TU`;
/** Its value of the search's plan filter, as published before the mark and carried by shared links. */
const SEARCH_VALUE = 'Ban Thường vụ Đảng ủy UBND tỉnh Lai Châu: Kế hoạch thực hiện Nghị quyết số 05-NQ/TU';

describe('the register', () => {
  it('names the plan with the mark on its page, in its breadcrumbs and on the province’s page', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/nghia-vu/ke-hoach/${LC}/`);
    expect(await page.getByRole('heading', { level: 1 }).textContent()).toBe(`Nghĩa vụ: ${LABEL}`);
    expect((await page.getByRole('navigation', { name: 'Đường dẫn' }).textContent())!.trim()).toBe(`Nghĩa vụ › Lai Châu ${MARK}`);
    expect(await page.locator('.lead').textContent()).toContain(`Các kế hoạch khác của Lai Châu ${MARK}:`);
    expect(await page.locator('.register__row').first().textContent()).toContain(LABEL);
    await page.goto(`${origin()}/nghia-vu/tinh/lai-chau/`);
    expect(await page.locator('.register-plans tbody th').textContent()).toBe(LABEL);
  });

  it('names it with the mark in the plan’s and the province’s CSV, JSON and calendar', async () => {
    const page = await newPage();
    // A plan's calendar kept its address from before the register was split: /nghia-vu/lich/<slug>.ics.
    const levels = [
      { base: `/nghia-vu/ke-hoach/${LC}`, ics: `/nghia-vu/lich/${LC}.ics` },
      { base: '/nghia-vu/tinh/lai-chau', ics: '/nghia-vu/tinh/lai-chau.ics' },
    ];
    for (const { base, ics } of levels) {
      const get = (ext: string) => page.request.get(`${origin()}${ext === 'ics' ? ics : `${base}.${ext}`}`);
      const csv = Papa.parse<Record<string, string>>((await (await get('csv')).text()).replace(/^\uFEFF/, ''), { header: true, skipEmptyLines: true }).data;
      expect(csv.length, base).toBeGreaterThan(0);
      expect(csv.every((r) => r.ke_hoach === LABEL), base).toBe(true);
      const json = (await (await get('json')).json()) as { planLabel: string }[];
      expect(json.every((r) => r.planLabel === LABEL), base).toBe(true);
      const calendar = parseCalendar(await (await get('ics')).text());
      expect(calendar.events.length, base).toBeGreaterThan(0);
      expect(calendar.events.every((e) => e.description.includes(LABEL)), base).toBe(true);
    }
    const calendar = parseCalendar(await (await page.request.get(`${origin()}/nghia-vu/lich/${LC}.ics`)).text());
    expect(calendar.name).toBe(`Nghĩa vụ: ${LABEL}`);
  });
});

describe('search', () => {
  it('shows the mark beside the province and in the plan’s name, nationwide and in clause results', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/tim-kiem/`);
    await searchTop(page, 'Trường Cao đẳng Lai Châu');
    const found = page.locator('.search__plans > ol > li').filter({ hasText: 'Nghị quyết số 05-NQ/TU' });
    expect(await found.locator('.search__province').textContent()).toBe(`· Lai Châu ${MARK}`);
    expect(await found.getByRole('link').first().textContent()).toContain(`UBND tỉnh Lai Châu ${MARK}`);
    const others = await page.locator('.search__plans > ol > li').filter({ hasNotText: 'Nghị quyết số 05-NQ/TU' }).locator('.search__province').allTextContents();
    expect(others.every((text) => !text.includes('suy ra'))).toBe(true);
    const clausePlans = await page.locator('.search__list .search__plan').allTextContents();
    expect(clausePlans.filter((p) => p.includes('05-NQ/TU')).every((p) => p.endsWith(`UBND tỉnh Lai Châu ${MARK}`))).toBe(true);
    expect(clausePlans.some((p) => p.includes('05-NQ/TU'))).toBe(true);
  });

  it('offers the plan by its marked label and still follows a link made with its old filter value', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/tim-kiem/?q=${encodeURIComponent('đào tạo')}&tinh=${encodeURIComponent('Lai Châu')}&ke-hoach=${encodeURIComponent(SEARCH_VALUE)}`);
    await page.waitForSelector('.search__list a');
    const plan = page.getByLabel('Kế hoạch', { exact: true });
    expect(await plan.inputValue()).toBe(SEARCH_VALUE);
    await expect.poll(() => plan.locator('option:checked').textContent()).toBe(LABEL);
    const urls = await page.locator('.search__link').evaluateAll((a) => a.map((x) => x.getAttribute('href')!));
    expect(urls.every((u) => u.startsWith(`/ke-hoach/${LC}/`))).toBe(true);
  });
});

describe('the quality calculator', () => {
  it('names the Lai Châu plan with the mark where it cites it', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}/cong-cu/chat-luong-can-bo/`);
    expect(await page.locator('.lead').textContent()).toContain(`Kế hoạch tỉnh Lai Châu ${MARK} thực hiện Nghị quyết số 05-NQ/TU`);
  });
});
