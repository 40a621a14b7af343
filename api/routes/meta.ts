import type { Context } from 'hono';
import type { AppEnv, Deps } from '../deps.js';
import type { RequestMeta } from '../flows/common.js';
import { clientIp } from '../middleware/client-ip.js';

export const depsOf = (c: Context<AppEnv>): Deps => c.get('deps');

export function metaOf(c: Context<AppEnv>): RequestMeta {
  return {
    ip: clientIp(c),
    origin: c.req.header('origin') ?? null,
    userAgent: c.req.header('user-agent')?.slice(0, 500) ?? null,
    receivedAt: depsOf(c).clock.now().toISOString(),
  };
}
