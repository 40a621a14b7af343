import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { signEmailit } from '../email/signature.js';
import { signStripePayload } from '../payments/stripe.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { roiSubmission } from '../testing/fixtures.js';
import { garbageBody, headerValue } from '../testing/arbitraries.js';

/**
 * Webhooks are the API's only unauthenticated writers besides visitor forms, so: unsigned, badly signed,
 * tampered, stale and cross-signed requests are refused with nothing written, and a replayed (identical,
 * still-fresh) delivery changes nothing a second time. Properties, not examples: any header or body a
 * forger can produce without the secret.
 */

const LEAD = 'webhook.lead@example.com';
const STRIPE_SECRET = 'whsec_test_stripe';

describe('webhooks: forged, stale and replayed deliveries', () => {
  let h: Harness;
  let offsetMs = 0;
  const nowSec = () => Math.floor((Date.now() + offsetMs) / 1000);

  before(async () => {
    h = await startHarness({ now: () => new Date(Date.now() + offsetMs) });
    assert.equal((await h.json('/api/leads/roi', roiSubmission({ email: LEAD }))).status, 202);
    await h.jobs.drain();
  });
  after(() => h.close());

  async function snapshot() {
    await h.jobs.drain();
    const jobs = Object.values(await h.jobs.counts()).reduce((s, n) => s + n, 0);
    return { ncb: await h.store.counts(), mail: (await h.mailbox.list()).length, jobs, kv: (await h.deps.kv.list('')).length, leads: JSON.stringify(await h.rows('leads')) };
  }

  const emailit = (raw: string, headers: Record<string, string>) => h.app.request('/api/webhooks/emailit', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  const stripe = (raw: string, headers: Record<string, string>) => h.app.request('/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  const secret = () => h.deps.config.EMAILIT_WEBHOOK_SECRET;

  const clickEvent = (id: string) =>
    JSON.stringify({ event_id: id, type: 'email.link.clicked', object: { email: { to: LEAD, subject: 'Your ROI Report' }, link: { url: 'https://kre8tion.com/' } } });
  const invoiceEvent = (id: string, invoice: string) =>
    JSON.stringify({ id, object: 'event', type: 'invoice.paid', created: nowSec(), data: { object: { id: invoice, object: 'invoice', customer: 'cus_1', customer_email: LEAD, amount_paid: 25000, currency: 'usd', billing_reason: 'manual', status_transitions: { paid_at: nowSec() }, lines: { data: [] } } } });

  async function refused(res: Response, status: number, what: string) {
    const text = await res.text();
    assert.equal(res.status, status, `${what} → ${res.status} ${text.slice(0, 200)}`);
    const body = JSON.parse(text);
    assert.equal(body.error.code, 'invalid_signature', what);
    assert.equal(body.error.requestId, res.headers.get('x-request-id'));
  }

  it('EmailIt: any timestamp/signature a forger can send (without the secret) is a 401 and writes nothing', async () => {
    const before = await snapshot();
    const raw = fc.oneof(fc.constant(clickEvent('evt-forged')), garbageBody());
    const ts = fc.oneof(fc.constant(undefined), headerValue({ hugeLength: 4000 }), fc.integer({ min: -10, max: 2 ** 40 }).map(String), fc.constant(String(nowSec())));
    const sig = fc.oneof(
      fc.constant(undefined),
      headerValue({ hugeLength: 4000 }),
      fc.stringMatching(/^[0-9a-f]{64}$/),
      fc.constant('sha256=' + '0'.repeat(64)),
    );
    await fc.assert(
      fc.asyncProperty(raw, ts, sig, async (body, t, s) => {
        const headers: Record<string, string> = {};
        if (t !== undefined) headers['x-emailit-timestamp'] = t;
        if (s !== undefined) headers['x-emailit-signature'] = s;
        await refused(await emailit(body, headers), 401, `ts=${t?.slice(0, 40)} sig=${s?.slice(0, 40)}`);
      }),
      { numRuns: 100 },
    );
    assert.deepEqual(await snapshot(), before);
  });

  it('EmailIt: a signed delivery with any one byte changed (body, timestamp or signature) is refused', async () => {
    const before = await snapshot();
    const raw = clickEvent('evt-tamper');
    const ts = String(nowSec());
    const sig = await signEmailit(secret(), ts, raw);
    const flip = (s: string, i: number, c: string) => s.slice(0, i) + c + s.slice(i + 1);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom('body', 'ts', 'sig'), fc.nat(), fc.constantFrom(...'0123456789abcdefX {}'), async (part, n, c) => {
        const target = part === 'body' ? raw : part === 'ts' ? ts : sig;
        const i = n % target.length;
        fc.pre(target[i] !== c);
        const t = flip(target, i, c);
        const res = await emailit(part === 'body' ? t : raw, { 'x-emailit-timestamp': part === 'ts' ? t : ts, 'x-emailit-signature': part === 'sig' ? t : sig });
        await refused(res, 401, `${part}[${i}]=${c}`);
      }),
      { numRuns: 100 },
    );
    assert.deepEqual(await snapshot(), before);
  });

  it('EmailIt: signed with the Stripe secret, or more than 300 s stale / early, is refused', async () => {
    const before = await snapshot();
    const raw = clickEvent('evt-stale');
    for (const [what, key, ts] of [
      ['Stripe secret', STRIPE_SECRET, nowSec()],
      ['301 s old', secret(), nowSec() - 301],
      // +302: the API reads its own clock a moment later, so +301 could land on a second boundary at exactly +300.
      ['302 s in the future', secret(), nowSec() + 302],
    ] as const) {
      await refused(await emailit(raw, { 'x-emailit-timestamp': String(ts), 'x-emailit-signature': await signEmailit(key, String(ts), raw) }), 401, what);
    }
    assert.deepEqual(await snapshot(), before);
  });

  it('EmailIt: a replayed delivery is applied once; replayed after the tolerance it is refused', async () => {
    const raw = clickEvent('evt-replay-1');
    const ts = String(nowSec());
    const headers = { 'x-emailit-timestamp': ts, 'x-emailit-signature': await signEmailit(secret(), ts, raw) };
    assert.equal((await emailit(raw, headers)).status, 200);
    await h.jobs.drain();
    const once = await snapshot();
    const lead = (await h.rows('leads')).find((l) => l.email === LEAD)!;
    assert.equal(lead.email_click_count, 1, 'the click counted');
    for (let i = 0; i < 3; i++) assert.equal((await emailit(raw, headers)).status, 200, 'a fresh replay is acknowledged (EmailIt retries)');
    const after = await snapshot();
    assert.deepEqual(after, once, 'but changes nothing (not even a second job)');
    assert.equal((await h.rows('leads')).find((l) => l.email === LEAD)!.email_click_count, 1, 'the click counted once');
    offsetMs = 6 * 60_000;
    try {
      await refused(await emailit(raw, headers), 401, 'replay 6 minutes later');
    } finally {
      offsetMs = 0;
    }
  });

  it('Stripe: any signature header a forger can send is a 401 and writes nothing', async () => {
    const before = await snapshot();
    const t = () => nowSec();
    const header = fc.oneof(
      fc.constant(undefined),
      headerValue({ hugeLength: 4000 }),
      fc.stringMatching(/^[0-9a-f]{64}$/).map((v) => `t=${t()},v1=${v}`),
      fc.tuple(fc.integer(), fc.stringMatching(/^[0-9a-f]{64}$/)).map(([ts, v]) => `t=${ts},v1=${v},v0=${v}`),
      fc.constant(`t=${t()}`),
      fc.constant('v1=,t='),
    );
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(invoiceEvent('evt_forged', 'in_forged')), garbageBody()), header, async (raw, sig) => {
        await refused(await stripe(raw, sig === undefined ? {} : { 'stripe-signature': sig }), 401, `sig=${sig?.slice(0, 60)}`);
      }),
      { numRuns: 100 },
    );
    assert.deepEqual(await snapshot(), before);
  });

  it('Stripe: stale, cross-signed and tampered events are refused', async () => {
    const before = await snapshot();
    const raw = invoiceEvent('evt_bad', 'in_bad');
    const cases: [string, string, string][] = [
      ['stale (10 min)', raw, await signStripePayload(raw, STRIPE_SECRET, nowSec() - 600)],
      ['EmailIt secret', raw, await signStripePayload(raw, h.deps.config.EMAILIT_WEBHOOK_SECRET)],
      ['amount changed after signing', raw.replace('25000', '1'), await signStripePayload(raw, STRIPE_SECRET)],
    ];
    for (const [what, body, sig] of cases) await refused(await stripe(body, { 'stripe-signature': sig }), 401, what);
    assert.deepEqual(await snapshot(), before);
  });

  it('Stripe: a replayed invoice.paid writes one payment; an untracked event type is acknowledged and ignored', async () => {
    const raw = invoiceEvent('evt_replay_1', 'in_replay_1');
    const sig = await signStripePayload(raw, STRIPE_SECRET);
    for (let i = 0; i < 3; i++) assert.equal((await stripe(raw, { 'stripe-signature': sig })).status, 200);
    await h.jobs.drain();
    assert.equal((await h.rows('payments')).filter((p) => p.stripe_invoice_id === 'in_replay_1').length, 1, 'one payments row');
    // Re-signed later (Stripe's own retry): still the same event id, still one row.
    const again = await signStripePayload(raw, STRIPE_SECRET, nowSec() + 5);
    assert.equal((await stripe(raw, { 'stripe-signature': again })).status, 200);
    await h.jobs.drain();
    assert.equal((await h.rows('payments')).filter((p) => p.stripe_invoice_id === 'in_replay_1').length, 1, 'still one payments row');

    const before = await snapshot();
    const other = JSON.stringify({ id: 'evt_other', object: 'event', type: 'customer.created', created: nowSec(), data: { object: { id: 'cus_9', email: LEAD } } });
    assert.equal((await stripe(other, { 'stripe-signature': await signStripePayload(other, STRIPE_SECRET) })).status, 200);
    assert.deepEqual(await snapshot(), before, 'an untracked type writes nothing');
  });
});
