/**
 * The obligations register as an official uses it: filter, share the link, see what is
 * overdue or due soon on a fixed day, go from a plan's clause to its row and back,
 * download the CSV, JSON and calendar and read them back.
 */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { origin, useBrowser } from '../support/browser';
import { parseCalendar } from '../support/ics';

const { newPage } = useBrowser();
const REGISTER = '/nghia-vu/';
const TN = 'thai-nguyen-128-kh-ubnd-2026';
const DT = 'dong-thap-nq-14-nq-tu-2026';
const HB = 'ha-bac-chat-luong-can-bo-2026';
const TOTAL = 60;

/** The register opened on a fixed day (the status depends on today). */
async function openRegister(path = REGISTER, today = '2026-11-22T09:00:00'): Promise<Page> {
  const page = await newPage();
  await page.clock.setFixedTime(new Date(today));
  await page.goto(`${origin()}${path}`);
  await page.getByText(/Tình trạng tính đến ngày/).waitFor();
  return page;
}

const rowIds = (page: Page) => page.locator('.register__row').evaluateAll((rows) => rows.map((r) => r.id));
const count = (page: Page) => page.getByRole('status').filter({ hasText: 'nghĩa vụ' }).textContent();

async function download(page: Page, button: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const saved = join(tmpdir(), `nghia-vu-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: readFileSync(saved) };
}

describe('register page', () => {
  it('is a full table in the HTML, before any script runs', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}${REGISTER}`);
    expect(await page.locator('.register__row').count()).toBe(TOTAL);
    const row = page.locator(`#nv-${TN}-pl-ii-1`);
    expect(await row.textContent()).toContain('Sở Dân tộc và Tôn giáo');
    expect(await row.textContent()).toContain('Quý III/2026');
    expect(await row.textContent()).toContain('Hạn chót 30/9/2026');
  });

  it('filters "all duties of Sở Nội vụ due in 2026" and puts it in the URL', async () => {
    const page = await openRegister();
    expect(await count(page)).toContain(`${TOTAL} nghĩa vụ`);
    await page.getByLabel('Cơ quan (chủ trì hoặc phối hợp)').selectOption({ label: 'Sở Nội vụ' });
    await page.getByLabel('Thời hạn').selectOption({ label: 'Đến hạn trong năm 2026' });
    expect(new URL(page.url()).search).toBe('?co-quan=so-noi-vu&han=2026');
    await expect.poll(() => count(page)).toContain(`13 trên ${TOTAL} nghĩa vụ khớp bộ lọc`);
    const ids = await rowIds(page);
    // Led by Sở Nội vụ, or with it as partner; yearly reports are due every year.
    expect(ids).toContain(`nv-${TN}-v-1-dd`);
    expect(ids).toContain(`nv-${TN}-pl-iv-4`);
    expect(ids).toContain(`nv-${DT}-iii-4-2-1`);
    expect(ids).not.toContain(`nv-${TN}-pl-i-4`); // sơ kết 2028, tổng kết 2030
    expect(ids).not.toContain(`nv-${DT}-iii-5-2-1`); // hoàn thành trong năm 2029
    for (const text of await page.locator('.register__row').allTextContents()) expect(text).toContain('Sở Nội vụ');

    // The link reproduces the view on another machine.
    const shared = await openRegister(`${REGISTER}?co-quan=so-noi-vu&han=2026`);
    expect(await shared.getByLabel('Cơ quan (chủ trì hoặc phối hợp)').inputValue()).toBe('so-noi-vu');
    expect(await shared.getByLabel('Thời hạn').inputValue()).toBe('2026');
    expect(await rowIds(shared)).toEqual(ids);

    await shared.getByRole('button', { name: 'Bỏ lọc' }).click();
    expect(new URL(shared.url()).search).toBe('');
    await expect.poll(() => shared.locator('.register__row').count()).toBe(TOTAL);
  });

  it('filters by plan and by recurrence', async () => {
    const page = await openRegister();
    await page.getByLabel('Kế hoạch', { exact: true }).selectOption(HB);
    await page.getByLabel('Lặp lại').selectOption({ label: 'Không lặp lại' });
    expect(new URL(page.url()).search).toBe(`?ke-hoach=${HB}&lap-lai=khong`);
    expect(await rowIds(page)).toEqual([`nv-${HB}-ii-2`, `nv-${HB}-ii-3`, `nv-${HB}-iii-1-3`, `nv-${HB}-iii-3-4`]);
  });

  it('marks overdue and due-soon in words, relative to today', async () => {
    const page = await openRegister(REGISTER, '2026-12-10T09:00:00');
    const overdue = page.locator(`#nv-${HB}-ii-2 .register__status`);
    expect(await overdue.textContent()).toBe('⚠ Quá hạn 163 ngày (hạn 30/6/2026)');
    const soon = page.locator(`#nv-${DT}-iii-6-2-1 .register__status`);
    expect(await soon.textContent()).toBe('⏰ Sắp đến hạn: còn 21 ngày (hạn 31/12/2026)');
    expect(await page.locator(`#nv-${TN}-pl-iv-4 .register__status`).textContent()).toBe('Hạn tới: 31/10/2027');
    expect(await page.locator(`#nv-${TN}-pl-i-1 .register__status`).textContent()).toBe('Không có ngày cụ thể');

    await page.getByLabel('Thời hạn').selectOption({ label: 'Sắp đến hạn (30 ngày tới)' });
    const soonIds = await rowIds(page);
    expect(soonIds).toContain(`nv-${DT}-iii-6-2-1`);
    expect(soonIds).not.toContain(`nv-${HB}-ii-2`);
    for (const text of await page.locator('.register__status').allTextContents()) expect(text).toMatch(/^⏰ Sắp đến hạn/);

    // A day later in the year, the same deadline has passed.
    const later = await openRegister(`${REGISTER}?han=qua-han`, '2027-01-05T09:00:00');
    expect(await rowIds(later)).toContain(`nv-${DT}-iii-6-2-1`);
  });

  it('says when the filters hide the row a link points at, and shows it on request', async () => {
    const page = await openRegister(`${REGISTER}?ke-hoach=${TN}#nv-${HB}-ii-2`);
    const notice = page.locator('.register__hidden-target');
    expect(await notice.textContent()).toContain('khoản 2 Mục II');
    await notice.getByRole('button', { name: 'Bỏ lọc để xem' }).click();
    await expect.poll(() => page.locator(`#nv-${HB}-ii-2`).isVisible()).toBe(true);
    expect(await notice.count()).toBe(0);
  });

  it('flags a deadline it could not turn into a date, keeping the words', async () => {
    const page = await openRegister();
    const cell = page.locator(`#nv-${HB}-iii-1-3 td`).nth(4);
    expect(await cell.textContent()).toContain('theo quy định');
    expect(await cell.textContent()).toContain('Chưa chuẩn hóa được');
  });
});

