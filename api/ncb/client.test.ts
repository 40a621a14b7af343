/** Client behaviour the local NCB cannot provoke: backoff timing, Retry-After, odd bodies, network errors. */
import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { createNcbClient, NcbError, type NcbClientOptions } from './client.js';

type Reply = Response | Error;

function harness(replies: Reply[], overrides: Partial<NcbClientOptions> = {}) {
  const requests: { url: URL; init: RequestInit }[] = [];
  const waits: number[] = [];
  const c = createNcbClient({
    baseUrl: 'https://ncb.test/',
    instance: 'inst',
    secretKey: 'sk',
    random: () => 0.5,
    sleep: async (ms) => void waits.push(ms),
    fetch: async (input, init) => {
      requests.push({ url: new URL(String(input)), init: init! });
      const next = replies.shift();
      if (!next) throw new Error('no reply scripted');
      if (next instanceof Error) throw next;
      return next;
    },
    ...overrides,
  });
  return { c, requests, waits };
}

const json = (body: unknown, status = 200, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': 'application/json', ...headers } });
const ok = (data: unknown[]) => json({ status: 'success', data, metadata: { page: 1, limit: 10, hasMore: false, hasPrev: false } });

describe('createNcbClient', () => {
  it('sends Instance and the Bearer secret on every call, against a base URL with or without a slash', async () => {
    const { c, requests } = harness([ok([]), json({ status: 'success', id: 4 })]);
    await c.read('leads');
    await c.create('bookings', { guest_name: 'A', guest_email: 'a@b.c', booking_date: '2026-02-12', start_time: '10:00', end_time: '10:30' });
    for (const r of requests) {
      assert.equal(r.url.searchParams.get('Instance'), 'inst');
      assert.equal(new Headers(r.init.headers).get('authorization'), 'Bearer sk');
      assert.ok(r.init.signal instanceof AbortSignal);
    }
    assert.equal(requests[0].url.href, 'https://ncb.test/read/leads?Instance=inst');
    assert.equal(requests[1].url.pathname, '/create/bookings');
  });

  it('backs off with full jitter between attempts (random × exponential ceiling)', async () => {
    const { c, requests, waits } = harness([json({ message: 'busy' }, 502), json({ message: 'busy' }, 500), ok([])]);
    await c.read('leads');
    assert.equal(requests.length, 3);
    assert.deepEqual(waits, [50, 100]);
  });

  it('honours Retry-After on 429', async () => {
    const { c, waits } = harness([json({ message: 'slow down' }, 429, { 'retry-after': '1' }), ok([])]);
    await c.read('leads');
    assert.deepEqual(waits, [1000]);
  });

  it('retries network errors as status 0 and gives up after the configured attempts', async () => {
    const { c, requests } = harness([new TypeError('fetch failed'), new TypeError('fetch failed')], { retries: 2 });
    await assert.rejects(c.get('leads', 1), (e: unknown) => e instanceof NcbError && e.status === 0 && e.retryable && e.detail === 'fetch failed');
    assert.equal(requests.length, 2);
  });

  it('does not retry a 4xx, and carries NCB message and status', async () => {
    const { c, requests } = harness([json({ status: 'failed', message: 'Error updating record: bad' }, 400)]);
    await assert.rejects(c.update('leads', 1, { lead_score: 1 }), (e: unknown) => {
      assert.ok(e instanceof NcbError);
      assert.equal(e.status, 400);
      assert.equal(e.retryable, false);
      assert.equal(e.table, 'leads');
      assert.equal(e.op, 'update');
      assert.equal(e.detail, 'Error updating record: bad');
      return true;
    });
    assert.equal(requests.length, 1);
  });

  it('keeps a non-JSON error body as the message', async () => {
    const { c } = harness([new Response('<html>Bad gateway</html>', { status: 502 })], { retries: 1 });
    await assert.rejects(c.read('leads'), (e: NcbError) => e.status === 502 && e.detail.includes('Bad gateway'));
  });

  it('treats a 200 with status "failed" or a create without id as an error', async () => {
    const a = harness([json({ status: 'failed', message: 'nope' })], { retries: 1 });
    await assert.rejects(a.c.read('leads'), (e: NcbError) => e.detail === 'nope');
    const b = harness([json({ status: 'success' })]);
    await assert.rejects(b.c.create('leads', { email: 'a@b.c', source: 'other' }), /no id/);
  });

  it('gives rows numbers where the schema says so (NCB returns decimals as strings)', async () => {
    const { c } = harness([ok([{ id: '3', amount: '2500.50', type: 'setup', status: 'paid', currency: '100' }])]);
    const [row] = (await c.read('payments')).data;
    assert.equal(row.id, 3);
    assert.equal(row.amount, 2500.5);
    assert.equal(row.currency, '100', 'string columns stay strings');
  });

  it('after a create with no answer (the row may have landed), waits one more timeout before failing', async () => {
    const lost = harness([new TypeError('fetch failed')], { timeoutMs: 3000 });
    await assert.rejects(lost.c.create('leads', { email: 'a@b.c', source: 'other' }), (e) => e instanceof NcbError && e.status === 0);
    assert.deepEqual(lost.waits, [3000]);
    assert.equal(lost.requests.length, 1, 'a create is never resent by the client');
    const refused = harness([json({ status: 'failed', message: 'bad' }, 400)], { timeoutMs: 3000 });
    await assert.rejects(refused.c.create('leads', { email: 'a@b.c', source: 'other' }));
    assert.deepEqual(refused.waits, [], 'an answered failure fails at once');
  });

  it('accepts an id nested under data on create', async () => {
    const { c } = harness([json({ status: 'success', data: { id: 12 } })]);
    assert.equal(await c.create('leads', { email: 'a@b.c', source: 'other' }), 12);
  });

  it('imports nothing from node: (it must run on Workers)', async () => {
    const src = await readFile(new URL('./client.ts', import.meta.url), 'utf8');
    assert.doesNotMatch(src, /from ['"]node:/);
  });
});
