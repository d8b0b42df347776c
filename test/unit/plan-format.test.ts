import { describe, expect, it } from 'vitest';
import { planCitation } from '../../src/lib/plan-format';
import { type PlanData, planSchema } from '../../src/lib/plan-schema';
import { valid } from '../support/plan-fixture';

const base: PlanData = planSchema.parse(valid);

describe('citations', () => {
  it('names a numbered plan with number, date and issuer', () => {
    expect(planCitation(base)).toBe('Kế hoạch số 128/KH-UBND ngày 01/04/2026 của UBND tỉnh Thái Nguyên');
  });
  it('says when a plan has no number or date', () => {
    const draft = { ...base, number: null, numberLine: 'Số: /KH-UBND', issueDate: null, shortName: 'Kế hoạch triển khai Quyết định số 470/QĐ-TTg', issuerShort: 'UBND xã An Hưng' };
    expect(planCitation(draft)).toBe(
      'Kế hoạch triển khai Quyết định số 470/QĐ-TTg (văn bản không ghi số, ngày) năm 2026 của UBND xã An Hưng',
    );
  });
});
