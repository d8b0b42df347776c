/** Obligations come from the plans themselves: marks are checked against the clauses, agencies against the canonical list. */
import { describe, expect, it } from 'vitest';
import { findAgencies } from '../../src/lib/obligations/agencies';
import { normaliseDeadline } from '../../src/lib/obligations/deadline';
import { type ClauseText, ObligationError, resolveObligations } from '../../src/lib/obligations/resolve';
import type { PlanAppendix } from '../../src/lib/plan-schema';
import { loadPlans } from '../support/plans';

const CLAUSES: ClauseText[] = [
  { id: 'v', label: 'Mục V', parentId: null, own: 'V. TỔ CHỨC THỰC HIỆN', full: 'V. TỔ CHỨC THỰC HIỆN 1. Sở Nội vụ …' },
  { id: 'v-1', label: 'khoản 1 Mục V', parentId: 'v', own: '1. Sở Nội vụ', full: '1. Sở Nội vụ a) … đ) Định kỳ trước ngày 15 tháng 11 hằng năm, tổng hợp báo cáo.' },
  { id: 'v-1-dd', label: 'điểm đ khoản 1 Mục V', parentId: 'v-1', own: 'đ) Định kỳ trước ngày 15 tháng 11 hằng năm, tổng hợp báo cáo.', full: 'đ) Định kỳ trước ngày 15 tháng 11 hằng năm, tổng hợp báo cáo.' },
];

