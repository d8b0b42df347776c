/** Deadlines as the plans write them → dates; unknown forms kept and flagged. */
import { describe, expect, it } from 'vitest';
import { describeDeadline, horizonDeadline, isRecurring, normaliseDeadline } from '../../../src/lib/obligations/deadline';

describe('normaliseDeadline', () => {
  it.each([
    // The forms the issue lists
    ['Quý III/2026', { kind: 'once', due: '2026-09-30' }],
    ['Tháng 4/2026', { kind: 'once', due: '2026-04-30' }],
    ['Hoàn thành trong tháng 6/2026', { kind: 'once', due: '2026-06-30' }],
    ['trước ngày 01/7/2026', { kind: 'once', due: '2026-06-30' }],
    ['Trước 01/11 hàng năm', { kind: 'yearly', each: { month: 10, day: 31 } }],
    ['Định kỳ vào ngày 05 tháng 11 hàng năm', { kind: 'yearly', each: { month: 11, day: 5 } }],
    ['Năm 2026', { kind: 'once', due: '2026-12-31' }],
    ['Giai đoạn 2026 - 2028', { kind: 'period', start: '2026-01-01', due: '2028-12-31' }],
    [
      'Sơ kết (năm 2028) Tổng kết (năm 2030)',
      { kind: 'milestones', milestones: [{ label: 'Sơ kết', due: '2028-12-31' }, { label: 'Tổng kết', due: '2030-12-31' }] },
    ],
    ['Thường xuyên', { kind: 'ongoing' }],
    ['Hằng năm', { kind: 'annual' }],
    ['Sau khi có quy định của Tỉnh ủy', { kind: 'conditional', condition: 'Sau khi có quy định của Tỉnh ủy' }],
    ['thực hiện từ năm 2026, hoàn thành trong năm 2029', { kind: 'period', start: '2026-01-01', due: '2029-12-31' }],
    // Other forms the five plans use
    ['Quý II/2026', { kind: 'once', due: '2026-06-30' }],
    ['Hàng năm', { kind: 'annual' }],
    ['Thực hiện thường xuyên.', { kind: 'ongoing' }],
    ['thực hiện thường xuyên', { kind: 'ongoing' }],
    ['Hoàn thành trong Quý III/2026.', { kind: 'once', due: '2026-09-30' }],
    ['hoàn thành trong Quý III năm 2026', { kind: 'once', due: '2026-09-30' }],
    ['Hoàn thành trước ngày 01/7/2026.', { kind: 'once', due: '2026-06-30' }],
    ['Trong năm 2026.', { kind: 'once', due: '2026-12-31' }],
    ['hoàn thành trong năm 2026', { kind: 'once', due: '2026-12-31' }],
    ['đến hết năm 2030', { kind: 'once', due: '2030-12-31' }],
    ['Giai đoạn năm 2026 - 2028.', { kind: 'period', start: '2026-01-01', due: '2028-12-31' }],
    ['thực hiện từ năm 2026, hoàn thành trong năm 2030', { kind: 'period', start: '2026-01-01', due: '2030-12-31' }],
    ['thực hiện từ Quý II năm 2026', { kind: 'ongoing', start: '2026-04-01' }],
    ['Định kỳ trước ngày 15 tháng 11 hằng năm', { kind: 'yearly', each: { month: 11, day: 14 } }],
    ['Định kỳ trước ngày 01 tháng 11 hằng năm', { kind: 'yearly', each: { month: 10, day: 31 } }],
    ['Định kỳ trước ngày 20 tháng 10 hằng năm', { kind: 'yearly', each: { month: 10, day: 19 } }],
    ['Trước 01/01 hàng năm', { kind: 'yearly', each: { month: 12, day: 31 } }],
    ['khi có yêu cầu', { kind: 'conditional', condition: 'khi có yêu cầu' }],
    // Recurrences Lai Châu adds: every term and every year, every phase and every year
    ['theo nhiệm kỳ và hằng năm', { kind: 'annual' }],
    ['theo giai đoạn và từng năm', { kind: 'annual' }],
    ['từng năm', { kind: 'annual' }],
  ])('%s', (text, expected) => {
    expect(normaliseDeadline(text)).toEqual({ text: text.trim(), ...expected });
  });

  it.each(['theo quy định', 'định kỳ', 'theo lộ trình của Đề án', 'đảm bảo thời gian quy định', 'Quý V/2026', 'Tháng 13/2026', 'trước ngày 31/02/2026', 'Giai đoạn 2028 - 2026', 'Trước 30/02 hàng năm'])(
    'keeps "%s" as written and flags it instead of guessing',
    (text) => {
      const deadline = normaliseDeadline(text);
      expect(deadline).toEqual({ text, kind: 'unknown' });
      expect(describeDeadline(deadline)).toMatch(/Chưa chuẩn hóa/);
    },
  );

  it('keeps a horizon as written, with no date, and says it is not a deadline', () => {
    const horizon = horizonDeadline('đến hết năm 2030');
    expect(horizon).toEqual({ text: 'đến hết năm 2030', kind: 'horizon' });
    expect(isRecurring(horizon)).toBe(false);
    expect(describeDeadline(horizon)).toMatch(/^Mốc hướng tới, không phải hạn chót/);
  });

  it('says when the plan gives no deadline', () => {
    expect(normaliseDeadline(undefined)).toEqual({ text: '', kind: 'unstated' });
    expect(normaliseDeadline('  ')).toEqual({ text: '', kind: 'unstated' });
  });

  it('tells recurring deadlines from one-off ones', () => {
    expect(['Hằng năm', 'Thường xuyên', 'Trước 01/11 hàng năm'].map((t) => isRecurring(normaliseDeadline(t)))).toEqual([true, true, true]);
    expect(['Quý III/2026', 'Giai đoạn 2026 - 2028', 'Sau khi có quy định của Tỉnh ủy', 'định kỳ'].map((t) => isRecurring(normaliseDeadline(t)))).toEqual([false, false, false, false]);
  });

  it('describes the normalised form in Vietnamese', () => {
    expect(describeDeadline(normaliseDeadline('trước ngày 01/7/2026'))).toBe('Hạn chót 30/06/2026');
    expect(describeDeadline(normaliseDeadline('Giai đoạn 2026 - 2028'))).toBe('Từ 01/01/2026 đến 31/12/2028');
    expect(describeDeadline(normaliseDeadline('Trước 01/11 hàng năm'))).toBe('Hằng năm, hạn ngày 31/10');
    expect(describeDeadline(normaliseDeadline('Sơ kết (năm 2028) Tổng kết (năm 2030)'))).toBe('Sơ kết: 31/12/2028; Tổng kết: 31/12/2030');
    expect(describeDeadline(normaliseDeadline('thực hiện từ Quý II năm 2026'))).toBe('Thường xuyên, từ 01/04/2026');
  });
});
