import { test } from 'node:test';
import assert from 'node:assert/strict';
import { Hono } from 'hono';
import { createLocalNcb } from '../ncb/local/server.js';
import { openSqlite } from '../store/sqlite.js';
import { memoryKv } from '../store/kv.js';
import { mountAdminDev } from './mount-admin.js';
import { localUserId } from './admin-auth.js';
import { accessFor } from './data-roles.js';

/** Contract of the local /api/data: the CRM's proxy protocol (docs/reference/crm-domain.md §3.1) over the local NCB. */
async function setup() {
  const ncb = await createLocalNcb({ db: openSqlite(':memory:'), instance: 'inst', secretKey: 'sk' });
  const root = new Hono();
  mountAdminDev(root, { ncbApp: ncb.app, instance: 'inst', secretKey: 'sk', kv: memoryKv(), adminEmail: 'boss@example.com', adminPage: (c) => c.text('admin') as unknown as Promise<void> });
  const signIn = async (email: string) => {
    const r = await root.request('/api/dev/auth/sign-in', { method: 'POST', body: JSON.stringify({ email }), headers: { 'content-type': 'application/json' } });
    assert.equal(r.status, 200);
    return r.headers.get('set-cookie')!.split(';')[0];
  };
  const call = (cookie: string | null, method: string, path: string, body?: unknown) =>
    root.request(`/api/data/${path}`, { method, headers: { ...(cookie ? { cookie } : {}), 'content-type': 'application/json' }, body: body === undefined ? undefined : JSON.stringify(body) });
  return { ncb, root, signIn, call };
}

const LEAD = { email: 'ada@example.com', first_name: 'Ada', source: 'roi-calculator' };

test('no session cookie: 401 on every operation', async () => {
  const { call } = await setup();
  for (const [m, p] of [['GET', 'read/leads'], ['POST', 'create/leads'], ['PUT', 'update/leads?id=1'], ['DELETE', 'delete/leads/1']] as const) {
    const r = await call(null, m, p, m === 'POST' || m === 'PUT' ? {} : undefined);
    assert.equal(r.status, 401, `${m} ${p}`);
  }
  const forged = await call('better-auth.session_token=' + 'a'.repeat(48), 'GET', 'read/bookings');
  assert.equal(forged.status, 401);
});

test('the admin email signs in as admin: create sets user_id to the session user, read pages, empty read is {data: []}', async () => {
  const { signIn, call } = await setup();
  const admin = await signIn('Boss@Example.com');
  const empty = await call(admin, 'GET', 'read/leads');
  assert.equal(empty.status, 200);
  assert.deepEqual(await empty.json(), { data: [] });
  const created = await call(admin, 'POST', 'create/leads', { ...LEAD, user_id: 'someone-else' });
  assert.equal(created.status, 200);
  const { status, id } = (await created.json()) as { status: string; id: number };
  assert.equal(status, 'success');
  assert.equal(typeof id, 'number');
  const one = (await (await call(admin, 'GET', `read/leads/${id}`)).json()) as { data: Record<string, unknown> };
  assert.equal(one.data.user_id, localUserId('boss@example.com'));
  assert.equal(one.data.email, 'ada@example.com');
  assert.equal(one.data.deleted_at, null);
  const list = (await (await call(admin, 'GET', 'read/leads?email=ada@example.com&Instance=evil&path=x')).json()) as { data: unknown[]; metadata: { limit: number } };
  assert.equal(list.data.length, 1);
  assert.equal(list.metadata.limit, 10);
});

test('update and delete take the id on the path or in ?id=, and say which field is missing', async () => {
  const { signIn, call } = await setup();
  const admin = await signIn('boss@example.com');
  const { id } = (await (await call(admin, 'POST', 'create/leads', LEAD)).json()) as { id: number };
  assert.equal((await call(admin, 'PUT', `update/leads?id=${id}`, { status: 'contacted' })).status, 200);
  assert.equal((await call(admin, 'PUT', `update/leads/${id}`, { deleted_at: '2026-12-02T10:00:00.000Z' })).status, 200);
  const row = ((await (await call(admin, 'GET', `read/leads/${id}`)).json()) as { data: Record<string, unknown> }).data;
  assert.equal(row.status, 'contacted');
  assert.equal(row.deleted_at, '2026-12-02T10:00:00.000Z');
  const noId = await call(admin, 'PUT', 'update/leads', { status: 'new' });
  assert.equal(noId.status, 400);
  assert.equal(((await noId.json()) as { field: string }).field, 'id');
  const badId = await call(admin, 'DELETE', 'delete/leads?id=1;DROP');
  assert.equal(badId.status, 400);
  assert.equal((await call(admin, 'DELETE', `delete/leads?id=${id}`)).status, 200);
  assert.equal((await call(admin, 'DELETE', `delete/leads/${id}`)).status, 404);
  const badEnum = await call(admin, 'POST', 'create/leads', { ...LEAD, source: 'website' });
  assert.equal(badEnum.status, 400);
  assert.match(((await badEnum.json()) as { message: string }).message, /^Error creating record: column 'source'/);
});

