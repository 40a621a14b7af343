import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import fc from 'fast-check';
import type { AppEnv, Deps } from '../deps.js';
import { forwardedFor, headerValue, ipLike } from '../testing/arbitraries.js';
import { pretendWorkersRuntime } from '../testing/runtime.js';
import { clientIp, ipPolicyFor, normalizeIp, pickClientIp, type IpPolicy, type IpSources } from './client-ip.js';

const CF: IpPolicy = { trust: 'cloudflare' };
const hops = (n: number): IpPolicy => ({ trust: 'proxies', hops: n });

describe('normalizeIp', () => {
  it('keeps IPv4 and IPv6 addresses, trimmed, IPv6 lower-cased, ports and brackets dropped', () => {
    const cases: [string, string][] = [
      ['203.0.113.7', '203.0.113.7'],
      ['  198.51.100.1\t', '198.51.100.1'],
      ['0.0.0.0', '0.0.0.0'],
      ['255.255.255.255', '255.255.255.255'],
      ['203.0.113.7:8443', '203.0.113.7'],
      ['2001:DB8::1', '2001:db8::1'],
      ['::1', '::1'],
      ['::ffff:127.0.0.1', '::ffff:127.0.0.1'],
      ['[2001:db8::2]:443', '2001:db8::2'],
      ['[::1]', '::1'],
      ['::', '::'],
      ['fe80::1%eth0', 'fe80::1%eth0'],
    ];
    for (const [raw, want] of cases) assert.equal(normalizeIp(raw), want, JSON.stringify(raw));
  });

  it('refuses anything that is not an address', () => {
    const garbage = [undefined, null, '', '   ', 'unknown', 'localhost', 'evil.example', '256.1.1.1', '1.2.3', '1.2.3.4.5', '01.2.3.4', '1.2.3.4, 5.6.7.8', '1.2.3.4 5.6.7.8', '<script>alert(1)</script>', "1.2.3.4' OR 1=1", 'g::1', ':1', '1:2', '[1.2.3.4', '1.2.3.4:', `::${'1:'.repeat(40)}1`];
    for (const raw of garbage) assert.equal(normalizeIp(raw), null, JSON.stringify(raw));
  });

  it('whatever comes in, the answer is null or a short address that normalises to itself', () => {
    fc.assert(
      fc.property(fc.oneof(ipLike(), headerValue(), fc.string()), (raw) => {
        const ip = normalizeIp(raw);
        if (ip === null) return;
        assert.ok(ip.length <= 64, ip);
        assert.match(ip, /^[0-9a-f:.%a-z_-]+$/i);
        assert.equal(normalizeIp(ip), ip);
      }),
      { numRuns: 2000 },
    );
  });
});

