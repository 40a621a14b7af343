import { Hono, type Context } from 'hono';
import { SCHEMA } from '../ncb/schema.js';
import type { AdminAuth, AuthUser } from './admin-auth.js';
import { accessFor, type DataOp, type Role } from './data-roles.js';
import { readAllRows, type NcbFetch } from './local-ncb-fetch.js';

/**
 * The CRM's data proxy (`app/api/data/[...path]/route.ts`, docs/reference/crm-domain.md §3.1–§3.2) served locally for
 * development, in front of the local NCB: `{read|create|update|delete}/{table}[/{id}]` or `?id=`, the session
 * cookie of the local sign-in, the role from `user_profiles`, the per-table rules, `user_id` set by the proxy on
 * create and stripped on update, and an empty read as 200 `{data: []}`. Bodies otherwise pass through as NCB
 * wrote them. Deliberate differences: reads are `no-store` (the CRM's 15 s cache would hide a fresh write from
 * the admin elements), `user_id` is injected only on tables that have the column (the real proxy adds it
 * everywhere, which the local NCB would reject), and role changes are admin-only with a last-admin and
 * own-role guard (the real proxy lets any user write `user_profiles`).
 */
export interface DataProxyOptions {
  ncb: NcbFetch;
  auth: AdminAuth;
  /** Requests per minute per user before 429 (the CRM allows 30 per IP; the default suits the admin pages). */
  perMinute?: number;
  now?: () => number;
}

const OPS: readonly DataOp[] = ['read', 'create', 'update', 'delete'];
const ID = /^[1-9]\d{0,15}$/;

export function createDataProxy(opts: DataProxyOptions): Hono {
  const { ncb, auth } = opts;
  const now = opts.now ?? Date.now;
  const perMinute = opts.perMinute ?? 600;
  const windows = new Map<string, { start: number; n: number }>();

  function limited(userId: string): number | null {
    const t = now();
    const w = windows.get(userId);
    if (!w || t - w.start >= 60_000) {
      windows.set(userId, { start: t, n: 1 });
      return null;
    }
    w.n++;
    return w.n > perMinute ? Math.ceil((w.start + 60_000 - t) / 1000) : null;
  }

  async function roleOf(user: AuthUser): Promise<Role | null> {
    const [profile] = await readAllRows(ncb, 'user_profiles', { user_id: user.id });
    return (profile?.role as Role | undefined) ?? null;
  }

  /** Role changes: only admins; never the caller's own admin role, never the last admin. */
  async function roleGuard(user: AuthUser, role: Role | null, op: DataOp, id: string | null, body: Record<string, unknown> | null): Promise<string | null> {
    const touchesRole = op === 'delete' || (body !== null && 'role' in body);
    if (!touchesRole || op === 'read') return null;
    if (role !== 'admin') return 'only admins may change roles';
    if (op === 'create') return null;
    const profiles = await readAllRows(ncb, 'user_profiles');
    const target = profiles.find((p) => String(p.id) === id);
    if (!target || target.role !== 'admin') return null;
    if (op === 'update' && body?.role === 'admin') return null;
    if (target.user_id === user.id) return 'you cannot remove your own admin role';
    if (profiles.filter((p) => p.role === 'admin').length <= 1) return 'the last admin cannot lose the admin role';
    return null;
  }

  const app = new Hono();
  app.all('/:op/:table/:id?', async (c: Context) => {
    const op = c.req.param('op') as DataOp;
    const table = c.req.param('table')!;
    const expected: Record<DataOp, string> = { read: 'GET', create: 'POST', update: 'PUT', delete: 'DELETE' };
    if (!OPS.includes(op)) return c.json({ error: `unknown operation '${op}'`, field: 'path' }, 404);
    if (c.req.method !== expected[op]) return c.json({ error: `${op} takes ${expected[op]}` }, 405);

    const user = await auth.sessionUser(c);
    if (!user) return c.json({ error: 'Unauthorized' }, 401);
    const retry = limited(user.id);
    if (retry !== null) return c.json({ error: 'Too many requests' }, 429, { 'Retry-After': String(retry) });

    const url = new URL(c.req.url);
    const params = new URLSearchParams([...url.searchParams].filter(([k]) => !['Instance', 'instance', 'path'].includes(k)));
    const pathId = c.req.param('id') ?? null;
    const role = await roleOf(user);
    const access = accessFor(role, op, table, params, pathId);
    if (!access.ok) return c.json({ error: 'Forbidden', details: access.reason }, 403);

    const id = pathId ?? (op === 'update' || op === 'delete' ? params.get('id') : null);
    if (op !== 'create' && id !== null && !ID.test(id)) return c.json({ error: 'id must be a positive integer', field: 'id' }, 400);
    if ((op === 'update' || op === 'delete') && id === null) return c.json({ error: `${op} needs an id (on the path or ?id=)`, field: 'id' }, 400);
    if (op === 'update' || op === 'delete') params.delete('id');

    let body: Record<string, unknown> | null = null;
    if (op === 'create' || op === 'update') {
      const raw = await c.req.json().catch(() => undefined);
      if (typeof raw !== 'object' || raw === null || Array.isArray(raw)) return c.json({ error: 'the body must be a JSON object', field: 'body' }, 400);
      body = { ...(raw as Record<string, unknown>) };
      if (table !== 'user_profiles' && table !== 'customer_access') delete body.user_id;
      if (op === 'create' && Object.hasOwn(SCHEMA, table) && SCHEMA[table as keyof typeof SCHEMA].userId) body.user_id = user.id;
      if (op === 'update' && table === 'user_profiles') delete body.user_id;
    }
    const denied = table === 'user_profiles' ? await roleGuard(user, role, op, id, body) : null;
    if (denied) return c.json({ error: 'Forbidden', details: denied, field: 'role' }, 403);

    const path = `/${op}/${table}${id !== null && op !== 'create' ? `/${id}` : ''}${params.size ? `?${params}` : ''}`;
    const r = await ncb(path, { method: expected[op], body: body === null ? undefined : JSON.stringify(body) });
    const headers = { 'Cache-Control': 'no-store', 'Content-Type': 'application/json' };
    if (op === 'read' && r.status === 404 && pathId === null) return c.json({ data: [] }, 200, headers);
    return new Response(await r.text(), { status: r.status, headers });
  });
  return app;
}