test('a customer: public tables yes, customer tables read-only with an id or partnership filter, the rest 403', async () => {
  const { signIn, call } = await setup();
  const admin = await signIn('boss@example.com');
  const company = (await (await call(admin, 'POST', 'create/companies', { name: 'Acme HVAC' })).json()) as { id: number };
  const customer = await signIn('client@example.com');
  assert.equal((await call(customer, 'GET', 'read/bookings')).status, 200);
  assert.equal((await call(customer, 'GET', 'read/blocked_dates')).status, 200);
  assert.equal((await call(customer, 'GET', 'read/leads')).status, 403);
  assert.equal((await call(customer, 'POST', 'create/activities', { type: 'note', subject: 'x' })).status, 403);
  assert.equal((await call(customer, 'GET', 'read/companies')).status, 403);
  assert.equal((await call(customer, 'GET', `read/companies?id=${company.id}`)).status, 200);
  assert.equal((await call(customer, 'GET', `read/companies/${company.id}`)).status, 200);
  assert.equal((await call(customer, 'GET', 'read/delivered_systems?partnership_id=1')).status, 200);
  assert.equal((await call(customer, 'PUT', `update/companies?id=${company.id}`, { name: 'Mine' })).status, 403);
});

test('roles: only admins change them, never their own admin role, never the last admin', async () => {
  const { signIn, call } = await setup();
  const admin = await signIn('boss@example.com');
  const customer = await signIn('client@example.com');
  const profiles = ((await (await call(admin, 'GET', 'read/user_profiles')).json()) as { data: { id: number; user_id: string; role: string }[] }).data;
  const mine = profiles.find((p) => p.user_id === localUserId('boss@example.com'))!;
  const theirs = profiles.find((p) => p.user_id === localUserId('client@example.com'))!;
  assert.equal(mine.role, 'admin');
  assert.equal(theirs.role, 'customer');
  const selfPromote = await call(customer, 'PUT', `update/user_profiles?id=${theirs.id}`, { role: 'admin' });
  assert.equal(selfPromote.status, 403);
  assert.equal(((await selfPromote.json()) as { field: string }).field, 'role');
  assert.equal((await call(customer, 'PUT', `update/user_profiles?id=${theirs.id}`, { display_name: 'Client' })).status, 200);
  assert.equal((await call(admin, 'PUT', `update/user_profiles?id=${mine.id}`, { role: 'team_member' })).status, 403);
  assert.equal((await call(admin, 'PUT', `update/user_profiles?id=${theirs.id}`, { role: 'admin' })).status, 200);
  // two admins now: the other one may demote me, and then I am the last admin, whom nobody may demote
  const second = await signIn('client@example.com');
  assert.equal((await call(second, 'PUT', `update/user_profiles/${mine.id}`, { role: 'team_member' })).status, 200);
  const last = await call(second, 'DELETE', `delete/user_profiles/${theirs.id}`);
  assert.equal(last.status, 403);
});

test('over the per-user limit: 429 with Retry-After', async () => {
  const ncb = await createLocalNcb({ db: openSqlite(':memory:'), instance: 'inst', secretKey: 'sk' });
  const root = new Hono();
  const { createDataProxy } = await import('./data-proxy.js');
  const { createAdminAuth } = await import('./admin-auth.js');
  const { localNcbFetch } = await import('./local-ncb-fetch.js');
  const f = localNcbFetch(ncb.app, 'inst', 'sk');
  const auth = createAdminAuth({ kv: memoryKv(), ncb: f, adminEmail: 'boss@example.com' });
  root.route('/auth', auth.app);
  root.route('/data', createDataProxy({ ncb: f, auth, perMinute: 2, now: () => 1_000_000 }));
  const cookie = (await root.request('/auth/sign-in', { method: 'POST', body: JSON.stringify({ email: 'boss@example.com' }) })).headers.get('set-cookie')!.split(';')[0];
  const statuses = [];
  for (let i = 0; i < 3; i++) statuses.push((await root.request('/data/read/bookings', { headers: { cookie } })).status);
  assert.deepEqual(statuses, [200, 200, 429]);
  const r = await root.request('/data/read/bookings', { headers: { cookie } });
  assert.equal(r.headers.get('retry-after'), '60');
});

test('sign-in rejects a malformed email naming the field', async () => {
  const { root } = await setup();
  const r = await root.request('/api/dev/auth/sign-in', { method: 'POST', body: JSON.stringify({ email: 'nope' }) });
  assert.equal(r.status, 400);
  assert.equal(((await r.json()) as { field: string }).field, 'email');
});

test('accessFor: the table groups of docs/reference/crm-domain.md §3.1', () => {
  const none = new URLSearchParams();
  assert.deepEqual(accessFor('customer', 'delete', 'customer_access', none, null), { ok: true });
  assert.deepEqual(accessFor(null, 'create', 'bookings', none, null), { ok: true });
  assert.equal(accessFor('team_member', 'read', 'payments', none, null).ok, false);
  assert.equal(accessFor('admin', 'delete', 'payments', none, null).ok, true);
  assert.equal(accessFor('customer', 'read', 'delivered_systems', new URLSearchParams('partnership_id=3'), null).ok, true);
  assert.equal(accessFor('customer', 'read', 'delivered_systems', new URLSearchParams('status=live'), null).ok, false);
});
