/** A plan downloads as a Word file from its page, with its title, clauses as numbered and the appendix table. */
import { mkdtemp, readFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { origin, useBrowser } from '../support/browser';

const { newPage } = useBrowser();

describe('the Word file of a plan', () => {
  it('downloads from the plan page and holds the plan’s words, numbers and appendix', async () => {
    const page = await newPage({ acceptDownloads: true });
    await page.goto(`${origin()}/ke-hoach/thai-nguyen-128-kh-ubnd-2026/`);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByRole('link', { name: 'Tải bản Word (.docx)' }).click()]);
    expect(download.suggestedFilename()).toBe('thai-nguyen-128-kh-ubnd-2026.docx');
    const saved = join(await mkdtemp(join(tmpdir(), 'docx-')), download.suggestedFilename());
    await download.saveAs(saved);
    const files = unzipSync(new Uint8Array(await readFile(saved)));
    const xml = strFromU8(files['word/document.xml']!);
    const text = [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
    expect(text).toContain('Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên');
    expect(text).toContain('KẾ HOẠCHThực hiện Quyết định số 470/QĐ-TTg ngày 24/3/2026 của Thủ tướng Chính phủ');
    expect(text).toContain('2. Mục tiêu cụ thể về tỷ lệ cán bộ người dân tộc thiểu số');
    expect(text).toContain('b) Ở xã, phường (sau đây gọi chung là cấp xã):');
    // The appendix is a Word table: the row of task 1 of group II, cell by cell.
    const cells = [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => [...m[0].matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((t) => t[1]).join(''));
    const task = cells.indexOf('Rà soát, chuẩn hóa chương trình bồi dưỡng kiến thức dân tộc (nếu có)');
    expect(cells.slice(task - 1, task + 4)).toEqual(['1', 'Rà soát, chuẩn hóa chương trình bồi dưỡng kiến thức dân tộc (nếu có)', 'Khung chương trình bồi dưỡng', 'Sở Nội vụ, Sở Giáo dục và Đào tạo', 'Quý III/2026']);
  });
});
