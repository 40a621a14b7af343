/**
 * Add-to-calendar: an RFC 5545 .ics plus Google and Outlook links (fixes D23). Every time is an absolute UTC
 * instant, so no VTIMEZONE is needed and every client shows the event in its own zone. Pure: runs on Workers.
 */

export interface CalendarEvent {
  uid: string;
  start: Date;
  end: Date;
  title: string;
  description: string;
  location?: string;
  url?: string;
  /** DTSTAMP: when this .ics was produced. */
  now: Date;
}

export interface CalendarBundle {
  ics: string;
  icsDataUri: string;
  google: string;
  outlook: string;
}

const PRODID = '-//kre8 widgets//Booking//EN';
const CRLF = '\r\n';
const MAX_OCTETS = 75;
const encoder = new TextEncoder();

/** A lone UTF-16 surrogate has no UTF-8 form (encodeURIComponent throws on it): it becomes U+FFFD. */
export function wellFormed(value: string): string {
  return value.replace(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g, '\ufffd');
}

/** RFC 5545 TEXT: escape \ ; , and newlines; drop other control characters (they are not allowed at all). */
export function escapeText(value: string): string {
  return wellFormed(value)
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex
    .replace(/[\u0000-\u0008\u000b-\u001f\u007f]/g, '');
}

/** Folds one content line at 75 octets (continuations start with a space), never inside a UTF-8 character. */
export function foldLine(line: string): string {
  const out: string[] = [];
  let current = '';
  let octets = 0;
  for (const ch of line) {
    const size = encoder.encode(ch).length;
    if (octets + size > MAX_OCTETS) {
      out.push(current);
      current = ' ';
      octets = 1;
    }
    current += ch;
    octets += size;
  }
  out.push(current);
  return out.join(CRLF);
}

/** 20261123T170000Z */
export function icsUtc(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z').replace(/[-:]/g, '');
}

/** 2026-11-23T17:00:00Z (Outlook reads the Z; without it the viewer's zone is assumed). */
function isoUtc(d: Date): string {
  return d.toISOString().replace(/\.\d{3}Z$/, 'Z');
}

/** Only absolute http(s) URLs are emitted; anything else is dropped rather than escaped into a URI property. */
function safeUrl(url: string | undefined): string | undefined {
  if (!url) return undefined;
  try {
    const u = new URL(url);
    return u.protocol === 'https:' || u.protocol === 'http:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}

function assertValid(ev: CalendarEvent): void {
  for (const d of [ev.start, ev.end, ev.now]) {
    if (!(d instanceof Date) || Number.isNaN(d.getTime())) throw new RangeError('invalid date in calendar event');
  }
  if (ev.end.getTime() <= ev.start.getTime()) throw new RangeError('calendar event must end after it starts');
}

export function buildIcs(ev: CalendarEvent): string {
  assertValid(ev);
  const url = safeUrl(ev.url);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    'BEGIN:VEVENT',
    `UID:${escapeText(ev.uid)}`,
    `DTSTAMP:${icsUtc(ev.now)}`,
    `DTSTART:${icsUtc(ev.start)}`,
    `DTEND:${icsUtc(ev.end)}`,
    `SUMMARY:${escapeText(ev.title)}`,
    `DESCRIPTION:${escapeText(ev.description)}`,
    ...(ev.location ? [`LOCATION:${escapeText(ev.location)}`] : []),
    ...(url ? [`URL:${url}`] : []),
    'STATUS:CONFIRMED',
    'SEQUENCE:0',
    'BEGIN:VALARM',
    'ACTION:DISPLAY',
    `DESCRIPTION:${escapeText(ev.title)}`,
    'TRIGGER:-PT15M',
    'END:VALARM',
    'END:VEVENT',
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}

function withUrl(description: string, url: string | undefined): string {
  return url ? `${description}\n\n${url}` : description;
}

export function googleCalendarUrl(ev: CalendarEvent): string {
  const params = new URLSearchParams({
    action: 'TEMPLATE',
    text: ev.title,
    dates: `${icsUtc(ev.start)}/${icsUtc(ev.end)}`,
    details: withUrl(ev.description, safeUrl(ev.url)),
  });
  if (ev.location) params.set('location', ev.location);
  return `https://calendar.google.com/calendar/render?${params.toString()}`;
}

export function outlookCalendarUrl(ev: CalendarEvent): string {
  const params = new URLSearchParams({
    path: '/calendar/action/compose',
    rru: 'addevent',
    subject: ev.title,
    body: withUrl(ev.description, safeUrl(ev.url)),
    startdt: isoUtc(ev.start),
    enddt: isoUtc(ev.end),
  });
  if (ev.location) params.set('location', ev.location);
  return `https://outlook.live.com/calendar/0/deeplink/compose?${params.toString()}`;
}

export function buildCalendar(ev: CalendarEvent): CalendarBundle {
  const ics = buildIcs(ev);
  return {
    ics,
    icsDataUri: `data:text/calendar;charset=utf-8,${encodeURIComponent(ics)}`,
    google: googleCalendarUrl(ev),
    outlook: outlookCalendarUrl(ev),
  };
}
