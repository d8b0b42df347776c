/**
 * The register's files, one way for every level (everything, a province, a plan), so
 * each keeps the formats of export.ts and ics.ts, and every calendar is stamped the same way.
 */
import { registerCsv, registerJson } from '../../lib/obligations/export';
import { registerCalendar } from '../../lib/obligations/ics';
import type { RegisterFormat } from '../../lib/core/paths';
import type { RegisterRow } from '../../lib/obligations/register';

const TYPES: Record<RegisterFormat, string> = {
  csv: 'text/csv; charset=utf-8',
  json: 'application/json; charset=utf-8',
  ics: 'text/calendar; charset=utf-8',
};

/**
 * `calendarName` names the calendar in the reader's calendar application. This is the
 * only place a build makes a calendar, so how calendars are stamped is decided here once.
 */
export function registerFile(format: RegisterFormat, rows: readonly RegisterRow[], calendarName: string, site: URL): Response {
  const body =
    format === 'csv'
      ? registerCsv(rows, site.origin)
      : format === 'json'
        ? registerJson(rows, site.origin)
        : registerCalendar(rows, { name: calendarName, origin: site.origin });
  return new Response(body, { headers: { 'Content-Type': TYPES[format] } });
}
