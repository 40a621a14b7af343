import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { setupServer } from 'msw/node';
import { HttpResponse, http } from 'msw';
import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { ApiError } from '../errors.js';
import { checkTurnstile } from '../middleware/spam.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { MONDAY_0800_LA, bookingRequest, roiSubmission } from '../testing/fixtures.js';
import { pretendWorkersRuntime } from '../testing/runtime.js';

/**
 * Layered spam protection, enforced on the server (anchors §5.6, D36): the honeypot (answered as success,
 * nothing written), the minimum fill time, per-IP and per-origin rate limits with Retry-After, and Cloudflare
 * Turnstile verified against siteverify when TURNSTILE_SECRET is set. "Per IP" means the IP the runtime can vouch
 * for (api/middleware/client-ip.ts): the socket, the right-most TRUST_PROXY_HOPS of X-Forwarded-For, or on Workers
 * Cloudflare's CF-Connecting-IP. app.request() has no socket, so tests that need distinct visitors run as if behind
 * one proxy (TRUST_PROXY_HOPS=1) and say who they are in X-Forwarded-For.
 */

type H = Harness;

/** A movable clock, so rate-limit windows can be crossed without waiting. */
function movableClock(start: Date) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (s: number) => (t += s * 1000) };
}

async function snapshot(h: H) {
  await h.jobs.drain();
  const jobs = Object.values(await h.jobs.counts()).reduce((s, n) => s + n, 0);
  return { ncb: await h.store.counts(), mail: (await h.mailbox.list()).length, jobs, kv: (await h.deps.kv.list('')).length };
}

async function freeSlots(h: H, type: 'consultation' | 'assessment'): Promise<string[]> {
  const res = await h.app.request(`/api/booking/availability?from=2026-11-24&to=2026-12-04&type=${type}&timezone=America/Los_Angeles`);
  const body = (await res.json()) as { days: { slots: { start: string; available: boolean }[] }[] };
  return body.days.flatMap((d) => d.slots.filter((s) => s.available).map((s) => s.start));
}

async function errorOf(res: Response) {
  const body = (await res.json()) as { error: { code: string; message: string; fields?: Record<string, string>; requestId: string } };
  assert.equal(body.error.requestId, res.headers.get('x-request-id'));
  return body.error;
}

