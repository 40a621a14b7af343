import { test } from 'node:test';
import assert from 'node:assert/strict';
import { buildCalendar, escapeText, foldLine, type CalendarEvent } from './calendar.js';

const ev = (patch: Partial<CalendarEvent> = {}): CalendarEvent => ({
  uid: 'booking-42@kre8.example',
  start: new Date('2026-11-23T17:00:00Z'),
  end: new Date('2026-11-23T17:30:00Z'),
  title: 'Strategy Call - Ana López',
  description: 'Strategy call\nGuest: Ana López',
  now: new Date('2026-11-20T10:11:12.345Z'),
  ...patch,
});
const octets = (s: string): number => new TextEncoder().encode(s).length;
/** RFC 5545 unfolding: CRLF followed by one space or tab joins lines. */
const unfold = (ics: string): string[] => ics.replace(/\r\n[ \t]/g, '').split('\r\n');
const prop = (ics: string, name: string): string[] =>
  unfold(ics).filter((l) => l.startsWith(`${name}:`) || l.startsWith(`${name};`)).map((l) => l.slice(l.indexOf(':') + 1));

test('ICS has the required structure, UTC times and a 15-minute alarm', () => {
  const { ics } = buildCalendar(ev({ location: 'Zoom', url: 'https://kre8.example/b/42' }));
  const lines = unfold(ics);
  assert.equal(lines[0], 'BEGIN:VCALENDAR');
  assert.equal(lines.at(-2), 'END:VCALENDAR');
  assert.equal(lines.at(-1), ''); // trailing CRLF
  for (const l of ['VERSION:2.0', 'METHOD:PUBLISH', 'BEGIN:VEVENT', 'END:VEVENT', 'BEGIN:VALARM', 'TRIGGER:-PT15M', 'END:VALARM']) {
    assert.ok(lines.includes(l), l);
  }
  assert.ok(lines.some((l) => l.startsWith('PRODID:-//')));
  assert.deepEqual(prop(ics, 'DTSTART'), ['20261123T170000Z']);
  assert.deepEqual(prop(ics, 'DTEND'), ['20261123T173000Z']);
  assert.deepEqual(prop(ics, 'DTSTAMP'), ['20261120T101112Z']);
  assert.deepEqual(prop(ics, 'UID'), ['booking-42@kre8.example']);
  assert.deepEqual(prop(ics, 'LOCATION'), ['Zoom']);
  assert.deepEqual(prop(ics, 'URL'), ['https://kre8.example/b/42']);
  assert.ok(!/TZID|METHOD:REQUEST/.test(ics));
});

test('optional LOCATION/URL are omitted when absent; a non-http URL is dropped', () => {
  const { ics } = buildCalendar(ev({ url: 'javascript:alert(1)' }));
  assert.deepEqual(prop(ics, 'LOCATION'), []);
  assert.deepEqual(prop(ics, 'URL'), []);
});

test('CRLF line endings only', () => {
  const { ics } = buildCalendar(ev({ description: 'a\nb\r\nc\rd', location: 'x' }));
  assert.equal(ics.replace(/\r\n/g, '').includes('\n'), false);
  assert.equal(ics.replace(/\r\n/g, '').includes('\r'), false);
  assert.ok(ics.endsWith('\r\n'));
});

test('long multibyte description folds at 75 octets and unfolds back intact', () => {
  const description = 'Reunión de estrategia — ñandú 🦩 café; '.repeat(20);
  const { ics } = buildCalendar(ev({ description }));
  const physical = ics.split('\r\n');
  assert.ok(physical.length > 20);
  for (const l of physical) assert.ok(octets(l) <= 75, `${octets(l)} octets: ${l}`);
  for (const l of physical) assert.ok(!l.includes('\uFFFD'));
  assert.deepEqual(prop(ics, 'DESCRIPTION')[0], escapeText(description));
  // a line of exactly 75 octets is not folded; 76 is
  assert.equal(foldLine('x'.repeat(75)), 'x'.repeat(75));
  assert.equal(foldLine('x'.repeat(76)), `${'x'.repeat(75)}\r\n x`);
  // a 4-byte emoji that would straddle the limit moves to the next line whole
  assert.equal(foldLine(`${'x'.repeat(73)}🦩`), `${'x'.repeat(73)}\r\n 🦩`);
});

