import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AvailabilityResponse, BookingCreated } from '../../model/contracts.js';
import { ApiError } from '../errors.js';
import { returnTo } from '../flows/booking.js';
import { createLogger, maskPii } from '../log.js';
import { sendOnce } from '../flows/common.js';
import { jobContext } from '../store/jobs.js';
import { signEmailit } from '../email/signature.js';
import { signStripePayload } from '../payments/stripe.js';
import { bookingRequest, MONDAY_0800_LA, roiSubmission } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * The defects of the adversarial review (issue #22), one describe per item: each test failed before its fix.
 * "Now" is Monday 2026-11-23 08:00 in Los Angeles.
 */

async function free(h: Harness, date: string, time: string): Promise<boolean> {
  const res = await h.app.request(`/api/booking/availability?from=${date}&to=${date}&timezone=America/Los_Angeles`);
  assert.equal(res.status, 200);
  const body = (await res.json()) as AvailabilityResponse;
  const slot = body.days[0]?.slots.find((s) => s.start.slice(11, 16) === time);
  assert.ok(slot, `${date} ${time} is a slot`);
  return slot.available;
}

const ledgerKeys = async (h: Harness) => (await h.deps.kv.list('ledger:')).map((e) => e.key);

describe('#22.1 a lone surrogate or NUL in a text field is a 400 naming it, and nothing holds a slot', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
  });
  after(() => h.close());

  for (const [what, value] of [['lone high surrogate', 'Eve \ud800'], ['lone low surrogate', '\udfffEve'], ['NUL', 'Eve\u0000 Smith']] as const) {
    it(`create with a ${what} in name: 400 {name}, the slot stays free, no ledger entry`, async () => {
      const res = await h.json('/api/booking/create', bookingRequest('2026-11-24T10:00:00-08:00', { name: value }));
      assert.equal(res.status, 400);
      const body = (await res.json()) as { error: { fields: Record<string, string> } };
      assert.deepEqual(Object.keys(body.error.fields), ['name']);
      assert.equal(await free(h, '2026-11-24', '10:00'), true);
      assert.deepEqual(await ledgerKeys(h), []);
    });
  }

  it('checkout with a lone surrogate in name: 400 {name}, no hold', async () => {
    const res = await h.json('/api/booking/checkout', bookingRequest('2026-11-24T09:00:00-08:00', { type: 'assessment', name: 'Eve \ud800', returnUrl: 'http://localhost:8787/book' }));
    assert.equal(res.status, 400);
    assert.ok('name' in ((await res.json()) as { error: { fields: Record<string, string> } }).error.fields);
    assert.deepEqual(await ledgerKeys(h), []);
  });

  it('a failure after the hold (the job cannot be queued) releases the slot; a retry then books it', async () => {
    const real = h.deps.jobs.enqueue;
    h.deps.jobs.enqueue = async () => {
      throw new Error('queue down');
    };
    const req = bookingRequest('2026-11-24T11:00:00-08:00');
    try {
      assert.equal((await h.json('/api/booking/create', req)).status, 500);
    } finally {
      h.deps.jobs.enqueue = real;
    }
    assert.deepEqual(await ledgerKeys(h), [], 'the hold was released');
    assert.equal(await free(h, '2026-11-24', '11:00'), true);
    assert.equal((await h.json('/api/booking/create', req)).status, 201);
    assert.equal(await free(h, '2026-11-24', '11:00'), false);
  });

  it('a failure creating the Checkout Session releases the hold', async () => {
    const real = h.deps.payments.createCheckout;
    h.deps.payments.createCheckout = async () => {
      throw new Error('stripe down');
    };
    try {
      const res = await h.json('/api/booking/checkout', bookingRequest('2026-11-25T09:00:00-08:00', { type: 'assessment', returnUrl: 'http://localhost:8787/book' }));
      assert.equal(res.status, 500);
    } finally {
      h.deps.payments.createCheckout = real;
    }
    assert.equal(await free(h, '2026-11-25', '09:00'), true);
  });
});

