/** Obligations come from the plans themselves: marks are checked against the clauses, agencies against the canonical list. */
import { describe, expect, it } from 'vitest';
import AGENCY_ALIASES from '../../../src/data/agency-aliases.json';
import { AGENCIES } from '../../../src/lib/obligations/agencies';
import { findAgencies } from '../../../src/lib/obligations/agency-match';
import { planJurisdictions } from '../../../src/lib/obligations/bodies';
import type { ClauseText } from '../../../src/lib/obligations/clause-text';
import { normaliseDeadline } from '../../../src/lib/obligations/deadline';
import { ObligationError, type PlanObligationSource, obligationRowId, resolveObligations } from '../../../src/lib/obligations/resolve';
import type { PlanAppendix } from '../../../src/lib/plan-schema';
import { body } from '../../support/obligation-fixture';
import { loadPlans } from '../../support/plans';

const clause = (id: string, label: string, parentId: string | null, own: string, more: Partial<ClauseText> = {}): ClauseText => ({
  id, label, parentId, own, body: own, afterHeading: null, full: own, ...more,
});

const CLAUSES: ClauseText[] = [
  clause('v', 'Mục V', null, 'V. TỔ CHỨC THỰC HIỆN', { full: 'V. TỔ CHỨC THỰC HIỆN 1. Sở Nội vụ …' }),
  clause('v-1', 'khoản 1 Mục V', 'v', '1. Sở Nội vụ', { full: '1. Sở Nội vụ a) … đ) Định kỳ trước ngày 15 tháng 11 hằng năm, tổng hợp báo cáo.' }),
  clause('v-1-dd', 'điểm đ khoản 1 Mục V', 'v-1', 'đ) Định kỳ trước ngày 15 tháng 11 hằng năm, tổng hợp báo cáo.'),
  clause('v-2', 'khoản 2 Mục V', 'v', '2. Sở Nội vụ', {
    afterHeading: 'Chủ trì theo dõi việc thực hiện Kế hoạch. Chủ trì tổ chức sơ kết, tổng kết (thực hiện thường xuyên).',
    full: '2. Sở Nội vụ Chủ trì theo dõi việc thực hiện Kế hoạch. Chủ trì tổ chức sơ kết, tổng kết (thực hiện thường xuyên).',
  }),
  clause('iii-2', 'khoản 2 Mục III', null, '2. Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành thực hiện'),
];

const APPENDIX: PlanAppendix = {
  heading: 'Phụ lục',
  title: 'CÁC NHIỆM VỤ',
  caption: '(Kèm theo)',
  columns: ['TT', 'Tên nhiệm vụ', 'Sản phẩm', 'Cơ quan phối hợp', 'Thời gian thực hiện'],
  groups: [{ numeral: 'IV', name: 'CÁC SỞ, BAN, NGÀNH, ĐƠN VỊ SỰ NGHIỆP THUỘC UBND TỈNH', rows: [{ n: 4, task: 'Báo cáo định kỳ', product: 'Báo cáo', partners: 'Sở Nội vụ', deadline: 'Trước 01/11 hàng năm' }] }],
};

const THAI_NGUYEN = planJurisdictions({ province: 'Thái Nguyên', provinceInferred: false, level: 'tỉnh', issuer: 'Ủy ban nhân dân tỉnh Thái Nguyên' });
const resolve = (marks: PlanObligationSource['marks'], more: Partial<PlanObligationSource> = {}) =>
  resolveObligations({ plan: 'tn', marks, appendix: undefined, clauses: CLAUSES, places: THAI_NGUYEN, ...more });

