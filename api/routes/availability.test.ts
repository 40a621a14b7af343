import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AvailabilityResponse } from '../../model/contracts.js';
import { MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * GET /api/booking/availability against the local NCB: the CRM's rows (written here straight into NCB, the way
 * the CRM writes them) decide what a visitor is offered. Monday 2026-11-23 08:00 in Los Angeles (UTC−8).
 */
const LA = 'America/Los_Angeles';
const MAD = 'Europe/Madrid';

/** A clock the tests move forward (e.g. past the calendar cache window). */
function movableClock(start = MONDAY_0800_LA) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (seconds: number) => (t += seconds * 1000) };
}

const halfHours = (fromHour: number, count: number) =>
  Array.from({ length: count }, (_, i) => {
    const m = fromHour * 60 + i * 30;
    return `${String(Math.floor(m / 60) % 24).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`;
  });

describe('GET /api/booking/availability', () => {
  let h: Harness;
  const clock = movableClock();
  const cacheSeconds = () => h.deps.config.CALENDAR_CACHE_SECONDS;
  /** NCB is read at most once per cache window per range; step past it so a direct CRM write is seen. */
  const pastCache = () => clock.advance(cacheSeconds() + 1);

  async function availability(q: Record<string, string>) {
    const res = await h.app.request(`/api/booking/availability?${new URLSearchParams(q)}`);
    return { status: res.status, body: (await res.json()) as AvailabilityResponse & { error?: { code: string; fields?: Record<string, string> } } };
  }
  const ok = async (q: Record<string, string>) => {
    const r = await availability(q);
    assert.equal(r.status, 200, JSON.stringify(r.body));
    return r.body;
  };
  const day = (r: AvailabilityResponse, date: string) => r.days.find((d) => d.date === date);
  const slotAt = (r: AvailabilityResponse, startIso: string) => r.days.flatMap((d) => d.slots).find((s) => s.start === startIso);

  before(async () => {
    h = await startHarness({ now: clock.now });
  });
  after(() => h.close());

  it('offers the seeded Monday–Friday 09:00–17:00 in Los Angeles, 30-minute slots, weekends absent', async () => {
    const r = await ok({ from: '2026-11-23', to: '2026-11-29', timezone: LA });
    assert.equal(r.businessTimezone, LA);
    assert.equal(r.timezone, LA);
    assert.deepEqual(r.days.map((d) => d.date), ['2026-11-23', '2026-11-24', '2026-11-25', '2026-11-26', '2026-11-27']);
    for (const d of r.days) {
      assert.deepEqual(d.slots.map((s) => s.start), halfHours(9, 16).map((t) => `${d.date}T${t}:00-08:00`), d.date);
      assert.ok(d.slots.every((s) => s.available));
      assert.equal(d.slots.at(-1)!.end, `${d.date}T17:00:00-08:00`);
    }
  });

  it('shows a Madrid visitor the same hours as 18:00–02:00 Madrid time, over two Madrid dates', async () => {
    const r = await ok({ from: '2026-11-23', to: '2026-11-24', timezone: MAD });
    assert.equal(r.timezone, MAD);
    assert.equal(r.businessTimezone, LA);
    // Madrid Monday: LA Monday 09:00–14:30
    assert.deepEqual(day(r, '2026-11-23')!.slots.map((s) => s.start), halfHours(18, 12).map((t) => `2026-11-23T${t}:00+01:00`));
    // Madrid Tuesday: LA Monday 15:00–16:30 after midnight, then LA Tuesday from 18:00
    const tue = day(r, '2026-11-24')!.slots;
    assert.deepEqual(tue.slice(0, 4).map((s) => s.start), halfHours(0, 4).map((t) => `2026-11-24T${t}:00+01:00`));
    assert.equal(tue[3]!.end, '2026-11-24T02:00:00+01:00');
    assert.equal(tue[4]!.start, '2026-11-24T18:00:00+01:00');
    // the offset form denotes the same instant as LA 09:00
    assert.equal(Date.parse(day(r, '2026-11-23')!.slots[0]!.start), Date.parse('2026-11-23T09:00:00-08:00'));
    // LA's weekend is shut: Madrid Sunday has nothing, Madrid Saturday only the tail of LA Friday
    const weekend = await ok({ from: '2026-11-28', to: '2026-11-29', timezone: MAD });
    assert.deepEqual(weekend.days.map((d) => [d.date, d.slots.length]), [['2026-11-28', 4]]);
  });

  it('closes a day the CRM blocked (blocked_dates.date is a datetime column)', async () => {
    const id = await h.deps.ncb.create('blocked_dates', { date: '2026-11-25', reason: 'Team offsite' });
    const stored = await h.deps.ncb.get('blocked_dates', id);
    assert.equal(stored!.date, '2026-11-25T00:00:00.000Z', 'NCB hands the day back as an ISO timestamp (D8)');
    pastCache();
    const r = await ok({ from: '2026-11-24', to: '2026-11-27', timezone: LA });
    assert.deepEqual(r.days.map((d) => d.date), ['2026-11-24', '2026-11-26', '2026-11-27']);
    // a Madrid visitor loses the LA Wednesday too, including its after-midnight tail on Madrid Thursday
    const mad = await ok({ from: '2026-11-25', to: '2026-11-26', timezone: MAD });
    assert.deepEqual(day(mad, '2026-11-25')!.slots.map((s) => s.start), halfHours(0, 4).map((t) => `2026-11-25T${t}:00+01:00`), 'only LA Tuesday’s tail');
    assert.equal(day(mad, '2026-11-26')!.slots[0]!.start, '2026-11-26T18:00:00+01:00', 'no LA Wednesday tail after midnight');
  });

  it('marks a slot with a confirmed booking taken; a cancelled booking frees it', async () => {
    const base = { guest_name: 'CRM Guest', booking_date: '2026-11-24', booking_type: 'consultation' as const };
    await h.deps.ncb.create('bookings', { ...base, guest_email: 'kept@example.com', start_time: '10:00', end_time: '10:30', status: 'confirmed' });
    await h.deps.ncb.create('bookings', { ...base, guest_email: 'gone@example.com', start_time: '11:00', end_time: '11:30', status: 'cancelled' });
    // an assessment row (3 hours) blocks every half hour it spans
    await h.deps.ncb.create('bookings', { ...base, guest_email: 'long@example.com', start_time: '13:00', end_time: '16:00', status: 'confirmed', booking_type: 'assessment' });
    pastCache();
    const r = await ok({ from: '2026-11-24', to: '2026-11-24', timezone: LA });
    const taken = day(r, '2026-11-24')!.slots.filter((s) => !s.available).map((s) => s.start.slice(11, 16));
    assert.deepEqual(taken, ['10:00', '13:00', '13:30', '14:00', '14:30', '15:00', '15:30']);
    assert.equal(slotAt(r, '2026-11-24T11:00:00-08:00')!.available, true, 'cancelled rows do not count');
    // …and the create endpoint agrees with what was shown
    const clash = await h.json('/api/booking/create', {
      submissionId: crypto.randomUUID(), type: 'consultation', start: '2026-11-24T10:00:00-08:00', timezone: LA,
      name: 'Late Comer', email: 'late@example.com', fillMs: 30_000,
    });
    assert.equal(clash.status, 409);
  });

  it('sees every booking in range, not only NCB’s default first page of 10 (D7)', async () => {
    const times = halfHours(9, 14); // 09:00 … 15:30 on Thursday
    for (const t of times) {
      const [hh, mm] = t.split(':').map(Number);
      const end = `${String(hh! + (mm === 30 ? 1 : 0)).padStart(2, '0')}:${mm === 30 ? '00' : '30'}`;
      await h.deps.ncb.create('bookings', { guest_name: 'Busy Day', guest_email: `busy-${t.replace(':', '')}@example.com`, booking_date: '2026-11-26', start_time: t, end_time: end, status: 'confirmed' });
    }
    pastCache();
    const r = await ok({ from: '2026-11-26', to: '2026-11-26', timezone: LA });
    const slots = day(r, '2026-11-26')!.slots;
    assert.deepEqual(slots.filter((s) => !s.available).map((s) => s.start.slice(11, 16)), times);
    assert.deepEqual(slots.filter((s) => s.available).map((s) => s.start.slice(11, 16)), ['16:00', '16:30']);
  });

  it('fits 3-hour assessment slots inside the hours and around bookings', async () => {
    const r = await ok({ from: '2026-11-27', to: '2026-11-27', timezone: LA, type: 'assessment' });
    const fri = day(r, '2026-11-27')!.slots;
    assert.deepEqual(fri.map((s) => s.start.slice(11, 16)), halfHours(9, 11)); // 09:00 … 14:00
    for (const s of fri) assert.equal(Date.parse(s.end) - Date.parse(s.start), 180 * 60_000);
    assert.equal(fri.at(-1)!.end, '2026-11-27T17:00:00-08:00');
    // a noon call on Friday: a 09:00 assessment ends as it starts (half-open), 09:30–12:00 would overlap it
    await h.deps.ncb.create('bookings', { guest_name: 'Noon Call', guest_email: 'noon@example.com', booking_date: '2026-11-27', start_time: '12:00', end_time: '12:30', status: 'confirmed' });
    pastCache();
    const around = day(await ok({ from: '2026-11-27', to: '2026-11-27', timezone: LA, type: 'assessment' }), '2026-11-27')!.slots;
    assert.deepEqual(around.filter((s) => s.available).map((s) => s.start.slice(11, 16)), ['09:00', '12:30', '13:00', '13:30', '14:00']);
    // Tuesday (a 10:00 call and a 13:00–16:00 assessment) has no 3-hour gap left, so it is not offered at all
    const tue = await ok({ from: '2026-11-24', to: '2026-11-24', timezone: LA, type: 'assessment' });
    assert.equal(day(tue, '2026-11-24'), undefined);
    // while the 30-minute call still fits there
    assert.ok(day(await ok({ from: '2026-11-24', to: '2026-11-24', timezone: LA }), '2026-11-24')!.slots.some((s) => s.available));
  });

  it('applies an availability_settings change made by the CRM once the cache window has passed', async () => {
    const before = await ok({ from: '2026-11-30', to: '2026-11-30', timezone: LA });
    assert.equal(day(before, '2026-11-30')!.slots[0]!.start, '2026-11-30T09:00:00-08:00');
    const monday = await h.deps.ncb.findOne('availability_settings', { weekday: 1 });
    assert.ok(monday, 'the local NCB is seeded with Monday');
    await h.deps.ncb.update('availability_settings', monday.id, { start_minutes: 600, end_minutes: 720 }); // 10:00–12:00
    clock.advance(cacheSeconds() - 5);
    const cached = await ok({ from: '2026-11-30', to: '2026-11-30', timezone: LA });
    assert.equal(day(cached, '2026-11-30')!.slots.length, 16, 'within the window the cached calendar is served');
    clock.advance(10);
    const fresh = await ok({ from: '2026-11-30', to: '2026-11-30', timezone: LA });
    assert.deepEqual(day(fresh, '2026-11-30')!.slots.map((s) => s.start.slice(11, 16)), halfHours(10, 4));
    // closing the weekday entirely removes the day
    await h.deps.ncb.update('availability_settings', monday.id, { is_available: 0 });
    pastCache();
    assert.deepEqual((await ok({ from: '2026-11-30', to: '2026-12-01', timezone: LA })).days.map((d) => d.date), ['2026-12-01']);
  });

  it('frees a slot booked through the API once the CRM cancels its row', async () => {
    const req = { submissionId: crypto.randomUUID(), type: 'consultation', start: '2026-11-27T15:00:00-08:00', timezone: LA, name: 'Changed Mind', email: 'changed@example.com', fillMs: 30_000 };
    assert.equal((await h.json('/api/booking/create', req)).status, 201);
    await h.jobs.drain();
    const row = (await h.rows('bookings')).find((b) => b.guest_email === 'changed@example.com')!;
    pastCache();
    assert.equal(slotAt(await ok({ from: '2026-11-27', to: '2026-11-27', timezone: LA }), '2026-11-27T15:00:00-08:00')!.available, false);
    await h.deps.ncb.update('bookings', row.id as number, { status: 'cancelled' });
    pastCache();
    assert.equal(slotAt(await ok({ from: '2026-11-27', to: '2026-11-27', timezone: LA }), '2026-11-27T15:00:00-08:00')!.available, true);
  });

  it('refuses bad from/to/timezone/type with 400 naming the field', async () => {
    const base = { from: '2026-11-30', to: '2026-12-04', timezone: LA };
    const cases: [Record<string, string>, string][] = [
      [{ ...base, from: '30/11/2026' }, 'from'],
      [{ ...base, to: 'next week' }, 'to'],
      [{ ...base, to: '2026-11-29' }, 'to'], // before from
      [{ ...base, to: '2027-03-01' }, 'to'], // too long a range
      [{ ...base, timezone: 'Mars/Olympus_Mons' }, 'timezone'],
      [{ ...base, type: 'lunch' }, 'type'],
      [{ to: base.to, timezone: LA }, 'from'],
      [{ from: base.from, to: base.to }, 'timezone'],
    ];
    for (const [q, field] of cases) {
      const r = await availability(q);
      assert.equal(r.status, 400, `${JSON.stringify(q)} → ${r.status}`);
      assert.equal(r.body.error!.code, 'invalid_request');
      assert.ok(r.body.error!.fields?.[field], `${JSON.stringify(q)} names ${field}: ${JSON.stringify(r.body.error)}`);
    }
  });

  it('answers 400, not 500, for a well-formed but impossible date', async () => {
    const r = await availability({ from: '2026-02-30', to: '2026-03-02', timezone: LA });
    assert.equal(r.status, 400, JSON.stringify(r.body));
    assert.ok(r.body.error!.fields?.from);
  });
});
