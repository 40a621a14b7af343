import type { Context } from 'hono';
import { getRuntimeKey } from 'hono/adapter';
import type { AppEnv } from '../deps.js';

/**
 * Whom to believe about the visitor's address. The per-IP rate limits and Turnstile's `remoteip` depend on it,
 * so a header is only read where something we trust wrote it:
 * - `cloudflare`: Workers always sit behind Cloudflare's edge, which sets `cf-connecting-ip` itself and
 *   overwrites any a client sent.
 * - `proxies`: Node behind `hops` proxies we run (0 = none). Each proxy APPENDS the address it saw to
 *   `x-forwarded-for`, so only the right-most `hops` entries are ours; everything left of them is the client's to
 *   invent. With 0 hops no header is read at all, only the socket.
 */
export type IpPolicy = { trust: 'cloudflare' } | { trust: 'proxies'; hops: number };

/** What a request says about its origin; any of it may be missing. */
export interface IpSources {
  cf?: string | null;
  xff?: string | null;
  socket?: string | null;
}

const MAX_IP_LENGTH = 64;
const IPV4 = /^(?:(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)\.){3}(?:25[0-5]|2[0-4]\d|1\d\d|[1-9]?\d)$/;
// Hex groups and colons, an optional dotted IPv4 tail (::ffff:1.2.3.4) and an optional zone (fe80::1%eth0).
const IPV6 = /^(?=.*:.*:)[0-9a-f:]+(?:\d{1,3}(?:\.\d{1,3}){3})?(?:%[0-9a-z._-]+)?$/i;

/**
 * The address in `raw` if it looks like one, normalised (trimmed, `[v6]:port` and `v4:port` reduced to the
 * address, IPv6 lower-cased so one visitor is one rate-limit key); otherwise null.
 */
export function normalizeIp(raw: string | null | undefined): string | null {
  if (!raw) return null;
  let s = raw.trim();
  if (!s || s.length > MAX_IP_LENGTH) return null;
  const bracketed = /^\[([^\]]+)\](?::\d{1,5})?$/.exec(s);
  if (bracketed) s = bracketed[1]!;
  else if (/^[\d.]+:\d{1,5}$/.test(s)) s = s.slice(0, s.lastIndexOf(':'));
  if (IPV4.test(s)) return s;
  if (IPV6.test(s)) return s.toLowerCase();
  return null;
}

/** The entry of `x-forwarded-for` written by the outermost of `hops` trusted proxies (the leftmost if fewer). */
function forwardedBy(xff: string, hops: number): string | undefined {
  const entries = xff.split(',').map((e) => e.trim());
  return entries[Math.max(0, entries.length - hops)];
}

/** The visitor's IP under `policy`; a missing or malformed trusted value falls back to the socket, then "unknown". */
export function pickClientIp(src: IpSources, policy: IpPolicy): string {
  const trusted =
    policy.trust === 'cloudflare' ? src.cf : policy.hops > 0 && src.xff ? forwardedBy(src.xff, policy.hops) : null;
  return normalizeIp(trusted) ?? normalizeIp(src.socket) ?? 'unknown';
}

/** Workers are always behind Cloudflare; anything else (Node) trusts only the configured proxy hops. */
export function ipPolicyFor(runtime: string, trustProxyHops: number): IpPolicy {
  return runtime === 'workerd' ? { trust: 'cloudflare' } : { trust: 'proxies', hops: trustProxyHops };
}

/** What this request says about its origin: the two headers and, on Node, the socket address. */
export function ipSourcesOf(c: Context): IpSources {
  const incoming = (c.env as { incoming?: { socket?: { remoteAddress?: string } } } | undefined)?.incoming;
  return { cf: c.req.header('cf-connecting-ip'), xff: c.req.header('x-forwarded-for'), socket: incoming?.socket?.remoteAddress };
}

/**
 * The visitor's IP for this request. The runtime is read from the runtime itself (Hono's getRuntimeKey: the
 * Workers global `navigator.userAgent`), never from the request, so a client cannot claim to be behind Cloudflare.
 */
export function clientIp(c: Context<AppEnv>): string {
  return pickClientIp(ipSourcesOf(c), ipPolicyFor(getRuntimeKey(), c.get('deps').config.TRUST_PROXY_HOPS));
}