const APPENDIX: PlanAppendix = {
  heading: 'Phụ lục',
  title: 'CÁC NHIỆM VỤ',
  caption: '(Kèm theo)',
  columns: ['TT', 'Tên nhiệm vụ', 'Sản phẩm', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
  groups: [{ numeral: 'IV', name: 'CÁC SỞ, BAN, NGÀNH, ĐƠN VỊ SỰ NGHIỆP THUỘC UBND TỈNH', rows: [{ n: 4, task: 'Báo cáo định kỳ', product: 'Báo cáo', partners: 'Sở Nội vụ', deadline: 'Trước 01/11 hàng năm' }] }],
};

describe('resolveObligations', () => {
  it('takes a marked clause with its quotes, the lead from the clause it sits in', () => {
    const [obligation] = resolveObligations('tn', [{ id: 'v-1-dd', lead: 'Sở Nội vụ', deadline: 'Định kỳ trước ngày 15 tháng 11 hằng năm' }], undefined, CLAUSES);
    expect(obligation).toEqual({
      rowId: 'nv-tn-v-1-dd',
      plan: 'tn',
      clauseId: 'v-1-dd',
      clauseLabel: 'điểm đ khoản 1 Mục V',
      task: 'Định kỳ trước ngày 15 tháng 11 hằng năm, tổng hợp báo cáo.',
      lead: { text: 'Sở Nội vụ', agencies: ['so-noi-vu'] },
      partners: { text: null, agencies: [] },
      product: null,
      deadline: normaliseDeadline('Định kỳ trước ngày 15 tháng 11 hằng năm'),
    });
  });

  it('makes every appendix row an obligation, led by its group', () => {
    const [row] = resolveObligations('tn', [], APPENDIX, CLAUSES);
    expect(row).toMatchObject({
      rowId: 'nv-tn-pl-iv-4',
      clauseLabel: 'nhiệm vụ 4 nhóm IV Phụ lục',
      lead: { agencies: ['so-ban-nganh-tinh', 'don-vi-su-nghiep-tinh'] },
      partners: { text: 'Sở Nội vụ', agencies: ['so-noi-vu'] },
      product: 'Báo cáo',
      deadline: { kind: 'yearly', each: { month: 10, day: 31 } },
    });
  });

  it('stops on an anchor the plan does not have, naming plan and id', () => {
    expect(() => resolveObligations('tn', [{ id: 'v-9-z', deadline: 'Năm 2026' }], undefined, CLAUSES)).toThrow(
      new ObligationError('Kế hoạch "tn", nghĩa vụ "v-9-z": không có điều khoản nào mang mã này trong văn bản.'),
    );
  });

  it('stops on a quote the clause does not contain, and on an agency not in the list', () => {
    const run = () =>
      resolveObligations('tn', [{ id: 'v-1-dd', lead: 'Sở Ngoại vụ', deadline: 'Định kỳ trước ngày 16 tháng 11 hằng năm' }], undefined, CLAUSES);
    expect(run).toThrow(ObligationError);
    expect(run).toThrow(/nghĩa vụ "v-1-dd": cơ quan chủ trì "Sở Ngoại vụ" không có nguyên văn/);
    expect(run).toThrow(/thời hạn "Định kỳ trước ngày 16 tháng 11 hằng năm" không có nguyên văn/);
    expect(run).toThrow(/cơ quan chủ trì "Sở Ngoại vụ" chưa có trong danh mục cơ quan/);
  });

  it('refuses to mark an appendix row a second time', () => {
    expect(() => resolveObligations('tn', [{ id: 'pl-iv-4' }], APPENDIX, CLAUSES)).toThrow(/dòng phụ lục đã là một nghĩa vụ/);
  });
});

describe('findAgencies', () => {
  it.each([
    ['SỞ NỘI VỤ', ['so-noi-vu']],
    ['Sở Nội vụ thành phố', ['so-noi-vu']],
    ['Phòng Văn hoá - Xã hội', ['phong-van-hoa-xa-hoi']],
    ['phòng Văn hóa - Xã hội', ['phong-van-hoa-xa-hoi']],
    ['Ban Tổ chức Tỉnh uỷ', ['ban-to-chuc-tinh-uy']],
    ['Sở, ban, ngành; đơn vị sự nghiệp thuộc UBND tỉnh; UBND cấp xã', ['so-ban-nganh-tinh', 'don-vi-su-nghiep-tinh', 'ubnd-cap-xa']],
    ['Sở Tài chính, Sở Tư pháp, cơ quan, đơn vị liên quan', ['so-tai-chinh', 'so-tu-phap', 'co-quan-lien-quan']],
    ['Các sở, ban, ngành tỉnh và Ủy ban nhân dân các xã, phường', ['so-ban-nganh-tinh', 'ubnd-cap-xa']],
    ['Ủy ban nhân dân cấp xã', ['ubnd-cap-xa']],
  ])('%s', (text, ids) => {
    expect(findAgencies(text)).toEqual({ agencies: ids, unmatched: [] });
  });

  it('reports what it does not know, as written', () => {
    expect(findAgencies('Sở Nội vụ, Sở Ngoại vụ')).toEqual({ agencies: ['so-noi-vu'], unmatched: ['Sở Ngoại vụ'] });
  });
});

describe('the five plans', () => {
  const plans = loadPlans() as unknown as { slug: string; frontmatter: { obligations?: { deadline?: string; lead?: string; partners?: string }[]; appendix?: PlanAppendix } }[];
  const deadlines = plans.flatMap((p) => [
    ...(p.frontmatter.obligations ?? []).flatMap((o) => (o.deadline ? [o.deadline] : [])),
    ...(p.frontmatter.appendix?.groups ?? []).flatMap((g) => g.rows.map((r) => r.deadline)),
  ]);

  it('write every deadline in a recognised form, except the few that name no time', () => {
    const unknown = [...new Set(deadlines.filter((d) => normaliseDeadline(d).kind === 'unknown'))].sort();
    expect(unknown).toEqual(['Định kỳ', 'định kỳ', 'đảm bảo thời gian quy định', 'theo lộ trình của Đề án', 'theo quy định'].sort());
    expect(deadlines.length).toBeGreaterThan(50);
  });

  it('name only agencies in the canonical list', () => {
    const texts = plans.flatMap((p) => [
      ...(p.frontmatter.obligations ?? []).flatMap((o) => [o.lead, o.partners].filter((t): t is string => Boolean(t))),
      ...(p.frontmatter.appendix?.groups ?? []).flatMap((g) => [g.name, ...g.rows.map((r) => r.partners)]),
    ]);
    expect(texts.filter((t) => findAgencies(t).unmatched.length > 0 || findAgencies(t).agencies.length === 0)).toEqual([]);
  });
});
