import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startHarness, type Harness } from '../testing/harness.js';
import { MONDAY_0800_LA } from '../testing/fixtures.js';
import { createLogger } from '../log.js';
import {
  NAN_ISH,
  XSS_PAYLOADS,
  garbageBody,
  hostileString,
  mutatedBody,
  pathsOf,
  queryString,
  requestHeaders,
  validBookingRequest,
  validChatRequest,
  validContactUpdate,
  validRoiSubmission,
  withProtoKey,
  withValueAt,
  type Mutation,
} from '../testing/arbitraries.js';
import type { AvailabilityResponse } from '../../model/contracts.js';

/**
 * Property-based fuzzing of every route: garbage bodies, valid bodies with one field broken, arbitrary
 * queries and headers. Whatever arrives: never a 5xx, never a stack trace or file path, the one error
 * envelope with the request id, a 400 names the broken field, and a 400 writes nothing anywhere (NCB tables,
 * mailbox, job queue, KV).
 */

const RUNS = Number(process.env.FUZZ_RUNS ?? 80);
const LEAK = /\n\s+at\s|\bat [\w.<>]+ \(|node_modules|\/work\/|file:\/\/|\.ts:\d+|Error:/;
const RETURN_URL = 'http://localhost:8787/book';

interface Answer {
  status: number;
  text: string;
  headers: Headers;
  json: unknown;
}

let h: Harness;
const logLines: string[] = [];

async function call(method: string, path: string, o: { body?: string; headers?: Record<string, string> } = {}): Promise<Answer> {
  const res = await h.app.request(path, { method, headers: o.headers, body: o.body });
  const text = method === 'HEAD' ? '' : await res.text();
  let json: unknown = null;
  try {
    json = JSON.parse(text);
  } catch {
    /* not JSON: checked by the caller when it must be */
  }
  return { status: res.status, text, headers: res.headers, json };
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  call('POST', path, { body: typeof body === 'string' ? body : JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });

/** The properties every answer must have, whatever was sent. */
function assertClean(a: Answer, what: string) {
  const why = `${what} → ${a.status} ${a.text.slice(0, 400)}\nlogs: ${logLines.slice(-3).join('\n')}`;
  assert.ok(a.status < 500, `no 5xx: ${why}`);
  assert.ok(!LEAK.test(a.text), `no stack frame, internal error or file path: ${why}`);
  assert.ok(a.headers.get('x-request-id'), `X-Request-Id on every answer: ${why}`);
  assert.equal(({} as Record<string, unknown>).polluted, undefined, `Object.prototype untouched: ${why}`);
  if (a.status >= 400 && a.text) {
    assert.match(a.headers.get('content-type') ?? '', /application\/json/, `errors are JSON: ${why}`);
    const e = (a.json as { error?: Record<string, unknown> } | null)?.error;
    assert.ok(e && typeof e.code === 'string' && typeof e.message === 'string', `error envelope: ${why}`);
    assert.equal(e.requestId, a.headers.get('x-request-id'), `error.requestId is the X-Request-Id: ${why}`);
    if (e.fields !== undefined) assert.ok(e.fields && typeof e.fields === 'object', `fields is an object: ${why}`);
  }
}

/** The 400 names the broken field, or one inside it (breaking `inputs` names `inputs.industry`…). */
function assertNames(a: Answer, path: string, what: string) {
  const fields = ((a.json as { error?: { fields?: Record<string, string> } }).error?.fields ?? {}) as Record<string, string>;
  assert.ok(
    Object.keys(fields).some((k) => k === path || k.startsWith(`${path}.`)),
    `the 400 names "${path}": ${what} → ${JSON.stringify(fields)}`,
  );
}

/** Everything the API could have written, after all queued work ran. */
async function snapshot() {
  await h.jobs.drain();
  const jobs = Object.values(await h.jobs.counts()).reduce((s, n) => s + n, 0);
  return { ncb: await h.store.counts(), mail: (await h.mailbox.list()).length, jobs, kv: (await h.deps.kv.list('')).length };
}

/** Sends, checks the answer is clean, and on a 400 checks nothing at all was written. */
async function probe(send: () => Promise<Answer>, what: string, expect400Names?: string) {
  const before = await snapshot();
  const a = await send();
  assertClean(a, what);
  if (a.status === 400) {
    assert.deepEqual(await snapshot(), before, `a 400 writes nothing: ${what}`);
    if (expect400Names !== undefined) assertNames(a, expect400Names, what);
  }
  return a;
}

const show = (v: unknown) => JSON.stringify(v)?.slice(0, 300) ?? String(v);

const POST_ROUTES = ['/api/leads/roi', '/api/booking/create', '/api/booking/checkout', '/api/voice-agent/chat', '/api/voice-agent/contact', '/api/voice-agent/end', '/api/webhooks/emailit', '/api/webhooks/stripe'] as const;

describe('fuzz: every route refuses bad input cleanly', () => {
  let consultSlots: string[] = [];
  let assessSlots: string[] = [];
  const sessions: string[] = [];

  before(async () => {
    // Two trusted proxy hops, so the fuzzed X-Forwarded-For chains are parsed rather than ignored (the default 0).
    h = await startHarness({ now: () => MONDAY_0800_LA, env: { RATE_LIMIT_PER_MINUTE: '1000000', CHAT_RATE_LIMIT_PER_MINUTE: '1000000', TRUST_PROXY_HOPS: '2' } });
    h.deps.log = createLogger('debug', (l) => logLines.push(l));
    const slots = async (type: string) => {
      const a = await call('GET', `/api/booking/availability?from=2026-11-24&to=2026-12-20&type=${type}&timezone=America/Los_Angeles`);
      assert.equal(a.status, 200, a.text);
      return (a.json as AvailabilityResponse).days.flatMap((d) => d.slots.filter((s) => s.available).map((s) => s.start));
    };
    consultSlots = await slots('consultation');
    assessSlots = await slots('assessment');
    assert.ok(consultSlots.length > 100 && assessSlots.length > 20, 'enough free slots to fuzz bookings');
    for (const [i, message] of ['Hi there', 'My email is ana@example.com'].entries()) {
      const id = `00000000-0000-4000-8000-00000000000${i}`;
      assert.equal((await post('/api/voice-agent/chat', { sessionId: id, message, language: 'en' })).status, 200);
      sessions.push(id);
    }
    await h.jobs.drain();
  });
  after(() => h.close());

  it('the valid baselines are accepted (so every 400 below is caused by the mutation)', async () => {
    const sample = <T>(arb: fc.Arbitrary<T>) => fc.sample(arb, { numRuns: 1, seed: 7 })[0]!;
    assert.equal((await post('/api/leads/roi', sample(validRoiSubmission()))).status, 202);
    assert.equal((await post('/api/booking/create', sample(validBookingRequest(consultSlots, 'consultation')))).status, 201);
    assert.equal((await post('/api/booking/checkout', sample(validBookingRequest(assessSlots, 'assessment', RETURN_URL)))).status, 200);
    assert.equal((await post('/api/voice-agent/chat', sample(validChatRequest()))).status, 200);
    assert.equal((await post('/api/voice-agent/contact', sample(validContactUpdate(sessions)))).status, 200);
    assert.equal((await post('/api/voice-agent/end', { sessionId: sessions[0] })).status, 202);
    await h.jobs.drain();
    assert.equal((await h.jobs.counts()).dead ?? 0, 0, 'no baseline job died');
  });

  it('(a) garbage bodies on every POST route: a 4xx envelope and nothing written', async () => {
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...POST_ROUTES), garbageBody(), fc.constantFrom('application/json', 'text/plain', ''), async (route, body, type) => {
        const a = await probe(() => call('POST', route, { body, headers: type ? { 'content-type': type } : {} }), `${route} ${show(body)}`);
        assert.ok(a.status >= 400 && a.status < 500, `garbage is refused: ${route} ${show(body)} → ${a.status} ${a.text.slice(0, 200)}`);
      }),
      { numRuns: RUNS * 2 },
    );
  });

  const mutationCases = () =>
    [
      ['/api/leads/roi', mutatedBody(validRoiSubmission())],
      ['/api/booking/create', mutatedBody(validBookingRequest(consultSlots, 'consultation'))],
      ['/api/booking/checkout', mutatedBody(validBookingRequest(assessSlots, 'assessment', RETURN_URL))],
      ['/api/voice-agent/chat', mutatedBody(validChatRequest())],
      ['/api/voice-agent/contact', mutatedBody(validContactUpdate(sessions))],
      ['/api/voice-agent/end', mutatedBody(fc.constantFrom(...sessions).map((sessionId) => ({ sessionId })))],
    ] as [string, fc.Arbitrary<Mutation<unknown>>][];

  for (const i of [0, 1, 2, 3, 4, 5]) {
    it(`(b) valid body with one field broken: ${['roi', 'booking/create', 'booking/checkout', 'voice chat', 'voice contact', 'voice end'][i]} — a 400 names the field, writes nothing`, async () => {
      const [route, arb] = mutationCases()[i]!;
      let refused = 0;
      await fc.assert(
        fc.asyncProperty(arb, async (m) => {
          const a = await probe(() => post(route, m.body), `${route} ${m.path}=${show(m.value)}`, m.path);
          if (a.status === 400) refused++;
        }),
        { numRuns: RUNS },
      );
      assert.ok(refused > RUNS / 4, `most mutations are refused (${refused}/${RUNS}), so the property was exercised`);
    });
  }

  it('(b) lone surrogates and NUL in every text field are a 400 naming it; bidi and zero-width characters never reach an answer or a subject', async () => {
    const BROKEN = ['\ud800', '\udfff', '\u0000'];
    const INVISIBLE = ['\u202e', '\u2066', '\u200b', '\u200d', '\ufeff'];
    const INVISIBLE_RE = /[\u200b-\u200f\u202a-\u202e\u2066-\u2069\ufeff]/;
    const bodies: [string, fc.Arbitrary<unknown>][] = [
      ['/api/leads/roi', validRoiSubmission()],
      ['/api/booking/create', validBookingRequest(consultSlots, 'consultation')],
      ['/api/booking/checkout', validBookingRequest(assessSlots, 'assessment', RETURN_URL)],
      ['/api/voice-agent/chat', validChatRequest()],
      ['/api/voice-agent/contact', validContactUpdate(sessions)],
    ];
    let seed = 100;
    let tried = 0;
    for (const [route, arb] of bodies) {
      // A fresh valid body per request: a reused submissionId with other details is a 409 by design.
      const fresh = () => fc.sample(arb, { numRuns: 1, seed: seed++ })[0] as Record<string, unknown>;
      const at = (b: unknown, path: string[]) => path.reduce<unknown>((o, k) => (o as Record<string, unknown> | undefined)?.[k], b);
      const sample = fresh();
      for (const path of pathsOf(sample).filter((p) => typeof at(sample, p) === 'string')) {
        for (const ch of [...BROKEN, ...INVISIBLE]) {
          let body = fresh();
          while (typeof at(body, path) !== 'string') body = fresh(); // optional fields come and go between samples
          const original = at(body, path) as string;
          const value = `${original.slice(0, 1)}${ch}${original.slice(1)}`;
          const sent = withValueAt(body, path, value);
          const what = `${route} ${path.join('.')} += ${JSON.stringify(ch)}`;
          tried++;
          const a = await probe(() => post(route, sent), what, BROKEN.includes(ch) ? path.join('.') : undefined);
          if (BROKEN.includes(ch)) assert.equal(a.status, 400, `${what} → ${a.status} ${a.text.slice(0, 200)}`);
          else if (a.status < 300 && route === '/api/booking/create') assert.ok(!INVISIBLE_RE.test(a.text), `${what}: no invisible character echoed`);
        }
      }
    }
    await h.jobs.drain();
    const subjects = (await h.mailbox.list()).map((m) => String((m as { subject?: unknown }).subject ?? ''));
    assert.ok(subjects.length > 0);
    for (const s of subjects) assert.ok(!INVISIBLE_RE.test(s) && !/[\r\n]/.test(s), `subject ${JSON.stringify(s)}`);
    assert.ok(tried > 150, `every text field was tried (${tried})`);
  });

  it('(b) prototype-pollution keys anywhere in a valid body change nothing and pollute nothing', async () => {
    const bodies = fc.oneof(
      validRoiSubmission().map((b) => ['/api/leads/roi', b] as const),
      validChatRequest().map((b) => ['/api/voice-agent/chat', b] as const),
      validContactUpdate(sessions).map((b) => ['/api/voice-agent/contact', b] as const),
    );
    await fc.assert(
      fc.asyncProperty(
        bodies.chain(([route, b]) => withProtoKey(b).map((raw) => [route, raw] as const)),
        async ([route, raw]) => {
          const a = await probe(() => post(route, raw), `${route} ${raw.slice(0, 200)}`);
          assert.ok(a.status < 400, `an extra key is ignored, not an error: ${route} → ${a.status} ${a.text.slice(0, 200)}`);
        },
      ),
      { numRuns: RUNS / 2 },
    );
    await h.jobs.drain();
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    for (const l of await h.rows('leads')) assert.ok(!('polluted' in l), 'no polluted column or value on a lead');
  });

  it('(c) availability: arbitrary query strings, and a valid query with one parameter broken', async () => {
    const valid = { from: '2026-11-24', to: '2026-11-30', type: 'consultation', timezone: 'America/Chicago' };
    const dateish = fc.constantFrom('2026-02-30', '0000-00-00', '9999-12-31', '2026-13-01', '1900-01-01', '2026-11-23T00:00', '20261124', '2026-11-24 ');
    const value = fc.oneof(fc.constant(undefined), hostileString({ hugeLength: 3000 }), fc.constantFrom(...NAN_ISH), dateish);
    await fc.assert(
      fc.asyncProperty(fc.constantFrom(...(Object.keys(valid) as (keyof typeof valid)[])), value, async (key, v) => {
        const q = new URLSearchParams(withValueAt(valid, [key], v) as Record<string, string>);
        await probe(() => call('GET', `/api/booking/availability?${q}`), `availability ${key}=${show(v)}`, key);
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(queryString(['from', 'to', 'type', 'timezone']), async (q) => {
        await probe(() => call('GET', `/api/booking/availability?${q}`), `availability ?${q.slice(0, 200)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('(c) checkout-status: arbitrary session ids and query strings', async () => {
    await fc.assert(
      fc.asyncProperty(fc.oneof(fc.constant(undefined), hostileString({ hugeLength: 3000 })), async (id) => {
        const q = id === undefined ? '' : `?${new URLSearchParams({ session_id: id })}`;
        const a = await probe(() => call('GET', `/api/booking/checkout-status${q}`), `checkout-status ${show(id)}`, 'session_id');
        if (a.status === 200) assert.equal((a.json as { status: string }).status, 'unpaid', 'an unknown session is unpaid');
      }),
      { numRuns: RUNS },
    );
    await fc.assert(
      fc.asyncProperty(queryString(['session_id']), async (q) => {
        await probe(() => call('GET', `/api/booking/checkout-status?${q}`), `checkout-status ?${q.slice(0, 200)}`);
      }),
      { numRuns: RUNS / 2 },
    );
  });

  it('(c) arbitrary headers on every route (content type, origin, forwarded IPs, huge values)', async () => {
    const roi = validRoiSubmission();
    // Valid bodies (which queue CRM work) are a minority so the run stays short; the headers are the point.
    const routes = fc.oneof(
      roi.map((b) => ['POST', '/api/leads/roi', JSON.stringify(b)] as const),
      validChatRequest().map((b) => ['POST', '/api/voice-agent/chat', JSON.stringify(b)] as const),
      { weight: 3, arbitrary: fc.constantFrom(...POST_ROUTES).map((r) => ['POST', r, '{}'] as const) },
      fc.constant(['GET', '/api/booking/availability?from=2026-11-24&to=2026-11-25&timezone=UTC', undefined] as const),
      fc.constant(['GET', '/api/booking/checkout-status?session_id=cs_nope', undefined] as const),
      fc.constant(['GET', '/api/health', undefined] as const),
      fc.constant(['OPTIONS', '/api/leads/roi', undefined] as const),
    );
    await fc.assert(
      fc.asyncProperty(routes, requestHeaders(), async ([method, path, body], headers) => {
        await probe(() => call(method, path, { body, headers }), `${method} ${path} headers ${show(headers)}`);
      }),
      { numRuns: RUNS },
    );
  });

  it('unknown paths and wrong methods: a 404 envelope, never a 5xx', async () => {
    const segment = fc.oneof(fc.constantFrom('api', 'leads', 'roi', 'booking', 'webhooks', 'local-checkout', '..', '%2e%2e', 'inspector', 'ncb'), fc.string({ maxLength: 30 }).map(encodeURIComponent), fc.constantFrom(...XSS_PAYLOADS).map(encodeURIComponent));
    // Dot segments that climb out of /api are another app's paths (see the todo below).
    const path = fc
      .array(segment, { minLength: 1, maxLength: 5 })
      .map((s) => `/api/${s.join('/')}`)
      .filter((p) => new URL(p, 'http://x').pathname.startsWith('/api/'));
    const known = new Set(['/api/leads/roi', '/api/booking/availability', '/api/booking/create', '/api/booking/checkout', '/api/booking/checkout-status', '/api/voice-agent/chat', '/api/voice-agent/contact', '/api/voice-agent/end', '/api/webhooks/emailit', '/api/webhooks/stripe', '/api/health']);
    await fc.assert(
      fc.asyncProperty(fc.oneof(path, fc.constantFrom(...known)), fc.constantFrom('GET', 'POST', 'PUT', 'PATCH', 'DELETE', 'HEAD'), async (p, method) => {
        if (p.includes('voice-agent/transcribe') || p.includes('voice-agent/speak')) return; // 501 by design when unconfigured
        const body = method === 'GET' || method === 'HEAD' ? undefined : '{}';
        const a = await probe(() => call(method, p, { body, headers: { 'content-type': 'application/json' } }), `${method} ${p}`);
        if (!known.has(p) && !p.startsWith('/api/local-checkout/')) assert.equal(a.status, 404, `${method} ${p} → ${a.status}`);
      }),
      { numRuns: RUNS * 2 },
    );
    for (const [method, p] of [['GET', '/api/leads/roi'], ['PUT', '/api/booking/create'], ['DELETE', '/api/webhooks/stripe'], ['POST', '/api/booking/availability'], ['PATCH', '/api/voice-agent/chat']] as const) {
      const a = await probe(() => call(method, p, { body: method === 'GET' ? undefined : '{}' }), `${method} ${p}`);
      assert.ok(a.status === 404 || a.status === 405, `wrong method ${method} ${p} → ${a.status}`);
      assert.equal((a.json as { error: { code: string } }).error.code, a.status === 404 ? 'not_found' : 'method_not_allowed');
    }
  });

  it('a path outside /api still answers with a request id', async () => {
    const a = await call('GET', '/favicon.ico');
    assert.equal(a.status, 404);
    assert.ok(a.headers.get('x-request-id'), 'X-Request-Id');
    assert.equal((a.json as { error: { requestId: string } }).error.requestId, a.headers.get('x-request-id'));
  });

  it('the log recorded no unhandled error during the whole fuzz', () => {
    const unhandled = logLines.filter((l) => /"msg":"unhandled"/.test(l));
    assert.deepEqual(unhandled, []);
  });
});