describe('pickClientIp', () => {
  const SOCKET = '192.0.2.10';

  it('the table: every policy against every combination of sources', () => {
    const rows: [IpSources, IpPolicy, string, string][] = [
      // No proxy in front: both headers are the client's own words.
      [{ cf: '203.0.113.1', xff: '203.0.113.2', socket: SOCKET }, hops(0), SOCKET, 'hops=0 ignores both headers'],
      [{ cf: '203.0.113.1', xff: '203.0.113.2' }, hops(0), 'unknown', 'hops=0 without a socket is unknown, not a header'],
      [{ socket: SOCKET }, hops(0), SOCKET, 'hops=0, socket only'],
      [{}, hops(0), 'unknown', 'nothing at all'],
      // One proxy: it appended what it saw, on the right.
      [{ xff: '203.0.113.2', socket: SOCKET }, hops(1), '203.0.113.2', 'one entry, one hop'],
      [{ xff: '6.6.6.6, 7.7.7.7, 203.0.113.2', socket: SOCKET }, hops(1), '203.0.113.2', 'the spoofed left part is skipped'],
      [{ xff: '6.6.6.6,203.0.113.2', cf: '9.9.9.9', socket: SOCKET }, hops(1), '203.0.113.2', 'cf-connecting-ip is ignored on Node'],
      [{ cf: '9.9.9.9', socket: SOCKET }, hops(1), SOCKET, 'no XFF: the socket, still not cf-connecting-ip'],
      [{ xff: '', socket: SOCKET }, hops(1), SOCKET, 'an empty XFF is no XFF'],
      [{ xff: '6.6.6.6, garbage', socket: SOCKET }, hops(1), SOCKET, 'a malformed trusted entry falls back to the socket, not to the left'],
      [{ xff: '6.6.6.6, garbage' }, hops(1), 'unknown', '… or to unknown'],
      [{ xff: '6.6.6.6, ', socket: SOCKET }, hops(1), SOCKET, 'an empty trusted entry falls back'],
      [{ xff: '6.6.6.6, [2001:DB8::7]:5000', socket: SOCKET }, hops(1), '2001:db8::7', 'a bracketed IPv6 with a port'],
      // Two proxies: the outer one wrote the client, the inner one wrote the outer proxy.
      [{ xff: '6.6.6.6, 203.0.113.2, 10.0.0.1', socket: SOCKET }, hops(2), '203.0.113.2', 'second from the right'],
      [{ xff: '203.0.113.2, 10.0.0.1', socket: SOCKET }, hops(2), '203.0.113.2', 'exactly two entries'],
      [{ xff: '203.0.113.2', socket: SOCKET }, hops(2), '203.0.113.2', 'fewer entries than hops: the leftmost'],
      [{ xff: '203.0.113.2, 10.0.0.1', socket: SOCKET }, hops(3), '203.0.113.2', 'fewer entries than hops: the leftmost'],
      [{ xff: 'evil, 10.0.0.1', socket: SOCKET }, hops(3), SOCKET, 'the leftmost is garbage: the socket'],
      // Workers: Cloudflare's edge wrote cf-connecting-ip.
      [{ cf: '203.0.113.1', xff: '6.6.6.6', socket: SOCKET }, CF, '203.0.113.1', 'Workers: cf-connecting-ip wins'],
      [{ cf: ' 2001:DB8::1 ', xff: '6.6.6.6' }, CF, '2001:db8::1', 'Workers: normalised'],
      [{ xff: '6.6.6.6' }, CF, 'unknown', 'Workers without cf-connecting-ip: never XFF'],
      [{ cf: 'not-an-ip', xff: '6.6.6.6' }, CF, 'unknown', 'Workers with a malformed cf-connecting-ip'],
      [{ cf: 'x'.repeat(65) }, CF, 'unknown', 'too long'],
      [{ cf: 'x', socket: SOCKET }, CF, SOCKET, 'a socket, if a runtime had one, is the fallback'],
    ];
    for (const [src, policy, want, why] of rows) assert.equal(pickClientIp(src, policy), want, `${why}: ${JSON.stringify(src)} ${JSON.stringify(policy)}`);
  });

  it('hops=0: no header value can change the answer', () => {
    fc.assert(
      fc.property(fc.option(ipLike()), fc.option(forwardedFor()), fc.option(ipLike()), (cf, xff, socket) => {
        assert.equal(pickClientIp({ cf, xff, socket }, hops(0)), normalizeIp(socket) ?? 'unknown');
      }),
      { numRuns: 1000 },
    );
  });

  it('hops=N: whatever the client puts on the left (and in cf-connecting-ip), the N-th from the right is the answer', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 4 }),
        fc.option(forwardedFor()),
        fc.option(ipLike()),
        fc.ipV4(),
        fc.array(fc.ipV4(), { minLength: 3, maxLength: 3 }),
        (n, spoofed, cf, visitor, proxies) => {
          // What our n proxies append: the visitor (seen by the outermost), then each inner proxy's view of the next.
          const trusted = [visitor, ...proxies.slice(0, n - 1)].join(', ');
          const xff = spoofed ? `${spoofed}, ${trusted}` : trusted;
          assert.equal(pickClientIp({ cf, xff, socket: '192.0.2.10' }, hops(n)), visitor);
        },
      ),
      { numRuns: 1000 },
    );
  });

  it('Workers: X-Forwarded-For never matters, and every answer is an address or "unknown"', () => {
    fc.assert(
      fc.property(fc.option(ipLike()), fc.option(forwardedFor()), fc.integer({ min: 0, max: 5 }), (cf, xff, n) => {
        const got = pickClientIp({ cf, xff }, CF);
        assert.equal(got, normalizeIp(cf) ?? 'unknown');
        const onNode = pickClientIp({ cf, xff, socket: null }, hops(n));
        assert.ok(onNode === 'unknown' || normalizeIp(onNode) === onNode, onNode);
      }),
      { numRuns: 1000 },
    );
  });
});

