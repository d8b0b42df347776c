/**
 * Excel, both ways, in a real browser: workbooks made here with ExcelJS (merged title rows,
 * counts typed as text, several sheets) are uploaded to both calculators and give the same
 * results as the CSV files; a bad cell is located by sheet, row and column letter; the
 * results and the templates download as .xlsx and read back; files that are not readable
 * workbooks say what to do.
 */
import { describe, expect, it } from 'vitest';
import type { Download, Page } from 'playwright-core';
import { axeViolations } from '../support/axe';
import { origin, useBrowser } from '../support/browser';
import { XLSX_MIME, readWorkbook, sample, sheetValues, workbookBytes } from '../support/xlsx';
import { oleFile } from '../support/zip';

const { newPage } = useBrowser();
const QUOTA = '/cong-cu/chi-tieu-dtts/';
const QUALITY = '/cong-cu/chat-luong-can-bo/';

async function openTool(path: string): Promise<Page> {
  const page = await newPage({ acceptDownloads: true });
  await page.goto(`${origin()}${path}`);
  await page.waitForLoadState('networkidle');
  return page;
}

const upload = (name: string, buffer: Buffer) => ({ name, mimeType: XLSX_MIME, buffer });
/** The result rows the example data gives: what a workbook holding the same figures must give too. */
async function exampleRows(page: Page, heading: string): Promise<(string | null)[][]> {
  await page.getByRole('button', { name: 'Dùng dữ liệu ví dụ' }).click();
  await page.getByRole('heading', { name: heading }).waitFor();
  return rowsOf(page);
}

const rowsOf = (page: Page) => page.locator('.tool__table tbody tr').evaluateAll((rows) => rows.map((r) => [...r.children].map((c) => c.textContent)));

async function downloaded(page: Page, click: () => Promise<void>): Promise<{ download: Download; bytes: Buffer }> {
  const [download] = await Promise.all([page.waitForEvent('download'), click()]);
  const stream = await download.createReadStream();
  const chunks: Buffer[] = [];
  for await (const chunk of stream) chunks.push(chunk as Buffer);
  return { download, bytes: Buffer.concat(chunks) };
}

/** xa.csv's example as a workbook an official would send: an instructions sheet first, then the data under two merged title rows, every count typed as text. */
const quotaWorkbook = (csv = sample('vi-du-xa.csv')) =>
  workbookBytes([
    { name: 'Hướng dẫn', csv: 'Điền số liệu ở trang “Danh sách xã”' },
    { name: 'Danh sách xã', csv, titleRows: ['DANH SÁCH CÁC XÃ VÙNG ĐỒNG BÀO DÂN TỘC THIỂU SỐ', 'Số liệu đến 31/12/2025'], numbersAsText: true },
  ]);