describe('plan page ↔ register', () => {
  it('shows lead and deadline under a clause, links to its row, and the row links back', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/${HB}/`);
    const note = page.locator(`#ii-2 [data-obligation="nv-${HB}-ii-2"]`);
    expect(await note.textContent()).toBe('Nghĩa vụ — chủ trì: Phòng Văn hóa - Xã hội; thời hạn: Hoàn thành trong tháng 6/2026. Xem trong danh mục nghĩa vụ');
    await note.getByRole('link', { name: /trong danh mục nghĩa vụ/ }).click();
    await page.waitForURL(`**${REGISTER}#nv-${HB}-ii-2`);
    const row = page.locator(`#nv-${HB}-ii-2`);
    await expect.poll(() => row.evaluate((el) => el.matches(':target'))).toBe(true);
    expect(await row.isVisible()).toBe(true);
    await row.getByRole('link', { name: /khoản 2 Mục II/ }).click();
    await page.waitForURL(`**/ke-hoach/${HB}/#ii-2`);
    expect(await page.locator('#ii-2').textContent()).toContain('Tổ chức rà soát, đánh giá tổng thể chất lượng');
  });

  it('shows the line on appendix rows too, and offers the plan’s calendar', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/${TN}/`);
    expect(await page.locator(`#pl-iv-4 [data-obligation]`).textContent()).toContain('chủ trì: Các sở, ban, ngành tỉnh, Đơn vị sự nghiệp thuộc UBND tỉnh; thời hạn: Trước 01/11 hàng năm');
    expect(await page.locator('[data-obligation]').count()).toBe(19);
    const href = await page.getByRole('link', { name: 'tải lịch thời hạn (.ics)' }).getAttribute('href');
    expect(href).toBe(`/nghia-vu/lich/${TN}.ics`);
    const response = await page.request.get(`${origin()}${href}`);
    expect(response.headers()['content-type']).toContain('text/calendar');
    const { events } = parseCalendar(await response.text());
    // 12 events from the 11 dated appendix rows (sơ kết and tổng kết for pl-i-4) and 3 yearly reports in the text.
    expect(events.length).toBe(15);
    const yearly = events.filter((e) => e.rrule === 'FREQ=YEARLY');
    expect(yearly.map((e) => e.start).sort()).toEqual(['2026-10-31', '2026-10-31', '2026-10-31', '2026-10-31', '2026-11-14']);
  });
});