describe('resolveObligations', () => {
  it('takes a marked clause with its quotes, the lead from the clause it sits in, in the plan’s province', () => {
    const [obligation] = resolve([{ id: 'v-1-dd', lead: 'Sở Nội vụ', deadline: 'Định kỳ trước ngày 15 tháng 11 hằng năm' }]);
    expect(obligation).toEqual({
      rowId: 'nv-tn-v-1-dd',
      plan: 'tn',
      clauseId: 'v-1-dd',
      clauseLabel: 'điểm đ khoản 1 Mục V',
      part: 1,
      parts: 1,
      task: 'Định kỳ trước ngày 15 tháng 11 hằng năm, tổng hợp báo cáo.',
      lead: { text: 'Sở Nội vụ', agencies: [body('so-noi-vu')] },
      partners: { text: null, agencies: [] },
      product: null,
      deadline: normaliseDeadline('Định kỳ trước ngày 15 tháng 11 hằng năm'),
      directedBy: null,
    });
  });

  it('makes every appendix row an obligation, led by its group', () => {
    const [row] = resolve([], { appendix: APPENDIX });
    expect(row).toMatchObject({
      rowId: 'nv-tn-pl-iv-4',
      clauseLabel: 'nhiệm vụ 4 nhóm IV Phụ lục',
      lead: { agencies: [body('so-ban-nganh-tinh'), body('don-vi-su-nghiep-tinh')] },
      partners: { text: 'Sở Nội vụ', agencies: [body('so-noi-vu')] },
      product: 'Báo cáo',
      deadline: { kind: 'yearly', each: { month: 10, day: 31 } },
    });
  });

  it('takes the task from the paragraph under a heading that only names who does it', () => {
    const [row] = resolve([{ id: 'v-2', lead: 'Sở Nội vụ' }]);
    expect(row!.task).toBe('Chủ trì theo dõi việc thực hiện Kế hoạch. Chủ trì tổ chức sơ kết, tổng kết (thực hiện thường xuyên).');
  });

  it('gives each task of a clause its own row: the first keeps the published id, the others add "-viec-<n>"', () => {
    const rows = resolve([
      { id: 'v-2', task: 'Chủ trì theo dõi việc thực hiện Kế hoạch.', lead: 'Sở Nội vụ' },
      { id: 'v-2', task: 'Chủ trì tổ chức sơ kết, tổng kết', lead: 'Sở Nội vụ', deadline: 'thực hiện thường xuyên' },
    ]);
    expect(rows.map((r) => [r.rowId, r.part, r.parts, r.task, r.deadline.kind])).toEqual([
      ['nv-tn-v-2', 1, 2, 'Chủ trì theo dõi việc thực hiện Kế hoạch.', 'unstated'],
      ['nv-tn-v-2-viec-2', 2, 2, 'Chủ trì tổ chức sơ kết, tổng kết', 'ongoing'],
    ]);
    expect(obligationRowId('tn', 'v-2')).toBe('nv-tn-v-2');
  });

  it('keeps a condition beside the deadline, and alone when there is no deadline', () => {
    const [dated, alone] = resolve([
      { id: 'v-2', task: 'Chủ trì theo dõi việc thực hiện Kế hoạch.', deadline: 'thực hiện thường xuyên', condition: 'sơ kết, tổng kết' },
      { id: 'v-2', task: 'Chủ trì tổ chức sơ kết, tổng kết', condition: 'sơ kết, tổng kết' },
    ]);
    expect(dated!.deadline).toEqual({ text: 'thực hiện thường xuyên', kind: 'ongoing', condition: 'sơ kết, tổng kết' });
    expect(alone!.deadline).toEqual({ text: '', kind: 'conditional', condition: 'sơ kết, tổng kết' });
  });

  it('shows a horizon as written, never as a due date', () => {
    const [row] = resolve([{ id: 'v-2', horizon: 'thực hiện thường xuyên' }]);
    expect(row!.deadline).toEqual({ text: 'thực hiện thường xuyên', kind: 'horizon' });
  });

  it('points a row with no lead at the clause that says who directs, and only such rows', () => {
    const directing = { clause: 'iii-2', quote: 'Ủy ban nhân dân tỉnh chỉ đạo các sở, ngành' };
    const [led, unled] = resolve([{ id: 'v-1-dd', lead: 'Sở Nội vụ' }, { id: 'v-2' }], { directing });
    expect(led!.directedBy).toBeNull();
    expect(unled!.directedBy).toEqual({ clauseId: 'iii-2', clauseLabel: 'khoản 2 Mục III', quote: directing.quote });
    expect(() => resolve([], { directing: { clause: 'iii-2', quote: 'Sở Nội vụ chỉ đạo các sở, ngành' } })).toThrow(/directingClause: "Sở Nội vụ chỉ đạo.*" không có nguyên văn trong khoản 2 Mục III/);
  });

  it('stops on an anchor the plan does not have, naming plan and id', () => {
    expect(() => resolve([{ id: 'v-9-z', deadline: 'Năm 2026' }])).toThrow(
      new ObligationError('Kế hoạch "tn", nghĩa vụ "v-9-z": không có điều khoản nào mang mã này trong văn bản.'),
    );
  });

  it('stops on a quote the clause does not contain, and on an agency not in the list', () => {
    const run = () => resolve([{ id: 'v-1-dd', lead: 'Sở Ngoại vụ', deadline: 'Định kỳ trước ngày 16 tháng 11 hằng năm', task: 'tổng hợp báo cáo Bộ' }]);
    expect(run).toThrow(ObligationError);
    expect(run).toThrow(/nghĩa vụ "v-1-dd": cơ quan chủ trì "Sở Ngoại vụ" không có nguyên văn/);
    expect(run).toThrow(/thời hạn "Định kỳ trước ngày 16 tháng 11 hằng năm" không có nguyên văn/);
    expect(run).toThrow(/nhiệm vụ "tổng hợp báo cáo Bộ" không có nguyên văn/);
    expect(run).toThrow(/cơ quan chủ trì "Sở Ngoại vụ" chưa có trong danh mục cơ quan/);
  });

  it('refuses to mark an appendix row a second time', () => {
    expect(() => resolve([{ id: 'pl-iv-4' }], { appendix: APPENDIX })).toThrow(/dòng phụ lục đã là một nghĩa vụ/);
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

  it('knows every kind of agency by at least one way of writing it, and no way for a kind not listed', () => {
    const listed = AGENCIES.map((a) => a.id).sort();
    expect(Object.keys(AGENCY_ALIASES).sort()).toEqual(listed);
    expect(Object.entries(AGENCY_ALIASES).filter(([, aliases]) => aliases.length === 0)).toEqual([]);
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
