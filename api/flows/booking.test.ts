import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setTimeout as sleep } from 'node:timers/promises';
import type { AvailabilityResponse, BookingCreated } from '../../model/contracts.js';
import { bookingRequest, MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * POST /api/booking/create against the local NCB and mailbox. "Now" is Monday 2026-11-23 08:00 in Los Angeles;
 * Tuesday 10:00 LA is 18:00 UTC and 19:00 in Madrid (the fixture visitor's zone).
 */
const TUE_1000_LA = '2026-11-24T10:00:00-08:00';

const bookingsAt = async (h: Harness, day: string, start: string) =>
  (await h.rows('bookings')).filter((b) => String(b.booking_date).startsWith(day) && b.start_time === start);

async function availability(h: Harness, date: string): Promise<Map<string, boolean>> {
  const res = await h.app.request(`/api/booking/availability?from=${date}&to=${date}&timezone=America/Los_Angeles`);
  const body = (await res.json()) as AvailabilityResponse;
  return new Map((body.days[0]?.slots ?? []).map((s) => [s.start.slice(11, 16), s.available]));
}

/** The .ics travels as a data: URI; this is what a calendar app receives. */
function decodeIcs(uri: string): string {
  const prefix = 'data:text/calendar;charset=utf-8,';
  assert.ok(uri.startsWith(prefix), uri.slice(0, 40));
  return decodeURIComponent(uri.slice(prefix.length));
}

describe('POST /api/booking/create against the local NCB', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
  });
  after(() => h.close());

  it('answers 201 with the booking in the visitor’s zone and calendar links, then writes a linked CRM record', async () => {
    const req = bookingRequest(TUE_1000_LA);
    const res = await h.json('/api/booking/create', req);
    assert.equal(res.status, 201);
    const body = (await res.json()) as BookingCreated;
    assert.match(body.booking.id, /^bk_[0-9a-f]{32}$/);
    assert.deepEqual({ ...body.booking, id: undefined }, {
      id: undefined,
      type: 'consultation',
      start: '2026-11-24T19:00:00+01:00',
      end: '2026-11-24T19:30:00+01:00',
      timezone: 'Europe/Madrid',
      businessTimezone: 'America/Los_Angeles',
      status: 'confirmed',
      name: 'Dana Whitfield',
      email: 'dana@example.com',
      location: 'https://meet.kre8tion.com/strategy-call', // MEETING_URL's default (api/config.ts)
    });
    assert.equal(Date.parse(body.booking.start), Date.parse(TUE_1000_LA));
    assert.ok(body.calendar.ics && body.calendar.google && body.calendar.outlook);
    const ics = decodeURIComponent(body.calendar.ics.slice(body.calendar.ics.indexOf(',') + 1));
    assert.match(ics, /\r\nLOCATION:https:\/\/meet\.kre8tion\.com\/strategy-call\r\n/);
    assert.match(ics, /\r\nURL:https:\/\/meet\.kre8tion\.com\/strategy-call\r\n/);

    await h.jobs.drain();
    const rows = await h.rows('bookings');
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    assert.equal(row.booking_date, '2026-11-24T00:00:00.000Z', 'the business-local day, as NCB returns a datetime');
    assert.equal(row.start_time, '10:00');
    assert.equal(row.end_time, '10:30');
    assert.equal(row.timezone, 'America/Los_Angeles');
    assert.equal(row.status, 'confirmed');
    assert.equal(row.booking_type, 'consultation');
    assert.equal(row.guest_name, 'Dana Whitfield');
    assert.equal(row.guest_email, 'dana@example.com');
    assert.equal(row.guest_phone, '+15125550134');
    assert.equal(row.company_name, 'Whitfield Plumbing');
    assert.equal(row.challenge, 'Missed calls');
    assert.equal(row.stripe_session_id, null, 'a free call carries no payment');
    assert.equal(row.payment_status, null);
    assert.match(String(row.notes), /Europe\/Madrid/);
    assert.equal(row.meeting_link, 'https://meet.kre8tion.com/strategy-call');

    const leads = await h.rows('leads');
    assert.equal(leads.length, 1);
    const lead = leads[0]!;
    assert.equal(lead.email, 'dana@example.com');
    assert.equal(lead.first_name, 'Dana');
    assert.equal(lead.last_name, 'Whitfield');
    assert.equal(lead.phone, '+15125550134');
    assert.equal(lead.company_name, 'Whitfield Plumbing');
    assert.equal(lead.industry, 'Plumbing');
    assert.equal(lead.source, 'other');
    assert.match(String(lead.source_detail), /Booking/);
    assert.match(String(lead.source_detail), /2026-11-24 10:00/);
    assert.match(String(lead.source_detail), /utm_source=newsletter/);
    assert.ok(Number.isInteger(lead.lead_score) && (lead.lead_score as number) > 0 && (lead.lead_score as number) <= 100, `score ${lead.lead_score}`);
    assert.equal(lead.booking_id, row.id);
    assert.equal(lead.user_id, 'owner-1');

    const mail = await h.mailbox.list();
    assert.deepEqual(mail.map((m) => m.to).sort(), ['dana@example.com', 'team@kre8tion.test']);
    const confirmation = mail.find((m) => m.to === 'dana@example.com')!;
    assert.ok(confirmation.subject.length > 0);
    assert.match(confirmation.html, /19:00|7:00/, 'the visitor sees the time in their own zone');
    const dossier = mail.find((m) => m.to === 'team@kre8tion.test')!;
    assert.match(dossier.html + dossier.text, /Whitfield Plumbing/);

    const acts = await h.rows('activities');
    assert.equal(acts.length, 2, 'one activity per email sent');
    for (const a of acts) {
      assert.equal(a.lead_id, lead.id);
      assert.equal(a.type, 'email');
      assert.ok(String(a.subject).length > 0);
    }
  });

  it('hands back a valid RFC 5545 .ics (CRLF only, UTC instants) and UTC calendar links', async () => {
    const res = await h.json('/api/booking/create', bookingRequest('2026-11-24T11:30:00-08:00', { email: 'ics@example.com', name: 'Iris, C; Sánchez' }));
    assert.equal(res.status, 201);
    const { calendar } = (await res.json()) as BookingCreated;
    const ics = decodeIcs(calendar.ics);
    assert.ok(ics.endsWith('\r\n'));
    assert.equal(ics.replace(/\r\n/g, '').search(/[\r\n]/), -1, 'no bare LF or CR');
    const lines = ics.split('\r\n').slice(0, -1);
    assert.equal(lines[0], 'BEGIN:VCALENDAR');
    assert.equal(lines.at(-1), 'END:VCALENDAR');
    for (const l of lines) assert.ok(new TextEncoder().encode(l).length <= 75, `folded at 75 octets: ${l}`);
    const unfolded = ics.replace(/\r\n /g, '');
    assert.match(unfolded, /\r\nVERSION:2\.0\r\n/);
    assert.match(unfolded, /\r\nMETHOD:PUBLISH\r\n/);
    assert.match(unfolded, /\r\nDTSTART:20261124T193000Z\r\n/);
    assert.match(unfolded, /\r\nDTEND:20261124T200000Z\r\n/);
    assert.doesNotMatch(unfolded, /TZID/);
    assert.match(unfolded, /\r\nSUMMARY:Strategy Call — Iris\\, C\\; Sánchez\r\n/);
    assert.equal(new URL(calendar.google).searchParams.get('dates'), '20261124T193000Z/20261124T200000Z');
    const outlook = new URL(calendar.outlook).searchParams;
    assert.equal(outlook.get('startdt'), '2026-11-24T19:30:00Z');
    assert.equal(outlook.get('enddt'), '2026-11-24T20:00:00Z');
  });

  it('the same submissionId twice gives the same answer, one row and one pair of emails', async () => {
    const req = bookingRequest('2026-11-24T13:00:00-08:00', { email: 'twice@example.com' });
    const first = await h.json('/api/booking/create', req);
    const second = await h.json('/api/booking/create', req);
    assert.equal(first.status, 201);
    assert.equal(second.status, 201);
    const a = await first.json();
    assert.deepEqual(await second.json(), a);
    await h.jobs.drain();
    const third = await h.json('/api/booking/create', req);
    assert.equal(third.status, 201, 'a retry after the CRM write is still the same booking, not a 409 on itself');
    assert.deepEqual(await third.json(), a);
    await h.jobs.drain();
    assert.equal((await bookingsAt(h, '2026-11-24', '13:00')).length, 1);
    assert.equal((await h.mailbox.list()).filter((m) => m.to === 'twice@example.com').length, 1);
    const dossiers = (await h.mailbox.list()).filter((m) => m.to === 'team@kre8tion.test' && /twice@example\.com/.test(m.html + m.text));
    assert.equal(dossiers.length, 1);
  });

  it('refuses a slot the calendar could not have offered with 400 naming start, and writes nothing', async () => {
    await h.deps.ncb.create('blocked_dates', { date: '2026-12-01', reason: 'Holiday' });
    const before = { bookings: (await h.rows('bookings')).length, mail: (await h.mailbox.list()).length };
    const cases: [string, string][] = [
      ['2026-11-24T10:15:00-08:00', 'off-grid'],
      ['2026-11-24T10:00:30-08:00', 'off-grid (seconds)'],
      ['2026-11-24T17:00:00-08:00', 'at closing time'],
      ['2026-11-24T16:45:00-08:00', 'runs past closing'],
      ['2026-11-24T07:00:00-08:00', 'before opening'],
      ['2026-11-28T10:00:00-08:00', 'Saturday'],
      ['2026-11-29T10:00:00-08:00', 'Sunday'],
      ['2026-12-01T10:00:00-08:00', 'blocked day'],
      ['2026-11-23T07:00:00-08:00', 'past'],
      ['2026-11-20T10:00:00-08:00', 'last week'],
      ['2026-11-23T08:30:00-08:00', 'inside the notice period'],
      ['2026-12-24T10:00:00-08:00', 'beyond the 30-day horizon'],
    ];
    for (const [start, why] of cases) {
      const res = await h.json('/api/booking/create', bookingRequest(start, { email: 'refused@example.com' }));
      assert.equal(res.status, 400, `${why}: ${start} → ${res.status}`);
      const { error } = await res.json();
      assert.equal(error.code, 'invalid_request', why);
      assert.ok(error.fields?.start, `${why} names start: ${JSON.stringify(error)}`);
    }
    const noOffset = await h.json('/api/booking/create', bookingRequest('2026-11-24T10:00:00', { email: 'refused@example.com' }));
    assert.equal(noOffset.status, 400, 'a start without an offset is ambiguous');
    assert.ok((await noOffset.json()).error.fields.start);
    await h.jobs.drain();
    assert.equal((await h.rows('bookings')).length, before.bookings);
    assert.equal((await h.mailbox.list()).length, before.mail);
  });

  it('answers 409 for a slot someone else has, in any offset notation', async () => {
    const res = await h.json('/api/booking/create', bookingRequest('2026-11-24T18:00:00Z', { email: 'second@example.com' }));
    assert.equal(res.status, 409);
    const { error } = await res.json();
    assert.equal(error.code, 'slot_taken');
    assert.ok(error.requestId);
    await h.jobs.drain();
    assert.equal((await bookingsAt(h, '2026-11-24', '10:00')).length, 1);
    assert.ok(!(await h.mailbox.list()).some((m) => m.to === 'second@example.com'));
  });

  it('a slot booked here is shown taken in availability before the CRM row exists', async () => {
    const res = await h.json('/api/booking/create', bookingRequest('2026-11-25T09:30:00-08:00', { email: 'early@example.com' }));
    assert.equal(res.status, 201);
    assert.equal((await availability(h, '2026-11-25')).get('09:30'), false);
    await h.jobs.drain();
  });
});

