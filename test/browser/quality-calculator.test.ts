/** The quality and training calculator, used as an official would: one commune by hand, then files and a roster. */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { origin, settled, useBrowser } from '../support/browser';

const { newPage } = useBrowser();
const PATH = '/cong-cu/chat-luong-can-bo/';
const SAMPLES = join(import.meta.dirname, '../../public/mau');
const csvFile = (name: string, text: string) => ({ name, mimeType: 'text/csv', buffer: Buffer.from(text, 'utf8') });

const oneCommune = (page: Page) => page.getByRole('region', { name: 'Tính cho một xã' });
const files = (page: Page) => page.getByRole('region', { name: 'Tính cho nhiều xã từ tệp hoặc danh sách cán bộ' });

/** A results-table row of one phase: required / base, current, gap, verdict, clause. */
const indicator = (page: Page, phase: string, id: string) => page.locator(`table[data-phase="${phase}"] tr[data-indicator="${id}"] td`).allTextContents();
/** The row of one part of an indicator: required, current, gap, verdict, and an empty clause cell (the indicator's row has it). */
const part = (page: Page, phase: string, id: string) => page.locator(`table[data-phase="${phase}"] tr[data-part="${id}"] td`).allTextContents();

async function open(path = PATH): Promise<Page> {
  const page = await newPage({ acceptDownloads: true });
  await page.goto(`${origin()}${path}`);
  await settled(page);
  return page;
}

async function saved(download: Download): Promise<string[][]> {
  const path = join(tmpdir(), `${Date.now()}-${download.suggestedFilename()}`);
  await download.saveAs(path);
  const bytes = readFileSync(path);
  expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
  return Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
}

/** Chooses files, sets the reference date, and computes; waits for the results heading. */
async function compute(page: Page, chosen: { chatLuong?: string | ReturnType<typeof csvFile>; canBo?: string | ReturnType<typeof csvFile> }, expectResults = true) {
  if (chosen.chatLuong) await page.getByLabel('Số liệu chất lượng theo xã (chat-luong.csv)').setInputFiles(chosen.chatLuong);
  if (chosen.canBo) await files(page).getByLabel('Danh sách cán bộ (can-bo.csv)').setInputFiles(chosen.canBo);
  await page.getByLabel('Ngày tham chiếu').fill('2026-11-22');
  await files(page).getByRole('button', { name: 'Tính từ tệp' }).click();
  if (expectResults) await page.getByRole('heading', { name: /^Kết quả \d+ xã$/ }).waitFor();
}