describe('#22.4 booking ids are the server’s; a reused submissionId with other details is a 409', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
  });
  after(() => h.close());

  it('two submissions whose ids share the first 20 hex digits are two bookings, two CRM rows', async () => {
    const a = bookingRequest('2026-11-24T13:00:00-08:00', { submissionId: '12345678-1234-4234-8234-000000000001', email: 'a@example.com' });
    const b = bookingRequest('2026-11-24T13:30:00-08:00', { submissionId: '12345678-1234-4234-8234-000000000002', email: 'b@example.com' });
    const ra = (await (await h.json('/api/booking/create', a)).json()) as BookingCreated;
    const rb = (await (await h.json('/api/booking/create', b)).json()) as BookingCreated;
    assert.notEqual(ra.booking.id, rb.booking.id);
    assert.equal(rb.booking.email, 'b@example.com');
    await h.jobs.drain();
    assert.deepEqual((await h.rows('bookings')).map((r) => r.guest_email).sort(), ['a@example.com', 'b@example.com']);
  });

  it('the same body again is the same answer; the same id with another person is a 409 naming submissionId', async () => {
    const first = bookingRequest('2026-11-24T14:00:00-08:00', { email: 'first@example.com' });
    const r1 = await h.json('/api/booking/create', first);
    assert.equal(r1.status, 201);
    const body1 = await r1.json();
    const r2 = await h.json('/api/booking/create', { ...first, fillMs: first.fillMs! + 5 });
    assert.equal(r2.status, 201);
    assert.deepEqual(await r2.json(), body1);
    const r3 = await h.json('/api/booking/create', { ...first, name: 'Mallory Other', email: 'mallory@example.com' });
    assert.equal(r3.status, 409);
    const e = ((await r3.json()) as { error: { code: string; fields: Record<string, string> } }).error;
    assert.equal(e.code, 'submission_reused');
    assert.ok('submissionId' in e.fields);
  });

  it('checkout too: the same id with another person is a 409 naming submissionId, and nothing more is held', async () => {
    const first = bookingRequest('2026-11-25T09:00:00-08:00', { type: 'assessment', email: 'payer@example.com', address: 'Austin, TX', returnUrl: 'http://localhost:8787/book' });
    const r1 = await h.json('/api/booking/checkout', first);
    assert.equal(r1.status, 200, await r1.clone().text());
    const other = { ...first, start: '2026-11-25T13:00:00-08:00', name: 'Mallory Other', email: 'mallory@example.com' };
    const r2 = await h.json('/api/booking/checkout', other);
    assert.equal(r2.status, 409);
    const e = ((await r2.json()) as { error: { code: string; fields: Record<string, string> } }).error;
    assert.equal(e.code, 'submission_reused');
    assert.ok('submissionId' in e.fields);
    const day = (await (await h.app.request('/api/booking/availability?from=2026-11-25&to=2026-11-25&type=assessment&timezone=America/Los_Angeles')).json()) as { days: { slots: { start: string; available: boolean }[] }[] };
    const afternoon = day.days.flatMap((d) => d.slots).find((sl) => Date.parse(sl.start) === Date.parse(other.start));
    assert.equal(afternoon?.available, true, 'the refused checkout held nothing');
  });
});

describe('#22.5 the checkout return URL keeps its #fragment after the query', () => {
  it('query parameters go before the hash, old ones are replaced', () => {
    assert.equal(returnTo(new URL('https://kre8tion.com/book?utm_source=ad#pricing'), 'kre8_checkout=cancelled'), 'https://kre8tion.com/book?utm_source=ad&kre8_checkout=cancelled#pricing');
    assert.equal(returnTo(new URL('https://kre8tion.com/book#top'), 'kre8_checkout_session={CHECKOUT_SESSION_ID}'), 'https://kre8tion.com/book?kre8_checkout_session={CHECKOUT_SESSION_ID}#top');
    assert.equal(returnTo(new URL('https://kre8tion.com/book?kre8_checkout=cancelled&a=1'), 'kre8_checkout=cancelled'), 'https://kre8tion.com/book?a=1&kre8_checkout=cancelled');
  });
});

