// Nothing here imports what the widgets load up front (internal/zoned.ts was one): a module shared
// by an entry and this lazy chunk is split by the bundler into a third file every page would fetch.

/** `20211028T160000Z`: an instant as iCalendar/Google Calendar UTC basic format. */
export const basicUtc = (ms: number): string =>
  new Date(ms).toISOString().replace(/\.\d+/, '').replace(/[-:]/g, '');

export interface CalendarEvent {
  /** Defaults to one made from the start and the title: the same session gives the same UID. */
  uid?: string;
  title: string;
  description?: string;
  url?: string;
  start: number;
  end: number;
}

/** RFC 5545 TEXT: backslash, semicolon, comma and newlines escaped. */
const text = (s: string): string => s.replace(/[\\;,]/g, '\\$&').replace(/\r?\n|\r/g, '\\n');

/** Folds a content line at 75 octets (UTF-8), never inside a character; continuation lines start with a space. */
export function fold(line: string): string {
  let out = '';
  let n = 0;
  for (const ch of line) {
    const c = ch.codePointAt(0)!;
    const bytes = c < 0x80 ? 1 : c < 0x800 ? 2 : c < 0x10000 ? 3 : 4;
    if (n + bytes > 75) {
      out += '\r\n ';
      n = 1;
    }
    out += ch;
    n += bytes;
  }
  return out;
}

/** A one-event iCalendar file (CRLF line ends, UTC times). */
export function ics(e: CalendarEvent, now: number): string {
  return [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//union-widgets//town-hall//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    'UID:' +
      text(
        e.uid ??
          `${basicUtc(e.start)}-${[...e.title].reduce((h, c) => (h * 31 + c.codePointAt(0)!) >>> 0, 7).toString(36)}@union-widgets`,
      ),
    'DTSTAMP:' + basicUtc(now),
    'DTSTART:' + basicUtc(e.start),
    'DTEND:' + basicUtc(e.end),
    'SUMMARY:' + text(e.title),
    e.description ? 'DESCRIPTION:' + text(e.description) : '',
    // URL is a URI value, not TEXT: no escaping.
    e.url ? 'URL:' + e.url : '',
    'END:VEVENT',
    'END:VCALENDAR',
  ]
    .filter(Boolean)
    .map((l) => fold(l) + '\r\n')
    .join('');
}

/** Google Calendar's and Outlook's "add event" links. */
export function calendarLinks(e: CalendarEvent): { google: string; outlook: string } {
  const details = [e.description, e.url].filter(Boolean).join('\n\n');
  const iso = (ms: number) => new Date(ms).toISOString().replace(/\.\d+/, '');
  const q = (o: Record<string, string>) => new URLSearchParams(o).toString();
  return {
    google:
      'https://calendar.google.com/calendar/render?' +
      q({
        action: 'TEMPLATE',
        text: e.title,
        dates: `${basicUtc(e.start)}/${basicUtc(e.end)}`,
        details,
      }),
    outlook:
      'https://outlook.live.com/calendar/0/deeplink/compose?' +
      q({
        path: '/calendar/action/compose',
        rru: 'addevent',
        subject: e.title,
        startdt: iso(e.start),
        enddt: iso(e.end),
        body: details,
      }),
  };
}
