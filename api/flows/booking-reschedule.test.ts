import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AvailabilityResponse } from '../../model/contracts.js';
import { bookingRequest, MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * The CRM moves or cancels a booking by writing its NCB row (the admin calendar does so through the data proxy,
 * which writes NCB as the CRM's own proxy does); the API's ledger, which held the slot when the visitor booked,
 * must follow the row: the old slot opens, the new one is taken, and a visitor create on it is a 409.
 * "Now" is Monday 2026-11-23 08:00 in Los Angeles; the clock moves past the calendar cache window.
 */
describe('a booking the CRM reschedules or cancels', () => {
  let h: Harness;
  let t = MONDAY_0800_LA.getTime();
  before(async () => {
    h = await startHarness({ now: () => new Date(t) });
  });
  after(() => h.close());
  const pastCache = () => (t += (h.deps.config.CALENDAR_CACHE_SECONDS + 1) * 1000);

  async function open(date: string): Promise<Map<string, boolean>> {
    const res = await h.app.request(`/api/booking/availability?from=${date}&to=${date}&timezone=America/Los_Angeles`);
    assert.equal(res.status, 200);
    const body = (await res.json()) as AvailabilityResponse;
    return new Map((body.days[0]?.slots ?? []).map((s) => [s.start.slice(11, 16), s.available]));
  }
  /** What the CRM's proxy does: PUT the row on NCB's own HTTP API. */
  async function crmUpdate(id: number, patch: Record<string, unknown>) {
    const r = await fetch(`${h.ncbBase}/ncb/update/bookings/${id}?Instance=test_instance`, { method: 'PUT', headers: { Authorization: 'Bearer test-secret', 'content-type': 'application/json' }, body: JSON.stringify(patch) });
    assert.equal(r.status, 200, await r.text());
  }
  async function bookedRowId(day: string, start: string) {
    await h.jobs.drain();
    const row = (await h.rows('bookings')).find((b) => String(b.booking_date).startsWith(day) && b.start_time === start);
    assert.ok(row, `no booking row on ${day} ${start}`);
    return Number(row.id);
  }

  it('moved to another day: the old slot opens, the new one is taken and a visitor create on it is 409', async () => {
    assert.equal((await h.json('/api/booking/create', bookingRequest('2026-11-24T10:00:00-08:00'))).status, 201);
    const id = await bookedRowId('2026-11-24', '10:00');
    assert.equal((await open('2026-11-24')).get('10:00'), false);

    await crmUpdate(id, { booking_date: '2026-11-25', start_time: '14:00', end_time: '14:30' });
    pastCache();
    assert.equal((await open('2026-11-24')).get('10:00'), true, 'the old slot is open again');
    assert.equal((await open('2026-11-25')).get('14:00'), false, 'the new slot is taken');
    const clash = await h.json('/api/booking/create', bookingRequest('2026-11-25T14:00:00-08:00', { email: 'other@example.com' }));
    assert.equal(clash.status, 409);
    const reopened = await h.json('/api/booking/create', bookingRequest('2026-11-24T10:00:00-08:00', { email: 'third@example.com' }));
    assert.equal(reopened.status, 201, 'a visitor can take the freed slot');
  });

  it('moved within the day: the old time opens, the new time is taken', async () => {
    assert.equal((await h.json('/api/booking/create', bookingRequest('2026-11-26T09:00:00-08:00'))).status, 201);
    const id = await bookedRowId('2026-11-26', '09:00');
    await crmUpdate(id, { start_time: '15:00', end_time: '15:30' });
    pastCache();
    const day = await open('2026-11-26');
    assert.equal(day.get('09:00'), true);
    assert.equal(day.get('15:00'), false);
    assert.equal((await h.json('/api/booking/create', bookingRequest('2026-11-26T15:00:00-08:00', { email: 'x@example.com' }))).status, 409);
  });

  it('within the calendar cache window a create on the new slot is still refused (the create check reads NCB afresh)', async () => {
    assert.equal((await h.json('/api/booking/create', bookingRequest('2026-11-30T10:00:00-08:00'))).status, 201);
    const id = await bookedRowId('2026-11-30', '10:00');
    pastCache();
    assert.equal((await open('2026-12-01')).get('12:00'), true, 'the target day is read (and cached) with 12:00 open');
    await crmUpdate(id, { booking_date: '2026-12-01', start_time: '12:00', end_time: '12:30' });
    const clash = await h.json('/api/booking/create', bookingRequest('2026-12-01T12:00:00-08:00', { email: 'z@example.com' }));
    assert.equal(clash.status, 409, 'no double booking while availability is still cached');
    const freed = await h.json('/api/booking/create', bookingRequest('2026-11-30T10:00:00-08:00', { email: 'w@example.com' }));
    assert.equal(freed.status, 201, 'the old slot can be taken at once');
  });

  it('cancelled: the slot opens and a visitor can book it', async () => {
    assert.equal((await h.json('/api/booking/create', bookingRequest('2026-11-27T11:00:00-08:00'))).status, 201);
    const id = await bookedRowId('2026-11-27', '11:00');
    await crmUpdate(id, { status: 'cancelled' });
    pastCache();
    assert.equal((await open('2026-11-27')).get('11:00'), true);
    assert.equal((await h.json('/api/booking/create', bookingRequest('2026-11-27T11:00:00-08:00', { email: 'y@example.com' }))).status, 201);
  });

  it('NCB down with nothing cached: a create is a 503, holds nothing, and books once NCB is back', async () => {
    pastCache();
    h.ncbControls.setOutage(true);
    try {
      const down = await h.json('/api/booking/create', bookingRequest('2026-12-02T09:00:00-08:00', { email: 'o@example.com' }));
      assert.equal(down.status, 503);
      assert.equal(((await down.json()) as { error: { code: string } }).error.code, 'crm_unavailable');
    } finally {
      h.ncbControls.setOutage(false);
    }
    assert.equal((await open('2026-12-02')).get('09:00'), true, 'nothing was held');
    assert.equal((await h.json('/api/booking/create', bookingRequest('2026-12-02T09:00:00-08:00', { email: 'o@example.com' }))).status, 201);
  });
});