describe('#19.3 error codes are a closed union with one status each', () => {
  it('a code with the wrong status does not type-check (tsc fails if this stops being an error)', () => {
    // @ts-expect-error invalid_signature is 401 everywhere (it was 400 for Stripe)
    const wrong = new ApiError(400, 'invalid_signature', 'x');
    // @ts-expect-error no such code
    const unknown = new ApiError(400, 'made_up', 'x');
    assert.equal(new ApiError(401, 'invalid_signature', 'x').status, 401);
    assert.ok(wrong && unknown);
  });

  it('a corrupt stored record is a logged 500, not the visitor’s "body is not valid JSON"', async () => {
    const lines: string[] = [];
    const h = await startHarness({ now: () => MONDAY_0800_LA });
    try {
      h.deps.log = createLogger('debug', (l) => lines.push(l));
      await h.deps.kv.put('checkout:cs_corrupt', '{"holdRef":');
      const res = await h.app.request('/api/booking/checkout-status?session_id=cs_corrupt');
      assert.equal(res.status, 500);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'internal_error');
      assert.ok(lines.some((l) => /"msg":"unhandled"/.test(l) && /SyntaxError/.test(l)), lines.join('\n'));
    } finally {
      await h.close();
    }
  });

  it('a Stripe webhook with a bad signature is 401 invalid_signature, like EmailIt', async () => {
    const h = await startHarness({ now: () => MONDAY_0800_LA });
    try {
      const res = await h.app.request('/api/webhooks/stripe', { method: 'POST', headers: { 'stripe-signature': 't=1,v1=00' }, body: '{}' });
      assert.equal(res.status, 401);
      assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'invalid_signature');
    } finally {
      await h.close();
    }
  });
});

describe('#22.6 no branded email with attacker text to any address', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA, env: { VISITOR_EMAILS_PER_DAY: '3' } });
  });
  after(() => h.close());

  it('a name carrying a message, a link, an email address or a phone number is a 400 naming it', async () => {
    for (const name of ['Hi Your account is locked. Call 1-800-555-0199 now', 'Visit evil.example today', 'https://evil.example', 'ana@evil.example', 'Ana <b>Ruiz</b>', 'please confirm your details at once or your account will be closed']) {
      const res = await h.json('/api/leads/roi', roiSubmission({ email: 'victim@example.com', name }));
      assert.equal(res.status, 400, name);
      assert.deepEqual(Object.keys(((await res.json()) as { error: { fields: Record<string, string> } }).error.fields), ['name'], name);
    }
    for (const name of ['Dana Whitfield', 'José Núñez-García', "Siobhán O'Brien", 'María de los Ángeles García López', 'J. R. R. Tolkien', '李伟', 'Nguyễn Thị Minh Khai']) {
      assert.equal((await h.json('/api/leads/roi', roiSubmission({ email: 'real.names@example.com', name }))).status, 202, name);
    }
  });

  it('five ROI submissions to one address: five CRM records, three report emails, every dossier to the team', async () => {
    for (let i = 0; i < 5; i++) assert.equal((await h.json('/api/leads/roi', roiSubmission({ email: 'target@example.com' }))).status, 202);
    await h.jobs.drain();
    const mail = await h.mailbox.list();
    assert.equal(mail.filter((m) => m.to === 'target@example.com').length, 3);
    assert.equal((await h.rows('roi_calculations')).filter((r) => String(r.email ?? '').toLowerCase() === 'target@example.com').length, 5);
    assert.equal((await h.rows('leads')).filter((l) => l.email === 'target@example.com').length, 1);
    // The two held back are not recorded as sent: no report_sent_at, and the activity says NOT sent.
    const rows = (await h.rows('roi_calculations')).filter((r) => String(r.email ?? '').toLowerCase() === 'target@example.com');
    assert.equal(rows.filter((r) => r.report_sent_at).length, 3);
    const acts = (await h.rows('activities')).map((a) => String(a.subject));
    assert.equal(acts.filter((a) => a === 'ROI report sent to target@example.com').length, 3);
    assert.equal(acts.filter((a) => /^ROI report NOT sent to target@example.com/.test(a)).length, 2);
    assert.equal((await h.jobs.counts()).dead ?? 0, 0);
  });

  it('booking confirmations share the limit; the booking stands and the CRM says the email was not sent', async () => {
    for (const [i, t] of ['09:00', '09:30', '10:00', '10:30'].entries()) {
      const res = await h.json('/api/booking/create', bookingRequest(`2026-11-26T${t}:00-08:00`, { email: 'booker@example.com', submissionId: `00000000-0000-4000-8000-00000000010${i}` }));
      assert.equal(res.status, 201);
    }
    await h.jobs.drain();
    assert.equal((await h.mailbox.list()).filter((m) => m.to === 'booker@example.com').length, 3);
    assert.equal((await h.rows('bookings')).filter((b) => b.guest_email === 'booker@example.com').length, 4);
    assert.equal((await h.rows('activities')).filter((a) => /NOT sent to booker@example.com/.test(String(a.subject))).length, 1);
  });
});