describe('the quota calculator on an Excel workbook', () => {
  it('offers the workbook’s sheets, reads the one chosen, and gives the results the CSV file gives', async () => {
    const page = await openTool(QUOTA);
    const fromCsv = await exampleRows(page, 'Kết quả 8 xã');

    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(upload('danh-sach-xa.xlsx', await quotaWorkbook()));
    const picker = page.getByLabel('Trang tính có số liệu trong danh-sach-xa.xlsx');
    await picker.waitFor();
    expect(await picker.locator('option').allTextContents()).toEqual(['Hướng dẫn', 'Danh sách xã']);
    expect(await picker.inputValue()).toBe('Hướng dẫn');
    expect(await axeViolations(page)).toEqual([]);
    await picker.selectOption('Danh sách xã');
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByText('Đã đọc: danh-sach-xa.xlsx (trang tính “Danh sách xã”).').waitFor();
    expect(await rowsOf(page)).toEqual(fromCsv);
    // The merged title rows are skipped, and said so.
    await page.getByText('1 lưu ý trong tệp').click();
    expect(await page.locator('details.notice li').allTextContents()).toEqual([
      'Lưu ý — danh-sach-xa.xlsx, trang tính “Danh sách xã”: Dòng 1, 2 nằm trên dòng tiêu đề (dòng 3) nên được bỏ qua.',
    ]);
  });

  it('reads the first sheet when none is chosen, and locates a bad cell by sheet, row and column letter', async () => {
    const page = await openTool(QUOTA);
    const csv = sample('vi-du-xa.csv').replace('02,Xã Bình Yên,10.000,7.000,,38', '02,Xã Bình Yên,10.000,7.000,,"38,5"');
    const bytes = await workbookBytes([{ name: 'Xã', csv, titleRows: ['DANH SÁCH CÁC XÃ'] }]);
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(upload('xa.xlsx', bytes));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Tệp có 1 lỗi' });
    await summary.waitFor();
    expect(await summary.locator('li').allTextContents()).toEqual([
      'xa.xlsx, trang tính “Xã”, dòng 4, cột F “Biên chế được giao”: “38,5” không phải số nguyên.',
    ]);
    expect(await page.getByLabel('Trang tính có số liệu trong xa.xlsx').count()).toBe(0);
  });

  it('downloads the results as an Excel workbook: numbers as numbers, Vietnamese headers, notes and clauses, and what produced them', async () => {
    const page = await openTool(QUOTA);
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(upload('xa.xlsx', await workbookBytes([{ name: 'Xã', csv: sample('vi-du-xa.csv') }])));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 8 xã' }).waitFor();
    const { download, bytes } = await downloaded(page, () => page.getByRole('button', { name: 'Tải kết quả (Excel)' }).click());
    expect(download.suggestedFilename()).toBe('ket-qua-chi-tieu-dtts.xlsx');
    const workbook = await readWorkbook(bytes);
    expect(workbook.worksheets.map((s) => s.name)).toEqual(['Kết quả', 'Thông tin']);
    const [header, , binhYen] = sheetValues(workbook.getWorksheet('Kết quả')!) as unknown[][];
    expect(header!.slice(0, 9)).toEqual([
      'Mã xã', 'Tên xã', 'Tỷ lệ DTTS (%)', 'Mức tối thiểu (%)', 'Cán bộ người DTTS tối thiểu năm 2030', 'Cán bộ người DTTS tối thiểu năm 2035',
      'Cán bộ người DTTS hiện có', 'Còn thiếu năm 2030', 'Còn thiếu năm 2035',
    ]);
    expect(header!.slice(-4)).toEqual(['Cảnh báo', 'Bộ quy tắc', 'Ghi chú', 'Căn cứ']);
    expect(binhYen!.slice(0, 15)).toEqual(['02', 'Xã Bình Yên', 70, 35, 11, 14, 12, 0, 2, 2, 3, 3, 3, 10, 12]);
    expect(binhYen![17]).toContain('Văn bản không quy định mức cho tỷ lệ đúng 70%');
    expect(binhYen![18]).toContain(`${origin()}/ke-hoach/thai-nguyen-128-kh-ubnd-2026/#ii-2-b-5`);
    const info = sheetValues(workbook.getWorksheet('Thông tin')!);
    expect(info).toContainEqual(['Bộ quy tắc', 'QĐ 470/QĐ-TTg — Kế hoạch số 128/KH-UBND của UBND tỉnh Thái Nguyên']);
    expect(info).toContainEqual(['Kế hoạch', `${origin()}/ke-hoach/thai-nguyen-128-kh-ubnd-2026/`]);
    expect(info).toContainEqual(['Tệp đã đọc', 'xa.xlsx (trang tính “Xã”)']);
  });

  it.each([
    ['a password-protected', 'xa.xlsx', () => Buffer.from(oleFile('EncryptedPackage')), 'Tệp Excel này được đặt mật khẩu (mã hoá) nên không đọc được.'],
    ['an old binary .xls', 'xa.xls', () => Buffer.from(oleFile('Workbook')), 'Đây là tệp Excel 97–2003 (.xls), định dạng cũ mà công cụ không đọc được.'],
    ['a damaged', 'xa.xlsx', async () => (await quotaWorkbook()).subarray(0, 3000), 'Tệp không đọc được như một tệp Excel (.xlsx)'],
  ])('says what to do with %s file, when it is chosen and when computing', async (_, name, make, message) => {
    const page = await openTool(QUOTA);
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(upload(name, await make()));
    const inline = page.locator('.tool__field--error .tool__error');
    await inline.waitFor();
    expect(await inline.textContent()).toContain(message);
    expect(await inline.textContent()).toMatch(/Lưu thành|lưu thành|lưu lại/);
    expect(await axeViolations(page)).toEqual([]);
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    const summary = page.getByRole('alert').filter({ hasText: 'Tệp có 1 lỗi' });
    await summary.waitFor();
    expect(await summary.locator('li').textContent()).toContain(`${name}: ${message}`);
  });
});

