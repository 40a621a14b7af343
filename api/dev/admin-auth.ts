import { createHash, randomBytes } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { getCookie, setCookie, deleteCookie } from 'hono/cookie';
import { getJson, putJson, type KV } from '../store/kv.js';
import { readAllRows, type NcbFetch } from './local-ncb-fetch.js';

/**
 * Local admin sign-in, development only: a stand-in for NCB's auth (better-auth) so the admin elements and
 * the real CRM run against `npm start` with no keys. Like NCB it sets a `better-auth.session_token` cookie and
 * answers `get-session` with `{user: {id, email, name}}` (an opaque string id); the role is NOT here but in a
 * `user_profiles` row whose `user_id` is that id, exactly as the CRM's proxy checks it (docs/reference/crm-domain.md §3.1).
 * There is no password: it never runs with APP_ENV=production (see api/node.ts).
 */
export const SESSION_COOKIE = 'better-auth.session_token';
const SESSION_TTL_S = 8 * 3600;

export interface AuthUser {
  id: string;
  email: string;
  name: string;
}

/** The user id of an email: deterministic, so the CRM seed can create profiles before anyone signs in. */
export function localUserId(email: string): string {
  return `u${createHash('sha256').update(email.trim().toLowerCase()).digest('hex').slice(0, 23)}`;
}

export interface AdminAuth {
  app: Hono;
  /** The signed-in user of a request, or null. */
  sessionUser(c: Context): Promise<AuthUser | null>;
  /** Every user who has signed in or was seeded (what NCB's auth would list). */
  users(): Promise<AuthUser[]>;
  /** Registers a user without a session (the seed). */
  remember(user: AuthUser): Promise<void>;
}

export function createAdminAuth(opts: { kv: KV; ncb: NcbFetch; adminEmail: string; secureCookie?: boolean }): AdminAuth {
  const { kv, ncb } = opts;
  const remember = (u: AuthUser) => putJson(kv, `devauth:user:${u.id}`, u);

  async function ensureProfile(user: AuthUser) {
    const existing = await readAllRows(ncb, 'user_profiles', { user_id: user.id });
    if (existing.length) return;
    // NCB's auto-profile: the configured admin email is admin, everyone else a customer (usePermissions)
    const role = user.email === opts.adminEmail.toLowerCase() ? 'admin' : 'customer';
    const r = await ncb('/create/user_profiles', { method: 'POST', body: JSON.stringify({ user_id: user.id, role, display_name: user.name }) });
    if (!r.ok && r.status !== 400) throw new Error(`could not create the profile: ${r.status}`);
  }

  async function sessionUser(c: Context): Promise<AuthUser | null> {
    const token = getCookie(c, SESSION_COOKIE);
    if (!token || !/^[a-f0-9]{48}$/.test(token)) return null;
    return getJson<AuthUser>(kv, `devauth:session:${token}`);
  }

  const app = new Hono();
  app.post('/sign-in', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { email?: unknown; name?: unknown } | null;
    const email = typeof body?.email === 'string' ? body.email.trim().toLowerCase() : '';
    if (!/^[^\s@]+@[^\s@]+\.[^\s@]+$/.test(email) || email.length > 254) return c.json({ error: 'invalid email', field: 'email' }, 400);
    const name = typeof body?.name === 'string' && body.name.trim() ? body.name.trim().slice(0, 100) : email.split('@')[0];
    const user: AuthUser = { id: localUserId(email), email, name };
    await remember(user);
    await ensureProfile(user);
    const token = randomBytes(24).toString('hex');
    await putJson(kv, `devauth:session:${token}`, user, { ttlSeconds: SESSION_TTL_S });
    setCookie(c, SESSION_COOKIE, token, { httpOnly: true, sameSite: 'Lax', path: '/', secure: !!opts.secureCookie, maxAge: SESSION_TTL_S });
    return c.json({ user });
  });
  app.get('/get-session', async (c) => {
    const user = await sessionUser(c);
    return user ? c.json({ user }) : c.json({ error: 'not signed in' }, 401);
  });
  app.post('/sign-out', async (c) => {
    const token = getCookie(c, SESSION_COOKIE);
    if (token) await kv.delete(`devauth:session:${token}`);
    deleteCookie(c, SESSION_COOKIE, { path: '/' });
    return c.json({ status: 'success' });
  });

  return {
    app,
    sessionUser,
    remember,
    async users() {
      return (await kv.list('devauth:user:')).map((e) => JSON.parse(e.value) as AuthUser);
    },
  };
}