describe('#22.7 availability, checkout-status and voice end are rate limited', () => {
  it('per IP: the (limit+1)-th read or end in a minute is a 429 with Retry-After', async () => {
    const h = await startHarness({ now: () => MONDAY_0800_LA, env: { READ_RATE_LIMIT_PER_MINUTE: '5', CHAT_RATE_LIMIT_PER_MINUTE: '3' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 3; i++) statuses.push((await h.app.request('/api/booking/availability?from=2026-11-24&to=2026-11-24&timezone=UTC')).status);
      for (let i = 0; i < 3; i++) statuses.push((await h.app.request('/api/booking/checkout-status?session_id=cs_none')).status);
      assert.deepEqual(statuses, [200, 200, 200, 200, 200, 429], 'reads share one per-IP budget');
      const limited = await h.app.request('/api/booking/availability?from=2026-11-24&to=2026-11-24&timezone=UTC');
      assert.equal(limited.status, 429);
      assert.ok(Number(limited.headers.get('retry-after')) >= 1);
      const ends: number[] = [];
      for (let i = 0; i < 4; i++) ends.push((await h.json('/api/voice-agent/end', { sessionId: crypto.randomUUID() })).status);
      assert.deepEqual(ends, [202, 202, 202, 429]);
    } finally {
      await h.close();
    }
  });

  it('per session: one checkout session cannot be polled more than 30 times a minute, whatever the IP', async () => {
    const h = await startHarness({ now: () => MONDAY_0800_LA, env: { TRUST_PROXY_HOPS: '1' } });
    try {
      const statuses: number[] = [];
      for (let i = 0; i < 31; i++) statuses.push((await h.app.request('/api/booking/checkout-status?session_id=cs_polled', { headers: { 'x-forwarded-for': `203.0.113.${i}` } })).status);
      assert.equal(statuses.filter((s) => s === 200).length, 30);
      assert.equal(statuses.at(-1), 429);
    } finally {
      await h.close();
    }
  });
});

describe('#22.9 a date beyond the horizon is a 400, never a 500', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
  });
  after(() => h.close());

  it('availability for year 9999 (or year 1) names from', async () => {
    for (const q of ['from=9999-12-31&to=9999-12-31', 'from=9999-11-01&to=9999-12-31', 'from=0001-01-01&to=0001-01-02']) {
      const res = await h.app.request(`/api/booking/availability?${q}&timezone=UTC`);
      assert.equal(res.status, 400, q);
      assert.ok('from' in ((await res.json()) as { error: { fields: Record<string, string> } }).error.fields, q);
    }
  });

  it('a create or checkout for year 9999 names start and holds nothing', async () => {
    for (const [path, extra] of [['/api/booking/create', {}], ['/api/booking/checkout', { type: 'assessment' as const, returnUrl: 'http://localhost:8787/book' }]] as const) {
      const res = await h.json(path, bookingRequest('9999-12-31T10:00:00-08:00', extra));
      assert.equal(res.status, 400, path);
      assert.ok('start' in ((await res.json()) as { error: { fields: Record<string, string> } }).error.fields, path);
    }
    assert.deepEqual(await ledgerKeys(h), []);
  });
});

