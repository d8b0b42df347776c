/**
 * The obligations register as an official uses it, split by province and plan: a plan's
 * rows in the HTML, a province's loaded when filtering, links published before the
 * split landing on the right row, status on a fixed day, downloads read back.
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
const AH = 'an-hung-dtts-2026';
const LC = 'lai-chau-nq-05-nq-tu-2026';
const TOTAL = 108;
const planPage = (slug: string) => `${REGISTER}ke-hoach/${slug}/`;
const provincePage = (slug: string) => `${REGISTER}tinh/${slug}/`;

/** A register page opened on a fixed day (the status depends on today), once its rows are shown. */
async function openRegister(path: string, today = '2026-11-22T09:00:00'): Promise<Page> {
  const page = await newPage({}, { fixedTime: today });
  await page.goto(`${origin()}${path}`);
  await page.getByText(/Tình trạng tính đến ngày/).waitFor();
  return page;
}

const rowIds = (page: Page) => page.locator('.register__row').evaluateAll((rows) => rows.map((r) => r.id));
const count = (page: Page) => page.getByRole('status').filter({ hasText: 'nghĩa vụ' }).textContent();
const isTarget = (page: Page, id: string) => page.locator(`#${id}`).evaluate((el) => el.matches(':target'));

async function download(page: Page, button: RegExp): Promise<{ name: string; bytes: Buffer }> {
  const [file] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: button }).click()]);
  const saved = join(tmpdir(), `nghia-vu-${Date.now()}-${file.suggestedFilename()}`);
  await file.saveAs(saved);
  return { name: file.suggestedFilename(), bytes: readFileSync(saved) };
}

const csvRows = (bytes: Buffer) => {
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<Record<string, string>>(bytes.toString('utf8').slice(1), { header: true, skipEmptyLines: true }).data;
};

