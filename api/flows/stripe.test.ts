import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AvailabilityResponse, BookingCreated, CheckoutStatus } from '../../model/contracts.js';
import { localPayments, type LocalPayments } from '../payments/local.js';
import { signStripePayload, stripePayments } from '../payments/stripe.js';
import { bookingRequest, MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { createStripeMock, paidInvoice, type StripeMock } from '../testing/stripe-mock.js';

/**
 * The paid assessment end to end: the slot is held while the visitor pays, and only Stripe (a signed webhook, or
 * Stripe's own API asked by the status endpoint) can turn it into a booking. "Now" is Monday 2026-11-23 08:00 LA.
 * Webhook signatures are checked against the real clock (the Stripe SDK's), the booking rules against the
 * harness clock.
 */
const SECRET = 'whsec_test_stripe';
const RETURN = 'http://localhost:8787/book?utm_source=ad';

function movableClock(start = MONDAY_0800_LA) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (seconds: number) => (t += seconds * 1000) };
}

const assessment = (start: string, email: string) => bookingRequest(start, { type: 'assessment', email, returnUrl: RETURN });

async function availability(h: Harness, date: string): Promise<Map<string, boolean>> {
  const res = await h.app.request(`/api/booking/availability?from=${date}&to=${date}&timezone=America/Los_Angeles`);
  const body = (await res.json()) as AvailabilityResponse;
  return new Map((body.days[0]?.slots ?? []).map((s) => [s.start.slice(11, 16), s.available]));
}

async function checkoutStatus(h: Harness, sessionId: string) {
  const res = await h.app.request(`/api/booking/checkout-status?session_id=${encodeURIComponent(sessionId)}`);
  assert.equal(res.status, 200);
  return (await res.json()) as CheckoutStatus;
}

const postWebhook = (h: Harness, raw: string, signature?: string) =>
  h.app.request('/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', ...(signature ? { 'stripe-signature': signature } : {}) }, body: raw });

const bookingsOf = async (h: Harness, sessionId: string) => (await h.rows('bookings')).filter((b) => b.stripe_session_id === sessionId);

