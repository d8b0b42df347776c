/**
 * Deadlines as plans write them ("Quý III/2026", "Trước 01/11 hàng năm",
 * "Thường xuyên", …) turned into dates a calendar and a filter can use.
 * The text as written is always kept; a form this module does not know is
 * kept as text and marked `unknown`, never guessed.
 *
 * Dates are ISO strings ("2026-06-30"), calendar days with no time zone.
 */
import { addDays, daysInMonth, isoDate } from '../core/dates';
import { formatIsoDate } from '../core/vi-format';

export type DeadlineKind =
  /** One day, month, quarter or year, possibly "before" a day: one due date. */
  | 'once'
  /** From one date to another: "Giai đoạn 2026 - 2028". */
  | 'period'
  /** Several dated steps: "Sơ kết (năm 2028) Tổng kết (năm 2030)". */
  | 'milestones'
  /** Every year by a given day: "Trước 01/11 hàng năm". */
  | 'yearly'
  /** Every year, no day given: "Hằng năm". */
  | 'annual'
  /** Continuous work: "Thường xuyên", possibly from a start date. */
  | 'ongoing'
  /** After something happens: "Sau khi có quy định của Tỉnh ủy". */
  | 'conditional'
  /**
   * A horizon the work aims at, not a date it is due by: communes build a roadmap to full
   * staffing "đến hết năm 2030"; the roadmap itself has no deadline. No date is derived.
   */
  | 'horizon'
  /** The plan gives no deadline for this task. */
  | 'unstated'
  /** A form this module does not recognise: shown as written and flagged. */
  | 'unknown';

export interface Milestone {
  /** "Sơ kết", "Tổng kết". */
  label: string;
  due: string;
}

export interface Deadline {
  /** As the plan writes it; empty when the plan gives none. */
  text: string;
  kind: DeadlineKind;
  /** When work starts, if the text says so (period, "thực hiện từ …"). */
  start?: string;
  /** Last day to finish (for "trước ngày 01/7/2026": 30/06/2026). */
  due?: string;
  milestones?: Milestone[];
  /** For `yearly`: the last day each year. */
  each?: { month: number; day: number };
  /** The event the work waits for: the whole deadline for `conditional`, or a condition on a dated one. */
  condition?: string;
}

export const DEADLINE_KIND_LABELS: Record<DeadlineKind, string> = {
  once: 'Một lần, có hạn',
  period: 'Trong một giai đoạn',
  milestones: 'Theo mốc sơ kết, tổng kết',
  yearly: 'Hằng năm, có ngày',
  annual: 'Hằng năm, không ghi ngày',
  ongoing: 'Thường xuyên',
  conditional: 'Khi có điều kiện',
  horizon: 'Mốc hướng tới, không phải hạn chót',
  unstated: 'Văn bản không ghi thời hạn',
  unknown: 'Chưa chuẩn hóa được',
};

/** Kinds that repeat: yearly with or without a day, and continuous work. */
export function isRecurring(deadline: Deadline): boolean {
  return deadline.kind === 'yearly' || deadline.kind === 'annual' || deadline.kind === 'ongoing';
}

const QUARTERS: Record<string, number> = { i: 1, ii: 2, iii: 3, iv: 4 };

function validDay(year: number, month: number, day: number): boolean {
  return month >= 1 && month <= 12 && day >= 1 && day <= daysInMonth(year, month);
}

/** A span of time the text names: a day, a month, a quarter or a year. */
interface Span {
  start: string;
  end: string;
}

const YEAR = '(\\d{4})';
// "/2026" or " năm 2026"
const OF_YEAR = `(?:\\/|\\s+năm\\s+)${YEAR}`;

/** A day, month, quarter or year written on its own ("tháng 6/2026", "quý iii năm 2026", "năm 2026"). */
function parseSpan(text: string): Span | null {
  let m = new RegExp(`^ngày\\s+(\\d{1,2})\\/(\\d{1,2})\\/${YEAR}$`).exec(text);
  if (m) {
    const [y, mo, d] = [Number(m[3]), Number(m[2]), Number(m[1])];
    if (!validDay(y, mo, d)) return null;
    const day = isoDate(y, mo, d);
    return { start: day, end: day };
  }
  m = new RegExp(`^tháng\\s+(\\d{1,2})${OF_YEAR}$`).exec(text);
  if (m) {
    const [y, mo] = [Number(m[2]), Number(m[1])];
    if (mo < 1 || mo > 12) return null;
    return { start: isoDate(y, mo, 1), end: isoDate(y, mo, daysInMonth(y, mo)) };
  }
  m = new RegExp(`^quý\\s+(i|ii|iii|iv)${OF_YEAR}$`).exec(text);
  if (m) {
    const [y, q] = [Number(m[2]), QUARTERS[m[1]!]!];
    return { start: isoDate(y, q * 3 - 2, 1), end: isoDate(y, q * 3, daysInMonth(y, q * 3)) };
  }
  m = new RegExp(`^năm\\s+${YEAR}$`).exec(text);
  if (m) return { start: isoDate(Number(m[1]), 1, 1), end: isoDate(Number(m[1]), 12, 31) };
  return null;
}

/** Lower case, one space between words, no closing full stop or surrounding brackets. */
function clean(text: string): string {
  return text
    .normalize('NFC')
    .toLocaleLowerCase('vi')
    .replace(/[–—]/g, '-')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/^\((.*)\)$/, '$1')
    .replace(/[.;,]+$/, '')
    .trim();
}

/** "hằng năm", "hàng năm" and "từng năm" are all written. */
const EVERY_YEAR = '(?:hằng|hàng|từng) năm';