describe('a plan’s register page', () => {
  it('holds every row of the plan in the HTML and lands on the linked one, before any script runs', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}${planPage(TN)}#nv-${TN}-pl-ii-1`);
    expect(await page.locator('.register__row').count()).toBe(33);
    const row = page.locator(`#nv-${TN}-pl-ii-1`);
    expect(await row.textContent()).toContain('Sở Dân tộc và Tôn giáo');
    expect(await row.textContent()).toContain('Quý III/2026');
    expect(await row.textContent()).toContain('Hạn chót 30/09/2026');
    expect(await isTarget(page, `nv-${TN}-pl-ii-1`)).toBe(true);
    expect(await row.isVisible()).toBe(true);
  });

  it('filters by agency, deadline and recurrence, in the URL, and the link reproduces the view', async () => {
    const page = await openRegister(planPage(HB));
    expect(await count(page)).toContain('13 nghĩa vụ');
    await page.getByLabel('Lặp lại').selectOption({ label: 'Không lặp lại' });
    expect(new URL(page.url()).search).toBe('?lap-lai=khong');
    const ids = ['ii-2', 'ii-3', 'iii-1-2', 'iii-1-3', 'iii-3-1', 'iii-3-3', 'iii-3-4'].map((clause) => `nv-${HB}-${clause}`);
    expect(await rowIds(page)).toEqual(ids);
    expect(await count(page)).toContain('7 trên 13 nghĩa vụ khớp bộ lọc');

    const shared = await openRegister(`${planPage(HB)}?lap-lai=khong`);
    expect(await shared.getByLabel('Lặp lại').inputValue()).toBe('khong');
    expect(await rowIds(shared)).toEqual(ids);
    await shared.getByRole('button', { name: 'Bỏ lọc' }).click();
    expect(new URL(shared.url()).search).toBe('');
    await expect.poll(() => shared.locator('.register__row').count()).toBe(13);
  });

  it('marks overdue and due-soon in words, relative to today', async () => {
    const hb = await openRegister(planPage(HB), '2026-12-10T09:00:00');
    expect(await hb.locator(`#nv-${HB}-ii-2 .register__status`).textContent()).toBe('⚠ Quá hạn 163 ngày (hạn 30/06/2026)');
    const dt = await openRegister(planPage(DT), '2026-12-10T09:00:00');
    expect(await dt.locator(`#nv-${DT}-iii-6-2-1 .register__status`).textContent()).toBe('⏰ Sắp đến hạn: còn 21 ngày (hạn 31/12/2026)');
    await dt.getByLabel('Thời hạn', { exact: true }).selectOption({ label: 'Sắp đến hạn (30 ngày tới)' });
    expect(await rowIds(dt)).toContain(`nv-${DT}-iii-6-2-1`);
    for (const text of await dt.locator('.register__status').allTextContents()) expect(text).toMatch(/^⏰ Sắp đến hạn/);
    const tn = await openRegister(planPage(TN), '2026-12-10T09:00:00');
    expect(await tn.locator(`#nv-${TN}-pl-iv-4 .register__status`).textContent()).toBe('Hạn tới: 31/10/2027');
    expect(await tn.locator(`#nv-${TN}-pl-i-1 .register__status`).textContent()).toBe('Không có ngày cụ thể');

    // A day later in the year, the same deadline has passed.
    const later = await openRegister(`${planPage(DT)}?han=qua-han`, '2027-01-05T09:00:00');
    expect(await rowIds(later)).toContain(`nv-${DT}-iii-6-2-1`);
  });

  it('says when the filters hide the row a link points at, and shows it on request', async () => {
    const page = await openRegister(`${planPage(HB)}?lap-lai=co#nv-${HB}-ii-2`);
    const notice = page.locator('.register__hidden-target');
    expect(await notice.textContent()).toContain('khoản 2 Mục II');
    await notice.getByRole('button', { name: 'Bỏ lọc để xem' }).click();
    await expect.poll(() => page.locator(`#nv-${HB}-ii-2`).isVisible()).toBe(true);
    expect(await notice.count()).toBe(0);
  });

  it('says so when the linked row is not in the plan, and when a filter value no longer exists', async () => {
    const page = await openRegister(`${planPage(HB)}?co-quan=so-da-bo#nv-${HB}-ii-99`);
    expect(await page.locator('.register__missing-target').textContent()).toContain(`nv-${HB}-ii-99`);
    expect(await page.locator('.register__missing-target').getByRole('link', { name: 'trang kế hoạch' }).getAttribute('href')).toBe(`/ke-hoach/${HB}/`);
    const stale = page.locator('.register__stale');
    expect(await stale.textContent()).toContain('“so-da-bo” không còn trong danh mục');
    await stale.getByRole('button', { name: 'Bỏ điều kiện này' }).click();
    await expect.poll(() => page.locator('.register__row').count()).toBe(13);
  });

  it('flags a deadline it could not turn into a date, keeping the words', async () => {
    const page = await openRegister(planPage(HB));
    const cell = page.locator(`#nv-${HB}-iii-1-3 td`).nth(4);
    expect(await cell.textContent()).toContain('theo quy định');
    expect(await cell.textContent()).toContain('Chưa chuẩn hóa được');
  });
});