describe('the quality calculator on Excel workbooks', () => {
  it('reads a roster with dates as dates, gives the CSV files’ results, and downloads them as an Excel workbook', async () => {
    const page = await openTool(QUALITY);
    const fromCsv = await exampleRows(page, 'Kết quả 4 xã');

    await page.getByLabel('Số liệu chất lượng theo xã (chat-luong.csv)').setInputFiles(upload('chat-luong.xlsx', await workbookBytes([{ name: 'Xã', csv: sample('vi-du-chat-luong.csv') }])));
    await page.getByLabel('Danh sách cán bộ (can-bo.csv)').setInputFiles(upload('can-bo.xlsx', await workbookBytes([{ name: 'Cán bộ', csv: sample('vi-du-can-bo.csv'), titleRows: ['DANH SÁCH CÁN BỘ'] }])));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByText('Đã đọc: chat-luong.xlsx (trang tính “Xã”); can-bo.xlsx (trang tính “Cán bộ”).').waitFor();
    expect(await rowsOf(page).then((rows) => rows.slice(0, 4))).toEqual(fromCsv.slice(0, 4));

    const { download, bytes } = await downloaded(page, () => page.getByRole('button', { name: 'Tải kết quả (Excel)' }).click());
    expect(download.suggestedFilename()).toBe('ket-qua-chat-luong.xlsx');
    const workbook = await readWorkbook(bytes);
    const [header, first] = sheetValues(workbook.getWorksheet('Kết quả')!) as unknown[][];
    expect(header!.slice(0, 3)).toEqual(['Mã xã', 'Tên xã', 'Lãnh đạo đạt chuẩn: số cần đạt năm 2028']);
    expect(typeof first![2]).toBe('number');
    expect(first![header!.indexOf('Chưa đạt chuẩn trình độ, còn trên 6 năm công tác')]).toBe(3);
    const info = sheetValues(workbook.getWorksheet('Thông tin')!);
    expect(info).toContainEqual(['Bộ quy tắc', 'Kế hoạch của UBND tỉnh Đồng Tháp thực hiện Nghị quyết số 14-NQ/TU']);
    expect(info.some((row) => row[0] === 'Ngày tham chiếu')).toBe(true);
  });
});

describe('the Excel templates', () => {
  it('download beside the CSV ones, with the header row, an example row and data validation', async () => {
    const page = await openTool(QUOTA);
    const { bytes } = await downloaded(page, () => page.getByRole('link', { name: 'can-bo.xlsx' }).click());
    const workbook = await readWorkbook(bytes);
    const sheet = workbook.getWorksheet('Danh sách cán bộ')!;
    const [header, example] = sheetValues(sheet) as unknown[][];
    expect(header).toEqual(sample('can-bo.csv').trim().split(/,(?=(?:[^"]*"[^"]*")*[^"]*$)/).map((h) => h.replace(/^"|"$/g, '')));
    expect(example!.slice(0, 5)).toEqual(['01', 'Nguyễn Văn An', 'Nam', new Date(Date.UTC(1990, 4, 12)), 'Kinh']);
    expect(sheet.getCell('C3').dataValidation).toMatchObject({ type: 'list', formulae: ['"Nam,Nữ"'] });
    expect(sheet.getCell('E3').dataValidation).toMatchObject({ type: 'list', formulae: ["'Danh mục'!$A$2:$A$55"] });
    expect(sheet.getCell('F3').dataValidation).toMatchObject({ type: 'list', formulae: ['"có,không"'] });
    expect(workbook.getWorksheet('Danh mục')!.state).toBe('hidden');

    const xa = await readWorkbook((await downloaded(page, () => page.getByRole('link', { name: 'xa.xlsx' }).click())).bytes);
    const counts = xa.getWorksheet('Danh sách xã')!;
    expect(counts.getCell('C2').value).toBe(12450);
    expect(counts.getCell('C5').dataValidation).toMatchObject({ type: 'whole', operator: 'greaterThanOrEqual', formulae: [0] });
    expect(counts.getCell('E5').dataValidation).toMatchObject({ type: 'decimal', formulae: [0, 100] });
  });

  it('reads back as they are when filled in: the template with its example row computes', async () => {
    const page = await openTool(QUOTA);
    const { bytes } = await downloaded(page, () => page.getByRole('link', { name: 'xa.xlsx' }).click());
    await page.getByLabel('Danh sách xã (xa.csv)').setInputFiles(upload('xa.xlsx', bytes));
    await page.getByRole('button', { name: 'Tính từ tệp' }).click();
    await page.getByRole('heading', { name: 'Kết quả 1 xã' }).waitFor();
    expect((await rowsOf(page))[0]!.slice(0, 2)).toEqual(['01', 'Xã Phú Đình']);
  });
});
