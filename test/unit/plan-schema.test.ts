import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/lib/plan-schema';

const valid = {
  title: 'Thực hiện Quyết định số 470/QĐ-TTg ngày 24/3/2026',
  shortName: 'Kế hoạch số 128/KH-UBND',
  docType: 'Kế hoạch',
  number: '128/KH-UBND',
  numberLine: 'Số: 128/KH-UBND',
  issueDate: '2026-04-01',
  dateLine: 'Thái Nguyên, ngày 01 tháng 4 năm 2026',
  year: 2026,
  issuer: 'Ủy ban nhân dân tỉnh Thái Nguyên',
  issuerShort: 'UBND tỉnh Thái Nguyên',
  level: 'tỉnh',
  province: 'Thái Nguyên',
  provinceInferred: false,
  family: 'dtts',
  signer: { name: 'Vương Quốc Tuấn', position: 'Chủ tịch', block: ['CHỦ TỊCH'] },
  legalBasis: [{ kind: 'Quyết định', number: '470/QĐ-TTg', date: '2026-03-24', issuer: 'Thủ tướng Chính phủ', relation: 'thực hiện' }],
  recipients: ['Bộ Nội vụ (báo cáo);'],
  source: 'thai-nguyen-128-kh-ubnd-2026.txt',
};

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
});
