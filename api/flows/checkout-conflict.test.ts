import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { CheckoutStatus } from '../../model/contracts.js';
import { verifyStripeWebhook } from '../payments/stripe.js';
import type { CheckoutSessionInfo, Payments } from '../payments/types.js';
import { bookingRequest, MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * Stripe may report a payment after the slot hold lapsed and someone else took the slot. The visitor paid, so
 * the booking stands, but it is flagged for the team to reschedule instead of double-booking silently.
 * Stripe itself is played by a stand-in that answers "paid" for the session, whatever the clock says.
 */
describe('a payment confirmed after its hold lapsed', () => {
  let h: Harness;
  let t = MONDAY_0800_LA.getTime();
  const sessions = new Map<string, CheckoutSessionInfo>();
  before(async () => {
    h = await startHarness({
      now: () => new Date(t),
      payments: (deps): Payments => ({
        mode: 'stripe',
        async createCheckout(c) {
          const id = `cs_late_${sessions.size + 1}`;
          sessions.set(id, { id, status: 'open', paymentStatus: 'unpaid', amountTotal: 25000, currency: 'usd', customerEmail: c.customerEmail, metadata: c.metadata });
          return { id, url: `https://checkout.stripe.test/${id}` };
        },
        async retrieveSession(id) {
          return sessions.get(id) ?? null;
        },
        verifyWebhook: verifyStripeWebhook(deps.config.STRIPE_WEBHOOK_SECRET),
      }),
    });
  });
  after(() => h.close());

  it('keeps the paid booking and flags it when the slot was taken meanwhile', async () => {
    const start = '2026-11-24T09:00:00-08:00';
    const res = await h.json('/api/booking/checkout', bookingRequest(start, { type: 'assessment', email: 'late@example.com', returnUrl: 'http://localhost:8787/' }));
    assert.equal(res.status, 200);
    t += 31 * 60_000; // the 30-minute hold lapses
    const rival = await h.json('/api/booking/create', bookingRequest('2026-11-24T10:00:00-08:00', { email: 'rival@example.com' }));
    assert.equal(rival.status, 201, 'the lapsed hold no longer blocks the slot');
    sessions.set('cs_late_1', { ...sessions.get('cs_late_1')!, status: 'complete', paymentStatus: 'paid' });
    const status = (await (await h.app.request('/api/booking/checkout-status?session_id=cs_late_1')).json()) as CheckoutStatus;
    assert.equal(status.status, 'paid');
    await h.jobs.drain();
    const paid = (await h.rows('bookings')).find((b) => b.stripe_session_id === 'cs_late_1');
    assert.ok(paid, 'the paid booking is recorded');
    assert.equal(paid.payment_status, 'paid');
    assert.match(String(paid.notes), /NEEDS RESCHEDULE/);
    const rivalRow = (await h.rows('bookings')).find((b) => b.guest_email === 'rival@example.com');
    assert.ok(rivalRow && !/NEEDS RESCHEDULE/.test(String(rivalRow.notes)));
  });

  it('a payment confirmed in time is not flagged', async () => {
    const res = await h.json('/api/booking/checkout', bookingRequest('2026-11-25T09:00:00-08:00', { type: 'assessment', email: 'ontime@example.com', returnUrl: 'http://localhost:8787/' }));
    assert.equal(res.status, 200);
    sessions.set('cs_late_2', { ...sessions.get('cs_late_2')!, status: 'complete', paymentStatus: 'paid' });
    await h.app.request('/api/booking/checkout-status?session_id=cs_late_2');
    await h.jobs.drain();
    const row = (await h.rows('bookings')).find((b) => b.stripe_session_id === 'cs_late_2');
    assert.ok(row);
    assert.doesNotMatch(String(row.notes), /NEEDS RESCHEDULE/);
  });
});
