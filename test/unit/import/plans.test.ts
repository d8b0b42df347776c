/**
 * The five published plans, made into Word files from their sources (test/support/
 * docx-fixture.ts: headings, bold title, typed numbering, Đồng Tháp with Word's automatic
 * numbering, the Thái Nguyên appendix as a Word table) and imported: the draft builds, and
 * against the hand-written plan every metadata field comes out the same or is reported as
 * needing a person, every pinned anchor comes out the same, the text is word for word the
 * source's, and every obligation already marked is among the suggestions.
 */
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { readCollection } from '../../../src/import/collection';
import { type ImportResult, importPlan } from '../../../src/import/import-plan';
import type { Comparison } from '../../support/import-compare';
import { docxFromSeed } from '../../support/docx-fixture';
import { compareImport, seedOf } from '../../support/import-compare';
import { ROOT, loadPlans } from '../../support/plan-loader';
import { PLAN_SLUGS } from '../../support/plans';

const AUTOMATIC = 'dong-thap-nq-14-nq-tu-2026';
const imported = new Map<string, ImportResult>();
const comparisons = new Map<string, Comparison>();

beforeAll(async () => {
  const collection = readCollection(ROOT);
  for (const slug of PLAN_SLUGS) {
    const bytes = await docxFromSeed(seedOf(slug), { automaticNumbering: slug === AUTOMATIC });
    // Imported as a new plan would be: beside the other plans, not itself.
    const result = importPlan(bytes, { fileName: `${slug}.docx`, slug, published: collection.filter((p) => p.slug !== slug), today: '2026-12-05' });
    imported.set(slug, result);
    comparisons.set(slug, compareImport(slug, result.draft, result.report));
  }
}, 60_000);

describe.each(PLAN_SLUGS)('%s imported from Word', (slug) => {
  const result = () => imported.get(slug)!;
  const comparison = () => comparisons.get(slug)!;

  it('writes a draft the build takes', async () => {
    vi.spyOn(console, 'error').mockImplementation(() => {});
    await expect(loadPlans({ [slug]: result().draft })).resolves.toEqual([slug]);
  });

  it('gets every metadata field right, or reports it for a person', () => {
    const wrong = comparison().fields.filter((f) => !f.equal && !f.reported);
    expect(wrong.map((f) => f.field)).toEqual([]);
    // What it reads as printed, it reads right.
    for (const field of ['title', 'numberLine', 'number', 'dateLine', 'issueDate', 'recipients', 'signer.block', 'signer.name', 'docType']) {
      expect(comparison().fields.find((f) => f.field === field)?.equal ?? true, field).toBe(true);
    }
  });

  it('gives every pinned clause its anchor, opening on the same words', () => {
    const anchors = comparison().anchors;
    expect(anchors.length).toBeGreaterThan(30);
    expect(anchors.filter((a) => !a.ok).map((a) => a.id)).toEqual([]);
  });

  it('keeps the text word for word, only the listed noise left out', () => {
    expect(comparison().textDifference).toBeNull();
    expect(comparison().wordCount).toBeGreaterThan(1500);
  });

  it('suggests every obligation the published plan marks, each flagged for review', () => {
    expect(comparison().missedMarks).toEqual([]);
    const marks = result().draft.match(/^ {2}- id: .*$/gm) ?? [];
    expect(marks.length).toBeGreaterThan(5);
    expect(marks.every((line) => line.includes('# XEM LẠI: gợi ý tự động'))).toBe(true);
  });

  it('keeps the source of record: the text as read, struck text between "~~"', () => {
    expect(result().source.length).toBeGreaterThan(10_000);
    expect(result().source).toContain('Nơi nhận');
  });
});

describe('what the import reads from Word itself', () => {
  it('prints automatic numbers as Word does, a restart at "V." included', () => {
    const { draft } = imported.get(AUTOMATIC)!;
    expect(draft).toContain('\n## III. NHIỆM VỤ VÀ GIẢI PHÁP\n');
    expect(draft).toContain('\n## V. TỔ CHỨC THỰC HIỆN\n');
    expect(draft).toContain('\n#### 2.2. Tổ chức thực hiện\n');
    expect(draft).toContain('\nd) Định kỳ vào ngày 05 tháng 11 hàng năm');
    expect(draft).toContain('\n    (2) Xây dựng Kế hoạch cử cán bộ');
    expect(draft).toContain('\n  + Tham mưu Ủy ban nhân dân tỉnh phối hợp');
    expect(imported.get(AUTOMATIC)!.source).toContain('\n\nV. TỔ CHỨC THỰC HIỆN\n\n1. Các sở, ban, ngành tỉnh');
  });

  it('notes a section number the document skips, and one it repeats', () => {
    expect(imported.get(AUTOMATIC)!.draft).toContain('nhảy từ Mục III sang Mục V (không có Mục IV)');
    expect(imported.get('an-hung-dtts-2026')!.draft).toContain('hai mục cùng đánh số “III.”');
  });

  it('takes struck-through text and check marks out as noise, and joins a table split by a page break', () => {
    const { report, source } = imported.get('thai-nguyen-128-kh-ubnd-2026')!;
    expect(report.noise.map((n) => n.text)).toEqual(['✓', '✓', '~~149~~', '~~01~~', '~~1~~', '~~5~~', 'TT Tên nhiệm vụ Sản phẩm Cơ quan phối hợp Thời gian thực hiện']);
    expect(source).toContain('(Kèm theo Kế hoạch số ~~149~~/KH-UBND ngày ~~01~~.~~1~~.~~5~~/2026');
  });

  it('infers a province only the text names, and says where from', () => {
    const { draft } = imported.get('lai-chau-nq-05-nq-tu-2026')!;
    expect(draft).toContain('provinceInferred: true');
    expect(draft).toContain('cụm từ “Trường Cao đẳng Lai Châu” ở gạch đầu dòng thứ 3 điểm 2.4 khoản 2 Mục II');
  });

  it('links a document another plan already names to its /van-ban/ page', () => {
    const links = imported.get('an-hung-dtts-2026')!.report.basis;
    expect(links.map((l) => [l.basis.number, l.known, l.page])).toEqual([
      ['470/QĐ-TTg', true, '/van-ban/470-qd-ttg-2026-03-24/'],
      ['162/KH-UBND', false, '/van-ban/162-kh-ubnd-2026-05-05/'],
    ]);
  });
});
