/**
 * The register holds every task: the detector finds each clause that names a body or a
 * time, and a clause that is neither marked nor excused stops the build, in Vietnamese,
 * naming plan and clause. The five plans pass; taking one excuse away fails.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import type { ClauseText } from '../../../src/lib/obligations/clause-text';
import { coverageProblems } from '../../../src/lib/obligations/coverage';
import { bodiesIn, taskSignals, timesIn } from '../../../src/lib/obligations/detect';
import { obligationRowId } from '../../../src/lib/obligations/resolve';
import { PLAN_SLUGS } from '../../support/plans';
import { type Frontmatter, renderPlan } from '../../support/render-plan';

describe('bodies', () => {
  it.each([
    ['Sở Nội vụ chủ trì, phối hợp với các cơ quan liên quan', ['Sở …', 'cơ quan, đơn vị liên quan']],
    ['Tham mưu UBND xã cân đối ngân sách', ['Ủy ban nhân dân']],
    ['báo cáo Ủy ban nhân dân xã (qua phòng Văn hóa - Xã hội)', ['Phòng …', 'Ủy ban nhân dân']],
    ['Các sở, ngành tỉnh theo ngành, lĩnh vực quản lý:', ['sở, ban, ngành']],
    ['Ban Tuyên giáo và Dân vận Đảng uỷ: Hướng dẫn học tập', ['Ban …', 'cấp ủy, đảng ủy']],
    ['Đề nghị Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh và các tổ chức chính trị - xã hội tỉnh', ['Mặt trận Tổ quốc', 'tổ chức chính trị - xã hội']],
    ['Đổi mới chất lượng đào tạo của Trường Cao đẳng Lai Châu', ['Trường, Học viện …']],
    ['Các cơ quan chuyên môn, đơn vị liên quan', ['cơ quan, đơn vị liên quan']],
  ])('finds the body in “%s”', (text, found) => {
    expect(bodiesIn(text)).toEqual(found);
  });

  it('finds none in words that only look like a body: a number, a lower-case office word, a person', () => {
    expect(bodiesIn('số lượng, sở trường công tác; các phòng họp; người đứng đầu; phòng ngừa vi phạm; bộ máy tinh gọn')).toEqual([]);
  });
});

describe('times', () => {
  it.each([
    ['Hoàn thành trước ngày 01/7/2026', ['01/7/2026']],
    ['Định kỳ trước ngày 15 tháng 11 hằng năm', ['ngày 15 tháng 11', 'hằng năm', 'Định kỳ']],
    ['Trước 01/11 hàng năm', ['01/11 hàng năm', 'hàng năm']],
    ['Hoàn thành trong tháng 6/2026', ['tháng 6/2026']],
    ['hoàn thành trong Quý III năm 2026', ['Quý III', 'năm 2026']],
    ['Giai đoạn năm 2026 - 2028', ['Giai đoạn năm 2026']],
    ['(thực hiện thường xuyên)', ['thường xuyên']],
    ['quy hoạch cán bộ theo nhiệm kỳ và hằng năm', ['hằng năm', 'nhiệm kỳ']],
    ['kế hoạch đào tạo theo giai đoạn và từng năm', ['từng năm']],
    ['Định kỳ, đột xuất kiểm tra', ['Định kỳ']],
  ])('finds the time in “%s”', (text, found) => {
    expect(timesIn(text)).toEqual(found);
  });

  it('leaves out a cited document’s date, recurrent spending and continuing-education centres', () => {
    expect(timesIn('theo Quyết định số 470/QĐ-TTg ngày 24/3/2026 của Thủ tướng Chính phủ và Quy định 71- QĐ/TU ngày 17/11/2025')).toEqual([]);
    expect(timesIn('xây dựng dự toán ngân sách chi thường xuyên; trung tâm giáo dục thường xuyên')).toEqual([]);
    // The same date with no document before it is a deadline.
    expect(timesIn('trước ngày 24/3/2026')).toEqual(['24/3/2026']);
  });
});

const clause = (id: string, parentId: string | null, own: string, label = id): ClauseText => ({ id, label, parentId, own, body: own, afterHeading: null, full: own });

/** IV. TỔ CHỨC THỰC HIỆN → 1. Phòng Văn hóa - Xã hội → each bullet; a purpose with neither body nor time. */
const CLAUSES = [
  clause('i', null, 'I. MỤC ĐÍCH, YÊU CẦU', 'Mục I'),
  clause('i-1', 'i', 'Nâng cao chất lượng đội ngũ cán bộ.', 'gạch đầu dòng thứ 1 Mục I'),
  clause('iv', null, 'IV. TỔ CHỨC THỰC HIỆN', 'Mục IV'),
  clause('iv-1', 'iv', '1. Phòng Văn hóa - Xã hội', 'khoản 1 Mục IV'),
  clause('iv-1-1', 'iv-1', 'Đôn đốc các cơ quan, đơn vị cập nhật cơ sở dữ liệu.', 'gạch đầu dòng thứ 1 khoản 1 Mục IV'),
  clause('iv-1-2', 'iv-1', 'Hằng năm tham mưu tổng hợp báo cáo.', 'gạch đầu dòng thứ 2 khoản 1 Mục IV'),
];

describe('taskSignals', () => {
  it('gives a bullet the body its heading names, and leaves out clauses with neither body nor time', () => {
    const signals = taskSignals(CLAUSES);
    expect(signals.map((s) => s.clause.id)).toEqual(['iv-1', 'iv-1-1', 'iv-1-2']);
    const bullet = signals.find((s) => s.clause.id === 'iv-1-2')!;
    expect(bullet.bodies).toEqual([]);
    expect(bullet.inherited).toEqual([{ bodies: ['Phòng …'], from: CLAUSES[3] }]);
    expect(bullet.times).toEqual(['Hằng năm']);
  });
});

