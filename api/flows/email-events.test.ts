import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { signEmailit } from '../email/signature.js';
import { firstLink } from '../email/local-mailbox.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { roiSubmission } from '../testing/fixtures.js';

/**
 * EmailIt webhooks end to end: signed requests into the real app, the durable queue, the local NCB.
 * Every effect is asserted on what NCB really holds after the queue drained.
 */

type Row = Record<string, unknown>;
type Shape = 'v1' | 'v2';

const secs = (d: Date) => (d.getTime() / 1000).toFixed(6);
/** The API's clock, frozen at whole seconds (NCB stores datetimes to the second), so the 300 s window is exact. */
const T0 = Math.floor(Date.now() / 1000);
const wholeSecondsAgo = (s: number) => new Date((T0 - s) * 1000);

/** An event as EmailIt sends it: v1 `{object:{email:{to, subject}}}` or v2 `{data:{object:{to, subject}}}`. */
function event(shape: Shape, type: string, to: string, o: { subject?: string; at?: Date; extra?: Row; id?: string } = {}) {
  const id = o.id ?? randomUUID();
  const subject = o.subject ?? 'Your ROI Report';
  const at = o.at ?? new Date(T0 * 1000);
  if (shape === 'v1') {
    const email = { id: 7, token: 'tok', type: 'outgoing', message_id: '<m@local>', to, from: 'Kre8tion <hello@kre8tion.com>', subject, timestamp: secs(at), spam_status: 0, tag: null };
    return { webhook_request_id: randomUUID(), event_id: id, type, object: { email, ...o.extra, timestamp: secs(at) } };
  }
  return { event_id: id, type, created_at: at.toISOString(), data: { object: { to, from: 'hello@kre8tion.com', subject, ...o.extra } } };
}

