import type { Hono, MiddlewareHandler } from 'hono';
import type { KV } from '../store/kv.js';
import { createAdminAuth } from './admin-auth.js';
import { createDataProxy } from './data-proxy.js';
import { localNcbFetch } from './local-ncb-fetch.js';

/**
 * Development only (api/node.ts mounts it when the local NCB runs and APP_ENV is not production): the local
 * admin sign-in at /api/dev/auth, the CRM's data proxy protocol at /api/data, and the /admin page.
 */
export function mountAdminDev(
  root: Hono,
  opts: { ncbApp: Parameters<typeof localNcbFetch>[0]; instance: string; secretKey: string; kv: KV; adminEmail: string; adminPage: MiddlewareHandler },
) {
  const ncb = localNcbFetch(opts.ncbApp, opts.instance, opts.secretKey);
  const auth = createAdminAuth({ kv: opts.kv, ncb, adminEmail: opts.adminEmail });
  root.route('/api/dev/auth', auth.app);
  root.route('/api/data', createDataProxy({ ncb, auth }));
  root.get('/admin', opts.adminPage);
  return auth;
}
