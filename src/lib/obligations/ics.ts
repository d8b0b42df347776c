/**
 * Obligations as an iCalendar file (RFC 5545) that Outlook, Google Calendar and phone
 * calendars import: one all-day event per dated deadline, yearly deadlines as events
 * repeating every year (RRULE:FREQ=YEARLY). Work with no date (continuous, annual with
 * no day, conditional) has no place in a calendar and is left out.
 */
import { clausePath } from '../core/paths';
import { bodyName } from './bodies';
import { isoDate } from '../core/dates';
import type { RegisterRow } from './register';

export const CALENDAR_DOMAIN = 'kehoach-canbo.example.vn';

/** TEXT value escaping (RFC 5545 §3.3.11). */
export function escapeText(value: string): string {
  return value.replace(/\\/g, '\\\\').replace(/;/g, '\\;').replace(/,/g, '\\,').replace(/\r?\n/g, '\\n');
}

/** UTF-8 octets of one character (a calendar of thousands of plans folds millions of them). */
const utf8Size = (ch: string) => {
  const code = ch.codePointAt(0)!;
  return code < 0x80 ? 1 : code < 0x800 ? 2 : code < 0x10000 ? 3 : 4;
};

/** Splits a content line into lines of at most 75 octets, never inside a character (§3.1). */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = utf8Size(ch);
    // Continuation lines begin with a space, which counts towards their 75 octets.
    const limit = lines.length === 0 ? 75 : 74;
    if (octets + size > limit) {
      lines.push(current);
      current = '';
      octets = 0;
    }
    current += ch;
    octets += size;
  }
  lines.push(current);
  return lines.join('\r\n ');
}

const basicDate = (iso: string) => iso.replace(/-/g, '');
const dayAfter = (iso: string) => new Date(Date.parse(`${iso}T00:00:00Z`) + 86_400_000).toISOString().slice(0, 10);
/**
 * DTSTAMP, which RFC 5545 requires, from the plan rather than the clock: midnight UTC on
 * 1 January of the plan's year. A file rebuilt from the same plans is then byte for byte the
 * same, so a deploy without changes changes nothing readers download (docs/offline.md).
 */
const stamp = (row: RegisterRow) => `${row.planYear}0101T000000Z`;

function shorten(text: string, words: number): string {
  const all = text.split(/\s+/);
  return all.length <= words ? text : `${all.slice(0, words).join(' ')} …`;
}

interface CalendarEvent {
  uid: string;
  date: string;
  yearly: boolean;
  summary: string;
  row: RegisterRow;
}

const leadNames = (row: RegisterRow) => row.lead.agencies.map(bodyName).join(', ');

function events(row: RegisterRow): CalendarEvent[] {
  const lead = leadNames(row) || 'Chưa giao cơ quan chủ trì';
  const summary = (prefix: string) => `${prefix}${lead}: ${shorten(row.task, 12)}`;
  const uid = (suffix = '') => `${row.rowId}${suffix}@${CALENDAR_DOMAIN}`;
  const { deadline } = row;
  switch (deadline.kind) {
    case 'once':
    case 'period':
      return [{ uid: uid(), date: deadline.due!, yearly: false, summary: summary('Hạn: '), row }];
    case 'milestones':
      return (deadline.milestones ?? []).map((m, i) => ({ uid: uid(`-${i + 1}`), date: m.due, yearly: false, summary: summary(`${m.label}: `), row }));
    case 'yearly':
      return [{ uid: uid(), date: isoDate(row.planYear, deadline.each!.month, deadline.each!.day), yearly: true, summary: summary('Hạn hằng năm: '), row }];
    default:
      return [];
  }
}

/** Rows that have at least one date in the calendar. */
export function hasCalendarDate(row: RegisterRow): boolean {
  return events(row).length > 0;
}

export interface CalendarOptions {
  /** Calendar name shown by the calendar application. */
  name: string;
  /** Site origin for links back to the clauses, e.g. "https://kehoach-canbo.example.vn". */
  origin: string;
}

export function registerCalendar(rows: readonly RegisterRow[], { name, origin }: CalendarOptions): string {
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:-//${CALENDAR_DOMAIN}//Nghia vu ke hoach//VI`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(name)}`,
  ];
  for (const event of rows.flatMap(events)) {
    const { row } = event;
    const url = `${origin}${clausePath(row.plan, row.clauseId)}`;
    const description = [
      `Thời hạn: ${row.deadline.text}`,
      ...(row.deadline.condition ? [`Điều kiện: ${row.deadline.condition}`] : []),
      `Chủ trì: ${leadNames(row) || 'văn bản không nêu'}`,
      ...(row.partners.text ? [`Phối hợp: ${row.partners.text}`] : []),
      ...(row.product ? [`Sản phẩm: ${row.product}`] : []),
      `Nhiệm vụ: ${row.task}`,
      `Căn cứ: ${row.clauseLabel}, ${row.planLabel}`,
      url,
    ].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:${event.uid}`,
      `DTSTAMP:${stamp(row)}`,
      `DTSTART;VALUE=DATE:${basicDate(event.date)}`,
      `DTEND;VALUE=DATE:${basicDate(dayAfter(event.date))}`,
      ...(event.yearly ? ['RRULE:FREQ=YEARLY'] : []),
      `SUMMARY:${escapeText(event.summary)}`,
      `DESCRIPTION:${escapeText(description)}`,
      `URL:${url}`,
      'TRANSP:TRANSPARENT',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
