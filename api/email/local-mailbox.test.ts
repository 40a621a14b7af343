/** The local mailbox over real HTTP: the EmailIt client sends to it, and fire() signs events to a receiver. */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { createHmac } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { openSqlite } from '../store/sqlite.js';
import { createEmailItClient, MailError, type OutgoingEmail } from './emailit.js';
import { createLocalMailbox, type LocalMailbox } from './local-mailbox.js';
import { verifyEmailit } from './signature.js';

const API_KEY = 'em_local_key';
const SECRET = 'whsec_' + '0f'.repeat(32);
const NOW = new Date('2026-03-02T15:04:05.000Z');

interface Received {
  headers: Headers;
  raw: string;
}

const received: Received[] = [];
let receiverStatus = 200;
let mailServer: ServerType;
let receiver: ServerType;
let mailbox: LocalMailbox;
let base: string;

const listen = (app: Hono) =>
  new Promise<ServerType>((resolve) => {
    const s = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve(s));
  });
const url = (s: ServerType) => `http://127.0.0.1:${(s.address() as AddressInfo).port}`;
const close = (s: ServerType) =>
  new Promise<void>((resolve) => {
    s.close(() => resolve());
    (s as { closeAllConnections?: () => void }).closeAllConnections?.();
  });

const email: OutgoingEmail = {
  from: 'AI KRE8TION Partners <bookings@kre8tion.com>',
  to: 'ada@example.com',
  subject: 'Booking Confirmed — Strategy Call on Mar 3, 2026',
  html: '<p>See you soon</p><a href="mailto:x@y.z">mail</a><a href="https://kre8tion.com/booking?id=7&amp;x=1">Manage</a>',
  text: 'See you soon',
  tags: ['kre8tion', 'landing', 'booking'],
};

before(async () => {
  const recv = new Hono().post('/api/webhooks/emailit', async (c) => {
    received.push({ headers: c.req.raw.headers, raw: await c.req.text() });
    return c.json({ received: true }, receiverStatus as 200);
  });
  receiver = await listen(recv);
  mailbox = createLocalMailbox({
    db: openSqlite(':memory:'),
    apiKey: API_KEY,
    webhook: { url: `${url(receiver)}/api/webhooks/emailit`, secret: SECRET },
    now: () => NOW,
  });
  mailServer = await listen(new Hono().route('/emailit', mailbox.app));
  base = `${url(mailServer)}/emailit`;
});

after(async () => {
  await close(mailServer);
  await close(receiver);
});

beforeEach(() => {
  received.length = 0;
  receiverStatus = 200;
});

describe('local mailbox: sending', () => {
  it('stores what the EmailIt client sends and lists it newest first', async () => {
    const mailer = createEmailItClient({ baseUrl: base, apiKey: API_KEY });
    const first = await mailer.send(email);
    const second = await mailer.send({ ...email, to: 'bob@example.com', reply_to: 'hello@kre8tion.com' });
    assert.notEqual(first.id, second.id);

    const stored = await mailbox.get(first.id);
    assert.ok(stored);
    assert.equal(stored.to, 'ada@example.com');
    assert.equal(stored.subject, email.subject);
    assert.equal(stored.html, email.html);
    assert.equal(stored.text, email.text);
    assert.deepEqual(stored.tags, email.tags);
    assert.equal(stored.reply_to, null);
    assert.equal(stored.created_at, NOW.toISOString());

    const res = await fetch(`${base}/messages`);
    const { data } = (await res.json()) as { data: { id: string; to: string; reply_to: string | null }[] };
    assert.deepEqual(data.map((m) => m.id).slice(0, 2), [second.id, first.id]);
    assert.equal(data[0].reply_to, 'hello@kre8tion.com');
    const one = await fetch(`${base}/messages/${first.id}`);
    assert.equal((await one.json()).to, 'ada@example.com');
    assert.equal((await fetch(`${base}/messages/99999`)).status, 404);
  });

  it('answers like EmailIt: {id, status:"queued"}; the same Idempotency-Key does not store twice', async () => {
    const post = (key?: string) =>
      fetch(`${base}/v1/emails`, {
        method: 'POST',
        headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json', ...(key ? { 'idempotency-key': key } : {}) },
        body: JSON.stringify(email),
      });
    const a = await (await post('k-1')).json();
    assert.equal(a.status, 'queued');
    assert.match(a.id, /^\d+$/);
    const before = (await mailbox.list()).length;
    const b = await (await post('k-1')).json();
    assert.equal(b.id, a.id);
    assert.equal((await mailbox.list()).length, before);
  });

  it('refuses a wrong key with 401 and an invalid message with 422', async () => {
    await assert.rejects(createEmailItClient({ baseUrl: base, apiKey: 'nope' }).send(email), (e: MailError) => e.status === 401 && e.code === 'unauthorized');
    const res = await fetch(`${base}/v1/emails`, {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify({ from: 'a@b.c', to: '', subject: 'x', html: '', text: '' }),
    });
    assert.equal(res.status, 422);
    const body = await res.json();
    assert.equal(body.error.code, 'validation_error');
    assert.deepEqual(Object.keys(body.error.details).sort(), ['html', 'to']);
  });
});

