/** Reads a calendar file back as a calendar application would, checking the RFC 5545 framing on the way. */
import ICAL from 'ical.js';

export interface ParsedEvent {
  uid: string;
  summary: string;
  description: string;
  url: string;
  start: string;
  end: string;
  rrule: string | null;
  dtstamp: string;
}

/** Throws unless every line ends in CRLF and is at most 75 octets; returns the events ical.js parses. */
export function parseCalendar(text: string): { name: string; events: ParsedEvent[] } {
  if (!text.endsWith('\r\n')) throw new Error('tệp lịch không kết thúc bằng CRLF');
  const lines = text.slice(0, -2).split('\r\n');
  for (const line of lines) {
    if (line.includes('\n') || line.includes('\r')) throw new Error(`xuống dòng không phải CRLF: ${JSON.stringify(line)}`);
    if (new TextEncoder().encode(line).length > 75) throw new Error(`dòng dài hơn 75 octet: ${line}`);
  }
  const calendar = new ICAL.Component(ICAL.parse(text));
  const events = calendar.getAllSubcomponents('vevent').map((component) => {
    const rrule = component.getFirstPropertyValue('rrule');
    const value = (name: string) => String(component.getFirstPropertyValue(name) ?? '');
    return {
      uid: value('uid'),
      summary: value('summary'),
      description: value('description'),
      url: value('url'),
      start: value('dtstart'),
      end: value('dtend'),
      rrule: rrule ? String(rrule) : null,
      dtstamp: value('dtstamp'),
    };
  });
  return { name: String(calendar.getFirstPropertyValue('x-wr-calname') ?? ''), events };
}
