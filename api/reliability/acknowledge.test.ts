import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AvailabilityResponse } from '../../model/contracts.js';
import { addDays, zonedParts } from '../../model/time.js';
import { bookingRequest, roiSubmission } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * "Acknowledged only once durably recorded": when the durable write of the job fails (disk full, a locked
 * database), the visitor gets an error, not a 2xx; their retry, once storage works, is recorded exactly once.
 */
describe('acknowledgement follows the durable write', () => {
  let h: Harness;
  let failNext = 0;
  before(async () => {
    h = await startHarness();
    const real = h.deps.jobs;
    // Fault injection at the storage boundary, as NCB faults are injected at the local NCB.
    h.deps.jobs = {
      enqueue: (...a) => (failNext-- > 0 ? Promise.reject(new Error('SQLITE_FULL: database or disk is full')) : real.enqueue(...a)),
      enqueueMany: (...a) => (failNext-- > 0 ? Promise.reject(new Error('SQLITE_FULL: database or disk is full')) : real.enqueueMany(...a)),
    };
  });
  after(() => h.close());

  it('an ROI submission whose job could not be stored is not acknowledged; the retry is', async () => {
    const sub = roiSubmission({ email: 'disk-full@example.com' });
    failNext = 1;
    const first = await h.json('/api/leads/roi', sub);
    assert.ok(first.status >= 500, `answered ${first.status}`);
    assert.equal((await h.json('/api/leads/roi', sub)).status, 202);
    await h.jobs.drain();
    assert.equal((await h.rows('leads')).filter((l) => l.email === 'disk-full@example.com').length, 1);
    assert.equal((await h.rows('roi_calculations')).filter((r) => r.email === 'disk-full@example.com').length, 1);
  });

  it('a booking whose job could not be stored is not confirmed to a retry without reaching the CRM', async () => {
    const today = zonedParts(new Date(), 'America/Los_Angeles').date;
    const q = new URLSearchParams({ from: today, to: addDays(today, 14), type: 'consultation', timezone: 'America/Los_Angeles' });
    const avail = (await (await h.app.request(`/api/booking/availability?${q}`)).json()) as AvailabilityResponse;
    const start = avail.days.flatMap((d) => d.slots).find((s) => s.available)!.start;
    const req = bookingRequest(start, { email: 'booking-disk-full@example.com', timezone: 'America/Los_Angeles' });
    failNext = 1;
    const first = await h.json('/api/booking/create', req);
    assert.ok(first.status >= 500, `answered ${first.status}`);
    const retry = await h.json('/api/booking/create', req);
    assert.equal(retry.status, 201, await retry.clone().text());
    const ref = ((await retry.json()) as { booking: { id: string } }).booking.id;
    await h.jobs.drain();
    const rows = (await h.rows('bookings')).filter((b) => String(b.notes).includes(`Ref ${ref}.`));
    assert.equal(rows.length, 1, 'the confirmed booking is in the CRM');
    assert.ok((await h.mailbox.list()).some((m) => m.to === 'booking-disk-full@example.com'), 'and the guest got the confirmation');
  });
});