describe('quality calculator, one commune', () => {
  it('computes each phase with strict "trên 90%", keeps the figures in the URL, and draws the training trajectory', async () => {
    const page = await open();
    const form = oneCommune(page);
    for (const [label, value] of [
      ['Tên xã', 'Xã Thử'], ['Số lãnh đạo, quản lý', '10'], ['Lãnh đạo, quản lý đạt chuẩn khung năng lực', '9'], ['Số cán bộ, công chức, viên chức', '60'],
      ['Thành thạo văn bản điện tử', '57'], ['Tỷ lệ hài lòng (%)', '85'], ['Cán bộ DTTS hiện có', '25'], ['DTTS đã đào tạo, bồi dưỡng', '4'],
    ]) await form.getByRole('textbox', { name: new RegExp(`^${label!.replace(/[()]/g, '\\$&')}`) }).fill(value!);
    await form.getByLabel('Chuyển đổi số trong quản lý cán bộ').selectOption('có');
    await form.getByLabel('Năm của số liệu hiện có').fill('2026');
    await form.getByRole('button', { name: 'Tính chỉ tiêu chất lượng' }).click();
    // > 90% of 10 leaders is 10, not 9.
    await expect.poll(() => indicator(page, '2026-2028', 'lanh_dao_dat_chuan')).toEqual(['10 / 10', '9', '1', 'Chưa đạt', 'gạch đầu dòng thứ 1 điểm a khoản 2 Mục II']);
    expect(await indicator(page, '2026-2028', 'thanh_thao_so')).toEqual(['58 / 60', 'Xét từng phần dưới đây', 'Chưa đạt', 'gạch đầu dòng thứ 2 điểm a khoản 2 Mục II']);
    expect(await part(page, '2026-2028', 'thanh_thao_so')).toEqual(['58', '57', '1', 'Chưa đạt', '']);
    expect(await part(page, '2029-2030', 'thanh_thao_so')).toEqual(['60', '57', '3', 'Chưa đạt', '']);
    expect(await part(page, '2029-2030', 'chuan_hoa_chuyen_mon')).toEqual(['60', '—', '—', 'Chưa có số liệu', '']);
    expect(await indicator(page, '2026-2028', 'ho_so_so_hoa')).toEqual(['—', '—', '—', 'Chưa có số liệu', 'gạch đầu dòng thứ 3 điểm a khoản 2 Mục II']);
    expect(await page.locator('table[data-phase="2026-2028"]').textContent()).toContain('85%Chưa đạt');
    const years = await page.locator('.quality__years tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));
    expect(years[0]).toEqual(['2027', '4', '8', '']);
    expect(years[3]).toEqual(['2030', '4', '20', '20']);
    expect(years.at(-1)).toEqual(['2035', '1', '25', '25']);
    await expect.poll(() => page.locator('.quality__trajectory canvas').evaluate((c: HTMLCanvasElement) => c.width > 0)).toBe(true);

    const url = new URL(page.url());
    expect(url.searchParams.get('so_lanh_dao')).toBe('10');
    expect(url.searchParams.get('chuyen_doi_so')).toBe('có');
    const colleague = await open(`${url.pathname}${url.search}`);
    await expect.poll(() => indicator(colleague, '2026-2028', 'lanh_dao_dat_chuan')).toEqual(['10 / 10', '9', '1', 'Chưa đạt', 'gạch đầu dòng thứ 1 điểm a khoản 2 Mục II']);
  });

  it('explains the arithmetic and links each figure to its clause', async () => {
    const page = await open(`${PATH}?ten_xa=A&so_lanh_dao=10&so_cbccvc=40&lanh_dao_dat_chuan=9`);
    await page.getByText('Vì sao: Cán bộ, công chức, viên chức lãnh đạo, quản lý cấp xã đạt chuẩn theo khung năng lực vị trí việc làm').click();
    const why = page.locator('details', { hasText: 'Vì sao: Cán bộ, công chức, viên chức lãnh đạo, quản lý cấp xã đạt chuẩn' });
    expect(await why.textContent()).toContain('⌊10 × 90%⌋ + 1 = 10');
    await page.locator('tr[data-indicator="lanh_dao_dat_chuan"]').first().getByRole('link').click();
    await page.waitForURL(/\/ke-hoach\/dong-thap-nq-14-nq-tu-2026\/#ii-2-a-1$/);
  });

  it('takes each part of an indicator, and meets it only when every part is met', async () => {
    // > 95% of 60 is 58 in 2026–2028: 58 proficient and 59 standardised, but 57 performing.
    const page = await open(`${PATH}?ten_xa=A&so_lanh_dao=10&so_cbccvc=60&thanh_thao_so=58&chuan_hoa_chuyen_mon=59&nang_luc_thuc_thi=57&lanh_dao_boi_duong_chuyen_sau=10&lanh_dao_boi_duong_chuc_danh=10`);
    await expect.poll(() => part(page, '2026-2028', 'nang_luc_thuc_thi')).toEqual(['58', '57', '1', 'Chưa đạt', '']);
    expect(await part(page, '2026-2028', 'thanh_thao_so')).toEqual(['58', '58', '0', 'Đạt', '']);
    expect(await part(page, '2026-2028', 'chuan_hoa_chuyen_mon')).toEqual(['58', '59', '0', 'Đạt', '']);
    expect((await indicator(page, '2026-2028', 'thanh_thao_so'))[2]).toBe('Chưa đạt');
    expect((await indicator(page, '2026-2028', 'boi_duong_chuyen_sau'))[2]).toBe('Đạt');
    const rowHeads = await page.locator('table[data-phase="2026-2028"] tbody th').allTextContents();
    expect(rowHeads).toContain('Cán bộ, công chức, viên chức cấp xã sử dụng thành thạo hệ thống quản lý văn bản điện tử và dịch vụ công trực tuyến; chuẩn hoá về chuyên môn; năng lực thực thi công vụ đáp ứng theo yêu cầu nhiệm vụ mới');
    expect(rowHeads).toContain('– Được bồi dưỡng theo chức danh, cập nhật kiến thức, kỹ năng quản lý, quản trị hiện đại');
    // A part above its base is refused, naming both fields.
    await oneCommune(page).getByRole('textbox', { name: /^Năng lực thực thi công vụ/ }).fill('61');
    await oneCommune(page).getByRole('button', { name: 'Tính chỉ tiêu chất lượng' }).click();
    await expect.poll(() => page.getByRole('alert').textContent()).toContain(
      'Năng lực thực thi công vụ đáp ứng yêu cầu nhiệm vụ mới: “Năng lực thực thi công vụ đáp ứng yêu cầu nhiệm vụ mới” (61) lớn hơn “Số cán bộ, công chức, viên chức” (60).',
    );    expect(await axeViolations(page)).toEqual([]);
  });

  it('lists form errors in a summary linked to the fields, with no result', async () => {
    const page = await open();
    await oneCommune(page).getByRole('textbox', { name: /^Số lãnh đạo, quản lý/ }).fill('12,5');
    await oneCommune(page).getByRole('button', { name: 'Tính chỉ tiêu chất lượng' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    const text = await summary.textContent();
    expect(text).toContain('Số lãnh đạo, quản lý: “12,5” không phải số nguyên.');
    expect(text).toContain('Tên xã');
    expect(await page.locator('table[data-phase]').count()).toBe(0);
  });
});

describe('targets the calculator does not compute', () => {
  it('shows both staffing horizons of the Đồng Tháp plan with their clauses: 2026 (Sở Nội vụ) and 2030 (communes)', async () => {
    const page = await open();
    await page.getByText('Các chỉ tiêu khác của Kế hoạch Đồng Tháp').click();
    const horizons = page.locator('.quality__staffing li');
    expect(await horizons.evaluateAll((items) => items.map((li) => li.getAttribute('data-year')))).toEqual(['2026', '2030']);
    const in2026 = page.locator('.quality__staffing li[data-year="2026"]');
    expect(await in2026.textContent()).toContain('Sở Nội vụ');
    expect(await in2026.getByRole('link').getAttribute('href')).toBe('/ke-hoach/dong-thap-nq-14-nq-tu-2026/#iii-2-2-2-1');
    const in2030 = page.locator('.quality__staffing li[data-year="2030"]');
    expect(await in2030.textContent()).toContain('Ủy ban nhân dân các xã, phường');
    expect(await in2030.getByRole('link').getAttribute('href')).toBe('/ke-hoach/dong-thap-nq-14-nq-tu-2026/#iii-2-2-1-3');
    expect(await page.locator('#chi-tieu-khac').textContent()).toContain('không thay cho mốc năm 2026');
  });
});

describe('quality calculator on files and a roster', () => {
  it('reads chat-luong.csv and a roster without any network request, and lists cadres to send for training without names in the URL', async () => {
    const page = await open();
    const requests: string[] = [];
    page.on('request', (r) => { if (!/\/_astro\/|favicon/.test(r.url())) requests.push(r.url()); });
    await compute(page, { chatLuong: join(SAMPLES, 'vi-du-chat-luong.csv'), canBo: join(SAMPLES, 'vi-du-can-bo.csv') });
    expect(requests).toEqual([]);
    expect(await page.locator('.quality__communes tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')))).toEqual(['01', '02', '03', '04']);
    const first = await page.locator('.quality__communes tr[data-code="01"] td').allTextContents();
    // Targets not met by 2028 and 2030: đạt chuẩn hồ sơ, bồi dưỡng chuyên sâu, satisfaction.
    // Each part's count in brackets: 1 of 6 meets the professional standard, 5 the performance part.
    expect(first).toEqual(['01', '4', '4', '3 / 3 (3)', '6 / 6 (6; 1; 5)', '6 / 6 (5)', '3 / 3 (2; 3)', 'không / không', '3', '']);
    // The list of people is drawn a frame after the communes.
    await page.locator('.quality__people').waitFor();
    const people = await page.locator('.quality__people tbody th').allTextContents();
    expect(people).toEqual(['Lò Thị Bình', 'Giàng A Chử', 'Vàng Seo Em', 'Hoàng Thị Hà', 'Nông Văn Khánh', 'Đinh Thị Lan']);
    expect(page.url()).not.toContain('Bình');
    expect(new URL(page.url()).search).toBe('');

    await page.getByRole('button', { name: 'Chi tiết: Xã Mỹ An Hưng' }).click();
    const detail = page.locator('.tool__detail');
    expect(await detail.locator('table[data-phase="2026-2028"] tr[data-indicator="ho_so_so_hoa"] td').allTextContents()).toEqual(['6 / 6', '5', '1', 'Chưa đạt', 'gạch đầu dòng thứ 3 điểm a khoản 2 Mục II']);
    expect(await detail.locator('.quality__years').count()).toBe(1);

    // Inside 2026–2028, the phase the list belongs to: no note.
    expect(await page.locator('[data-note="giai-doan"]').count()).toBe(0);
    // A later reference date leaves Hoàng Thị Hà (retiring 31/10/2035) 6 years or less.
    await page.getByLabel('Ngày tham chiếu').fill('2029-10-31');
    await page.getByRole('button', { name: 'Tính lại với ngày tham chiếu mới' }).click();
    await expect.poll(() => page.locator('.quality__people tbody th').allTextContents()).toEqual(['Lò Thị Bình', 'Giàng A Chử', 'Vàng Seo Em', 'Nông Văn Khánh', 'Đinh Thị Lan']);
    expect(await page.locator('.quality__lai-chau [data-note="giai-doan"]').textContent()).toContain('Ngày tham chiếu 31/10/2029 nằm ngoài giai đoạn 2026–2028');
  });

  it('sorts the communes by a column and shows only those with targets not met', async () => {
    const page = await open();
    await compute(page, { chatLuong: join(SAMPLES, 'vi-du-chat-luong.csv'), canBo: join(SAMPLES, 'vi-du-can-bo.csv') });
    const table = page.locator('.quality__communes');
    const codes = () => table.locator('tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));
    const header = table.getByRole('columnheader', { name: 'Chỉ tiêu chưa đạt 2029–2030' });
    await header.getByRole('button').click();
    expect(await codes()).toEqual(['04', '02', '01', '03']);
    expect(await header.getAttribute('aria-sort')).toBe('ascending');
    await header.getByRole('button').click();
    expect(await codes()).toEqual(['03', '01', '02', '04']);
    expect(await header.getAttribute('aria-sort')).toBe('descending');
    await table.getByRole('columnheader', { name: 'Chưa đạt chuẩn, còn trên 6 năm' }).getByRole('button').click();
    expect(await codes()).toEqual(['04', '02', '03', '01']);
    await page.getByLabel('Chỉ hiện xã còn chỉ tiêu chưa đạt').check();
    expect(await codes()).toEqual(['02', '03', '01']);
    expect(await table.locator('caption').textContent()).toContain('3 xã còn chỉ tiêu chưa đạt');
    await table.getByRole('columnheader', { name: 'Mã xã' }).getByRole('button').click();
    expect(await codes()).toEqual(['01', '02', '03']);
    // The detail still opens from a filtered, sorted table.
    await page.getByRole('button', { name: 'Chi tiết: Xã Tân Hồng' }).click();
    await page.locator('.tool__detail .quality__years').waitFor();
  });

  it('downloads ket-qua-chat-luong.csv with exactly the agreed columns, and the list as the user’s own file', async () => {
    const page = await open();
    await compute(page, { chatLuong: join(SAMPLES, 'vi-du-chat-luong.csv'), canBo: join(SAMPLES, 'vi-du-can-bo.csv') });
    const [result] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải kết quả (CSV)' }).click()]);
    expect(result.suggestedFilename()).toBe('ket-qua-chat-luong.csv');
    const rows = await saved(result);
    expect(rows[0]!.slice(0, 13)).toEqual([
      'ma_xa', 'ten_xa', 'lanh_dao_dat_chuan_can_2028', 'lanh_dao_dat_chuan_can_2030', 'thanh_thao_so_can_2028', 'thanh_thao_so_can_2030',
      'ho_so_so_hoa_can_2028', 'ho_so_so_hoa_can_2030', 'boi_duong_chuyen_sau_can_2028', 'boi_duong_chuyen_sau_can_2030', 'hai_long_dat_2028', 'hai_long_dat_2030', 'canh_bao',
    ]);
    expect(rows[1]!.slice(0, 13)).toEqual(['01', 'Xã Mỹ An Hưng', '3', '3', '6', '6', '6', '6', '3', '3', 'không', 'không', '']);
    expect(rows[4]!.slice(0, 13)).toEqual(['04', 'Xã Thường Phước', '', '', '', '', '', '', '', '', '', '', 'không có cán bộ nào trong danh sách can-bo.csv']);
    // Then the rule sets that made the row and the notes beside its figures.
    expect(rows[0]!.slice(-2)).toEqual(['bo_quy_tac', 'ghi_chu']);
    expect(rows[1]!.at(-2)).toContain('Nghị quyết số 14-NQ/TU');
    expect(rows[1]!.at(-1)).toContain('“Trên 85%” nghĩa là lớn hơn hẳn');
    expect(rows[1]!.at(-1)).toContain('Số năm công tác còn lại');
    expect(rows).toHaveLength(5);
    const [list] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải danh sách (CSV)' }).click()]);
    const people = await saved(list);
    expect(people.map((r) => r[1])).toEqual(['ho_ten', 'Lò Thị Bình', 'Giàng A Chử', 'Vàng Seo Em', 'Hoàng Thị Hà', 'Nông Văn Khánh', 'Đinh Thị Lan']);
  });

  it('lists every problem of a broken roster with file, row, column and reason, and gives no result', async () => {
    const page = await open();
    const roster = 'Mã xã;Họ và tên;Giới tính;Ngày sinh;Dân tộc;Lãnh đạo, quản lý\n01;A;Nam;31/02/1990;Kinhh;có\n01;B;Đực;1990;Tày;có lẽ\n';
    await compute(page, { canBo: csvFile('can-bo.csv', roster) }, false);
    const summary = page.getByRole('alert');
    await summary.waitFor();
    const problems = await summary.locator('li').allTextContents();
    expect(problems).toEqual([
      'can-bo.csv, dòng 2, cột “Ngày sinh”: Ngày “31/02/1990” không có trong lịch.',
      'can-bo.csv, dòng 2, cột “Dân tộc”: Không có dân tộc “Kinhh” trong danh mục 54 dân tộc. Có phải “Kinh”?',
      'can-bo.csv, dòng 3, cột “Giới tính”: “Đực” không phải giới tính hợp lệ (ghi Nam hoặc Nữ).',
      'can-bo.csv, dòng 3, cột “Lãnh đạo, quản lý”: “có lẽ” không phải giá trị có/không (ghi: có hoặc không, x hoặc để trống, 1 hoặc 0).',
    ]);
    expect(await page.locator('.quality__communes').count()).toBe(0);
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('asks for a file when none is chosen, and offers the templates with a BOM', async () => {
    const page = await open();
    await files(page).getByRole('button', { name: 'Tính từ tệp' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Chưa chọn tệp nào');
    for (const name of ['chat-luong.csv', 'can-bo.csv']) {
      const href = await files(page).getByRole('link', { name, exact: true }).getAttribute('href');
      const body = await (await page.request.get(`${origin()}${href}`)).body();
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it('has no accessibility violations with results, a commune detail and the list shown', async () => {
    const page = await open();
    await compute(page, { chatLuong: join(SAMPLES, 'vi-du-chat-luong.csv'), canBo: join(SAMPLES, 'vi-du-can-bo.csv') });
    await page.getByRole('button', { name: 'Chi tiết: Xã Mỹ An Hưng' }).click();
    await page.locator('.tool__detail .quality__years').waitFor();
    expect(await axeViolations(page)).toEqual([]);
  });

  it('prints a report with the rules, the date and the clauses, without the forms', async () => {
    const page = await open();
    await files(page).getByRole('button', { name: 'Dùng dữ liệu ví dụ' }).click();
    await page.getByRole('heading', { name: 'Kết quả 4 xã' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const head = page.locator('.tool__print-head');
    expect(await head.isVisible()).toBe(true);
    expect(await head.textContent()).toContain('gạch đầu dòng thứ 1 điểm 2.4 khoản 2 Mục II');
    expect(await page.getByRole('button', { name: 'Tải kết quả (CSV)' }).isVisible()).toBe(false);
  });
});

describe('quota calculator with a roster', () => {
  it('counts the cadres from can-bo.csv and takes population and quota from xa.csv', async () => {
    const page = await open('/cong-cu/chi-tieu-dtts/');
    const xa = 'ma_xa,ten_xa,dan_so,dan_so_dtts,bien_che\n01,Xã A,1000,400,20\n02,Xã B,1000,50,10\n03,Xã C,1000,600,30\n';
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(csvFile('xa.csv', xa));
    await page.getByLabel('Danh sách cán bộ (can-bo.csv)').setInputFiles(join(SAMPLES, 'vi-du-can-bo.csv'));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 3 xã' }).waitFor();
    // Xã A: 15% band → ⌈20 × 15% × 80%⌉ = 3; the roster has 3 DTTS cadres (Thái, Mông, Mông).
    expect(await page.locator('tr[data-code="01"] td').allTextContents()).toEqual(['01', '40%', '15%', '3', '3', '3', '0', '0', '1 / 1', '1 / 1', '3 / 3', '']);
  });
});