describe('ipPolicyFor', () => {
  it('Workers trust Cloudflare; every other runtime trusts the configured hops', () => {
    assert.deepEqual(ipPolicyFor('workerd', 0), CF);
    assert.deepEqual(ipPolicyFor('workerd', 3), CF, 'TRUST_PROXY_HOPS is not read on Workers');
    assert.deepEqual(ipPolicyFor('node', 0), hops(0));
    assert.deepEqual(ipPolicyFor('node', 2), hops(2));
    assert.deepEqual(ipPolicyFor('bun', 1), hops(1));
  });
});

/** A tiny app answering with clientIp(c), given TRUST_PROXY_HOPS. */
function echoApp(trustProxyHops: number) {
  const app = new Hono<AppEnv>();
  app.use('*', async (c, next) => {
    c.set('deps', { config: { TRUST_PROXY_HOPS: trustProxyHops } } as unknown as Deps);
    await next();
  });
  app.get('/ip', (c) => c.text(clientIp(c)));
  return app;
}

describe('clientIp on Node, over a real socket', () => {
  const servers: ServerType[] = [];
  const bases: Record<number, string> = {};
  before(async () => {
    for (const n of [0, 1, 2]) {
      const server: ServerType = await new Promise((ok) => {
        const s = serve({ fetch: echoApp(n).fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
      });
      servers.push(server);
      bases[n] = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    }
  });
  after(async () => {
    for (const s of servers) await new Promise((r) => s.close(r));
  });

  const ipVia = async (n: number, headers: Record<string, string> = {}) => (await fetch(`${bases[n]}/ip`, { headers })).text();
  const LOOPBACK = /^(127\.0\.0\.1|::ffff:127\.0\.0\.1)$/;

  it('TRUST_PROXY_HOPS=0: the socket address, whatever the headers claim', async () => {
    assert.match(await ipVia(0), LOOPBACK);
    assert.match(await ipVia(0, { 'x-forwarded-for': '203.0.113.9', 'cf-connecting-ip': '198.51.100.9' }), LOOPBACK);
  });

  it('TRUST_PROXY_HOPS=1: the right-most X-Forwarded-For entry; without one, the socket', async () => {
    assert.equal(await ipVia(1, { 'x-forwarded-for': '6.6.6.6, 203.0.113.9', 'cf-connecting-ip': '198.51.100.9' }), '203.0.113.9');
    assert.match(await ipVia(1, { 'cf-connecting-ip': '198.51.100.9' }), LOOPBACK);
    assert.match(await ipVia(1, { 'x-forwarded-for': '6.6.6.6, <script>' }), LOOPBACK, 'garbage falls back to the socket');
  });

  it('TRUST_PROXY_HOPS=2: the second from the right', async () => {
    assert.equal(await ipVia(2, { 'x-forwarded-for': '6.6.6.6, 203.0.113.9, 10.0.0.2' }), '203.0.113.9');
  });
});

describe('clientIp on the Workers runtime', () => {
  let restore: () => void = () => undefined;
  before(() => {
    restore = pretendWorkersRuntime();
  });
  after(() => restore());

  it('trusts cf-connecting-ip (set by Cloudflare\'s edge) and never X-Forwarded-For, whatever TRUST_PROXY_HOPS says', async () => {
    for (const n of [0, 1]) {
      const app = echoApp(n);
      const ip = async (headers: Record<string, string>) => (await app.request('/ip', { headers })).text();
      assert.equal(await ip({ 'cf-connecting-ip': '203.0.113.50', 'x-forwarded-for': '6.6.6.6, 7.7.7.7' }), '203.0.113.50');
      assert.equal(await ip({ 'x-forwarded-for': '7.7.7.7' }), 'unknown');
    }
  });
});