describe('every task, as the plans give it', () => {
  it('gives a clause’s second task its own row; the published id lands on the first, the new one on the second', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}${planPage(DT)}#nv-${DT}-iii-6-2-1`);
    expect(await isTarget(page, `nv-${DT}-iii-6-2-1`)).toBe(true);
    const first = page.locator(`#nv-${DT}-iii-6-2-1`);
    expect(await first.textContent()).toContain('danh mục việc khó');
    expect(await first.textContent()).toContain('nghĩa vụ 1/2');
    const second = page.locator(`#nv-${DT}-iii-6-2-1-viec-2`);
    expect(await second.locator('.register__task').textContent()).toBe('theo dõi, biểu dương khen thưởng các sáng kiến hiệu quả, cán bộ thực hiện tốt');
    expect(await second.locator('td').nth(4).textContent()).toContain('thực hiện thường xuyên');
    // The task is the task, not the heading ("2. Sở Nội vụ").
    expect(await page.locator(`#nv-${DT}-v-2 .register__task`).textContent()).toMatch(/^Chủ trì, phối hợp với các cơ quan liên quan theo dõi/);
  });

  it('shows a horizon as words and a note, never as a due date', async () => {
    const page = await openRegister(planPage(DT));
    const row = page.locator(`#nv-${DT}-iii-2-2-1-3`);
    const cell = await row.locator('td').nth(4).textContent();
    expect(cell).toContain('đến hết năm 2030');
    expect(cell).toContain('Mốc hướng tới, không phải hạn chót');
    expect(cell).not.toContain('31/12/2030');
    expect(await row.locator('.register__status').textContent()).toBe('Không có ngày cụ thể');
    // The Sở Nội vụ's two deadlines in one clause are both kept, one a row.
    expect(await page.locator(`#nv-${DT}-iii-2-2-2-1 td`).nth(4).textContent()).toContain('Hạn chót 31/12/2026');
    expect(await page.locator(`#nv-${DT}-iii-2-2-2-1-viec-2 td`).nth(4).textContent()).toContain('Hạn chót 31/12/2030');
  });

  it('keeps a condition as a condition beside the deadline, and a product with its recipients', async () => {
    const page = await openRegister(planPage(HB));
    const cell = await page.locator(`#nv-${HB}-ii-3 td`).nth(4).textContent();
    expect(cell).toContain('Hạn chót 30/09/2026');
    expect(cell).toContain('Điều kiện: sau khi có quyết định giao biên chế chính thức của cấp có thẩm quyền');
    const tn = await openRegister(planPage(TN));
    expect(await tn.locator(`#nv-${TN}-v-4-e td`).nth(3).textContent()).toBe('báo cáo UBND tỉnh (qua Sở Nội vụ) và cơ quan có thẩm quyền');
  });

  it('says where a plan names no lead, and points to the clause that says who directs', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}${planPage(LC)}`);
    const lead = page.locator(`#nv-${LC}-ii-2-1-4 td`).nth(1);
    expect(await lead.textContent()).toBe('Văn bản không nêuAi chỉ đạo: khoản 2 Mục III — Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành, Ủy ban nhân dân các xã, phường căn cứ chức năng, nhiệm vụ tham mưu thực hiện');
    expect(await lead.getByRole('link', { name: 'khoản 2 Mục III' }).getAttribute('href')).toBe(`/ke-hoach/${LC}/#iii-2`);
    expect(await page.locator(`#nv-${LC}-iii-3 td`).nth(1).textContent()).toBe('Ban Tuyên giáo và Dân vận Đảng ủy (Lai Châu, tên tỉnh suy ra từ nội dung văn bản)');
  });

  it('filters by one body, and by every body of its kind beside it', async () => {
    const page = await openRegister(`${provincePage('hai-phong')}?han=2026`);
    const body = page.getByLabel('Cơ quan (chủ trì hoặc phối hợp)');
    expect(await body.locator('option').allTextContents()).toEqual(expect.arrayContaining(['Phòng Văn hóa - Xã hội (xã An Hưng, Hải Phòng)', 'Phòng Văn hóa - Xã hội (xã Hà Bắc, Hải Phòng)']));
    await body.selectOption({ label: 'Phòng Văn hóa - Xã hội (xã An Hưng, Hải Phòng)' });
    expect(new URL(page.url()).search).toBe('?co-quan=phong-van-hoa-xa-hoi.hai-phong.xa-an-hung&han=2026');
    await expect.poll(async () => (await rowIds(page)).every((id) => id.startsWith(`nv-${AH}-`))).toBe(true);
    expect(await rowIds(page)).toEqual([`nv-${AH}-iv-1-5`]);
    await page.getByRole('button', { name: 'Bỏ lọc' }).click();
    await page.getByLabel(/^Loại cơ quan/).selectOption({ label: 'Phòng Văn hóa - Xã hội' });
    await page.getByLabel('Thời hạn', { exact: true }).selectOption({ label: 'Đến hạn trong năm 2026' });
    await expect.poll(() => rowIds(page)).toEqual([`nv-${AH}-iv-1-5`, `nv-${HB}-ii-2`, `nv-${HB}-ii-3`, `nv-${HB}-iii-1-1`]);
  });
});