describe('coverageProblems', () => {
  const source = { plan: 'an-hung', clauses: CLAUSES, appendix: undefined };

  it('names, in Vietnamese, each clause that is neither marked nor excused, with what it names and where', () => {
    expect(coverageProblems({ ...source, marks: [{ id: 'iv-1-1' }], excuses: [] })).toEqual([
      'Kế hoạch "an-hung", điều khoản "iv-1" (khoản 1 Mục IV): nêu cơ quan “Phòng …” nhưng chưa được ghi là nghĩa vụ (obligations) hay khai là không phải nghĩa vụ (notObligations) kèm lý do.',
      'Kế hoạch "an-hung", điều khoản "iv-1-2" (gạch đầu dòng thứ 2 khoản 1 Mục IV): nêu cơ quan “Phòng …” (ở khoản 1 Mục IV) và thời gian “Hằng năm” nhưng chưa được ghi là nghĩa vụ (obligations) hay khai là không phải nghĩa vụ (notObligations) kèm lý do.',
    ]);
  });

  it('accepts each such clause marked or excused with a reason', () => {
    const excuses = [{ clauses: ['iv-1'], reason: 'Đề mục chỉ nêu tên cơ quan.' }];
    expect(coverageProblems({ ...source, marks: [{ id: 'iv-1-1' }, { id: 'iv-1-2', deadline: 'Hằng năm' }], excuses })).toEqual([]);
  });

  it('refuses an excuse for a clause that names nothing, that does not exist, or that points at no row', () => {
    const excuses = [
      { clauses: ['iv-1', 'i-1', 'v-9'], reason: 'Đề mục chỉ nêu tên cơ quan.' },
      { clauses: ['iv-1-2'], reason: 'Trùng một nhiệm vụ khác.', sameAs: 'pl-i-9' },
    ];
    expect(coverageProblems({ ...source, marks: [{ id: 'iv-1-1' }], excuses })).toEqual([
      'Kế hoạch "an-hung", điều khoản "i-1" (gạch đầu dòng thứ 1 Mục I): không nêu cơ quan hay thời gian nào, không cần khai trong notObligations.',
      'Kế hoạch "an-hung", notObligations: không có điều khoản "v-9" trong văn bản.',
      'Kế hoạch "an-hung", notObligations: sameAs "pl-i-9" không phải một nghĩa vụ của kế hoạch (obligations hay dòng phụ lục).',
    ]);
  });
});

const PINS = JSON.parse(readFileSync(join(import.meta.dirname, '../../site/obligation-row-pins.json'), 'utf8')) as Record<string, string[]>;

describe('the five plans, rendered as the build renders them', () => {
  const rendered = Object.fromEntries(PLAN_SLUGS.map((slug) => [slug, renderPlan(slug)]));

  it.each(PLAN_SLUGS)('%s: every clause that names a body or a time is marked or excused', async (slug) => {
    const { obligations } = await rendered[slug]!;
    expect(obligations.length).toBeGreaterThan(0);
  });

  it('hold the tasks the issue counted: An Hưng’s Mục IV and Thái Nguyên’s V.6 among them', async () => {
    const counts = Object.fromEntries(await Promise.all(PLAN_SLUGS.map(async (slug) => [slug, (await rendered[slug]!).obligations.length])));
    expect(counts).toEqual({
      'an-hung-dtts-2026': 8,
      'thai-nguyen-128-kh-ubnd-2026': 33,
      'ha-bac-chat-luong-can-bo-2026': 13,
      'lai-chau-nq-05-nq-tu-2026': 28,
      'dong-thap-nq-14-nq-tu-2026': 26,
    });
    const tn = (await rendered['thai-nguyen-128-kh-ubnd-2026']!).obligations;
    expect(tn.filter((o) => o.clauseId === 'v-6').map((o) => o.lead.agencies.map((a) => a.id))).toEqual([
      ['uy-ban-mttq', 'to-chuc-chinh-tri-xa-hoi'],
      ['uy-ban-mttq', 'to-chuc-chinh-tri-xa-hoi'],
    ]);
  });

  it('keep every row id published before, on the first task of its clause', async () => {
    for (const slug of PLAN_SLUGS) {
      const rows = new Map((await rendered[slug]!).obligations.map((o) => [o.rowId, o]));
      for (const clauseId of PINS[slug] ?? []) expect(rows.get(obligationRowId(slug, clauseId))?.part, `${slug} ${clauseId}`).toBe(1);
    }
    expect(Object.values(PINS).flat()).toHaveLength(60);
  });

  it('stop the build, naming plan and clause, when a task is neither marked nor excused', async () => {
    // The Markdown processor also prints what it stops on.
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    const withoutExcuse = (frontmatter: Frontmatter) => ({
      ...frontmatter,
      notObligations: (frontmatter.notObligations as { clauses: string[] }[]).filter((e) => !e.clauses.includes('iv-2-4')),
    });
    await expect(renderPlan('an-hung-dtts-2026', withoutExcuse)).rejects.toThrow(
      'Kế hoạch "an-hung-dtts-2026", điều khoản "iv-2-4" (gạch đầu dòng thứ 4 khoản 2 Mục IV): nêu cơ quan',
    );
    const withoutMark = (frontmatter: Frontmatter) => ({
      ...frontmatter,
      obligations: (frontmatter.obligations as { id: string }[]).filter((m) => m.id !== 'v-6'),
    });
    await expect(renderPlan('thai-nguyen-128-kh-ubnd-2026', withoutMark)).rejects.toThrow(/điều khoản "v-6" \(khoản 6 Mục V\): nêu cơ quan .*chưa được ghi là nghĩa vụ/);
    quiet.mockRestore();
  });
});
