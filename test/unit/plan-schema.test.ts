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
});