describe('a province’s register page', () => {
  it('lists its plans with their counts and files, before any script runs', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}${provincePage('hai-phong')}`);
    const plans = page.locator('.register-plans tbody tr');
    expect(await plans.count()).toBe(2);
    const hb = plans.filter({ hasText: 'Hà Bắc' });
    expect(await hb.locator('td').first().textContent()).toBe('13');
    expect(await hb.getByRole('link').first().getAttribute('href')).toBe(planPage(HB));
    for (const name of ['hai-phong.csv', 'hai-phong.json', 'hai-phong.ics']) expect(await page.getByRole('link', { name }).getAttribute('href')).toBe(`${REGISTER}tinh/${name}`);
    expect(await page.locator('.register__row').count()).toBe(0);
  });

  it('loads the province’s rows when the reader filters: all duties of Sở Nội vụ due in 2026', async () => {
    const page = await newPage({}, { fixedTime: '2026-11-22T09:00:00' });
    const fetched: string[] = [];
    page.on('request', (request) => fetched.push(new URL(request.url()).pathname));
    await page.goto(`${origin()}${provincePage('thai-nguyen')}`);
    await page.getByRole('button', { name: 'xem tất cả' }).waitFor();
    expect(fetched).not.toContain(`${REGISTER}tinh/thai-nguyen.json`);

    await page.getByLabel('Cơ quan (chủ trì hoặc phối hợp)').selectOption({ label: 'Sở Nội vụ (Thái Nguyên)' });
    await page.getByLabel('Thời hạn', { exact: true }).selectOption({ label: 'Đến hạn trong năm 2026' });
    expect(new URL(page.url()).search).toBe('?co-quan=so-noi-vu.thai-nguyen&han=2026');
    await expect.poll(() => count(page)).toContain('10 trên 33 nghĩa vụ khớp bộ lọc');
    expect(fetched).toContain(`${REGISTER}tinh/thai-nguyen.json`);
    const ids = await rowIds(page);
    // Led by Sở Nội vụ, or with it as partner; yearly reports are due every year.
    expect(ids).toContain(`nv-${TN}-v-1-dd`);
    expect(ids).toContain(`nv-${TN}-pl-iv-4`);
    expect(ids).not.toContain(`nv-${TN}-pl-i-4`); // sơ kết 2028, tổng kết 2030
    for (const text of await page.locator('.register__row').allTextContents()) expect(text).toContain('Sở Nội vụ');

    // A link made before agencies had a place (?co-quan=so-noi-vu) still works, as the kind filter.
    const shared = await openRegister(`${provincePage('dong-thap')}?co-quan=so-noi-vu&han=2026`);
    expect(await shared.getByLabel('Cơ quan (chủ trì hoặc phối hợp)').inputValue()).toBe('');
    expect(await shared.getByLabel(/^Loại cơ quan/).inputValue()).toBe('so-noi-vu');
    expect(await rowIds(shared)).toEqual([`nv-${DT}-iii-2-2-2-1`, `nv-${DT}-iii-4-2-1`, `nv-${DT}-iii-6-2-1`]);
    expect(await rowIds(shared)).not.toContain(`nv-${DT}-iii-5-2-1`); // hoàn thành trong năm 2029
    await shared.getByRole('button', { name: 'Bỏ lọc' }).click();
    expect(new URL(shared.url()).search).toBe('');
    await expect.poll(() => shared.locator('.register__row').count()).toBe(26);
  });

  it('shows a large province a page of rows at a time, with the count', async () => {
    const page = await newPage();
    // A province of 130 rows: Thái Nguyên's 33, copied under other ids.
    await page.route('**/nghia-vu/tinh/thai-nguyen.json', async (route) => {
      const rows = (await (await route.fetch()).json()) as { rowId: string }[];
      const many = Array.from({ length: 130 }, (_, i) => ({ ...rows[i % rows.length]!, rowId: `nv-ban-sao-${i}` }));
      await route.fulfill({ json: many });
    });
    await page.goto(`${origin()}${provincePage('thai-nguyen')}`);
    await page.getByRole('button', { name: 'xem tất cả' }).click();
    await expect.poll(() => count(page)).toContain('130 nghĩa vụ · đang xem 1–50');
    expect(await page.locator('.register__row').count()).toBe(50);
    await page.getByRole('button', { name: 'Trang sau ›' }).click();
    await expect.poll(() => count(page)).toContain('đang xem 51–100');
    expect((await rowIds(page))[0]).toBe('nv-ban-sao-50');
    await page.getByRole('button', { name: 'Trang sau ›' }).click();
    await expect.poll(() => page.locator('.register__row').count()).toBe(30);
    expect(await page.getByRole('button', { name: 'Trang sau ›' }).isDisabled()).toBe(true);
    // A new filter starts again at the first page.
    await page.getByLabel('Lặp lại').selectOption({ label: 'Có lặp lại (hằng năm, thường xuyên)' });
    await expect.poll(() => page.getByText(/^Trang 1\//).count()).toBe(1);
  });

  it('filters by plan within the province', async () => {
    const page = await openRegister(`${provincePage('hai-phong')}?ke-hoach=${AH}`);
    expect(await page.getByLabel('Kế hoạch', { exact: true }).inputValue()).toBe(AH);
    expect((await rowIds(page)).every((id) => id.startsWith(`nv-${AH}-`))).toBe(true);
    expect(await count(page)).toContain('8 trên 21 nghĩa vụ khớp bộ lọc');
  });

  it('says in Vietnamese when a province has no plan, with a way on', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${provincePage('ha-noi')}`);
    const notice = page.locator('main .notice');
    expect(await notice.textContent()).toContain('chưa có kế hoạch nào của Hà Nội');
    expect(await notice.getByRole('link', { name: 'các tỉnh, thành phố khác' }).getAttribute('href')).toBe(`${REGISTER}#tinh`);
  });
});