test('TEXT escaping of ; , \\ and newlines', () => {
  assert.equal(escapeText('a;b,c\\d\ne'), 'a\\;b\\,c\\\\d\\ne');
  const { ics } = buildCalendar(ev({ description: 'Notes: 1;2,3\\4\nline' }));
  assert.equal(prop(ics, 'DESCRIPTION')[0], 'Notes: 1\\;2\\,3\\\\4\\nline');
});

test('a hostile summary cannot inject properties or components', () => {
  const title = 'Hi\r\nEND:VEVENT\r\nBEGIN:VEVENT\r\nATTENDEE:mailto:evil@x.test\u0000\u001b;x,y';
  const { ics } = buildCalendar(ev({ title }));
  const lines = unfold(ics);
  assert.equal(lines.filter((l) => l === 'BEGIN:VEVENT').length, 1);
  assert.equal(lines.filter((l) => l.startsWith('ATTENDEE')).length, 0);
  assert.deepEqual(prop(ics, 'SUMMARY'), ['Hi\\nEND:VEVENT\\nBEGIN:VEVENT\\nATTENDEE:mailto:evil@x.test\\;x\\,y']);
  assert.ok(!ics.includes('\u0000') && !ics.includes('\u001b'));
});

test('Google and Outlook links parse back to the same instants and text', () => {
  const e = ev({ title: 'Call & more?', location: 'Madrid, ES' });
  const { google, outlook } = buildCalendar(e);
  const g = new URL(google);
  assert.equal(`${g.origin}${g.pathname}`, 'https://calendar.google.com/calendar/render');
  assert.equal(g.searchParams.get('action'), 'TEMPLATE');
  assert.equal(g.searchParams.get('text'), 'Call & more?');
  assert.equal(g.searchParams.get('location'), 'Madrid, ES');
  assert.equal(g.searchParams.get('details'), e.description);
  const [gs, ge] = g.searchParams.get('dates')!.split('/');
  const fromBasic = (s: string) => new Date(s.replace(/^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/, '$1-$2-$3T$4:$5:$6Z'));
  assert.match(gs!, /^\d{8}T\d{6}Z$/);
  assert.equal(fromBasic(gs!).getTime(), e.start.getTime());
  assert.equal(fromBasic(ge!).getTime(), e.end.getTime());

  const o = new URL(outlook);
  assert.equal(o.hostname, 'outlook.live.com');
  assert.equal(o.searchParams.get('rru'), 'addevent');
  assert.equal(o.searchParams.get('subject'), 'Call & more?');
  assert.match(o.searchParams.get('startdt')!, /Z$/);
  assert.equal(new Date(o.searchParams.get('startdt')!).getTime(), e.start.getTime());
  assert.equal(new Date(o.searchParams.get('enddt')!).getTime(), e.end.getTime());
});

test('the data URI decodes to the ICS', () => {
  const { ics, icsDataUri } = buildCalendar(ev());
  const prefix = 'data:text/calendar;charset=utf-8,';
  assert.ok(icsDataUri.startsWith(prefix));
  assert.equal(decodeURIComponent(icsDataUri.slice(prefix.length)), ics);
});

test('invalid or inverted times are refused', () => {
  assert.throws(() => buildCalendar(ev({ start: new Date('x') })), RangeError);
  assert.throws(() => buildCalendar(ev({ end: new Date('2026-11-23T16:00:00Z') })), RangeError);
});

test('a lone surrogate in the title does not throw: it becomes U+FFFD in the .ics and both links', () => {
  const cal = buildCalendar({ uid: 'bk_1@kre8tion.com', start: new Date('2026-11-24T18:00:00Z'), end: new Date('2026-11-24T18:30:00Z'), title: 'Strategy Call — Eve \ud800', description: 'x\udfff', now: new Date('2026-11-23T16:00:00Z') });
  const ics = decodeURIComponent(cal.icsDataUri.slice('data:text/calendar;charset=utf-8,'.length));
  assert.ok(ics.includes('SUMMARY:Strategy Call — Eve \ufffd\r\n'), ics);
  assert.ok(ics.includes('DESCRIPTION:x\ufffd\r\n'));
  assert.equal(new URL(cal.google).searchParams.get('text'), 'Strategy Call — Eve \ufffd');
  assert.equal(new URL(cal.outlook).searchParams.get('subject'), 'Strategy Call — Eve \ufffd');
});
