import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import { planDocx } from '../../../src/build/plan-docx';
import { type PlanData, planSchema } from '../../../src/lib/plan-schema';
import { planSource, renderPlan } from '../../support/render-plan';

const URL_TN = 'https://example.vn/ke-hoach/thai-nguyen-128-kh-ubnd-2026/';

async function docx(slug: string) {
  const plan: PlanData = planSchema.parse(planSource(slug).frontmatter);
  const { html } = await renderPlan(slug);
  const bytes = await planDocx(plan, html, URL_TN);
  return { bytes, plan, html, files: unzipSync(bytes) };
}

/** The text of each Word paragraph (w:p), in order, and of each table cell (w:tc). */
function read(xml: string) {
  const textOf = (part: string) => [...part.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>/g)].map((m) => m[1]).join('');
  const unescape = (s: string) => s.replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
  return {
    paragraphs: [...xml.matchAll(/<w:p[ >][\s\S]*?<\/w:p>/g)].map((m) => unescape(textOf(m[0]))),
    cells: [...xml.matchAll(/<w:tc>[\s\S]*?<\/w:tc>/g)].map((m) => unescape(textOf(m[0]))),
  };
}

describe('a plan as a Word file', () => {
  it('has the metadata, the title, the clauses with their printed numbers, the signature and the appendix as a table', async () => {
    const { files } = await docx('thai-nguyen-128-kh-ubnd-2026');
    const { paragraphs, cells } = read(strFromU8(files['word/document.xml']!));
    expect(paragraphs[0]).toBe('Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên');
    expect(cells).toContain('Đã ban hành ngày 01/04/2026Đối chiếu với bản gốc ngày 01/12/2026');
    expect(cells).toContain(`${URL_TN} (đăng nguyên văn theo bản chép; khi cần giá trị pháp lý, đối chiếu với bản chính của cơ quan ban hành)`);
    expect(paragraphs).toContain('Số: 128/KH-UBND');
    expect(paragraphs).toContain('Thái Nguyên, ngày 01 tháng 4 năm 2026');
    expect(paragraphs.some((p) => p.startsWith('KẾ HOẠCHThực hiện Quyết định số 470/QĐ-TTg'))).toBe(true);
    expect(paragraphs).toContain('II. MỤC TIÊU');
    expect(paragraphs).toContain('2. Mục tiêu cụ thể về tỷ lệ cán bộ người dân tộc thiểu số');
    expect(paragraphs).toContain('b) Ở xã, phường (sau đây gọi chung là cấp xã):');
    expect(paragraphs).toContain('- Tối thiểu là 5% tổng số biên chế được giao của cấp xã đối với xã có tỷ lệ người dân tộc thiểu số chiếm từ 5% đến dưới 10% tổng dân số của xã.');
    expect(cells).toContainEqual(expect.stringMatching(/^CHỦ TỊCH.*Vương Quốc Tuấn$/));
    expect(cells).toContainEqual(expect.stringMatching(/^Nơi nhận:- Bộ Nội vụ \(báo cáo\);/));
    expect(cells).toContain('Rà soát, chuẩn hóa chương trình bồi dưỡng kiến thức dân tộc (nếu có)');
    expect(cells).toContain('Khung chương trình bồi dưỡng');
    expect(cells).toContain('SỞ DÂN TỘC VÀ TÔN GIÁO');
  });

  it('leaves out the site’s own controls and notes', async () => {
    const { files } = await docx('thai-nguyen-128-kh-ubnd-2026');
    const xml = strFromU8(files['word/document.xml']!);
    expect(xml).not.toContain('Trích dẫn');
    expect(xml).not.toContain('Xem trong danh mục nghĩa vụ');
  });

  it('prints a sub-bullet with "+" under its "-" bullet, as the plan does', async () => {
    const { files } = await docx('dong-thap-nq-14-nq-tu-2026');
    const { paragraphs } = read(strFromU8(files['word/document.xml']!));
    const sub = paragraphs.findIndex((p) => p.startsWith('+ Chỉ đạo rà soát, đánh giá đội ngũ cán bộ, công chức, viên chức trong phạm vi quản lý'));
    expect(sub).toBeGreaterThan(0);
    expect(paragraphs.slice(0, sub).findLast((p) => /^[-+] /.test(p))).toMatch(/^- /);
  });

  it('is the same bytes every build, dated by the plan', async () => {
    // Built at two different times: neither the properties nor the zip entries may carry the clock.
    vi.useFakeTimers({ toFake: ['Date'] });
    vi.setSystemTime(new Date('2027-01-01T08:00:00Z'));
    const first = await docx('an-hung-dtts-2026');
    vi.setSystemTime(new Date('2030-06-15T17:31:07Z'));
    const second = await docx('an-hung-dtts-2026');
    vi.useRealTimers();
    expect(Buffer.from(first.bytes).equals(Buffer.from(second.bytes))).toBe(true);
    const core = strFromU8(first.files['docProps/core.xml']!);
    expect(core).toContain('<dcterms:modified xsi:type="dcterms:W3CDTF">2026-11-22T00:00:00Z</dcterms:modified>');
    expect(core).toContain('<dc:title>Kế hoạch triển khai');
  });
});