describe('the first page and links published before the split', () => {
  it('lists the 34 provinces with their counts, before any script runs', async () => {
    const page = await newPage({ javaScriptEnabled: false });
    await page.goto(`${origin()}${REGISTER}`);
    const rows = page.locator('.register-entry__provinces tbody tr');
    expect(await rows.count()).toBe(34);
    const haiPhong = rows.filter({ hasText: 'Hải Phòng' });
    expect(await haiPhong.locator('td').allTextContents()).toEqual(['2', '21']);
    expect(await haiPhong.getByRole('link').getAttribute('href')).toBe(provincePage('hai-phong'));
  });

  it('forwards /nghia-vu/#nv-<plan>-<clause> to that row on its plan’s page', async () => {
    const page = await newPage();
    for (const [plan, clause] of [[HB, 'ii-2'], [TN, 'pl-iv-4'], [DT, 'iii-2-2-1-1'], [DT, 'iii-6-2-1-viec-2']] as const) {
      const rowId = `nv-${plan}-${clause}`;
      await page.goto(`${origin()}${REGISTER}#${rowId}`);
      await page.waitForURL(`**${planPage(plan)}#${rowId}`);
      await expect.poll(() => isTarget(page, rowId)).toBe(true);
      expect(await page.locator(`#${rowId}`).isVisible()).toBe(true);
    }
  });

  it('forwards /nghia-vu/?ke-hoach=<plan>&… to the plan’s page with the other filters kept', async () => {
    const page = await openRegister(`${REGISTER}?ke-hoach=${HB}&lap-lai=khong`);
    expect(new URL(page.url()).pathname).toBe(planPage(HB));
    expect(new URL(page.url()).search).toBe('?lap-lai=khong');
    expect(await rowIds(page)).toEqual(['ii-2', 'ii-3', 'iii-1-2', 'iii-1-3', 'iii-3-1', 'iii-3-3', 'iii-3-4'].map((clause) => `nv-${HB}-${clause}`));
  });

  it('says so when a linked row or plan does not exist, and keeps the province list', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${REGISTER}#nv-khong-co-ke-hoach-nay-ii-2`);
    expect(await page.getByRole('alert').textContent()).toContain('Không tìm thấy nghĩa vụ mang mã “nv-khong-co-ke-hoach-nay-ii-2”');
    expect(await page.locator('.register-entry__provinces tbody tr').count()).toBe(34);
    expect(new URL(page.url()).pathname).toBe(REGISTER);

    const plan = await newPage();
    await plan.goto(`${origin()}${REGISTER}?ke-hoach=khong-co&han=2026`);
    expect(await plan.getByRole('alert').textContent()).toContain('Không có kế hoạch mang mã “khong-co”');

    // Offline, nothing is known: the page says it could not look, not that the row does not exist.
    const offline = await newPage();
    await offline.route('**/nghia-vu/ke-hoach/*.json', (route) => route.abort('internetdisconnected'));
    await offline.goto(`${origin()}${REGISTER}#nv-${HB}-ii-2`);
    expect(await offline.getByRole('alert').textContent()).toContain(`Chưa mở được nghĩa vụ mang mã “nv-${HB}-ii-2”`);
    expect(new URL(offline.url()).pathname).toBe(REGISTER);
  });

  it('takes a link naming one body to that body’s province, the filters kept', async () => {
    const page = await openRegister(`${REGISTER}?co-quan=so-noi-vu.dong-thap&han=2026`);
    expect(new URL(page.url()).pathname).toBe(provincePage('dong-thap'));
    expect(await page.getByLabel('Cơ quan (chủ trì hoặc phối hợp)').inputValue()).toBe('so-noi-vu.dong-thap');
    expect(await rowIds(page)).toEqual([`nv-${DT}-iii-2-2-2-1`, `nv-${DT}-iii-4-2-1`, `nv-${DT}-iii-6-2-1`]);
  });

  it('asks for a province when filters come without one, keeping them in the province links', async () => {
    const page = await newPage({}, { fixedTime: '2026-11-22T09:00:00' });
    await page.goto(`${origin()}${REGISTER}?co-quan=so-noi-vu&han=2026`);
    const message = page.locator('.register-entry__choose');
    expect(await message.textContent()).toContain('các cơ quan loại Sở Nội vụ; Đến hạn trong năm 2026');
    const link = page.getByRole('link', { name: 'Thái Nguyên', exact: true });
    await expect.poll(() => link.getAttribute('href')).toBe(`${provincePage('thai-nguyen')}?loai-co-quan=so-noi-vu&han=2026`);
    await link.click();
    await expect.poll(() => count(page)).toContain('10 trên 33 nghĩa vụ khớp bộ lọc');
  });
});

