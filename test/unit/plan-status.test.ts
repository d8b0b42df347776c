/** A plan's status: the schema's rules against its number and date lines, and its words in Vietnamese and in schema.org. */
import { describe, expect, it } from 'vitest';
import { planSchema } from '../../src/lib/plan-schema';
import { STATUS_LABELS, statusJsonLd, statusSentence } from '../../src/lib/plan-status';
import { valid } from '../support/plan-fixture';

function issues(data: unknown) {
  const result = planSchema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => `${i.path.join('.')}: ${i.message}`);
}

/** An Hưng's header: both lines printed, both left blank. */
const draft = { ...valid, number: null, numberLine: 'Số: /KH-UBND', issueDate: null, dateLine: 'An Hưng, ngày tháng năm 2026', status: { kind: 'draft', checked: '2026-12-01' } };
/** Đồng Tháp's: the transcription has no header at all. */
const headerless = { ...valid, number: null, numberLine: null, issueDate: null, dateLine: null };
const by = { kind: 'Kế hoạch', number: '45/KH-UBND', date: '2027-03-10', issuer: 'UBND tỉnh Thái Nguyên' };

describe('status rules', () => {
  it('accepts a draft with blank number and date, an issued plan with both, and an issued one whose copy has no header', () => {
    expect(issues(draft)).toEqual([]);
    expect(issues(valid)).toEqual([]);
    expect(issues(headerless)).toEqual([]);
  });

  it('stops a draft that has a number or a date', () => {
    expect(issues({ ...draft, number: '12/KH-UBND' })).toEqual([
      'status.kind: Dự thảo thì chưa có số hiệu, nhưng kế hoạch ghi số “12/KH-UBND”: sửa tình trạng (status.kind) hoặc bỏ số hiệu (number).',
    ]);
    expect(issues({ ...draft, issueDate: '2026-05-02' })).toEqual([
      'status.kind: Dự thảo thì chưa có ngày ban hành, nhưng kế hoạch ghi ngày 02/05/2026: sửa tình trạng (status.kind) hoặc bỏ ngày ban hành (issueDate).',
    ]);
  });

  it('stops an issued plan whose number or date line is printed blank', () => {
    expect(issues({ ...draft, status: { kind: 'issued', checked: '2026-12-01' } })).toEqual([
      'status.kind: Dòng số hiệu để trống (“Số: /KH-UBND”) là của dự thảo: tình trạng (status.kind) phải là "draft", hoặc ghi số hiệu (number).',
      'status.kind: Dòng ngày tháng để trống (“An Hưng, ngày tháng năm 2026”) là của dự thảo: tình trạng (status.kind) phải là "draft", hoặc ghi ngày ban hành (issueDate).',
    ]);
  });

  it('asks for the date and the changing document each later status needs', () => {
    expect(issues({ ...valid, status: { kind: 'in-force', from: '2026-04-01', checked: '2026-12-01' } })).toEqual([]);
    expect(issues({ ...valid, status: { kind: 'amended', from: '2027-03-10', by, checked: '2027-03-20' } })).toEqual([]);
    expect(issues({ ...valid, status: { kind: 'expired', checked: '2026-12-01' } })).toEqual(['status.from: Thiếu ngày có hiệu lực hoặc thay đổi hiệu lực (status.from).']);
    expect(issues({ ...valid, status: { kind: 'replaced', from: '2027-03-10', checked: '2027-03-20' } })[0]).toMatch(/^status\.by/);
    expect(issues({ ...valid, status: { kind: 'in-force', from: '2026-03-01', checked: '2026-12-01' } })).toEqual(['status.from: Ngày 01/03/2026 trước ngày ban hành 01/04/2026.']);
  });

  it('names the kinds when one is unknown, and wants the date it was checked', () => {
    expect(issues({ ...valid, status: { kind: 'hiệu lực', checked: '2026-12-01' } })[0]).toContain('"draft" (dự thảo), "issued" (đã ban hành)');
    expect(issues({ ...valid, status: { kind: 'issued' } })).toEqual(['status.checked: Thiếu ngày đối chiếu với bản gốc (status.checked).']);
  });

  it('wants the dates the plan was added and last changed, in that order', () => {
    const { added: _added, ...unadded } = valid;
    expect(issues(unadded)).toEqual(['added: Thiếu ngày đăng kế hoạch lên trang (added).']);
    expect(issues({ ...valid, updated: '2026-11-21' })).toEqual(['updated: Ngày sửa gần nhất (updated) trước ngày đăng (added).']);
  });
});

describe('status words', () => {
  const parsed = (data: unknown) => planSchema.parse(data);

  it('says a draft is a draft, and when an issued plan was issued', () => {
    expect(statusSentence(parsed(draft))).toBe('Dự thảo (chưa ghi số, ngày)');
    expect(statusSentence(parsed(valid))).toBe('Đã ban hành ngày 01/04/2026');
    expect(statusSentence(parsed(headerless))).toBe('Đã ban hành (bản chép không có số, ngày ban hành)');
    expect(STATUS_LABELS[parsed(draft).status.kind]).toBe('Dự thảo (chưa ghi số, ngày)');
  });

  it('names the document that amended or replaced a plan, and from when', () => {
    expect(statusSentence(parsed({ ...valid, status: { kind: 'amended', from: '2027-03-10', by, checked: '2027-03-20' } }))).toBe(
      'Đã được sửa đổi, bổ sung bởi Kế hoạch số 45/KH-UBND ngày 10/03/2027 của UBND tỉnh Thái Nguyên, từ ngày 10/03/2027',
    );
    expect(statusSentence(parsed({ ...valid, status: { kind: 'replaced', from: '2027-03-10', by, checked: '2027-03-20' } }))).toBe(
      'Hết hiệu lực, được thay thế bởi Kế hoạch số 45/KH-UBND ngày 10/03/2027 của UBND tỉnh Thái Nguyên, từ ngày 10/03/2027',
    );
    expect(statusSentence(parsed({ ...valid, status: { kind: 'in-force', from: '2026-04-15', checked: '2026-12-01' } }))).toBe('Còn hiệu lực, từ ngày 15/04/2026');
    expect(statusSentence(parsed({ ...valid, status: { kind: 'expired', from: '2030-12-31', checked: '2031-01-05' } }))).toBe('Hết hiệu lực từ ngày 31/12/2030');
  });

  it('tells schema.org whether the plan is in force', () => {
    expect(statusJsonLd(parsed(draft).status)).toEqual({ creativeWorkStatus: 'Draft', legislationLegalForce: 'https://schema.org/NotInForce' });
    expect(statusJsonLd(parsed(valid).status)).toEqual({ creativeWorkStatus: 'Published' });
    expect(statusJsonLd(parsed({ ...valid, status: { kind: 'in-force', from: '2026-04-15', checked: '2026-12-01' } }).status)).toEqual({
      creativeWorkStatus: 'Published',
      legislationLegalForce: 'https://schema.org/InForce',
      legislationDateOfApplicability: '2026-04-15',
    });
    expect(statusJsonLd(parsed({ ...valid, status: { kind: 'amended', from: '2027-03-10', by, checked: '2027-03-20' } }).status).legislationLegalForce).toBe('https://schema.org/PartiallyInForce');
    expect(statusJsonLd(parsed({ ...valid, status: { kind: 'expired', from: '2030-12-31', checked: '2031-01-05' } }).status)).toEqual({
      creativeWorkStatus: 'Obsolete',
      legislationLegalForce: 'https://schema.org/NotInForce',
      expires: '2030-12-31',
    });
  });
});