describe('#22.8 signed webhooks with absurd values: refused one by one, never a 500 for the batch', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('EmailIt: a batch with a good event and timestamps 1e20 / -1e16 and a deeply nested event answers 200 and keeps the good one', async () => {
    const depth = 30_000;
    const ok = { event_id: 'evt-good', type: 'email.opened', object: { email: { to: 'a@example.com', subject: 'x' } } };
    const raw = `[${JSON.stringify(ok)},${JSON.stringify({ event_id: 'evt-big', type: 'email.opened', object: { email: { to: 'a@example.com' }, timestamp: 1e20 } })},${JSON.stringify({ event_id: 'evt-neg', type: 'email.opened', object: { email: { to: 'a@example.com' }, timestamp: -1e16 } })},{"type":"email.opened","n":${'['.repeat(depth)}${']'.repeat(depth)}}]`;
    const ts = String(Math.floor(Date.now() / 1000));
    const res = await h.app.request('/api/webhooks/emailit', { method: 'POST', headers: { 'content-type': 'application/json', 'x-emailit-timestamp': ts, 'x-emailit-signature': await signEmailit(h.deps.config.EMAILIT_WEBHOOK_SECRET, ts, raw) }, body: raw });
    assert.equal(res.status, 200, await res.clone().text());
    assert.deepEqual(await res.json(), { received: 1, rejected: 3 });
  });

  it('Stripe: invoice.paid with paid_at 1e17 is acknowledged and recorded as refused, no job', async () => {
    const raw = JSON.stringify({ id: 'evt_absurd', object: 'event', type: 'invoice.paid', created: Math.floor(Date.now() / 1000), data: { object: { id: 'in_1', object: 'invoice', customer_email: 'a@example.com', amount_paid: 100, currency: 'usd', status_transitions: { paid_at: 1e17 }, lines: { data: [] } } } });
    const res = await h.app.request('/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': await signStripePayload(raw, 'whsec_test_stripe') }, body: raw });
    assert.equal(res.status, 200, await res.clone().text());
    assert.ok(await h.deps.kv.get('stripe-rejected:evt_absurd'));
    await h.jobs.drain();
    assert.equal((await h.rows('payments')).length, 0);
  });
});

describe('#22.12 logs keep ids and times readable, and a 500 says which request', () => {
  it('the masker hides emails and phones, not UUIDs, dates or job keys', () => {
    const line = maskPii('job booking:bk_1234567890abcdef1234 for 12345678-1234-4234-8234-000000000001 at 2026-11-24T18:00:00.000Z call +1 (512) 555-0134 mail dana@example.com');
    assert.equal(line, 'job booking:bk_1234567890abcdef1234 for 12345678-1234-4234-8234-000000000001 at 2026-11-24T18:00:00.000Z call ***34 mail d***@example.com');
  });

  it('a logged 500 carries the request id, method and path', async () => {
    const lines: string[] = [];
    const h = await startHarness({ now: () => MONDAY_0800_LA });
    try {
      h.deps.log = createLogger('debug', (l) => lines.push(l));
      await h.deps.kv.put('checkout:cs_bad', '{');
      const res = await h.app.request('/api/booking/checkout-status?session_id=cs_bad');
      const id = res.headers.get('x-request-id')!;
      const logged = JSON.parse(lines.find((l) => /"msg":"unhandled"/.test(l))!) as Record<string, string>;
      assert.deepEqual([logged.requestId, logged.method, logged.path], [id, 'GET', '/api/booking/checkout-status']);
    } finally {
      await h.close();
    }
  });
});

describe('#22.10 subjects are one line of visible text', () => {
  it('newlines, bidi controls and zero-width characters never reach a sent subject', async () => {
    const h = await startHarness();
    try {
      await sendOnce(h.deps, jobContext(h.deps.kv, 'job-subject', 1), 'dossier', { to: h.deps.config.ADMIN_EMAIL, subject: 'New lead: Eve\u202e moc.live\u202c\r\nBcc: x@evil.test\u200b', html: '<p>x</p>', text: 'x' });
      const [m] = await h.mailbox.list();
      assert.equal(m!.subject, 'New lead: Eve moc.live Bcc: x@evil.test');
    } finally {
      await h.close();
    }
  });
});