describe('plan page ↔ register', () => {
  it('shows lead and deadline under a clause, links to its row on the plan’s register page, and the row links back', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/${HB}/`);
    const note = page.locator(`#ii-2 [data-obligation="nv-${HB}-ii-2"]`);
    expect(await note.textContent()).toBe('Nghĩa vụ — chủ trì: Phòng Văn hóa - Xã hội; thời hạn: Hoàn thành trong tháng 6/2026. Xem trong danh mục nghĩa vụ');
    await note.getByRole('link', { name: /trong danh mục nghĩa vụ/ }).click();
    await page.waitForURL(`**${planPage(HB)}#nv-${HB}-ii-2`);
    const row = page.locator(`#nv-${HB}-ii-2`);
    await expect.poll(() => isTarget(page, `nv-${HB}-ii-2`)).toBe(true);
    expect(await row.isVisible()).toBe(true);
    await row.getByRole('link', { name: /khoản 2 Mục II/ }).click();
    await page.waitForURL(`**/ke-hoach/${HB}/#ii-2`);
    expect(await page.locator('#ii-2').textContent()).toContain('Tổ chức rà soát, đánh giá tổng thể chất lượng');
    expect(await page.getByRole('link', { name: 'xem trong danh mục nghĩa vụ', exact: true }).getAttribute('href')).toBe(planPage(HB));
  });

  it('shows the line on appendix rows too, and offers the plan’s calendar', async () => {
    const page = await newPage();
    await page.goto(`${origin()}/ke-hoach/${TN}/`);
    expect(await page.locator(`#pl-iv-4 [data-obligation]`).textContent()).toContain('chủ trì: Các sở, ban, ngành tỉnh, Đơn vị sự nghiệp thuộc UBND tỉnh; thời hạn: Trước 01/11 hàng năm');
    expect(await page.locator(`#pl-iv-4 [data-obligation] a`).getAttribute('href')).toBe(`${planPage(TN)}#nv-${TN}-pl-iv-4`);
    expect(await page.locator('[data-obligation]').count()).toBe(33);
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
    const page = await openRegister(`${provincePage('thai-nguyen')}?co-quan=so-noi-vu&han=2026`);
    const ids = await rowIds(page);

    const csv = await download(page, /Bảng tính \(CSV\)/);
    expect(csv.name).toBe('nghia-vu.csv');
    const rows = csvRows(csv.bytes);
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
    expect(calendar.events.every((e) => ids.some((id) => e.uid.startsWith(id)))).toBe(true);
  });

  /** The three files a page links to (by their names), fetched and read back. */
  async function files(path: string, base: string) {
    const page = await newPage();
    await page.goto(`${origin()}${path}`);
    const get = async (ext: string) => {
      const href = await page.getByRole('link', { name: `${base}.${ext}`, exact: true }).getAttribute('href');
      return page.request.get(`${origin()}${href}`);
    };
    const csv = csvRows(await (await get('csv')).body());
    const json = (await (await get('json')).json()) as { rowId: string }[];
    const ics = await get('ics');
    expect(ics.headers()['content-type']).toContain('text/calendar');
    return { csv, json, calendar: parseCalendar(await ics.text()) };
  }

  it('serves the whole register as CSV, JSON and calendar', async () => {
    const { csv, json, calendar } = await files(REGISTER, 'nghia-vu');
    expect(csv).toHaveLength(TOTAL);
    expect(json).toHaveLength(TOTAL);
    expect(calendar.name).toBe('Nghĩa vụ theo kế hoạch (toàn bộ)');
    expect(calendar.events.some((e) => e.uid === `nv-${DT}-iii-4-2-1@kehoach-canbo.example.vn`)).toBe(true);
  });

  it('serves each province’s rows as CSV, JSON and calendar', async () => {
    const { csv, json, calendar } = await files(provincePage('hai-phong'), 'hai-phong');
    expect(csv).toHaveLength(21);
    expect(json.map((r) => r.rowId).every((id) => id.startsWith(`nv-${HB}-`) || id.startsWith(`nv-${AH}-`))).toBe(true);
    expect(json).toHaveLength(21);
    expect(calendar.name).toBe('Nghĩa vụ: Hải Phòng');
    expect(calendar.events.find((e) => e.uid === `nv-${HB}-ii-2@kehoach-canbo.example.vn`)?.start).toBe('2026-06-30');
  });

  it('serves each plan’s rows as CSV, JSON and calendar', async () => {
    const { csv, json, calendar } = await files(planPage(TN), TN);
    expect(csv.map((r) => r.ma_nghia_vu)).toEqual(json.map((r) => r.rowId));
    expect(json).toHaveLength(33);
    expect(calendar.events).toHaveLength(15);
  });
});
