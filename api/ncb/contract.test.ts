/**
 * The NCB contract suite: the client against the local NCB over real HTTP (a port, in-memory SQLite).
 * What passes here is what the API relies on from NCB; the raw-fetch checks pin the wire format itself.
 */
import { after, before, beforeEach, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { openSqlite } from '../store/sqlite.js';
import { createLocalNcb, type LocalNcb } from './local/server.js';
import { createNcbClient, NcbError, type NcbClient, type NcbClientOptions } from './client.js';
import { SEED_AVAILABILITY } from './schema.js';

const INSTANCE = '36905_test_crm';
const SECRET = 'sk_test_secret';
const OWNER = 'owner-user-1';

interface Sent {
  method: string;
  url: URL;
  body: unknown;
}

let server: ServerType;
let base: string;
let local: LocalNcb;
let sent: Sent[] = [];
const waits: number[] = [];

/** fetch that records every request, so tests can count attempts and inspect what went on the wire. */
const recordingFetch: typeof fetch = async (input, init) => {
  const url = new URL(String(input));
  sent.push({ method: init?.method ?? 'GET', url, body: typeof init?.body === 'string' ? JSON.parse(init.body) : init?.body });
  return fetch(input, init);
};

function client(overrides: Partial<NcbClientOptions> = {}): NcbClient {
  return createNcbClient({
    baseUrl: base,
    instance: INSTANCE,
    secretKey: SECRET,
    ownerUserId: OWNER,
    fetch: recordingFetch,
    sleep: async (ms) => void waits.push(ms),
    ...overrides,
  });
}

function raw(path: string, init: RequestInit & { auth?: string | null; instance?: string | null } = {}): Promise<Response> {
  const { auth = `Bearer ${SECRET}`, instance = INSTANCE, ...rest } = init;
  const sep = path.includes('?') ? '&' : '?';
  const url = `${base}${path}${instance === null ? '' : `${sep}Instance=${encodeURIComponent(instance)}`}`;
  const headers = new Headers(rest.headers);
  if (auth) headers.set('authorization', auth);
  if (rest.body) headers.set('content-type', 'application/json');
  return fetch(url, { ...rest, headers });
}

const lead = (i: number) => ({
  email: `lead${i}@example.com`,
  source: 'roi-calculator' as const,
  lead_score: i * 4,
  status: (i % 2 ? 'new' : 'contacted') as 'new' | 'contacted',
  industry: i % 5 === 0 ? null : ('HVAC' as const),
});

async function rejects400(p: Promise<unknown>, column: string) {
  await assert.rejects(p, (e: unknown) => {
    assert.ok(e instanceof NcbError, String(e));
    assert.equal(e.status, 400);
    assert.match(e.detail, /^Error (creating|updating) record: /);
    assert.ok(e.detail.includes(column), `"${e.detail}" names ${column}`);
    return true;
  });
}

before(async () => {
  local = createLocalNcb({ db: openSqlite(':memory:'), instance: INSTANCE, secretKey: SECRET });
  const app = new Hono().route('/ncb', local.app);
  await new Promise<void>((resolve) => {
    server = serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }, () => resolve());
  });
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}/ncb`;
});

after(() => new Promise<void>((resolve) => {
  server.close(() => resolve());
  (server as { closeAllConnections?: () => void }).closeAllConnections?.();
}));

beforeEach(async () => {
  await local.store.reset();
  local.controls.setLatency(0);
  local.controls.setFailureRate(0);
  local.controls.setOutage(false);
  sent = [];
  waits.length = 0;
});

describe('seed', () => {
  it('starts with exactly the five weekday availability rows', async () => {
    const rows = await client().readAll('availability_settings', undefined, { sort: 'weekday' });
    assert.deepEqual(
      rows.map(({ weekday, start_minutes, end_minutes, is_available }) => ({ weekday, start_minutes, end_minutes, is_available })),
      SEED_AVAILABILITY,
    );
    assert.equal((await local.store.counts()).availability_settings, 5);
  });
});

describe('paging', () => {
  beforeEach(async () => {
    const c = client();
    for (let i = 1; i <= 25; i++) await c.create('leads', lead(i));
    sent = [];
  });

  it('a plain read returns 10 rows (NCB default limit) with hasMore/hasPrev, page 3 has 5', async () => {
    const c = client();
    const p1 = await c.read('leads');
    assert.equal(p1.data.length, 10);
    assert.deepEqual(p1.metadata, { page: 1, limit: 10, hasMore: true, hasPrev: false });
    assert.deepEqual(p1.data.map((r) => r.id), [1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
    const p2 = await c.read('leads', { page: 2 });
    assert.deepEqual(p2.metadata, { page: 2, limit: 10, hasMore: true, hasPrev: true });
    const p3 = await c.read('leads', { page: 3 });
    assert.equal(p3.data.length, 5);
    assert.deepEqual(p3.metadata, { page: 3, limit: 10, hasMore: false, hasPrev: true });
    // the client sent no limit: the 10 came from the server's default
    assert.equal(sent[0].url.searchParams.get('limit'), null);
  });

  it('readAll returns the whole table', async () => {
    const rows = await client().readAll('leads');
    assert.equal(rows.length, 25);
    assert.equal(new Set(rows.map((r) => r.id)).size, 25);
  });

  it('readAll pages 100 at a time across several pages', async () => {
    for (let i = 0; i < 230; i++) await local.store.create('activities', { type: 'note', subject: `n${i}` });
    sent = [];
    const rows = await client().readAll('activities');
    assert.equal(rows.length, 230);
    assert.deepEqual(
      sent.map((s) => [s.url.searchParams.get('page'), s.url.searchParams.get('limit')]),
      [
        ['1', '100'],
        ['2', '100'],
        ['3', '100'],
      ],
    );
  });

  it('limit is capped at 100 and includeTotal adds metadata.total', async () => {
    const res = await raw('/read/leads?limit=500&includeTotal=true');
    const body = await res.json();
    assert.equal(body.metadata.limit, 100);
    assert.equal(body.metadata.total, 25);
    const page = await client().read('leads', { limit: 5, includeTotal: true, filter: { status: 'new' } });
    assert.equal(page.data.length, 5);
    assert.equal(page.metadata.total, 13);
  });

  it('sort and order, including several columns', async () => {
    const c = client();
    const desc = await c.read('leads', { sort: 'lead_score', order: 'desc', limit: 3 });
    assert.deepEqual(desc.data.map((r) => r.lead_score), [100, 96, 92]);
    const res = await raw('/read/leads?sort=status,lead_score&order=asc,desc&limit=25');
    const rows = (await res.json()).data as { status: string; lead_score: number }[];
    assert.equal(rows[0].status, 'contacted');
    assert.equal(rows[0].lead_score, 96);
    assert.equal(rows[12].status, 'new');
    assert.equal(rows[12].lead_score, 100);
    assert.equal((await raw('/read/leads?sort=nope')).status, 400);
  });

  it('every filter operator', async () => {
    const c = client();
    const ids = async (filter: Parameters<NcbClient['readAll']>[1]) => (await c.readAll('leads', filter)).map((r) => r.id);
    assert.deepEqual(await ids({ email: 'lead7@example.com' }), [7]);
    assert.deepEqual(await ids({ lead_score: 40 }), [10]);
    assert.equal((await ids({ status: { ne: 'new' } })).length, 12);
    assert.deepEqual(await ids({ lead_score: { gt: 88 } }), [23, 24, 25]);
    assert.deepEqual(await ids({ lead_score: { gte: 88 } }), [22, 23, 24, 25]);
    assert.deepEqual(await ids({ lead_score: { lt: 12 } }), [1, 2]);
    assert.deepEqual(await ids({ lead_score: { lte: 12 } }), [1, 2, 3]);
    assert.deepEqual(await ids({ id: { in: [3, 5, 99] } }), [3, 5]);
    assert.deepEqual(await ids({ email: { in: ['lead1@example.com', 'lead2@example.com'] } }), [1, 2]);
    // a plain like value means "contains"; % makes it a pattern
    assert.deepEqual(await ids({ email: { like: 'lead1' } }), [1, 10, 11, 12, 13, 14, 15, 16, 17, 18, 19]);
    assert.deepEqual(await ids({ email: { like: 'lead2%' } }), [2, 20, 21, 22, 23, 24, 25]);
    // operators combine with AND, and [ne] leaves NULL rows out as MySQL does
    assert.deepEqual(await ids({ lead_score: { gte: 40, lt: 60 }, status: 'contacted' }), [10, 12, 14]);
    assert.equal((await ids({ industry: { ne: 'Plumbing' } })).length, 20);
    // an empty in-list matches nothing without a request
    sent = [];
    assert.deepEqual(await ids({ id: { in: [] } }), []);
    assert.equal(sent.length, 0);
  });

  it('filters travel in the query string of a body-less GET (never a GET body: D1)', async () => {
    await client().findOne('leads', { email: 'lead3@example.com', lead_score: { gte: 1 } });
    const req = sent[0];
    assert.equal(req.method, 'GET');
    assert.equal(req.body, undefined);
    assert.equal(req.url.pathname.endsWith('/read/leads'), true);
    assert.equal(req.url.searchParams.get('email'), 'lead3@example.com');
    assert.equal(req.url.searchParams.get('lead_score[gte]'), '1');
    assert.equal(req.url.searchParams.get('Instance'), INSTANCE);
  });

  it('an unknown filter column is a 400', async () => {
    const res = await raw('/read/leads?nope=1');
    assert.equal(res.status, 400);
    assert.match((await res.json()).message, /nope/);
    await assert.rejects(client().read('leads', { filter: { nope: 1 } }), (e: NcbError) => e.status === 400 && !e.retryable);
  });

  it('search takes the same filters as a JSON body', async () => {
    const res = await raw('/search/leads', { method: 'POST', body: JSON.stringify({ 'lead_score[gte]': 92, status: 'new' }) });
    assert.equal(res.status, 200);
    const body = await res.json();
    assert.equal(body.status, 'success');
    assert.deepEqual(body.data.map((r: { id: number }) => r.id), [23, 25]);
    assert.deepEqual(body.metadata, { page: 1, limit: 10, hasMore: false, hasPrev: false });
    const none = await raw('/search/leads', { method: 'POST', body: JSON.stringify({ email: 'nobody@example.com' }) });
    assert.equal(none.status, 404);
  });
});

describe('datetime and date columns', () => {
  it('accept the three datetime forms, store UTC and return ISO; filters compare on the normalised value', async () => {
    const c = client();
    const mk = (booking_date: string) =>
      c.create('bookings', { guest_name: 'Ada', guest_email: 'ada@example.com', booking_date, start_time: '10:00', end_time: '10:30' });
    const a = await mk('2026-02-12');
    const b = await mk('2026-03-01 09:30:00');
    const d = await mk('2026-03-05T10:00:00-08:00');
    assert.equal((await c.get('bookings', a))!.booking_date, '2026-02-12T00:00:00.000Z');
    assert.equal((await c.get('bookings', b))!.booking_date, '2026-03-01T09:30:00.000Z');
    assert.equal((await c.get('bookings', d))!.booking_date, '2026-03-05T18:00:00.000Z');
    assert.deepEqual((await c.readAll('bookings', { booking_date: { gte: '2026-03-01' } })).map((r) => r.id), [b, d]);
    assert.deepEqual((await c.readAll('bookings', { booking_date: '2026-02-12' })).map((r) => r.id), [a]);
    assert.match((await c.get('bookings', a))!.created_at, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
    await rejects400(mk('12/02/2026'), 'booking_date');
    await rejects400(mk('2026-02-30'), 'booking_date');
  });

  it("date columns take 'YYYY-MM-DD' only", async () => {
    const c = client();
    const id = await c.create('payments', { type: 'setup', amount: 2500.5, status: 'paid', paid_date: '2026-02-12' });
    const row = await c.get('payments', id);
    assert.equal(row!.paid_date, '2026-02-12');
    assert.equal(row!.amount, 2500.5);
    await rejects400(c.create('payments', { type: 'setup', amount: 1, status: 'paid', paid_date: '2026-02-12T00:00:00Z' }), 'paid_date');
  });
});

describe('validation against the schema', () => {
  it('rejects a value outside an enum', async () => {
    await rejects400(client().create('leads', { email: 'a@b.c', source: 'website' as never }), 'source');
    const id = await client().create('leads', { email: 'a@b.c', source: 'other' });
    await rejects400(client().update('leads', id, { status: 'won' as never }), 'status');
  });

  it('rejects an unknown column', async () => {
    await rejects400(client().create('leads', { email: 'a@b.c', source: 'other', firstName: 'Ada' } as never), 'firstName');
    // user_id exists only on RLS tables
    const res = await raw('/create/bookings', {
      method: 'POST',
      body: JSON.stringify({ guest_name: 'A', guest_email: 'a@b.c', booking_date: '2026-02-12', start_time: '10:00', end_time: '10:30', user_id: 'u' }),
    });
    assert.equal(res.status, 400);
    assert.match((await res.json()).message, /user_id/);
  });

  it('rejects wrong types: string for integer, non-integer, object, array, null for non-nullable', async () => {
    const c = client();
    await rejects400(c.create('leads', { email: 'a@b.c', source: 'other', lead_score: '50' as never }), 'lead_score');
    await rejects400(c.create('leads', { email: 'a@b.c', source: 'other', lead_score: 2.5 }), 'lead_score');
    await rejects400(c.create('roi_calculations', { industry: 'HVAC', employee_count: '1-5', hourly_rate: 50, weekly_admin_hours: 10, calculations: { roi: 1 } as never }), 'calculations');
    await rejects400(c.create('voice_sessions', { external_session_id: 'x', start_time: '2026-02-12', language: 'en', topics: ['a'] as never }), 'topics');
    await rejects400(c.create('leads', { email: 'a@b.c', source: 'other', status: null as never }), 'status');
    await rejects400(c.create('leads', { email: 'a@b.c', source: 'other', phone: 5 as never }), 'phone');
  });

  it('rejects a missing required column', async () => {
    await rejects400(client().create('leads', { source: 'other' }), 'email');
    await rejects400(client().create('bookings', { guest_name: 'A', guest_email: 'a@b.c', start_time: '10:00', end_time: '10:30' }), 'booking_date');
  });

  it('rejects created_at and id with a clear message (the client never sends them)', async () => {
    for (const key of ['created_at', 'id']) {
      const res = await raw('/create/leads', { method: 'POST', body: JSON.stringify({ email: 'a@b.c', source: 'other', [key]: key === 'id' ? 7 : '2026-01-01' }) });
      assert.equal(res.status, 400);
      const body = await res.json();
      assert.equal(body.status, 'failed');
      assert.match(body.message, new RegExp(`^Error creating record: column '${key}' is set by the database`));
    }
    const id = await client().create('leads', { email: 'a@b.c', source: 'other', created_at: '2020-01-01', id: 99 } as never);
    assert.equal(id, 1);
    assert.equal(Object.hasOwn(sent[0].body as object, 'created_at'), false);
    assert.equal(Object.hasOwn(sent[0].body as object, 'id'), false);
  });

  it('enforces unique columns', async () => {
    await rejects400(client().create('availability_settings', { weekday: 1 }), 'weekday');
    const sat = await client().create('availability_settings', { weekday: 6, is_available: 0 });
    await rejects400(client().update('availability_settings', sat, { weekday: 5 }), 'weekday');
    await client().update('availability_settings', sat, { weekday: 6, end_minutes: 600 });
    assert.equal((await client().get('availability_settings', sat))!.end_minutes, 600);
  });

  it('applies defaults on create and stamps leads.updated_at on update', async () => {
    const c = client();
    const id = await c.create('leads', { email: 'a@b.c', source: 'voice-agent' });
    const created = (await c.get('leads', id))!;
    assert.equal(created.status, 'new');
    assert.equal(created.lead_score, 0);
    assert.equal(created.email_click_count, 0);
    assert.equal(created.updated_at, null);
    await c.update('leads', id, { lead_score: 70 });
    const updated = (await c.get('leads', id))!;
    assert.equal(updated.lead_score, 70);
    assert.match(updated.updated_at!, /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}\.000Z$/);
  });
});

describe('client write rules', () => {
  it('sets user_id = ownerUserId on RLS tables only, and never on update', async () => {
    const c = client();
    const leadId = await c.create('leads', { email: 'a@b.c', source: 'other' });
    const bookingId = await c.create('bookings', { guest_name: 'A', guest_email: 'a@b.c', booking_date: '2026-02-12', start_time: '10:00', end_time: '10:30' });
    assert.equal((sent[0].body as Record<string, unknown>).user_id, OWNER);
    assert.equal(Object.hasOwn(sent[1].body as object, 'user_id'), false);
    assert.equal((await c.get('leads', leadId))!.user_id, OWNER);
    assert.equal(Object.hasOwn((await local.store.get('bookings', bookingId))!, 'user_id'), false);
    sent = [];
    await c.update('leads', leadId, { user_id: 'someone-else', lead_score: 1 } as never);
    assert.equal(Object.hasOwn(sent[0].body as object, 'user_id'), false);
    assert.equal((await c.get('leads', leadId))!.user_id, OWNER);
  });

  it('sends "" as null and leaves undefined out', async () => {
    const c = client();
    const id = await c.create('leads', { email: 'a@b.c', source: 'other', phone: '', company_name: undefined, first_name: 'Ada' });
    assert.deepEqual(sent[0].body, { email: 'a@b.c', source: 'other', phone: null, first_name: 'Ada', user_id: OWNER });
    await c.update('leads', id, { first_name: '' });
    assert.deepEqual(sent[1].body, { first_name: null });
    const row = (await c.get('leads', id))!;
    assert.equal(row.phone, null);
    assert.equal(row.first_name, null);
  });

  it('get returns null for a missing id; update and remove of a missing id are 404 errors', async () => {
    const c = client();
    assert.equal(await c.get('leads', 999), null);
    await assert.rejects(c.update('leads', 999, { lead_score: 1 }), (e: NcbError) => e.status === 404 && e.op === 'update');
    await assert.rejects(c.remove('leads', 999), (e: NcbError) => e.status === 404 && e.op === 'remove');
  });

  it('remove deletes the row', async () => {
    const c = client();
    const id = await c.create('leads', { email: 'a@b.c', source: 'other' });
    await c.remove('leads', id);
    assert.equal(await c.get('leads', id), null);
  });

  it('a list read that matches nothing is a 404 on the wire and an empty page in the client', async () => {
    const res = await raw('/read/leads?email=none@example.com');
    assert.equal(res.status, 404);
    assert.deepEqual(await res.json(), { status: 'failed', message: 'No records found' });
    const page = await client().read('leads', { filter: { email: 'none@example.com' }, includeTotal: true });
    assert.deepEqual(page, { data: [], metadata: { page: 1, limit: 10, hasMore: false, hasPrev: false, total: 0 } });
    assert.equal(await client().findOne('leads', { email: 'none@example.com' }), null);
    assert.deepEqual(await client().readAll('leads'), []);
  });

  it('refuses an empty filter value rather than widening the match', async () => {
    await assert.rejects(client().findOne('leads', { email: '' }), /empty filter value for 'email'/);
    assert.equal(sent.length, 0);
  });
});

describe('envelopes (raw HTTP)', () => {
  it('create, read list, read one, update and delete answer NCB OpenAPI shapes', async () => {
    const created = await raw('/create/leads', { method: 'POST', body: JSON.stringify({ email: 'a@b.c', source: 'other' }) });
    assert.equal(created.status, 200);
    assert.deepEqual(await created.json(), { status: 'success', message: 'Record created successfully', id: 1 });

    const list = await (await raw('/read/leads')).json();
    assert.deepEqual(Object.keys(list).sort(), ['data', 'metadata', 'status']);
    assert.equal(list.status, 'success');
    assert.equal(list.data[0].email, 'a@b.c');
    assert.deepEqual(list.metadata, { page: 1, limit: 10, hasMore: false, hasPrev: false });

    const one = await (await raw('/read/leads/1')).json();
    assert.equal(one.status, 'success');
    assert.equal(one.data.id, 1);
    assert.equal(typeof one.data.created_at, 'string');

    const missing = await raw('/read/leads/2');
    assert.equal(missing.status, 404);
    assert.equal((await missing.json()).status, 'failed');

    const upd = await raw('/update/leads/1', { method: 'PUT', body: JSON.stringify({ lead_score: 9 }) });
    assert.deepEqual(await upd.json(), { status: 'success', message: 'Record updated successfully' });
    const badUpd = await raw('/update/leads/1', { method: 'PUT', body: JSON.stringify({ lead_score: 'x' }) });
    assert.equal(badUpd.status, 400);
    assert.match((await badUpd.json()).message, /^Error updating record: column 'lead_score'/);
    assert.equal((await raw('/update/leads/5', { method: 'PUT', body: '{}' })).status, 404);

    const del = await raw('/delete/leads/1', { method: 'DELETE' });
    assert.deepEqual(await del.json(), { status: 'success', message: 'Record deleted successfully' });
    assert.equal((await raw('/delete/leads/1', { method: 'DELETE' })).status, 404);
  });

  it('an unknown table is a 404', async () => {
    const res = await raw('/read/unicorns');
    assert.equal(res.status, 404);
    assert.equal((await res.json()).status, 'failed');
    assert.equal((await raw('/create/unicorns', { method: 'POST', body: '{}' })).status, 404);
  });

  it('requires the Bearer secret (401) and the Instance parameter with a capital I (400)', async () => {
    for (const auth of [null, 'Bearer wrong', SECRET]) {
      const res = await raw('/read/availability_settings', { auth });
      assert.equal(res.status, 401);
      assert.deepEqual(await res.json(), { status: 'failed', message: 'Invalid secret_key' });
    }
    const missing = await raw('/read/availability_settings', { instance: null });
    assert.equal(missing.status, 400);
    assert.deepEqual(await missing.json(), { status: 'failed', message: 'Missing instance parameter' });
    assert.equal((await raw(`/read/availability_settings?instance=${INSTANCE}`, { instance: null })).status, 400);
    assert.equal((await raw('/read/availability_settings', { instance: 'other' })).status, 400);
    await assert.rejects(client({ secretKey: 'bad' }).read('leads'), (e: NcbError) => e.status === 401 && e.detail === 'Invalid secret_key');
    assert.equal(sent.length, 1, '401 is not retried');
  });
});

describe('fault injection', () => {
  it('injected latency delays every call', async () => {
    local.controls.setLatency(120);
    const t0 = performance.now();
    await client().read('availability_settings');
    assert.ok(performance.now() - t0 >= 115, 'call took at least the injected latency');
  });

  it('failureRate 1: reads, update and remove are retried then fail with 503; create is sent once', async () => {
    const id = await client().create('leads', { email: 'a@b.c', source: 'other' });
    local.controls.setFailureRate(1);
    sent = [];
    await assert.rejects(client().read('leads'), (e: NcbError) => e.status === 503 && e.retryable && e.detail === 'Service unavailable');
    assert.equal(sent.length, 3);
    assert.equal(waits.length, 2, 'backed off between attempts');
    assert.ok(waits.every((w) => w >= 0 && w <= 2000));

    sent = [];
    await assert.rejects(client().update('leads', id, { lead_score: 1 }), (e: NcbError) => e.status === 503);
    assert.equal(sent.length, 3);
    sent = [];
    await assert.rejects(client().remove('leads', id), (e: NcbError) => e.status === 503);
    assert.equal(sent.length, 3);

    sent = [];
    await assert.rejects(client().create('leads', { email: 'b@b.c', source: 'other' }), (e: NcbError) => e.status === 503 && e.op === 'create');
    assert.equal(sent.length, 1, 'create is never retried');
    assert.equal((await local.store.counts()).leads, 1, 'the 503 came before touching data');
    assert.equal((await local.store.get('leads', id))!.lead_score, 0);
  });

  it('a transient failure is recovered by the retry', async () => {
    // the first draw falls under the failure rate, every later one above it
    let draws = 0;
    const random = () => (draws++ === 0 ? 0 : 0.9);
    const flaky = createLocalNcb({ db: openSqlite(':memory:'), instance: INSTANCE, secretKey: SECRET, failureRate: 0.5, random });
    const app = new Hono().route('/ncb', flaky.app);
    const c = client({ fetch: async (input, init) => app.request(String(input), init) });
    assert.equal((await c.read('availability_settings')).data.length, 5);
    assert.equal(waits.length, 1);
  });

  it('retries a timeout, then fails with status 0', async () => {
    local.controls.setLatency(200);
    await assert.rejects(client({ timeoutMs: 40 }).read('leads'), (e: NcbError) => e.status === 0 && e.retryable && /timed out/.test(e.detail));
    assert.equal(sent.length, 3);
  });

  it('outage on answers 503 to everything; off restores service', async () => {
    local.controls.setOutage(true);
    const res = await raw('/read/availability_settings');
    assert.equal(res.status, 503);
    assert.deepEqual(await res.json(), { status: 'failed', message: 'Service unavailable' });
    await assert.rejects(client({ retries: 1 }).read('availability_settings'), (e: NcbError) => e.status === 503);
    local.controls.setOutage(false);
    assert.equal((await client().read('availability_settings')).data.length, 5);
  });
});

describe('file database', () => {
  it('data survives reopening; WAL and a busy timeout are on; the seed is not repeated', async () => {
    const dir = await mkdtemp(join(tmpdir(), 'kre8-ncb-'));
    try {
      const file = join(dir, 'nested', 'ncb.db');
      const db1 = openSqlite(file);
      const first = createLocalNcb({ db: db1, instance: INSTANCE, secretKey: SECRET });
      const id = await first.store.create('leads', { email: 'keep@example.com', source: 'referral' });
      assert.equal(String((await db1.execute('PRAGMA journal_mode')).rows[0][0]).toLowerCase(), 'wal');
      assert.ok(Number((await db1.execute('PRAGMA busy_timeout')).rows[0][0]) > 0);
      db1.close();

      const db2 = openSqlite(file);
      const second = createLocalNcb({ db: db2, instance: INSTANCE, secretKey: SECRET });
      const app = new Hono().route('/ncb', second.app);
      const c = client({ fetch: async (input, init) => app.request(String(input), init) });
      assert.equal((await c.get('leads', id))!.email, 'keep@example.com');
      assert.equal((await second.store.counts()).availability_settings, 5);
      assert.deepEqual((await second.store.listRows('leads')).map((r) => r.id), [id]);
      db2.close();
    } finally {
      await rm(dir, { recursive: true, force: true });
    }
  });
});
