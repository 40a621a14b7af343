import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createInspector, DEAD_LIMIT, EMAIL_HTML_CSP, RECENT_LIMIT, type InspectorDeps, type JobStatus, type MailEventKind } from './inspector.js';

/** In-memory fakes that record what the inspector asked of them. */
function fakes() {
  const calls = { listRows: [] as string[], fire: [] as [string, MailEventKind][], jobList: [] as [JobStatus | undefined, number | undefined][], retry: [] as string[] };
  const rows: Record<string, Record<string, unknown>[]> = {
    leads: [{ id: 1, email: 'ada@example.com', lead_score: 72, roi_calculation_id: 4 }],
    bookings: [],
  };
  const mail = new Map<string, unknown>([['m-1', { id: 'm-1', subject: 'Your ROI report', html: '<p>hi</p>', text: 'hi' }]]);
  const jobs = [
    { id: 'roi:1', status: 'done' },
    { id: 'mail:2', status: 'dead', lastError: 'EmailIt 503' },
  ];
  const deps: InspectorDeps = {
    ncb: {
      async listRows(table) {
        calls.listRows.push(table);
        return rows[table] ?? [];
      },
      async counts() {
        return { leads: 1, bookings: 0 };
      },
    },
    mailbox: {
      async list() {
        return [...mail.values()];
      },
      async get(id) {
        return mail.get(id) ?? null;
      },
      async fire(id, kind) {
        calls.fire.push([id, kind]);
        return { status: kind === 'bounced' ? 202 : 200 };
      },
    },
    jobs: {
      async list(status, limit) {
        calls.jobList.push([status, limit]);
        return jobs.filter((j) => !status || j.status === status);
      },
      async counts() {
        return { pending: 0, running: 0, done: 1, dead: 1 };
      },
      async retry(id) {
        if (!jobs.some((j) => j.id === id)) throw new Error(`job ${id} not found`);
        calls.retry.push(id);
      },
    },
  };
  return { deps, calls };
}

const post = (body: unknown) => ({ method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });

test('GET /tables returns the counts, uncached', async () => {
  const app = createInspector(fakes().deps);
  const res = await app.request('/tables');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('cache-control'), 'no-store');
  assert.deepEqual(await res.json(), { counts: { leads: 1, bookings: 0 } });
});

test('GET /tables/:table lists the rows of a schema table', async () => {
  const { deps, calls } = fakes();
  const res = await createInspector(deps).request('/tables/leads');
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { rows: [{ id: 1, email: 'ada@example.com', lead_score: 72, roi_calculation_id: 4 }] });
  assert.deepEqual(calls.listRows, ['leads']);
});

test('GET /tables/:table refuses tables outside the schema without touching the store', async () => {
  const { deps, calls } = fakes();
  const app = createInspector(deps);
  for (const name of ['jobs', 'sqlite_master', 'leads;drop', '__proto__', 'constructor']) {
    const res = await app.request(`/tables/${encodeURIComponent(name)}`);
    assert.equal(res.status, 404, name);
    const body = (await res.json()) as { error: { code: string; message: string } };
    assert.equal(body.error.code, 'unknown_table');
  }
  assert.deepEqual(calls.listRows, []);
});

test('GET /mailbox lists messages; GET /mailbox/:id returns one or 404', async () => {
  const app = createInspector(fakes().deps);
  const list = (await (await app.request('/mailbox')).json()) as { messages: { id: string }[] };
  assert.deepEqual(list.messages.map((m) => m.id), ['m-1']);
  const one = await app.request('/mailbox/m-1');
  assert.equal(one.status, 200);
  assert.equal(((await one.json()) as { message: { subject: string } }).message.subject, 'Your ROI report');
  const missing = await app.request('/mailbox/nope');
  assert.equal(missing.status, 404);
  assert.equal(((await missing.json()) as { error: { code: string } }).error.code, 'not_found');
});

test('GET /mailbox/:id/html serves the HTML part under a script-less, sandboxed policy', async () => {
  const app = createInspector(fakes().deps);
  const res = await app.request('/mailbox/m-1/html');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /^text\/html/);
  const csp = res.headers.get('content-security-policy') ?? '';
  assert.equal(csp, EMAIL_HTML_CSP);
  assert.match(csp, /default-src 'none'/);
  assert.match(csp, /(^|; )sandbox$/);
  assert.doesNotMatch(csp, /script-src/);
  assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
  assert.equal(await res.text(), '<p>hi</p>');
  assert.equal((await app.request('/mailbox/ghost/html')).status, 404);
});

test('POST /mailbox/:id/events fires a valid event and returns the webhook status', async () => {
  const { deps, calls } = fakes();
  const app = createInspector(deps);
  const res = await app.request('/mailbox/m-1/events', post({ type: 'bounced' }));
  assert.equal(res.status, 200);
  assert.deepEqual(await res.json(), { status: 202 });
  assert.deepEqual(calls.fire, [['m-1', 'bounced']]);
});

test('POST /mailbox/:id/events rejects unknown types, bad JSON and unknown messages', async () => {
  const { deps, calls } = fakes();
  const app = createInspector(deps);
  const bad = await app.request('/mailbox/m-1/events', post({ type: 'complained' }));
  assert.equal(bad.status, 400);
  assert.equal(((await bad.json()) as { error: { code: string } }).error.code, 'invalid_request');
  const notJson = await app.request('/mailbox/m-1/events', { method: 'POST', body: '{type:' });
  assert.equal(notJson.status, 400);
  const missing = await app.request('/mailbox/ghost/events', post({ type: 'opened' }));
  assert.equal(missing.status, 404);
  assert.deepEqual(calls.fire, []);
});

test('GET /jobs returns the counts, the dead letters and the recent tail', async () => {
  const { deps, calls } = fakes();
  const res = await createInspector(deps).request('/jobs');
  assert.equal(res.status, 200);
  const body = (await res.json()) as { counts: Record<string, number>; dead: { id: string }[]; recent: { id: string }[] };
  assert.deepEqual(body.counts, { pending: 0, running: 0, done: 1, dead: 1 });
  assert.deepEqual(body.dead.map((j) => j.id), ['mail:2']);
  assert.deepEqual(body.recent.map((j) => j.id), ['roi:1', 'mail:2']);
  assert.deepEqual(calls.jobList.sort(), [
    ['dead', DEAD_LIMIT],
    [undefined, RECENT_LIMIT],
  ].sort());
});

test('POST /jobs/:id/retry retries the job (ids may carry colons) and errors stay JSON', async () => {
  const { deps, calls } = fakes();
  const app = createInspector(deps);
  const ok = await app.request(`/jobs/${encodeURIComponent('mail:2')}/retry`, { method: 'POST' });
  assert.equal(ok.status, 200);
  assert.deepEqual(await ok.json(), { retried: 'mail:2' });
  assert.deepEqual(calls.retry, ['mail:2']);
  const failed = await app.request('/jobs/ghost/retry', { method: 'POST' });
  assert.equal(failed.status, 500);
  assert.deepEqual(await failed.json(), { error: { code: 'internal_error', message: 'job ghost not found' } });
});

test('unknown inspector paths answer a JSON 404', async () => {
  const res = await createInspector(fakes().deps).request('/nothing-here');
  assert.equal(res.status, 404);
  assert.match(res.headers.get('content-type') ?? '', /application\/json/);
  assert.equal(((await res.json()) as { error: { code: string } }).error.code, 'not_found');
});