export function normaliseDeadline(text: string | null | undefined): Deadline {
  const asWritten = (text ?? '').trim();
  if (!asWritten) return { text: '', kind: 'unstated' };
  const t = clean(asWritten);
  const result = (fields: Omit<Deadline, 'text'>): Deadline => ({ text: asWritten, ...fields });

  if (/^(?:thực hiện )?thường xuyên$/.test(t)) return result({ kind: 'ongoing' });
  // "Hằng năm", "theo nhiệm kỳ và hằng năm", "theo giai đoạn và từng năm": every year at least.
  if (new RegExp(`^(?:theo (?:nhiệm kỳ|giai đoạn) và )?${EVERY_YEAR}$`).test(t)) return result({ kind: 'annual' });

  // "Định kỳ vào ngày 05 tháng 11 hàng năm", "Trước 01/11 hàng năm"
  let m = new RegExp(`^(?:định kỳ )?(trước|vào)(?: ngày)? (\\d{1,2})(?:\\/| tháng )(\\d{1,2}) ${EVERY_YEAR}$`).exec(t);
  if (m) {
    const [day, month] = [Number(m[2]), Number(m[3])];
    // 2025 is not a leap year, so a day valid there is valid every year.
    if (validDay(2025, month, day)) {
      if (m[1] === 'vào') return result({ kind: 'yearly', each: { month, day } });
      const last = addDays(isoDate(2025, month, day), -1);
      return result({ kind: 'yearly', each: { month: Number(last.slice(5, 7)), day: Number(last.slice(8, 10)) } });
    }
  }

  m = /^sơ kết \(năm (\d{4})\),? tổng kết \(năm (\d{4})\)$/.exec(t);
  if (m) {
    return result({
      kind: 'milestones',
      milestones: [
        { label: 'Sơ kết', due: isoDate(Number(m[1]), 12, 31) },
        { label: 'Tổng kết', due: isoDate(Number(m[2]), 12, 31) },
      ],
    });
  }

  // "Giai đoạn 2026 - 2028", "Giai đoạn năm 2026 - 2028"
  m = /^giai đoạn (?:năm )?(\d{4}) ?- ?(\d{4})$/.exec(t);
  if (m && Number(m[1]) <= Number(m[2])) return result({ kind: 'period', start: isoDate(Number(m[1]), 1, 1), due: isoDate(Number(m[2]), 12, 31) });

  // "thực hiện từ năm 2026, hoàn thành trong năm 2029"
  m = /^(?:thực hiện )?từ (.+?),? hoàn thành (?:trong )?(.+)$/.exec(t);
  if (m) {
    const [from, to] = [parseSpan(m[1]!), parseSpan(m[2]!)];
    if (from && to && from.start <= to.end) return result({ kind: 'period', start: from.start, due: to.end });
  }

  // "thực hiện từ Quý II năm 2026": continuous work from a date
  m = /^(?:thực hiện )?từ (.+)$/.exec(t);
  if (m) {
    const from = parseSpan(m[1]!);
    if (from) return result({ kind: 'ongoing', start: from.start });
  }

  // "Sau khi có quy định của Tỉnh ủy", "khi có yêu cầu"
  if (/^(?:sau )?khi (?:có|được) .+$/.test(t)) return result({ kind: 'conditional', condition: asWritten.replace(/[.;,]+$/, '').trim() });

  // "(Hoàn thành) trước ngày 01/7/2026"
  m = /^(?:hoàn thành )?trước (?:ngày )?(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(t);
  if (m && validDay(Number(m[3]), Number(m[2]), Number(m[1]))) {
    return result({ kind: 'once', due: addDays(isoDate(Number(m[3]), Number(m[2]), Number(m[1])), -1) });
  }

  // "Quý III/2026", "Tháng 4/2026", "Hoàn thành trong tháng 6/2026", "Năm 2026", "Trong năm 2026", "đến hết năm 2030"
  m = /^(?:hoàn thành trong |hoàn thành |trong |đến hết |vào )?(.+)$/.exec(t);
  const span = m ? parseSpan(m[1]!) : null;
  if (span) return result({ kind: 'once', due: span.end });

  return result({ kind: 'unknown' });
}

/** A time the text gives as a horizon, kept as written with no date: see `horizon` above. */
export function horizonDeadline(text: string): Deadline {
  return { text: text.trim(), kind: 'horizon' };
}

/** The normalised deadline in words, shown beside the text as written. */
export function describeDeadline(deadline: Deadline): string {
  switch (deadline.kind) {
    case 'once':
      return `Hạn chót ${formatIsoDate(deadline.due!)}`;
    case 'period':
      return `Từ ${formatIsoDate(deadline.start!)} đến ${formatIsoDate(deadline.due!)}`;
    case 'milestones':
      return (deadline.milestones ?? []).map((m) => `${m.label}: ${formatIsoDate(m.due)}`).join('; ');
    case 'yearly':
      return `Hằng năm, hạn ngày ${formatIsoDate(isoDate(2025, deadline.each!.month, deadline.each!.day)).slice(0, -5)}`;
    case 'annual':
      return 'Hằng năm, không ghi ngày';
    case 'ongoing':
      return deadline.start ? `Thường xuyên, từ ${formatIsoDate(deadline.start)}` : 'Thường xuyên';
    case 'conditional':
      return 'Khi có điều kiện nêu trong văn bản';
    case 'horizon':
      return 'Mốc hướng tới, không phải hạn chót: văn bản không đặt ngày phải xong việc này';
    case 'unstated':
      return 'Văn bản không ghi thời hạn';
    case 'unknown':
      return 'Chưa chuẩn hóa được: xem nguyên văn';
  }
}