/**
 * Gives the KV the I/O latency Workers KV has. In-process, a Map-backed KV answers within one tick, so a
 * check-then-write would look atomic even without the calendar lock; with latency only the lock keeps it so
 * (without it, this suite sees several winners for one slot).
 */
function slowKv(h: Harness) {
  const kv = h.deps.kv as unknown as Record<string, (...a: unknown[]) => Promise<unknown>>;
  let n = 0;
  for (const m of ['get', 'put', 'list', 'delete']) {
    const inner = kv[m]!.bind(kv);
    kv[m] = async (...a) => {
      await sleep((n++ * 7) % 4);
      return inner(...a);
    };
  }
}

describe('no double booking', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA, ncbLatencyMs: 5 });
    slowKv(h);
  });
  after(() => h.close());

  it('50 concurrent creates for one slot: exactly one 201, 49 × 409, one bookings row', async () => {
    const start = '2026-11-30T14:00:00-08:00';
    const results = await Promise.all(
      Array.from({ length: 50 }, (_, i) => h.json('/api/booking/create', bookingRequest(start, { email: `racer${i}@example.com`, name: `Racer ${i}` }))),
    );
    const statuses = results.map((r) => r.status);
    assert.equal(statuses.filter((s) => s === 201).length, 1, JSON.stringify(statuses));
    assert.equal(statuses.filter((s) => s === 409).length, 49);
    const winner = (await results[statuses.indexOf(201)]!.json()) as BookingCreated;
    await h.jobs.drain();
    const rows = (await h.rows('bookings')).filter((b) => String(b.booking_date).startsWith('2026-11-30') && b.start_time === '14:00' && b.status === 'confirmed');
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.guest_email, winner.booking.email);
    assert.equal((await h.rows('leads')).length, 1, 'only the winner became a lead');
    assert.equal((await h.mailbox.list()).length, 2);
  });

  it('overlapping but different starts race too: an assessment hold and calls inside its 3 hours', async () => {
    const calls = ['2026-12-01T09:30:00-08:00', '2026-12-01T10:00:00-08:00', '2026-12-01T11:30:00-08:00'];
    const results = await Promise.all([
      h.json('/api/booking/checkout', bookingRequest('2026-12-01T09:00:00-08:00', { type: 'assessment', email: 'holder@example.com', returnUrl: 'http://localhost:8787/book' })),
      ...calls.map((s, i) => h.json('/api/booking/create', bookingRequest(s, { email: `call${i}@example.com` }))),
    ]);
    const [hold, ...rest] = results.map((r) => r.status);
    // Either the hold won (all three calls overlap it) or a call won and the hold, overlapping it, lost.
    assert.ok(hold === 200 ? rest.every((s) => s === 409) : hold === 409 && rest.includes(201), `hold ${hold}, calls ${rest}`);
    await h.jobs.drain();
    // whatever won, nothing overlaps: the day's busy intervals are disjoint
    const taken = [...(await availability(h, '2026-12-01'))].filter(([, free]) => !free).map(([t]) => t);
    if (hold === 200) assert.deepEqual(taken, ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']);
    else assert.deepEqual(taken, calls.filter((_, i) => rest[i] === 201).map((c) => c.slice(11, 16)));
  });
});
