/** The quota calculator on uploaded files: upload, errors, results, sorting, download, privacy, province form. */
import { readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { origin, settled, useBrowser } from '../support/browser';

const { newPage } = useBrowser();
const PATH = '/cong-cu/chi-tieu-dtts/';
const SAMPLES = join(import.meta.dirname, '../../public/mau');
const file = (name: string, text: string, encoding: 'utf-8' | 'utf-16le' = 'utf-8') => ({
  name,
  mimeType: 'text/csv',
  buffer: encoding === 'utf-8' ? Buffer.from(text, 'utf8') : Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, 'utf16le')]),
});

async function openTool(): Promise<Page> {
  const page = await newPage({ acceptDownloads: true });
  await page.goto(`${origin()}${PATH}`);
  await settled(page);
  return page;
}

const codes = (page: Page) => page.locator('.tool__table--many tbody tr').evaluateAll((rows) => rows.map((r) => r.getAttribute('data-code')));

describe('quota calculator on files', () => {
  it.each([PATH, '/cong-cu/chat-luong-can-bo/'])('%s starts its worker (with PapaParse) only when the user reaches the file form', async (path) => {
    const page = await newPage();
    await page.goto(`${origin()}${path}`);
    // Quiet for 500 ms: a worker started on load would be there by then.
    await page.waitForLoadState('networkidle');
    expect(page.workers()).toEqual([]);
    await page.locator('.tool-files input[type="file"]').first().hover();
    await expect.poll(() => page.workers().length).toBe(1);
  });

  it('reads an uploaded xa.csv with its companions, without any network request, and explains a commune', async () => {
    const page = await openTool();
    const requests: string[] = [];
    page.on('request', (r) => { if (!/\/_astro\/|favicon/.test(r.url())) requests.push(r.url()); });
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(join(SAMPLES, 'vi-du-xa.csv'));
    await page.getByLabel('Dân tộc theo xã (dan-toc.csv)').setInputFiles(join(SAMPLES, 'vi-du-dan-toc.csv'));
    await page.getByLabel('Đơn vị sự nghiệp công lập (don-vi.csv)').setInputFiles(join(SAMPLES, 'vi-du-don-vi.csv'));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 8 xã' }).waitFor();
    expect(requests).toEqual([]);
    expect(await codes(page)).toEqual(['01', '02', '03', '04', '05', '06', '07', '08']);
    const binhYen = page.locator('tr[data-code="02"] td');
    expect(await binhYen.allTextContents()).toEqual(['02', '70%', '35%', '11', '14', '12', '0', '2', '2 / 3', '3 / 3', '10 / 12', 'văn bản không quy định mức cho tỷ lệ đúng 70%']);
    expect(new URL(page.url()).search).toBe('');
    await page.getByRole('button', { name: 'Vì sao: Xã Phú Đình' }).click();
    const detail = page.locator('.tool__detail');
    expect(await detail.locator('table tbody tr').count()).toBe(3);
    expect(await detail.textContent()).toContain('Trường Tiểu học Phú Đình');
    expect(await detail.textContent()).toContain('phải có viên chức quản lý người DTTS nhưng chưa có');
    // Under the Thái Nguyên rule set the split cites a clause about the province's population.
    expect(await detail.locator('caption').textContent()).toContain('“trong tổng dân số của tỉnh”');
  });

  it('shows An Hưng’s 10–15% threshold decision beside each public service unit', async () => {
    const page = await openTool();
    await page.locator('#tep-quy-tac').selectOption('an-hung');
    await page.getByRole('button', { name: 'Dùng dữ liệu ví dụ' }).click();
    await page.getByRole('heading', { name: 'Kết quả 8 xã' }).waitFor();
    await page.getByRole('button', { name: 'Vì sao: Xã Phú Đình' }).click();
    const units = page.locator('.tool__units > li');
    expect(await units.count()).toBe(2);
    for (const unit of await units.all()) expect(await unit.textContent()).toContain('công cụ lấy ngưỡng 10%');
    // An Hưng's own clause is about the commune's population: no such note on the split.
    expect(await page.locator('.tool__detail caption').textContent()).not.toContain('của tỉnh');
  });

  it('sorts, filters the communes below target, and draws the chart', async () => {
    const page = await openTool();
    await page.getByRole('button', { name: 'Dùng dữ liệu ví dụ' }).click();
    await page.getByRole('heading', { name: 'Kết quả 8 xã' }).waitFor();
    await page.getByRole('button', { name: /^Thiếu 2035/ }).click();
    await page.getByRole('button', { name: /^Thiếu 2035/ }).click();
    expect(await page.locator('th[aria-sort="descending"]').textContent()).toContain('Thiếu 2035');
    const gaps = await page.locator('.tool__table--many tbody tr > :nth-child(9)').allTextContents();
    expect(gaps.map(Number)).toEqual([...gaps.map(Number)].sort((a, b) => b - a));
    await page.getByLabel('Chỉ hiện xã chưa đủ số tối thiểu năm 2030').check();
    const short = await page.locator('.tool__table--many tbody tr > :nth-child(8)').allTextContents();
    expect(short.length).toBeGreaterThan(0);
    expect(short.length).toBeLessThan(8);
    expect(short.every((gap) => Number(gap) > 0)).toBe(true);
    await expect.poll(() => page.locator('.tool__chart canvas').evaluate((c: HTMLCanvasElement) => c.width > 0 && c.getContext('2d') !== null)).toBe(true);
  });

  it('prints a report with the rule set, the date and the clauses it rests on, without the forms', async () => {
    const page = await openTool();
    await page.getByRole('button', { name: 'Dùng dữ liệu ví dụ' }).click();
    await page.getByRole('heading', { name: 'Kết quả 8 xã' }).waitFor();
    await page.emulateMedia({ media: 'print' });
    const head = page.locator('.tool__print-head');
    expect(await head.isVisible()).toBe(true);
    expect(await head.textContent()).toContain('gạch đầu dòng thứ 3 điểm b khoản 2 Mục II');
    expect(await page.getByRole('button', { name: 'Tính từ tệp' }).isVisible()).toBe(false);
    expect(await page.locator('.tool__table--many').isVisible()).toBe(true);
  });

  it('downloads ket-qua-chi-tieu-dtts.csv with exactly the agreed columns', async () => {
    const page = await openTool();
    await page.getByRole('button', { name: 'Dùng dữ liệu ví dụ' }).click();
    await page.getByRole('heading', { name: 'Kết quả 8 xã' }).waitFor();
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải kết quả (CSV)' }).click()]);
    expect(download.suggestedFilename()).toBe('ket-qua-chi-tieu-dtts.csv');
    const saved = join(tmpdir(), `ket-qua-${Date.now()}.csv`);
    await download.saveAs(saved);
    const bytes = readFileSync(saved);
    expect([...bytes.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    const parsed = Papa.parse<string[]>(bytes.toString('utf8').slice(1), { skipEmptyLines: true }).data;
    expect(parsed[0]).toEqual([
      'ma_xa', 'ten_xa', 'ty_le_dtts', 'muc_toi_thieu', 'toi_thieu_2030', 'toi_thieu_2035', 'hien_co', 'thieu_2030', 'thieu_2035',
      'lanh_dao_toi_thieu_2030', 'lanh_dao_toi_thieu_2035', 'nu_toi_thieu_2030', 'nu_toi_thieu_2035', 'dao_tao_toi_thieu_2030', 'dao_tao_toi_thieu_2035', 'canh_bao',
      'bo_quy_tac', 'ghi_chu',
    ]);
    expect(parsed[2]!.slice(0, 16)).toEqual(['02', 'Xã Bình Yên', '70.00', '35', '11', '14', '12', '0', '2', '2', '3', '3', '3', '10', '12', 'văn bản không quy định mức cho tỷ lệ đúng 70%']);
    // Which rule set made the row, and the notes shown beside its figures.
    expect(parsed[2]![16]).toBe('QĐ 470/QĐ-TTg — Kế hoạch số 128/KH-UBND của UBND tỉnh Thái Nguyên');
    expect(parsed[2]![17]).toContain('Văn bản không quy định mức cho tỷ lệ đúng 70%');
    expect(parsed[2]![17]).toContain('“khoản 2 và điểm b khoản 3 Mục II”');
    expect(parsed).toHaveLength(9);
  });

  it('takes a file of thousands of communes: draws 50 rows at a time and downloads every one, in order', async () => {
    const page = await openTool();
    const communes = 4321;
    const lines = ['ma_xa,ten_xa,dan_so,dan_so_dtts,bien_che,can_bo_dtts'];
    for (let i = 0; i < communes; i++) lines.push(`M${i},Xã Số ${i},1000,${(i * 7) % 1001},${20 + (i % 30)},${i % 9}`);
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(file('xa.csv', lines.join('\n')));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 4.321 xã' }).waitFor();
    expect(await codes(page)).toHaveLength(50);
    await page.getByRole('button', { name: 'Hiện thêm 50 xã' }).click();
    expect((await codes(page)).slice(48, 52)).toEqual(['M48', 'M49', 'M50', 'M51']);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('button', { name: 'Tải kết quả (CSV)' }).click()]);
    const saved = join(tmpdir(), `ket-qua-lon-${Date.now()}.csv`);
    await download.saveAs(saved);
    const parsed = Papa.parse<string[]>(readFileSync(saved, 'utf8').slice(1), { skipEmptyLines: true }).data;
    expect(parsed).toHaveLength(communes + 1);
    expect(parsed.slice(1).map((row) => row[0])).toEqual(lines.slice(1).map((line) => line.split(',')[0]));
    // Commune M100: 700 of 1,000 people is exactly 70 %, so 35 % of 30 staff: ⌈8.4⌉ = 9 by 2030, ⌈10.5⌉ = 11 by 2035.
    expect(parsed[101]!.slice(0, 6)).toEqual(['M100', 'Xã Số 100', '70.00', '35', '9', '11']);
  });

  it('lists every problem with file, row, column and reason, and gives no result', async () => {
    const page = await openTool();
    const xa = 'Mã xã;Tên xã;Dân số;Dân số DTTS;Biên chế được giao;Cán bộ DTTS hiện có\n01;Xã A;1000;300;12,5;2\n01;Xã B;1000;1200;20;2\n02;;500;100;10;x\n';
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(file('xa.csv', xa, 'utf-16le'));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    const summary = page.getByRole('alert');
    await summary.waitFor();
    const problems = await summary.locator('li').allTextContents();
    expect(problems.some((p) => p.startsWith('xa.csv, dòng 2, cột “Biên chế được giao”'))).toBe(true);
    expect(problems.some((p) => p.startsWith('xa.csv, dòng 3, cột “Mã xã”'))).toBe(true);
    expect(problems.some((p) => p.startsWith('xa.csv, dòng 3, cột “Dân số DTTS”'))).toBe(true);
    expect(problems.some((p) => p.startsWith('xa.csv, dòng 4, cột “Tên xã”'))).toBe(true);
    expect(problems.some((p) => p.startsWith('xa.csv, dòng 4, cột “Cán bộ DTTS hiện có”'))).toBe(true);
    expect(await page.locator('.tool__table--many').count()).toBe(0);
    await expect.poll(() => summary.evaluate((el) => el === document.activeElement)).toBe(true);
  });

  it('says clearly when a file is empty, binary, or typed in an old Vietnamese font', async () => {
    const page = await openTool();
    for (const [content, expected] of [
      ['', 'rỗng'],
      ['\u0000\u0001\u0002PK\u0003\u0004binary', 'nhị phân'],
      ['Mã xã,Tên xã\n01,Xã Vieät Hoøa Thuaän Ñoàng\n02,Xaõ Nguyeãn Traõi\n', 'VNI'],
    ] as const) {
      await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(file('xa.csv', content));
      await page.getByRole('button', { name: 'Tính từ tệp' }).click();
      // The summary of the previous file stays until the new one is read: wait for this file's message.
      const summary = page.getByRole('alert');
      await expect.poll(() => summary.textContent()).toContain(expected);
      expect(await summary.textContent()).toContain('xa.csv');
    }
  });

  it('asks for xa.csv when none is chosen', async () => {
    const page = await openTool();
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    expect(await page.getByRole('alert').textContent()).toContain('Chưa chọn tệp xa.csv');
  });

  it('offers the templates as downloads', async () => {
    const page = await openTool();
    for (const name of ['xa.csv', 'dan-toc.csv', 'don-vi.csv']) {
      const href = await page.getByRole('link', { name, exact: true }).getAttribute('href');
      const response = await page.request.get(`${origin()}${href}`);
      const body = await response.body();
      expect([...body.subarray(0, 3)]).toEqual([0xef, 0xbb, 0xbf]);
    }
  });

  it('computes the province level with women, training and the leader gap once current leaders are entered', async () => {
    const page = await openTool();
    const province = page.locator('.province');
    const row = (key: string) => province.locator(`tr[data-row="${key}"] td`).allTextContents();
    await page.getByLabel('Biên chế được giao của cấp tỉnh').fill('25');
    await page.getByLabel('Cán bộ người DTTS của tỉnh hiện có').fill('1');
    await page.getByRole('button', { name: 'Tính cho cấp tỉnh' }).click();
    // ⌈25 × 10% × 80%⌉ = 2 (floating point would give 3); ⌈25 × 10%⌉ = 3
    await expect.poll(() => row('minimum')).toEqual(['2', '3', '1', '1', '2']);
    expect(await row('leaders')).toEqual(['1', '1', '—', '—', '—']);
    expect(await row('women')).toEqual(['1', '1', '—', '—', '—']);
    expect(await row('trained')).toEqual(['1', '1', '—', '—', '—']);
    await page.getByRole('textbox', { name: /^Lãnh đạo, quản lý người DTTS của tỉnh/ }).fill('0');
    await page.getByLabel('Người DTTS của tỉnh đã đào tạo, bồi dưỡng').fill('1');
    await page.getByRole('button', { name: 'Tính cho cấp tỉnh' }).click();
    await expect.poll(() => row('leaders')).toEqual(['1', '1', '0', '1', '1']);
    expect(await row('trained')).toEqual(['1', '1', '1', '0', '0']);
    await province.getByText('Vì sao: Nữ người DTTS (cấp tỉnh)').click();
    const women = province.locator('details', { hasText: 'Vì sao: Nữ người DTTS (cấp tỉnh)' });
    expect(await women.getByRole('link').allTextContents()).toContain('điểm c khoản 3 Mục II');
    await province.getByText('Vì sao: Người DTTS đã đào tạo, bồi dưỡng (cấp tỉnh)').click();
    expect(await province.locator('details', { hasText: 'Vì sao: Người DTTS đã đào tạo' }).getByRole('link').allTextContents()).toEqual(['khoản 4 Mục II', 'khoản 4 Mục II']);    expect(await axeViolations(page)).toEqual([]);
  });

  it('keeps the province and body figures in the URL beside the commune’s, and a link reproduces all three', async () => {
    const page = await newPage();
    await page.goto(`${origin()}${PATH}?ten_xa=X%C3%A3+Th%E1%BB%AD&dan_so=10.000&dan_so_dtts=6000&bien_che=40&can_bo_dtts=12`);
    await page.waitForLoadState('networkidle');
    const province = page.locator('.province');
    await page.getByLabel('Biên chế được giao của cấp tỉnh').fill('25');
    await page.getByLabel('Cán bộ người DTTS của tỉnh hiện có').fill('1');
    await page.getByRole('button', { name: 'Tính cho cấp tỉnh' }).click();
    await page.getByLabel('Cơ quan', { exact: true }).selectOption('so-dan-toc-ton-giao');
    await page.getByLabel('Số thành viên (Ban Dân tộc) hoặc biên chế được giao (Sở)').fill('7');
    await page.getByLabel('Số người DTTS hiện có trong cơ quan').fill('1');
    await page.getByRole('button', { name: 'Tính cho cơ quan' }).click();
    await expect.poll(() => province.locator('.province__result h3').allTextContents()).toEqual(['Kết quả cấp tỉnh', 'Kết quả: Sở Dân tộc và Tôn giáo']);
    // Focus moves to the result, as in the commune form.
    expect(await page.evaluate(() => document.activeElement?.querySelector('h3')?.textContent)).toBe('Kết quả: Sở Dân tộc và Tôn giáo');
    const url = new URL(page.url());
    expect(Object.fromEntries(url.searchParams)).toMatchObject({ bien_che: '40', tinh_bien_che: '25', tinh_can_bo_dtts: '1', 'co-quan': 'so-dan-toc-ton-giao', co_quan_bien_che: '7' });

    const colleague = await newPage();
    await colleague.goto(url.href);
    const results = colleague.locator('.province .province__result');
    await expect.poll(() => results.count()).toBe(2);
    expect(await results.first().locator('tr[data-row="minimum"] td').allTextContents()).toEqual(['2', '3', '1', '1', '2']);
    expect(await results.last().locator('tr[data-row="minimum"] td').allTextContents()).toEqual(['2', '3', '1', '1', '2']);
    expect(await colleague.getByLabel('Cơ quan', { exact: true }).inputValue()).toBe('so-dan-toc-ton-giao');
    expect(await colleague.getByRole('heading', { name: 'Kết quả: Xã Thử' }).isVisible()).toBe(true);
  });

  it('refuses province figures that do not add up, naming the field', async () => {
    const page = await openTool();
    await page.getByLabel('Biên chế được giao của cấp tỉnh').fill('25');
    await page.getByLabel('Cán bộ người DTTS của tỉnh hiện có').fill('3');
    await page.getByLabel('Nữ người DTTS của tỉnh hiện có').fill('4');
    await page.getByRole('button', { name: 'Tính cho cấp tỉnh' }).click();
    const alert = page.locator('.province').getByRole('alert');
    await expect.poll(() => alert.textContent()).toContain('Nữ người DTTS của tỉnh hiện có: 4 lớn hơn “Cán bộ người DTTS của tỉnh hiện có” (3).');
    expect(await page.getByLabel('Nữ người DTTS của tỉnh hiện có').getAttribute('aria-invalid')).toBe('true');
    expect(await page.locator('.province__result').count()).toBe(0);
    await alert.getByRole('link').click();
    await expect.poll(() => page.evaluate(() => document.activeElement?.id)).toBe('tinh-dttsWomen');    expect(await axeViolations(page)).toEqual([]);
  });

  it('computes an ethnic-affairs body with women and training', async () => {
    const page = await openTool();
    const province = page.locator('.province');
    await page.getByLabel('Số thành viên (Ban Dân tộc) hoặc biên chế được giao (Sở)').fill('7');
    await page.getByLabel('Số người DTTS hiện có trong cơ quan').fill('1');
    await page.getByLabel('Nữ người DTTS hiện có trong cơ quan').fill('0');
    await page.getByRole('button', { name: 'Tính cho cơ quan' }).click();
    const result = page.locator('.province__result');
    await expect.poll(() => result.textContent()).toContain('Chưa đạt');
    // ⌈7 × 30% × 80%⌉ = 2, ⌈2,1⌉ = 3; women ⌈2 × 20%⌉ = 1, ⌈3 × 20%⌉ = 1; trained ⌈1 × 80%⌉ = 1
    expect(await province.locator('tr[data-row="minimum"] td').allTextContents()).toEqual(['2', '3', '1', '1', '2']);
    expect(await province.locator('tr[data-row="women"] td').allTextContents()).toEqual(['1', '1', '0', '1', '1']);
    expect(await province.locator('tr[data-row="womenLeaders"] td').allTextContents()).toEqual(['1', '1', '—', '—', '—']);
    expect(await province.locator('tr[data-row="trained"] td').allTextContents()).toEqual(['1', '1', '—', '—', '—']);
    expect(await province.locator('tr[data-row="leaders"]').count()).toBe(0);    expect(await axeViolations(page)).toEqual([]);
  });
});