describe('checkout with the local payments stand-in', () => {
  let h: Harness;
  let pay: LocalPayments;
  const clock = movableClock();
  /** Every signed event the stand-in delivered, with the webhook's answer (so one can be redelivered). */
  const delivered: { raw: string; sig: string; status: number }[] = [];

  before(async () => {
    h = await startHarness({
      now: clock.now,
      payments: (deps, deliver) =>
        localPayments({
          kv: deps.kv,
          publicUrl: deps.config.publicUrl,
          webhookSecret: deps.config.STRIPE_WEBHOOK_SECRET,
          now: deps.clock.now,
          deliver: async (raw, sig) => {
            const status = await deliver(raw, sig);
            delivered.push({ raw, sig, status });
            return status;
          },
        }),
    });
    pay = h.deps.payments as LocalPayments;
  });
  after(() => h.close());

  let paidId = '';

  it('holds the slot while the visitor pays, and sends them to the local checkout page', async () => {
    const res = await h.json('/api/booking/checkout', assessment('2026-11-24T09:00:00-08:00', 'payer@example.com'));
    assert.equal(res.status, 200);
    const { url } = (await res.json()) as { url: string };
    assert.match(url, /^http:\/\/localhost:8787\/api\/local-checkout\/cs_local_[0-9a-f]{32}$/);
    paidId = url.split('/').pop()!;

    const session = (await pay.session(paidId))!;
    assert.equal(session.amount_total, 25000);
    assert.equal(session.customer_email, 'payer@example.com');
    assert.equal(session.metadata.booking_type, 'assessment');
    assert.equal(session.metadata.start, '2026-11-24T17:00:00.000Z');
    assert.equal(session.success_url, `${RETURN}&kre8_checkout_session=${paidId}`);
    assert.equal(session.expires_at * 1000, MONDAY_0800_LA.getTime() + h.deps.config.CHECKOUT_HOLD_MINUTES * 60_000);
    const page = await h.app.request(`/api/local-checkout/${paidId}`);
    assert.equal(page.status, 200);
    assert.match(await page.text(), /Test payment[\s\S]*\$250\.00/);

    // the 3 hours are held: 09:00–11:30 calls are taken, noon is free
    const tue = await availability(h, '2026-11-24');
    for (const t of ['09:00', '09:30', '10:00', '10:30', '11:00', '11:30']) assert.equal(tue.get(t), false, t);
    assert.equal(tue.get('12:00'), true);
    const call = await h.json('/api/booking/create', bookingRequest('2026-11-24T10:30:00-08:00', { email: 'overlap@example.com' }));
    assert.equal(call.status, 409);
    const second = await h.json('/api/booking/checkout', assessment('2026-11-24T11:00:00-08:00', 'other@example.com'));
    assert.equal(second.status, 409, 'a second assessment cannot overlap the hold either');
    assert.deepEqual(await checkoutStatus(h, paidId), { status: 'unpaid' });
    await h.jobs.drain();
    assert.equal((await h.rows('bookings')).length, 0, 'a hold is not a booking');
  });

  it('refuses a returnUrl on another origin, a consultation sent to checkout, and a missing returnUrl', async () => {
    const cases: [object, string][] = [
      [{ ...assessment('2026-11-25T09:00:00-08:00', 'x@example.com'), returnUrl: 'https://evil.example/book' }, 'returnUrl'],
      [{ ...assessment('2026-11-25T09:00:00-08:00', 'x@example.com'), returnUrl: undefined }, 'returnUrl'],
      [{ ...assessment('2026-11-25T09:00:00-08:00', 'x@example.com'), type: 'consultation' }, 'type'],
      [assessment('2026-11-25T15:00:00-08:00', 'x@example.com'), 'start'], // 3 hours from 15:00 run past closing
    ];
    for (const [body, field] of cases) {
      const res = await h.json('/api/booking/checkout', body);
      assert.equal(res.status, 400, field);
      assert.ok((await res.json()).error.fields[field], `names ${field}`);
    }
    assert.equal((await availability(h, '2026-11-25')).get('09:00'), true, 'a refused checkout holds nothing');
  });

  it('paying delivers a signed checkout.session.completed: one confirmed, paid booking, the lead and both emails', async () => {
    await pay.pay(paidId);
    assert.deepEqual(delivered.map((d) => d.status), [200]);
    const status = await checkoutStatus(h, paidId);
    assert.equal(status.status, 'paid');
    const { booking, calendar } = status as BookingCreated & { status: 'paid' };
    assert.equal(booking.type, 'assessment');
    assert.equal(booking.status, 'confirmed');
    assert.equal(booking.start, '2026-11-24T18:00:00+01:00');
    assert.equal(booking.end, '2026-11-24T21:00:00+01:00');
    assert.match(decodeURIComponent(calendar.ics), /DTSTART:20261124T170000Z\r\nDTEND:20261124T200000Z/);
    // the assessment happens at the visitor's address (the fixture's), not in a video room
    assert.equal(booking.location, '1200 Congress Ave, Austin, TX');
    assert.match(decodeURIComponent(calendar.ics), /\r\nLOCATION:1200 Congress Ave\\, Austin\\, TX\r\n/);

    await h.jobs.drain();
    const rows = await bookingsOf(h, paidId);
    assert.equal(rows.length, 1);
    const row = rows[0]!;
    assert.equal(row.booking_type, 'assessment');
    assert.equal(row.status, 'confirmed');
    assert.equal(row.booking_date, '2026-11-24T00:00:00.000Z');
    assert.equal(row.start_time, '09:00');
    assert.equal(row.end_time, '12:00');
    assert.equal(row.payment_status, 'paid');
    assert.equal(row.payment_amount_cents, 25000);
    const lead = (await h.rows('leads')).find((l) => l.email === 'payer@example.com')!;
    assert.equal(lead.booking_id, row.id);
    assert.equal(lead.source, 'other');
    const mail = (await h.mailbox.list()).map((m) => m.to).sort();
    assert.deepEqual(mail, ['payer@example.com', 'team@kre8tion.test']);
    const confirmation = (await h.mailbox.list()).find((m) => m.to === 'payer@example.com')!;
    assert.match(confirmation.html + confirmation.text, /250/);
    assert.equal((await h.rows('activities')).filter((a) => a.lead_id === lead.id).length, 2);
    // the slot stays taken now that it is a booking
    assert.equal((await availability(h, '2026-11-24')).get('10:00'), false);
  });

  it('the same event delivered again (and the status endpoint asked again) changes nothing', async () => {
    const first = delivered[0]!;
    assert.equal((await postWebhook(h, first.raw, first.sig)).status, 200);
    assert.equal((await postWebhook(h, first.raw, await signStripePayload(first.raw, SECRET))).status, 200);
    const again = await checkoutStatus(h, paidId);
    await h.jobs.drain();
    assert.equal((await bookingsOf(h, paidId)).length, 1);
    assert.equal((await h.rows('bookings')).length, 1);
    assert.equal((await h.mailbox.list()).length, 2);
    assert.equal(again.status, 'paid');
    assert.deepEqual(await checkoutStatus(h, paidId), again, 'the same answer every time');
  });

  it('a cancelled checkout releases the hold and reports expired', async () => {
    const res = await h.json('/api/booking/checkout', assessment('2026-11-25T09:00:00-08:00', 'quitter@example.com'));
    const id = ((await res.json()) as { url: string }).url.split('/').pop()!;
    assert.equal((await availability(h, '2026-11-25')).get('10:00'), false);
    assert.deepEqual(await checkoutStatus(h, id), { status: 'unpaid' });
    await pay.cancel(id);
    assert.equal(delivered.at(-1)!.status, 200);
    assert.match(delivered.at(-1)!.raw, /"checkout\.session\.expired"/);
    assert.deepEqual(await checkoutStatus(h, id), { status: 'expired' });
    assert.equal((await availability(h, '2026-11-25')).get('10:00'), true);
    const call = await h.json('/api/booking/create', bookingRequest('2026-11-25T10:00:00-08:00', { email: 'taker@example.com' }));
    assert.equal(call.status, 201, 'the released slot can be booked');
    await h.jobs.drain();
    assert.equal((await h.rows('bookings')).filter((b) => b.guest_email === 'quitter@example.com').length, 0);
  });

  it('a hold lapses after CHECKOUT_HOLD_MINUTES even if no event arrives', async () => {
    const res = await h.json('/api/booking/checkout', assessment('2026-11-26T13:00:00-08:00', 'slow@example.com'));
    const id = ((await res.json()) as { url: string }).url.split('/').pop()!;
    assert.equal((await availability(h, '2026-11-26')).get('14:00'), false);
    clock.advance(h.deps.config.CHECKOUT_HOLD_MINUTES * 60 + 1);
    assert.equal((await availability(h, '2026-11-26')).get('14:00'), true);
    assert.deepEqual(await checkoutStatus(h, id), { status: 'expired' });
    await assert.rejects(pay.pay(id), /no longer open/);
  });
});

