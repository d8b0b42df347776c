import { describe, expect, it } from 'vitest';
import { formatDateVi } from '../../src/lib/core/dates';
import { planCitation } from '../../src/lib/plan-format';
import { type PlanData, planSchema } from '../../src/lib/plan-schema';
import { valid } from '../support/plan-fixture';

const base: PlanData = planSchema.parse(valid);

describe('formatDateVi', () => {
  it('pads the day, and the month only for January and February', () => {
    expect(formatDateVi(new Date('2026-04-01'))).toBe('01/4/2026');
    expect(formatDateVi(new Date('2026-02-12'))).toBe('12/02/2026');
    expect(formatDateVi(new Date('2026-11-15'))).toBe('15/11/2026');
  });
});

describe('citations', () => {
  it('names a numbered plan with number, date and issuer', () => {
    expect(planCitation(base)).toBe('Kế hoạch số 128/KH-UBND ngày 01/4/2026 của UBND tỉnh Thái Nguyên');
  });
  it('says when a plan has no number or date', () => {
    const draft = { ...base, number: null, numberLine: 'Số: /KH-UBND', issueDate: null, shortName: 'Kế hoạch triển khai Quyết định số 470/QĐ-TTg', issuerShort: 'UBND xã An Hưng' };
    expect(planCitation(draft)).toBe(
      'Kế hoạch triển khai Quyết định số 470/QĐ-TTg (văn bản không ghi số, ngày) năm 2026 của UBND xã An Hưng',
    );
  });
});