describe('local mailbox: firing webhook events', () => {
  it('posts a signed JSON array with one email.link.clicked event to the webhook', async () => {
    const { id } = await createEmailItClient({ baseUrl: base, apiKey: API_KEY }).send(email);
    const { status } = await mailbox.fire(id, 'clicked');
    assert.equal(status, 200);
    assert.equal(received.length, 1);
    const { headers, raw } = received[0];
    assert.equal(headers.get('user-agent'), 'Emailit-Webhooks/2.0');
    assert.equal(headers.get('content-type'), 'application/json');
    const ts = headers.get('x-emailit-timestamp')!;
    assert.equal(ts, String(NOW.getTime() / 1000));
    assert.equal(headers.get('x-emailit-signature'), createHmac('sha256', SECRET).update(`${ts}.${raw}`).digest('hex'));
    assert.equal(await verifyEmailit({ secret: SECRET, timestamp: ts, signature: headers.get('x-emailit-signature'), rawBody: raw, nowSeconds: Number(ts) }), true);

    const events = JSON.parse(raw);
    assert.ok(Array.isArray(events));
    assert.equal(events.length, 1);
    const [ev] = events;
    assert.equal(ev.type, 'email.link.clicked');
    assert.match(ev.event_id, /^[0-9a-f-]{36}$/);
    assert.ok(ev.webhook_request_id);
    assert.equal(ev.object.email.id, Number(id));
    assert.equal(ev.object.email.type, 'outgoing');
    assert.equal(ev.object.email.to, 'ada@example.com');
    assert.equal(ev.object.email.subject, email.subject);
    assert.ok(ev.object.email.token && ev.object.email.message_id);
    assert.equal(ev.object.link.url, 'https://kre8tion.com/booking?id=7&x=1', 'first web link in the html');
  });

  it('opened → email.loaded; bounced → email.delivery.bounce with SMTP details; both recorded on the message', async () => {
    const { id } = await createEmailItClient({ baseUrl: base, apiKey: API_KEY }).send({ ...email, html: '<p>no links</p>' });
    await mailbox.fire(id, 'opened');
    receiverStatus = 500;
    assert.deepEqual(await mailbox.fire(id, 'bounced'), { status: 500 });
    const [opened, bounced] = received.map((r) => JSON.parse(r.raw)[0]);
    assert.equal(opened.type, 'email.loaded');
    assert.equal(opened.object.link, undefined);
    assert.equal(bounced.type, 'email.delivery.bounce');
    assert.equal(bounced.object.details, '550 5.1.1 mailbox unavailable');
    const stored = await mailbox.get(id);
    assert.deepEqual(stored!.events.map((e) => [e.kind, e.status]), [
      ['opened', 200],
      ['bounced', 500],
    ]);
  });

  it('a click on an email without links reports the site url', async () => {
    const { id } = await createEmailItClient({ baseUrl: base, apiKey: API_KEY }).send({ ...email, html: '<p>plain</p>' });
    await mailbox.fire(id, 'clicked');
    assert.equal(JSON.parse(received[0].raw)[0].object.link.url, 'https://kre8tion.com/');
  });

  it('the inspector route fires and reports what the webhook answered', async () => {
    const { id } = await createEmailItClient({ baseUrl: base, apiKey: API_KEY }).send(email);
    const post = (mid: string, type: string) =>
      fetch(`${base}/messages/${mid}/events`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ type }) });
    const res = await post(id, 'opened');
    assert.deepEqual(await res.json(), { status: 200, delivered: true });
    assert.equal(received.length, 1);
    assert.equal((await post(id, 'complained')).status, 422);
    assert.equal((await post('4242', 'opened')).status, 404);
  });

  it('an unreachable webhook is status 0, not a throw', async () => {
    const db = openSqlite(':memory:');
    const lonely = createLocalMailbox({ db, apiKey: API_KEY, webhook: { url: 'http://127.0.0.1:1/hook', secret: SECRET } });
    const res = await lonely.app.request('/v1/emails', {
      method: 'POST',
      headers: { authorization: `Bearer ${API_KEY}`, 'content-type': 'application/json' },
      body: JSON.stringify(email),
    });
    const { id } = await res.json();
    assert.deepEqual(await lonely.fire(id, 'opened'), { status: 0 });
    const noHook = createLocalMailbox({ db, apiKey: API_KEY });
    await assert.rejects(noHook.fire(id, 'opened'), /no webhook/);
  });
});
