import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/lib/plan-schema';
import { valid } from '../support/plan-fixture';


function issues(data: unknown) {
  const result = planSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

describe('planSchema', () => {
  it('accepts a complete plan and fills the defaults', () => {
    const plan = planSchema.parse(valid);
    expect(plan.issueDate?.toISOString().slice(0, 10)).toBe('2026-04-01');
    expect(plan.notes).toEqual([]);
  });

  it('rejects a malformed number with a Vietnamese reason', () => {
    expect(issues({ ...valid, number: '128 KH UBND' })).toEqual(['number: Số hiệu dạng "128/KH-UBND"']);
  });

  it('rejects an unknown level, a missing signer and an issue date from another year', () => {
    const { signer: _signer, ...unsigned } = valid;
    expect(issues({ ...valid, level: 'huyện' })).toEqual(['level: Cấp ban hành phải là "tỉnh" hoặc "xã".']);
    expect(issues(unsigned)[0]).toMatch(/^signer/);
    expect(issues({ ...valid, issueDate: '2025-04-01' })).toEqual(['year: Năm không khớp với ngày ban hành.']);
  });

  it('requires saying where an inferred province comes from', () => {
    expect(issues({ ...valid, provinceInferred: true })).toEqual(['provinceNote: Tỉnh suy ra từ văn bản thì phải nói suy ra từ đâu.']);
  });

  it('requires a province, one of the 34, and says which', () => {
    const { province: _province, ...without } = valid;
    expect(issues(without)).toEqual(['province: Thiếu tỉnh, thành phố (province): mỗi kế hoạch thuộc một trong 34 tỉnh, thành phố.']);
    expect(issues({ ...valid, province: 'Hà Giang' })).toEqual([
      'province: Tỉnh, thành phố “Hà Giang” không có trong danh sách 34 tỉnh, thành phố sau sắp xếp năm 2025 (src/lib/provinces.ts).',
    ]);
  });

  it('asks each task of a clause marked twice to quote its own words, and refuses the same task twice', () => {
    const twice = [{ id: 'v-2', lead: 'Sở Nội vụ' }, { id: 'v-2', lead: 'Sở Nội vụ' }];
    expect(issues({ ...valid, obligations: twice })).toEqual([
      'obligations.0.task: Điều khoản "v-2" có 2 nhiệm vụ: mỗi nhiệm vụ phải trích lời của mình (task).',
      'obligations.1.task: Điều khoản "v-2" có 2 nhiệm vụ: mỗi nhiệm vụ phải trích lời của mình (task).',
    ]);
    const same = [{ id: 'v-2', task: 'Chủ trì sơ kết' }, { id: 'v-2', task: 'Chủ trì sơ kết' }];
    expect(issues({ ...valid, obligations: same })).toEqual(['obligations.1.id: Nghĩa vụ "v-2" được khai hai lần.']);
    expect(issues({ ...valid, obligations: [{ id: 'v-2', task: 'Theo dõi' }, { id: 'v-2', task: 'Chủ trì sơ kết' }] })).toEqual([]);
  });

  it('refuses a horizon and a deadline on one task', () => {
    expect(issues({ ...valid, obligations: [{ id: 'v-2', deadline: 'Năm 2026', horizon: 'đến hết năm 2030' }] })[0]).toMatch(/^obligations\.0: .*mốc hướng tới không phải hạn chót/);
  });

  it('asks a reason of every clause listed as no task, and refuses one listed twice or also marked', () => {
    expect(issues({ ...valid, notObligations: [{ clauses: ['i-1'], reason: 'Mục đích' }] })).toEqual([
      'notObligations.0.reason: Lý do phải nói rõ vì sao điều khoản không phải một nhiệm vụ.',
    ]);
    const reason = 'Mục đích của Kế hoạch, không giao việc.';
    expect(
      issues({
        ...valid,
        obligations: [{ id: 'v-1', lead: 'Sở Nội vụ' }],
        notObligations: [{ clauses: ['i-1', 'v-1'], reason }, { clauses: ['i-1'], reason }],
      }),
    ).toEqual([
      'notObligations.0.clauses.1: Điều khoản "v-1" vừa được ghi là nghĩa vụ vừa được khai là không phải nghĩa vụ.',
      'notObligations.1.clauses.0: Điều khoản "i-1" được khai hai lần trong notObligations.',
    ]);
  });
});