describe('Stripe mode: the official SDK against Stripe’s API (msw)', () => {
  let h: Harness;
  let stripe: StripeMock;
  const clock = movableClock();
  const now = clock.now;

  before(async () => {
    stripe = createStripeMock({ secretKey: 'sk_test_x', prices: { price_123: { unitAmount: 25000, currency: 'usd' } }, now });
    stripe.listen(); // before the SDK is built: it keeps the fetch it finds
    h = await startHarness({ now, payments: () => stripePayments({ secretKey: 'sk_test_x', webhookSecret: SECRET, priceId: 'price_123' }) });
  });
  after(async () => {
    await h.close();
    stripe.close();
  });

  async function startCheckout(start: string, email: string) {
    const res = await h.json('/api/booking/checkout', assessment(start, email));
    assert.equal(res.status, 200);
    const { url } = (await res.json()) as { url: string };
    const id = url.match(/^https:\/\/checkout\.stripe\.com\/c\/pay\/(cs_test_[\w-]+)$/)?.[1];
    assert.ok(id, url);
    return id;
  }

  let sessionId = '';

  it('creates the Checkout Session with the price, the email, the hold’s expiry and a session-id return URL', async () => {
    assert.equal((await (await h.app.request('/api/health')).json()).payments, 'stripe');
    sessionId = await startCheckout('2026-11-24T09:00:00-08:00', 'card@example.com');
    const call = stripe.requests.find((r) => r.method === 'POST')!;
    const p = call.params as Record<string, unknown> & { metadata: Record<string, string>; line_items: Record<string, string>[] };
    assert.equal(p.mode, 'payment');
    assert.deepEqual(p.line_items, [{ price: 'price_123', quantity: '1' }]);
    assert.equal(p.customer_email, 'card@example.com');
    assert.ok(String(p.success_url).startsWith('http://localhost:8787/book?utm_source=ad&'));
    assert.ok(String(p.success_url).endsWith('kre8_checkout_session={CHECKOUT_SESSION_ID}'), String(p.success_url));
    assert.match(String(p.cancel_url), /^http:\/\/localhost:8787\/book\?.*kre8_checkout=cancelled/);
    assert.equal(Number(p.expires_at), MONDAY_0800_LA.getTime() / 1000 + h.deps.config.CHECKOUT_HOLD_MINUTES * 60);
    assert.equal(p.metadata.booking_type, 'assessment');
    assert.equal(p.metadata.start, '2026-11-24T17:00:00.000Z');
    assert.equal(p.metadata.email, 'card@example.com');
    assert.match(p.metadata.hold_ref!, /^hold_/);
    assert.equal(call.idempotencyKey, `checkout:${p.metadata.hold_ref}`, 'a retried create cannot open a second session');
    assert.equal((await h.app.request(`/api/local-checkout/${sessionId}`)).status, 404, 'no local checkout page in Stripe mode');
    assert.deepEqual(await checkoutStatus(h, sessionId), { status: 'unpaid' });
    assert.ok(stripe.requests.some((r) => r.method === 'GET' && r.path.endsWith(sessionId)), 'the status came from Stripe');
  });

  it('refuses unsigned, wrongly signed, stale and tampered webhooks with 401 and writes nothing', async () => {
    const paid = stripe.pay(sessionId);
    const raw = stripe.event('checkout.session.completed', paid);
    const nowSec = Math.floor(Date.now() / 1000);
    const attempts: [string, string | undefined][] = [
      ['unsigned', undefined],
      ['garbage header', 'nonsense'],
      ['wrong secret', await signStripePayload(raw, 'whsec_not_ours')],
      ['stale (301 s old)', await signStripePayload(raw, SECRET, nowSec - 301)],
      ['signature of another body', await signStripePayload(raw.replace('card@example.com', 'card2@example.com'), SECRET)],
    ];
    for (const [why, sig] of attempts) {
      const res = await postWebhook(h, raw, sig);
      assert.equal(res.status, 401, why);
      assert.equal((await res.json()).error.code, 'invalid_signature', why);
    }
    await h.jobs.drain();
    assert.equal((await h.rows('bookings')).length, 0);
    assert.equal((await h.rows('leads')).length, 0);
    assert.equal((await h.mailbox.list()).length, 0);

    // within the tolerance, the very same event is accepted
    const ok = await postWebhook(h, raw, await signStripePayload(raw, SECRET, nowSec - 120));
    assert.equal(ok.status, 200);
    await h.jobs.drain();
    const rows = await bookingsOf(h, sessionId);
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.payment_status, 'paid');
    assert.equal(rows[0]!.payment_amount_cents, 25000, 'the amount Stripe charged, from the session');
    assert.equal(rows[0]!.start_time, '09:00');
    assert.equal(rows[0]!.end_time, '12:00');
    assert.deepEqual((await h.mailbox.list()).map((m) => m.to).sort(), ['card@example.com', 'team@kre8tion.test']);
    const status = await checkoutStatus(h, sessionId);
    assert.equal(status.status, 'paid');
    assert.equal((status as BookingCreated).booking.type, 'assessment');
  });

  it('never confirms a payment claimed by the browser (D15)', async () => {
    const before = { bookings: (await h.rows('bookings')).length, mail: (await h.mailbox.list()).length };
    // the original's "create with a stripe_session_id" path
    const claim = await h.json('/api/booking/create', {
      ...bookingRequest('2026-11-30T09:00:00-08:00', { type: 'assessment', email: 'freeloader@example.com' }),
      stripe_session_id: sessionId,
      payment_status: 'paid',
      payment_amount_cents: 25000,
    });
    assert.equal(claim.status, 400);
    assert.ok((await claim.json()).error.fields.type);
    // a made-up session id on the return page
    assert.deepEqual(await checkoutStatus(h, 'cs_test_forged_by_the_browser'), { status: 'unpaid' });
    // a real session that Stripe says is unpaid, however the visitor got back
    const open = await startCheckout('2026-11-30T09:00:00-08:00', 'browser@example.com');
    assert.deepEqual(await checkoutStatus(h, open), { status: 'unpaid' });
    // a paid session id only confirms its OWN hold: reusing it under another id does nothing new
    assert.equal((await checkoutStatus(h, sessionId)).status, 'paid');
    await h.jobs.drain();
    assert.equal((await h.rows('bookings')).length, before.bookings);
    assert.equal((await h.mailbox.list()).length, before.mail);
    assert.ok(!(await h.rows('leads')).some((l) => l.email === 'freeloader@example.com' || l.email === 'browser@example.com'));
  });

  it('a completed but not yet paid session (delayed method) waits for async_payment_succeeded', async () => {
    const id = await startCheckout('2026-12-01T09:00:00-08:00', 'debit@example.com');
    const pending = stripe.completeUnpaid(id);
    assert.equal((await postWebhook(h, ...(await signed(stripe.event('checkout.session.completed', pending))))).status, 200);
    assert.deepEqual(await checkoutStatus(h, id), { status: 'pending' });
    await h.jobs.drain();
    assert.equal((await bookingsOf(h, id)).length, 0);
    assert.equal((await availability(h, '2026-12-01')).get('10:00'), false, 'still held while the money is on its way');

    const paid = stripe.pay(id);
    assert.equal((await postWebhook(h, ...(await signed(stripe.event('checkout.session.async_payment_succeeded', paid))))).status, 200);
    await h.jobs.drain();
    assert.equal((await bookingsOf(h, id)).length, 1);
    assert.equal((await checkoutStatus(h, id)).status, 'paid');
  });

  it('a delayed payment keeps its slot held beyond the checkout window until Stripe settles it', async () => {
    const id = await startCheckout('2026-12-03T09:00:00-08:00', 'ach@example.com');
    assert.equal((await postWebhook(h, ...(await signed(stripe.event('checkout.session.completed', stripe.completeUnpaid(id)))))).status, 200);
    assert.deepEqual(await checkoutStatus(h, id), { status: 'pending' });
    // bank debits settle in days; the 30-minute checkout hold must not lapse under a paying customer
    clock.advance(6 * 3600);
    assert.equal((await availability(h, '2026-12-03')).get('10:00'), false);
    const rival = await h.json('/api/booking/create', bookingRequest('2026-12-03T10:00:00-08:00', { email: 'rival@example.com' }));
    assert.equal(rival.status, 409);
    assert.equal((await postWebhook(h, ...(await signed(stripe.event('checkout.session.async_payment_succeeded', stripe.pay(id)))))).status, 200);
    await h.jobs.drain();
    const day = (await h.rows('bookings')).filter((b) => String(b.booking_date).startsWith('2026-12-03') && b.status === 'confirmed');
    assert.deepEqual(day.map((b) => [b.guest_email, b.start_time, b.end_time]), [['ach@example.com', '09:00', '12:00']]);
  });

  it('a delayed payment that fails (async_payment_failed) releases the hold', async () => {
    const id = await startCheckout('2026-12-04T09:00:00-08:00', 'bounced@example.com');
    assert.equal((await postWebhook(h, ...(await signed(stripe.event('checkout.session.completed', stripe.completeUnpaid(id)))))).status, 200);
    assert.equal((await availability(h, '2026-12-04')).get('09:30'), false);
    assert.equal((await postWebhook(h, ...(await signed(stripe.event('checkout.session.async_payment_failed', stripe.session(id)!))))).status, 200);
    assert.equal((await availability(h, '2026-12-04')).get('09:30'), true);
    await h.jobs.drain();
    assert.equal((await bookingsOf(h, id)).length, 0);
  });

  it('an expired session (signed checkout.session.expired) releases the hold', async () => {
    const id = await startCheckout('2026-12-02T09:00:00-08:00', 'late@example.com');
    assert.equal((await availability(h, '2026-12-02')).get('11:00'), false);
    const expired = stripe.expire(id);
    assert.equal((await postWebhook(h, ...(await signed(stripe.event('checkout.session.expired', expired))))).status, 200);
    assert.deepEqual(await checkoutStatus(h, id), { status: 'expired' });
    assert.equal((await availability(h, '2026-12-02')).get('11:00'), true);
    await h.jobs.drain();
    assert.equal((await bookingsOf(h, id)).length, 0);
  });

  it('invoice.paid writes one payments row and one subscriptions row; redelivery duplicates nothing', async () => {
    const period = { start: Date.UTC(2026, 10, 1) / 1000, end: Date.UTC(2026, 11, 1) / 1000 };
    const invoice = paidInvoice({
      customer: 'cus_Q1',
      customerEmail: 'owner@whitfield.example',
      amountPaidCents: 150_050,
      subscription: 'sub_Q1',
      billingReason: 'subscription_cycle',
      periodStart: period.start,
      periodEnd: period.end,
      paidAt: Date.UTC(2026, 10, 1, 9) / 1000,
      subscriptionMetadata: { tier: 'foundation' },
    });
    const raw = stripe.event('invoice.paid', invoice);
    assert.equal((await postWebhook(h, raw, await signStripePayload(raw, SECRET))).status, 200);
    await h.jobs.drain();
    assert.equal((await postWebhook(h, raw, await signStripePayload(raw, SECRET))).status, 200);
    await h.jobs.drain();

    const payments = await h.rows('payments');
    assert.equal(payments.length, 1);
    const p = payments[0]!;
    assert.equal(p.amount, 1500.5, 'dollars, not cents');
    assert.equal(p.currency, 'usd');
    assert.equal(p.status, 'paid');
    assert.equal(p.type, 'subscription');
    assert.equal(p.paid_date, '2026-11-01');
    assert.equal(p.stripe_invoice_id, invoice.id);
    assert.equal(p.stripe_customer_id, 'cus_Q1');
    assert.equal(p.customer_email, 'owner@whitfield.example');
    assert.equal(p.subscription_id, 'sub_Q1');
    const subs = await h.rows('subscriptions');
    assert.equal(subs.length, 1);
    assert.equal(subs[0]!.stripe_subscription_id, 'sub_Q1');
    assert.equal(subs[0]!.stripe_customer_id, 'cus_Q1');
    assert.equal(subs[0]!.status, 'active');
    assert.equal(subs[0]!.tier, 'foundation');
    assert.equal(subs[0]!.current_period_start, '2026-11-01');
    assert.equal(subs[0]!.current_period_end, '2026-12-01');

    // a different event for the same invoice (Stripe can send invoice.paid twice under new ids) adds nothing
    const dupe = stripe.event('invoice.paid', invoice);
    assert.equal((await postWebhook(h, dupe, await signStripePayload(dupe, SECRET))).status, 200);
    // next month's invoice: a second payment, the same subscription moved on
    const next = paidInvoice({ ...invoiceArgs(period.end, Date.UTC(2027, 0, 1) / 1000), customer: 'cus_Q1', customerEmail: 'owner@whitfield.example', amountPaidCents: 150_050, subscription: 'sub_Q1', billingReason: 'subscription_cycle' });
    const nextRaw = stripe.event('invoice.paid', next);
    assert.equal((await postWebhook(h, nextRaw, await signStripePayload(nextRaw, SECRET))).status, 200);
    await h.jobs.drain();
    assert.deepEqual((await h.rows('payments')).map((r) => r.stripe_invoice_id), [invoice.id, next.id]);
    const after = await h.rows('subscriptions');
    assert.equal(after.length, 1);
    assert.equal(after[0]!.current_period_end, '2027-01-01');
  });

  it('invoice.paid with a tier the CRM does not know still records the payment, leaving the tier unset', async () => {
    const invoice = paidInvoice({
      ...invoiceArgs(Date.UTC(2026, 10, 1) / 1000, Date.UTC(2026, 11, 1) / 1000),
      customer: 'cus_T1',
      customerEmail: 'owner@typo.example',
      amountPaidCents: 50_000,
      subscription: 'sub_T1',
      billingReason: 'subscription_create',
      subscriptionMetadata: { tier: 'Foundation ' },
    });
    const raw = stripe.event('invoice.paid', invoice);
    assert.equal((await postWebhook(h, raw, await signStripePayload(raw, SECRET))).status, 200);
    await h.jobs.drain();
    assert.equal((await h.rows('payments')).filter((r) => r.stripe_invoice_id === invoice.id).length, 1);
    const sub = (await h.rows('subscriptions')).find((r) => r.stripe_subscription_id === 'sub_T1');
    assert.ok(sub, 'the subscription row is written');
    assert.equal(sub.tier, null);
    assert.deepEqual(await h.jobs.list('dead'), [], 'no job dead-lettered');
  });
});

function invoiceArgs(start: number, end: number) {
  return { periodStart: start, periodEnd: end, paidAt: start + 3600 };
}

async function signed(raw: string): Promise<[string, string]> {
  return [raw, await signStripePayload(raw, SECRET)];
}