describe('POST /api/webhooks/emailit against the local NCB', () => {
  let h: Harness;

  async function post(body: unknown, o: { secret?: string; ts?: number; sig?: string; omit?: ('ts' | 'sig')[] } = {}) {
    const raw = typeof body === 'string' ? body : JSON.stringify(body);
    const ts = String(o.ts ?? T0);
    const sig = o.sig ?? (await signEmailit(o.secret ?? h.deps.config.EMAILIT_WEBHOOK_SECRET, ts, raw));
    const headers: Record<string, string> = { 'content-type': 'application/json', 'user-agent': 'Emailit-Webhooks/2.0' };
    if (!o.omit?.includes('ts')) headers['X-Emailit-Timestamp'] = ts;
    if (!o.omit?.includes('sig')) headers['X-Emailit-Signature'] = sig;
    return h.app.request('/api/webhooks/emailit', { method: 'POST', headers, body: raw });
  }

  async function deliver(body: unknown) {
    const res = await post(body);
    assert.equal(res.status, 200, await res.clone().text());
    await h.jobs.drain();
    return res;
  }

  /** A lead made the way a visitor makes one: through the ROI flow, so a real report email exists. */
  async function leadVia(email: string) {
    assert.equal((await h.json('/api/leads/roi', roiSubmission({ email }))).status, 202);
    await h.jobs.drain();
    return lead(email);
  }
  async function lead(email: string) {
    const l = (await h.rows('leads')).find((r) => r.email === email);
    assert.ok(l, `lead ${email} exists`);
    return l;
  }
  const activityOf = async (eventId: string) => (await h.rows('activities')).filter((a) => String(a.metadata).includes(`"emailit:${eventId}"`));
  const clickActivities = async (leadId: unknown) => (await h.rows('activities')).filter((a) => a.lead_id === leadId && String(a.metadata).includes('"kind":"email.click"'));
  const jobCount = async () => Object.values(await h.jobs.counts()).reduce((s, n) => s + n, 0);
  const snapshot = async () => ({ jobs: await jobCount(), activities: (await h.rows('activities')).length, leads: JSON.stringify(await h.rows('leads')) });

  let dana: Row;
  let reportSubject: string;
  before(async () => {
    h = await startHarness({ now: () => new Date(T0 * 1000) });
    dana = await leadVia('dana.whitfield@example.com');
    reportSubject = (await h.mailbox.list()).find((m) => m.to === 'dana.whitfield@example.com')!.subject;
  });
  after(() => h.close());

  it('verifies the signature before anything is stored: 401 and nothing written', async () => {
    const body = [event('v1', 'email.link.clicked', 'dana.whitfield@example.com', { extra: { link: { id: 1, url: 'https://kre8tion.com/' } } })];
    const raw = JSON.stringify(body);
    const now = T0;
    const before = await snapshot();
    const bad = {
      'a signature over other bytes': { sig: await signEmailit(h.deps.config.EMAILIT_WEBHOOK_SECRET, String(now), raw + ' ') },
      'the wrong secret': { secret: 'whsec_' + 'cd'.repeat(32) },
      'the secret without its whsec_ prefix': { secret: h.deps.config.EMAILIT_WEBHOOK_SECRET.slice('whsec_'.length) },
      'a timestamp 301 s old': { ts: now - 301 },
      'a timestamp 301 s ahead': { ts: now + 301 },
      'no timestamp header': { omit: ['ts' as const] },
      'no signature header': { omit: ['sig' as const] },
      'no headers at all': { omit: ['ts' as const, 'sig' as const] },
    };
    for (const [what, o] of Object.entries(bad)) {
      const res = await post(raw, o);
      assert.equal(res.status, 401, what);
      const { error } = await res.json();
      assert.equal(error.code, 'invalid_signature', what);
      assert.ok(error.requestId, what);
    }
    await h.jobs.drain();
    assert.deepEqual(await snapshot(), before, 'no job, no activity, no lead change');

    // At the edge of the 300 s window, either way, the same body is accepted (once: it is one event).
    for (const ts of [now - 300, now + 300]) {
      const res = await post(raw, { ts });
      assert.equal(res.status, 200);
      assert.deepEqual(await res.json(), { received: 1 });
    }
    await h.jobs.drain();
    assert.equal((await activityOf(body[0]!.event_id)).length, 1);
  });

  it('accepts both naming families and both shapes, as a batch or a single event', async () => {
    const l = await leadVia('families@example.com');
    const expected: Record<string, RegExp> = {
      'email.loaded': /^Email opened: /,
      'email.opened': /^Email opened: /,
      'email.link.clicked': /^Email link clicked: /,
      'email.clicked': /^Email link clicked: /,
      'email.delivery.bounce': /^Email bounced: /,
      'email.delivery.hardfail': /^Email bounced: /,
      'email.bounced': /^Email bounced: /,
      'email.complained': /^Spam complaint: /,
    };
    const sent: { type: string; shape: Shape; id: string }[] = [];
    let single = false;
    for (const shape of ['v1', 'v2'] as const) {
      const batch = Object.keys(expected).map((type) => event(shape, type, 'Families@Example.com', { extra: { link: { id: 1, url: 'https://kre8tion.com/x' }, url: 'https://kre8tion.com/x', details: 'bounced' } }));
      for (const ev of batch) sent.push({ type: ev.type, shape, id: ev.event_id });
      // v1 one event per request, unwrapped; v2 the whole batch as an array.
      if (shape === 'v1') {
        for (const ev of batch) {
          const res = await post(ev);
          assert.equal(res.status, 200);
          assert.deepEqual(await res.json(), { received: 1 });
          single = true;
        }
      } else {
        const res = await post(batch);
        assert.equal(res.status, 200);
        assert.deepEqual(await res.json(), { received: batch.length });
      }
    }
    assert.ok(single);
    await h.jobs.drain();
    for (const s of sent) {
      const acts = await activityOf(s.id);
      assert.equal(acts.length, 1, `${s.shape} ${s.type} recorded once`);
      assert.equal(acts[0]!.lead_id, l.id, `${s.shape} ${s.type} on the lead`);
      assert.match(String(acts[0]!.subject), expected[s.type]!, `${s.shape} ${s.type}`);
    }
    assert.equal((await lead('families@example.com')).email_click_count, 4);
  });

  it('an open sets last_email_opened_at to the latest time seen, never back', async () => {
    const t1 = wholeSecondsAgo(3600);
    await deliver([event('v1', 'email.loaded', 'dana.whitfield@example.com', { subject: reportSubject, at: t1 })]);
    assert.equal(new Date(String((await lead(dana.email as string)).last_email_opened_at)).getTime(), t1.getTime());

    const older = event('v2', 'email.opened', 'dana.whitfield@example.com', { subject: reportSubject, at: wholeSecondsAgo(7200) });
    await deliver(older);
    assert.equal(new Date(String((await lead(dana.email as string)).last_email_opened_at)).getTime(), t1.getTime(), 'an older open does not move it back');
    assert.equal((await activityOf(older.event_id)).length, 1, 'the older open is still on the timeline');

    const t2 = wholeSecondsAgo(60);
    const newer = event('v1', 'email.loaded', 'dana.whitfield@example.com', { subject: reportSubject, at: t2 });
    await deliver([newer]);
    assert.equal(new Date(String((await lead(dana.email as string)).last_email_opened_at)).getTime(), t2.getTime());
    const [act] = await activityOf(newer.event_id);
    assert.equal(act!.subject, `Email opened: ${reportSubject}`);
    assert.equal(act!.type, 'email');
    assert.equal(act!.lead_id, dana.id);
  });

  it('a click raises email_click_count by one and logs the URL', async () => {
    const before = Number((await lead(dana.email as string)).email_click_count);
    const url = 'https://kre8tion.com/pricing?utm_source=roi-report';
    const ev = event('v2', 'email.clicked', 'dana.whitfield@example.com', { subject: reportSubject, extra: { link: { id: 3, url } } });
    await deliver([ev]);
    assert.equal((await lead(dana.email as string)).email_click_count, before + 1);
    const [act] = await activityOf(ev.event_id);
    assert.equal(act!.subject, `Email link clicked: ${reportSubject}`);
    assert.equal(act!.description, url);
  });

  it('a bounce marks the lead bounced with the reason; a complaint marks it complained', async () => {
    const b = await leadVia('bounce@example.com');
    const reason = '550 5.1.1 <bounce@example.com>: mailbox unavailable';
    const ev = event('v1', 'email.delivery.bounce', 'bounce@example.com', { extra: { status: 'bounce', details: reason } });
    await deliver([ev]);
    assert.equal((await lead('bounce@example.com')).email_status, 'bounced');
    const [act] = await activityOf(ev.event_id);
    assert.equal(act!.lead_id, b.id);
    assert.match(String(act!.subject), /^Email bounced: /);
    assert.equal(act!.description, reason);

    await leadVia('complain@example.com');
    const c = event('v2', 'email.complained', 'complain@example.com');
    await deliver(c);
    assert.equal((await lead('complain@example.com')).email_status, 'complained');
    assert.match(String((await activityOf(c.event_id))[0]!.subject), /^Spam complaint: /);
  });

  it('an inbound reply is logged from its sender as plain text of at most 500 characters', async () => {
    const body = 'Thanks for the report! We would like to talk about the Foundation tier &amp; onboarding. ' + 'More detail here. '.repeat(40);
    const html = `<html><head><style>p{color:red}</style><script>alert("x")</script></head><body><p><b>Thanks</b> for the report!</p><div>${body}</div></body></html>`;
    const ev = { event_id: randomUUID(), type: 'email.inbound', object: { from: 'Dana Whitfield <Dana.Whitfield@Example.com>', to: 'hello@kre8tion.com', subject: 'Re: Your ROI Report', html } };
    await deliver([ev]);
    const [act] = await activityOf(ev.event_id);
    assert.equal(act!.lead_id, dana.id);
    assert.equal(act!.subject, 'Reply received from dana.whitfield@example.com');
    const d = String(act!.description);
    assert.ok(d.length > 0 && d.length <= 500, `length ${d.length}`);
    assert.ok(!/[<>]/.test(d), 'no markup left');
    assert.ok(!/alert|color:red/.test(d), 'no script or style content');
    assert.match(d, /^Thanks for the report! Thanks for the report! We would like to talk about the Foundation tier & onboarding\./);
  });

  it('every email-event activity has a lead, type email and a subject', async () => {
    const acts = (await h.rows('activities')).filter((a) => String(a.metadata).includes('"dedupe":"emailit:'));
    assert.ok(acts.length >= 20);
    for (const a of acts) {
      assert.ok(Number.isInteger(a.lead_id), `activity ${a.id} has a lead`);
      assert.equal(a.type, 'email');
      assert.ok(String(a.subject ?? '').trim().length > 0);
    }
  });

  it('a redelivered event id changes nothing', async () => {
    const ev = event('v1', 'email.link.clicked', 'dana.whitfield@example.com', { extra: { link: { id: 9, url: 'https://kre8tion.com/a' } } });
    await deliver([ev]);
    const once = await snapshot();
    await deliver([ev]);
    await deliver(ev);
    const twice = await snapshot();
    assert.equal(twice.activities, once.activities);
    assert.equal(twice.leads, once.leads);
    assert.equal((await activityOf(ev.event_id)).length, 1);
  });

  it('20 clicks for one lead delivered concurrently raise the count by exactly 20', async () => {
    const l = await leadVia('concurrent@example.com');
    assert.equal(l.email_click_count, 0);
    const events = Array.from({ length: 20 }, (_, i) => event(i % 2 ? 'v1' : 'v2', i % 2 ? 'email.link.clicked' : 'email.clicked', 'concurrent@example.com', { extra: { link: { id: i, url: `https://kre8tion.com/${i}` } } }));
    const res = await Promise.all(events.map((e) => post([e])));
    assert.deepEqual(
      res.map((r) => r.status),
      events.map(() => 200),
    );
    await h.jobs.drain();
    assert.equal((await lead('concurrent@example.com')).email_click_count, 20);
    assert.equal((await clickActivities(l.id)).length, 20);
  });

  it('an unknown recipient is acknowledged and recorded as unmatched; no lead is created', async () => {
    const leads = (await h.rows('leads')).length;
    const acts = (await h.rows('activities')).length;
    const ev = event('v2', 'email.opened', 'nobody@nowhere.example');
    await deliver([ev]);
    const stored = await h.deps.kv.get(`emailit-unmatched:${ev.event_id}`);
    assert.ok(stored, 'recorded as unmatched');
    assert.equal(JSON.parse(stored).email, 'nobody@nowhere.example');
    assert.equal((await h.rows('leads')).length, leads);
    assert.equal((await h.rows('activities')).length, acts);
    assert.ok(!(await h.rows('leads')).some((l) => l.email === 'nobody@nowhere.example'));
  });

  it('a batch retried after it was processed applies only its new event', async () => {
    const l = await leadVia('retry-batch@example.com');
    const click = (n: number) => event('v1', 'email.link.clicked', 'retry-batch@example.com', { extra: { link: { id: n, url: `https://kre8tion.com/r${n}` } } });
    const a = click(1);
    const b = click(2);
    await deliver([a, b]);
    assert.equal((await lead('retry-batch@example.com')).email_click_count, 2);
    const c = click(3);
    await deliver([a, b, c]);
    assert.equal((await lead('retry-batch@example.com')).email_click_count, 3);
    assert.equal((await clickActivities(l.id)).length, 3);
  });

  it('an oversized or malformed body is a 400 and nothing is written', async () => {
    const before = await snapshot();
    const ok = event('v1', 'email.link.clicked', 'dana.whitfield@example.com', { extra: { link: { id: 1, url: 'https://kre8tion.com/' } } });
    const cases: [string, unknown, string][] = [
      ['101 events', Array.from({ length: 101 }, () => event('v1', 'email.loaded', 'dana.whitfield@example.com')), 'invalid_request'],
      ['an empty batch', [], 'invalid_request'],
      ['broken JSON', '[{"event_id":', 'invalid_json'],
      ['an event without a type', [{ event_id: randomUUID(), object: {} }], 'invalid_request'],
      ['a valid event next to one without a type', [ok, { event_id: randomUUID() }], 'invalid_request'],
      ['a bare string', '"email.loaded"', 'invalid_request'],
    ];
    for (const [what, body, code] of cases) {
      const res = await post(body);
      assert.equal(res.status, 400, what);
      assert.equal((await res.json()).error.code, code, what);
    }
    await h.jobs.drain();
    assert.deepEqual(await snapshot(), before);
    assert.equal((await activityOf(ok.event_id)).length, 0, 'the batch is all or nothing');
  });

  it("the local mailbox's signed events change the lead", async () => {
    const l = await leadVia('fire@example.com');
    const msg = (await h.mailbox.list()).find((m) => m.to === 'fire@example.com')!;

    assert.deepEqual(await h.mailbox.fire(msg.id, 'opened'), { status: 200 });
    await h.jobs.drain();
    const opened = await lead('fire@example.com');
    assert.equal(new Date(String(opened.last_email_opened_at)).getTime(), T0 * 1000, 'opened now');

    assert.deepEqual(await h.mailbox.fire(msg.id, 'clicked'), { status: 200 });
    await h.jobs.drain();
    assert.equal((await lead('fire@example.com')).email_click_count, 1);

    assert.deepEqual(await h.mailbox.fire(msg.id, 'bounced'), { status: 200 });
    await h.jobs.drain();
    assert.equal((await lead('fire@example.com')).email_status, 'bounced');

    const acts = (await h.rows('activities')).filter((a) => a.lead_id === l.id && String(a.metadata).includes('"dedupe":"emailit:'));
    assert.deepEqual(
      acts.map((a) => String(a.subject)),
      [`Email opened: ${msg.subject}`, `Email link clicked: ${msg.subject}`, `Email bounced: ${msg.subject}`],
    );
    assert.equal(acts[1]!.description, firstLink(msg.html) ?? 'https://kre8tion.com/');
    assert.match(String(acts[2]!.description), /550/);
    assert.deepEqual(
      (await h.mailbox.get(msg.id))!.events.map((e) => [e.kind, e.status]),
      [
        ['opened', 200],
        ['clicked', 200],
        ['bounced', 200],
      ],
    );
  });
});