describe('downloads', () => {
  it('downloads the filtered view as CSV, JSON and calendar, each readable back', async () => {
    const page = await openRegister(`${REGISTER}?co-quan=so-noi-vu&han=2026`);
    const ids = await rowIds(page);

    const csv = await download(page, /Bảng tính \(CSV\)/);
    expect(csv.name).toBe('nghia-vu.csv');
    expect([...csv.bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const rows = Papa.parse<Record<string, string>>(csv.bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
    expect(rows.map((r) => r.ma_nghia_vu)).toEqual(ids);
    expect(rows.every((r) => `${r.chu_tri}; ${r.phoi_hop}`.includes('Sở Nội vụ'))).toBe(true);
    expect(rows.find((r) => r.ma_nghia_vu === `nv-${TN}-v-1-dd`)?.lien_ket).toBe(`${origin()}/ke-hoach/${TN}/#v-1-dd`);

    const json = await download(page, /Dữ liệu \(JSON\)/);
    expect(json.name).toBe('nghia-vu.json');
    expect(JSON.parse(json.bytes.toString('utf8')).map((r: { rowId: string }) => r.rowId)).toEqual(ids);

    const ics = await download(page, /Lịch \(\.ics/);
    expect(ics.name).toBe('nghia-vu.ics');
    const calendar = parseCalendar(ics.bytes.toString('utf8'));
    expect(calendar.name).toBe('Nghĩa vụ theo kế hoạch (đã lọc)');
    expect(calendar.events.some((e) => e.uid === `nv-${TN}-pl-iv-4@kehoach-canbo.example.vn` && e.rrule === 'FREQ=YEARLY')).toBe(true);
    expect(calendar.events.find((e) => e.uid === `nv-${DT}-iii-4-2-1@kehoach-canbo.example.vn`)?.start).toBe('2026-09-30');
    expect(calendar.events.every((e) => ids.some((id) => e.uid.startsWith(id)))).toBe(true);
  });

  it('serves the whole register as CSV and JSON files', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${REGISTER}`);
    const csvHref = await page.getByRole('link', { name: 'nghia-vu.csv' }).getAttribute('href');
    const csv = await (await page.request.get(`${origin()}${csvHref}`)).body();
    expect([...csv.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    expect(Papa.parse(csv.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data).toHaveLength(TOTAL);
    const jsonHref = await page.getByRole('link', { name: 'nghia-vu.json' }).getAttribute('href');
    const json = await (await page.request.get(`${origin()}${jsonHref}`)).json();
    expect(json).toHaveLength(TOTAL);
  });
});