describe('spam protection', () => {
  describe('honeypot, fill time and rate limits', () => {
    let h: H;
    const clock = movableClock(MONDAY_0800_LA);
    let slots: string[] = [];
    before(async () => {
      h = await startHarness({ now: clock.now, env: { RATE_LIMIT_PER_MINUTE: '3', CHAT_RATE_LIMIT_PER_MINUTE: '4', TRUST_PROXY_HOPS: '1' } });
      slots = await freeSlots(h, 'consultation');
    });
    after(() => h.close());
    // Every test starts with fresh rate-limit windows.
    afterEach(() => clock.advance(120));

    let ip = 0;
    const nextIp = () => `203.0.113.${++ip}`;

    it('a filled honeypot is answered as success on every form, and nothing is written or sent', async () => {
      const before = await snapshot(h);
      const roi = await h.json('/api/leads/roi', roiSubmission({ email: 'bot@example.com', website_hp: 'http://spam.example' }), { 'x-forwarded-for': nextIp() });
      assert.equal(roi.status, 202);
      assert.equal(((await roi.json()) as { ok: boolean }).ok, true, 'the bot learns nothing');
      const create = await h.json('/api/booking/create', bookingRequest(slots[0]!, { email: 'bot@example.com', website_hp: 'x' }), { 'x-forwarded-for': nextIp() });
      assert.equal(create.status, 202);
      const checkout = await h.json('/api/booking/checkout', bookingRequest(slots[1]!, { type: 'assessment', website_hp: 'x', returnUrl: 'http://localhost:8787/' }), { 'x-forwarded-for': nextIp() });
      assert.equal(checkout.status, 202);
      assert.deepEqual(await snapshot(h), before);
      assert.ok(!(await h.mailbox.list()).some((m) => m.to === 'bot@example.com'), 'no email to the address the bot typed');
      // A whitespace-only honeypot is what autofill leaves behind: a person, not a bot.
      assert.equal((await h.json('/api/leads/roi', roiSubmission({ email: 'human@example.com', website_hp: '  ' }), { 'x-forwarded-for': nextIp() })).status, 202);
      await h.jobs.drain();
      assert.ok((await h.rows('leads')).some((l) => l.email === 'human@example.com'));
    });

    it('a form filled faster than MIN_FILL_MS (or with no fill time) is a 400 too_fast naming fillMs, nothing written', async () => {
      const min = h.deps.config.MIN_FILL_MS;
      const before = await snapshot(h);
      for (const fillMs of [0, 300, min - 1, undefined]) {
        for (const [path, body] of [
          ['/api/leads/roi', roiSubmission({ email: 'fast@example.com', fillMs })],
          ['/api/booking/create', bookingRequest(slots[2]!, { email: 'fast@example.com', fillMs })],
        ] as const) {
          const res = await h.json(path, body, { 'x-forwarded-for': nextIp() });
          assert.equal(res.status, 400, `${path} fillMs=${fillMs}`);
          const e = await errorOf(res);
          assert.equal(e.code, 'too_fast');
          assert.ok(e.fields?.fillMs, 'names fillMs');
        }
      }
      assert.deepEqual(await snapshot(h), before);
      assert.equal((await h.json('/api/leads/roi', roiSubmission({ email: 'just-in-time@example.com', fillMs: min }), { 'x-forwarded-for': nextIp() })).status, 202, 'exactly the minimum is fine');
    });

    it('per IP: the limit+1st request in a minute is a 429 with Retry-After; other IPs and the next window pass', async () => {
      const limit = h.deps.config.RATE_LIMIT_PER_MINUTE;
      const header = 'x-forwarded-for';
      for (const path of ['/api/leads/roi', '/api/booking/create'] as const) {
        const ip = nextIp();
        // Invalid bodies still count: the limit is checked before the body is read.
        for (let i = 0; i < limit; i++) assert.equal((await h.json(path, {}, { [header]: ip })).status, 400);
        const before = await snapshot(h);
        const limited = await h.json(path, path === '/api/leads/roi' ? roiSubmission() : bookingRequest(slots[3]!), { [header]: ip });
        assert.equal(limited.status, 429, path);
        const e = await errorOf(limited);
        assert.equal(e.code, 'rate_limited');
        const retry = Number(limited.headers.get('retry-after'));
        assert.ok(Number.isInteger(retry) && retry >= 1 && retry <= 60, `Retry-After ${retry}`);
        assert.deepEqual(await snapshot(h), before, 'a 429 writes nothing');
        assert.equal((await h.json(path, {}, { [header]: nextIp() })).status, 400, 'another IP is not limited');
        clock.advance(retry);
        assert.equal((await h.json(path, {}, { [header]: ip })).status, 400, 'after Retry-After the IP may try again');
      }
    });

    it('behind one proxy the IP is the right-most x-forwarded-for entry: a spoofed left part or cf-connecting-ip does not help', async () => {
      const limit = h.deps.config.RATE_LIMIT_PER_MINUTE;
      // Our proxy appends the address it saw; everything left of it is whatever the client sent.
      const seen = nextIp();
      for (let i = 0; i < limit; i++) {
        const res = await h.json('/api/leads/roi', {}, { 'x-forwarded-for': `10.0.0.${i}, ${nextIp()}, ${seen}`, 'cf-connecting-ip': nextIp() });
        assert.equal(res.status, 400, `request ${i + 1}`);
      }
      const limited = await h.json('/api/leads/roi', {}, { 'x-forwarded-for': `10.0.0.99, ${seen}`, 'cf-connecting-ip': nextIp() });
      assert.equal(limited.status, 429, 'rotating the client-written part of X-Forwarded-For does not reset the limit');
      assert.equal((await h.json('/api/leads/roi', {}, { 'x-forwarded-for': `${seen}, ${nextIp()}` })).status, 400, 'the limited address on the left is not the visitor: the right-most one is');
      // A malformed right-most entry is not a fresh identity: it falls back to the socket (none here: "unknown").
      for (let i = 0; i < limit; i++) await h.json('/api/leads/roi', {}, { 'x-forwarded-for': `${nextIp()}, not-an-ip-${i}` });
      assert.equal((await h.json('/api/leads/roi', {}, { 'x-forwarded-for': `${nextIp()}, <script>` })).status, 429, 'garbage addresses share one budget');
    });

    it('voice chat: per IP and per session', async () => {
      const limit = h.deps.config.CHAT_RATE_LIMIT_PER_MINUTE;
      const ip = nextIp();
      const chat = (sessionId: string, from: string) => h.json('/api/voice-agent/chat', { sessionId, message: 'hello', language: 'en' }, { 'x-forwarded-for': from });
      for (let i = 0; i < limit; i++) assert.equal((await chat(crypto.randomUUID(), ip)).status, 200);
      const limited = await chat(crypto.randomUUID(), ip);
      assert.equal(limited.status, 429);
      assert.ok(limited.headers.get('retry-after'));
      clock.advance(120);
      const session = crypto.randomUUID();
      const perSession = Math.max(1, Math.floor(limit / 2));
      for (let i = 0; i < perSession; i++) assert.equal((await chat(session, nextIp())).status, 200);
      assert.equal((await chat(session, nextIp())).status, 429, 'one session cannot be driven from many IPs past its own limit');
    });

    it('per origin: many IPs from one site are capped too, on every visitor form', async () => {
      const perOrigin = h.deps.config.RATE_LIMIT_PER_MINUTE * 10;
      for (const [path, origin] of [
        ['/api/leads/roi', 'http://localhost:8788'],
        ['/api/booking/create', 'http://localhost:8787'],
      ] as const) {
        for (let i = 0; i < perOrigin; i++) assert.equal((await h.json(path, {}, { origin, 'x-forwarded-for': nextIp() })).status, 400, `${path} #${i}`);
        const limited = await h.json(path, {}, { origin, 'x-forwarded-for': nextIp() });
        assert.equal(limited.status, 429, `${path}: request ${perOrigin + 1} from ${origin}`);
        assert.ok(limited.headers.get('retry-after'));
        assert.equal(limited.headers.get('access-control-allow-origin'), origin, 'the widget can read the 429');
        assert.equal((await h.json(path, {}, { 'x-forwarded-for': nextIp() })).status, 400, 'another origin is not limited');
      }
    });

    it('per origin: omitting or rotating Origin buys nothing — every unlisted origin shares one budget (#22.13)', async () => {
      const perOrigin = h.deps.config.RATE_LIMIT_PER_MINUTE * 10;
      clock.advance(120);
      const path = '/api/leads/roi';
      for (let i = 0; i < perOrigin; i++) {
        const headers: Record<string, string> = { 'x-forwarded-for': nextIp() };
        if (i % 2) headers.origin = `https://rotating-${i}.attacker.example`;
        assert.equal((await h.json(path, {}, headers)).status, 400, `request ${i}`);
      }
      assert.equal((await h.json(path, {}, { origin: 'https://yet-another.attacker.example', 'x-forwarded-for': nextIp() })).status, 429, 'a new made-up origin');
      assert.equal((await h.json(path, {}, { 'x-forwarded-for': nextIp() })).status, 429, 'no origin at all');
      assert.equal((await h.json(path, {}, { origin: 'http://localhost:8788', 'x-forwarded-for': nextIp() })).status, 400, 'a listed site keeps its own budget');
    });
  });

  describe('no proxy in front (TRUST_PROXY_HOPS=0, the default): forwarding headers are the client\'s own words', () => {
    let h: H;
    before(async () => {
      h = await startHarness({ now: () => MONDAY_0800_LA, env: { RATE_LIMIT_PER_MINUTE: '3', CHAT_RATE_LIMIT_PER_MINUTE: '3' } });
    });
    after(() => h.close());
    let n = 0;
    const rotating = () => ({ 'x-forwarded-for': `203.0.113.${++n}`, 'cf-connecting-ip': `198.51.100.${n}` });

    it('a visitor rotating x-forwarded-for and cf-connecting-ip is still one visitor: 429 on every limited route', async () => {
      assert.equal(h.deps.config.TRUST_PROXY_HOPS, 0, 'the default');
      const chat = () => ({ sessionId: crypto.randomUUID(), message: 'hello', language: 'en' });
      for (const [path, body, limit] of [
        ['/api/leads/roi', () => ({}), h.deps.config.RATE_LIMIT_PER_MINUTE],
        ['/api/booking/create', () => ({}), h.deps.config.RATE_LIMIT_PER_MINUTE],
        ['/api/voice-agent/chat', chat, h.deps.config.CHAT_RATE_LIMIT_PER_MINUTE],
      ] as const) {
        for (let i = 0; i < limit; i++) assert.notEqual((await h.json(path, body(), rotating())).status, 429, `${path} #${i + 1}`);
        const limited = await h.json(path, body(), rotating());
        assert.equal(limited.status, 429, `${path}: request ${limit + 1} with fresh forwarding headers`);
        assert.equal(((await limited.json()) as { error: { code: string } }).error.code, 'rate_limited');
      }
    });
  });

  describe('on Cloudflare Workers: cf-connecting-ip is set by Cloudflare\'s edge and trusted', () => {
    let h: H;
    let restore: () => void = () => undefined;
    before(async () => {
      restore = pretendWorkersRuntime();
      // TRUST_PROXY_HOPS is set to show it is not what decides on Workers.
      h = await startHarness({ now: () => MONDAY_0800_LA, env: { RATE_LIMIT_PER_MINUTE: '3', TRUST_PROXY_HOPS: '1' } });
    });
    after(async () => {
      await h.close();
      restore();
    });

    it('cf-connecting-ip wins: distinct values are distinct visitors, and rotating x-forwarded-for does not reset the limit', async () => {
      const limit = h.deps.config.RATE_LIMIT_PER_MINUTE;
      const cf = '198.51.100.77';
      for (let i = 0; i < limit; i++) assert.equal((await h.json('/api/leads/roi', {}, { 'cf-connecting-ip': cf, 'x-forwarded-for': `203.0.113.${i}` })).status, 400);
      assert.equal((await h.json('/api/leads/roi', {}, { 'cf-connecting-ip': cf, 'x-forwarded-for': '203.0.113.99' })).status, 429, 'rotating X-Forwarded-For behind Cloudflare does not help');
      assert.equal((await h.json('/api/leads/roi', {}, { 'cf-connecting-ip': '198.51.100.78', 'x-forwarded-for': '203.0.113.99' })).status, 400, 'another visitor is not limited');
    });
  });

  describe('Cloudflare Turnstile (TURNSTILE_SECRET set)', () => {
    const SECRET = '0x4AAAAAAAlocal-test-secret';
    const GOOD = 'XXXX.DUMMY.TOKEN.XXXX';
    const calls: { secret: string | null; response: string | null; remoteip: string | null }[] = [];
    const spent = new Set<string>();
    let outage = false;

    /** siteverify as documented: form fields secret/response/remoteip → {success, error-codes, challenge_ts, hostname}; tokens are single-use. */
    const server = setupServer(
      http.post('https://challenges.cloudflare.com/turnstile/v0/siteverify', async ({ request }) => {
        if (outage) return new HttpResponse('upstream down', { status: 503 });
        const type = request.headers.get('content-type') ?? '';
        const form = type.includes('application/json') ? new Map(Object.entries((await request.json()) as Record<string, string>)) : await request.formData();
        const get = (k: string) => (form.get(k) as string | null | undefined) ?? null;
        const call = { secret: get('secret'), response: get('response'), remoteip: get('remoteip') };
        calls.push(call);
        const errors: string[] = [];
        if (!call.secret) errors.push('missing-input-secret');
        else if (call.secret !== SECRET) errors.push('invalid-input-secret');
        if (!call.response) errors.push('missing-input-response');
        else if (spent.has(call.response)) errors.push('timeout-or-duplicate');
        else if (call.response !== GOOD) errors.push('invalid-input-response');
        if (errors.length) return HttpResponse.json({ success: false, 'error-codes': errors, messages: [] });
        spent.add(call.response!);
        return HttpResponse.json({ success: true, challenge_ts: new Date().toISOString(), hostname: 'kre8tion.com', 'error-codes': [], action: '', cdata: '' });
      }),
    );

    let h: H;
    let slots: string[] = [];
    before(async () => {
      server.listen({ onUnhandledRequest: 'bypass' });
      h = await startHarness({ now: () => MONDAY_0800_LA, env: { TURNSTILE_SECRET: SECRET, TRUST_PROXY_HOPS: '1' } });
      slots = await freeSlots(h, 'consultation');
    });
    after(async () => {
      await h.close();
      server.close();
    });

    const good = () => `${GOOD}.${crypto.randomUUID()}`;

    it('no token: 400 naming turnstileToken, siteverify not even asked, nothing written', async () => {
      const before = await snapshot(h);
      const n = calls.length;
      const res = await h.json('/api/leads/roi', roiSubmission({ email: 'nots@example.com' }), { 'x-forwarded-for': '198.51.100.7' });
      assert.equal(res.status, 400);
      const e = await errorOf(res);
      assert.equal(e.code, 'turnstile_failed');
      assert.ok(e.fields?.turnstileToken);
      assert.equal(calls.length, n);
      assert.deepEqual(await snapshot(h), before);
    });

    it('a token siteverify rejects (invalid, or already spent), or siteverify down: 400, nothing written', async () => {
      const before = await snapshot(h);
      const bad = await h.json('/api/leads/roi', roiSubmission({ email: 'bad@example.com', turnstileToken: 'forged-token' }), { 'x-forwarded-for': '6.6.6.6, 198.51.100.8', 'cf-connecting-ip': '6.6.6.7' });
      assert.equal(bad.status, 400);
      assert.equal((await errorOf(bad)).code, 'turnstile_failed');
      assert.deepEqual(calls.at(-1), { secret: SECRET, response: 'forged-token', remoteip: '198.51.100.8' }, 'the server sends the secret, the token and the visitor IP (the one our proxy saw)');
      outage = true;
      try {
        const down = await h.json('/api/booking/create', bookingRequest(slots[0]!, { email: 'down@example.com', turnstileToken: good() }));
        assert.equal(down.status, 400, 'fails closed, and not as a 5xx');
        assert.equal((await errorOf(down)).code, 'turnstile_failed');
      } finally {
        outage = false;
      }
      assert.deepEqual(await snapshot(h), before);
    });

    it('a valid token is accepted once; replaying it is refused', async () => {
      const ok = await h.json('/api/leads/roi', roiSubmission({ email: 'verified@example.com', turnstileToken: GOOD }), { 'x-forwarded-for': '198.51.100.9' });
      assert.equal(ok.status, 202);
      assert.equal(calls.at(-1)?.response, GOOD);
      await h.jobs.drain();
      assert.ok((await h.rows('leads')).some((l) => l.email === 'verified@example.com'));
      const replay = await h.json('/api/leads/roi', roiSubmission({ email: 'replay@example.com', turnstileToken: GOOD }));
      assert.equal(replay.status, 400, 'the verdict is not cached: a spent token fails');
    });

    // Review finding: the chat's gate had its own copy of this check; both now call checkTurnstile.
    it('checkTurnstile, the one check the forms and the chat share: no secret passes; else a missing or rejected token is turnstile_failed, a good one passes with the visitor IP', async () => {
      const run = async (deps: H['deps'], token?: string) => {
        const app = new Hono<AppEnv>()
          .use(async (c, next) => {
            c.set('deps', deps);
            await next();
          })
          .post('/t', async (c) => {
            try {
              await checkTurnstile(c, deps, token);
              return c.text('ok');
            } catch (e) {
              return c.text(e instanceof ApiError ? `${e.status} ${e.code} ${Object.keys(e.fields ?? {}).join()}` : 'other');
            }
          });
        return (await app.request('/t', { method: 'POST', headers: { 'x-forwarded-for': '198.51.100.44' } })).text();
      };
      const n = calls.length;
      assert.equal(await run({ ...h.deps, config: { ...h.deps.config, TURNSTILE_SECRET: undefined } }), 'ok');
      assert.equal(calls.length, n, 'no secret: siteverify not asked');
      assert.equal(await run(h.deps), '400 turnstile_failed turnstileToken');
      assert.equal(calls.length, n, 'no token: siteverify not asked');
      assert.equal(await run(h.deps, 'forged-token-2'), '400 turnstile_failed turnstileToken');
      assert.deepEqual(calls.at(-1), { secret: SECRET, response: 'forged-token-2', remoteip: '198.51.100.44' });
      // A verifier the deps provide (the widget tests' stand-in) is the one asked, with the visitor's IP.
      const asked: [string, string][] = [];
      const stub = { ...h.deps, verifyTurnstile: async (t: string, ip: string) => (asked.push([t, ip]), t === 'pass-me') };
      assert.equal(await run(stub, 'pass-me'), 'ok');
      assert.equal(await run(stub, 'fail-me'), '400 turnstile_failed turnstileToken');
      assert.deepEqual(asked, [['pass-me', '198.51.100.44'], ['fail-me', '198.51.100.44']]);
    });

    it('an address the client made up never reaches siteverify as remoteip', async () => {
      const res = await h.json('/api/leads/roi', roiSubmission({ email: 'spoof@example.com', turnstileToken: 'forged-again' }), { 'cf-connecting-ip': '6.6.6.6' });
      assert.equal(res.status, 400);
      assert.equal(calls.at(-1)?.response, 'forged-again');
      assert.equal(calls.at(-1)?.remoteip, null, 'on Node cf-connecting-ip is the client\'s claim; with no proxy entry and no socket, no remoteip is sent');
    });

    it('the honeypot still wins before Turnstile (a bot is not told which check caught it)', async () => {
      const n = calls.length;
      const res = await h.json('/api/leads/roi', roiSubmission({ email: 'bot2@example.com', website_hp: 'x' }));
      assert.equal(res.status, 202);
      assert.equal(calls.length, n);
    });
  });
});
