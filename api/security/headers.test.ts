import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../testing/harness.js';
import { MONDAY_0800_LA, bookingRequest, roiSubmission } from '../testing/fixtures.js';

/**
 * Limits and response headers: bodies over MAX_BODY_BYTES are a 413 envelope with nothing written (with or
 * without a Content-Length), every answer carries the secure headers and an X-Request-Id equal to the error's
 * requestId, and a client cannot inject its own request id into our logs and answers.
 */

const MAX = 4096;
const POST_ROUTES = ['/api/leads/roi', '/api/booking/create', '/api/booking/checkout', '/api/voice-agent/chat', '/api/voice-agent/contact', '/api/voice-agent/end', '/api/webhooks/emailit', '/api/webhooks/stripe'];

describe('body limits and secure headers', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA, env: { MAX_BODY_BYTES: String(MAX) } });
  });
  after(() => h.close());

  async function snapshot() {
    await h.jobs.drain();
    const jobs = Object.values(await h.jobs.counts()).reduce((s, n) => s + n, 0);
    return { ncb: await h.store.counts(), mail: (await h.mailbox.list()).length, jobs, kv: (await h.deps.kv.list('')).length };
  }

  /** A valid ROI submission padded (in a field the schema accepts) to `bytes`. */
  const paddedRoi = (bytes: number) => {
    const base = JSON.stringify(roiSubmission({ email: 'big@example.com', attribution: { utm_source: '' } }));
    return base.replace('"utm_source":""', `"utm_source":"${'a'.repeat(Math.max(0, bytes - base.length))}"`);
  };

  const streamOf = (text: string) =>
    new ReadableStream<Uint8Array>({
      start(ctl) {
        const bytes = new TextEncoder().encode(text);
        for (let i = 0; i < bytes.length; i += 1000) ctl.enqueue(bytes.slice(i, i + 1000));
        ctl.close();
      },
    });

  it('a body over MAX_BODY_BYTES is a 413 envelope on every POST route, declared length or streamed, and writes nothing', async () => {
    const before = await snapshot();
    const big = paddedRoi(MAX + 1);
    assert.ok(new TextEncoder().encode(big).length > MAX);
    for (const path of POST_ROUTES) {
      for (const mode of ['content-length', 'stream'] as const) {
        const init: RequestInit & { duplex?: 'half' } =
          mode === 'content-length'
            ? { method: 'POST', headers: { 'content-type': 'application/json', 'content-length': String(new TextEncoder().encode(big).length) }, body: big }
            : { method: 'POST', headers: { 'content-type': 'text/plain' }, body: streamOf(big), duplex: 'half' };
        const res = await h.app.request(path, init);
        const what = `${path} (${mode})`;
        assert.equal(res.status, 413, what);
        const body = (await res.json()) as { error: { code: string; message: string; requestId: string } };
        assert.equal(body.error.code, 'payload_too_large', what);
        assert.equal(body.error.requestId, res.headers.get('x-request-id'), what);
      }
    }
    assert.deepEqual(await snapshot(), before);
  });

  it('multi-byte characters count as bytes, not characters', async () => {
    const emoji = '🚀'.repeat(Math.ceil(MAX / 4) + 10); // 4 bytes each in UTF-8: few characters, too many bytes
    const body = JSON.stringify(roiSubmission({ name: emoji }));
    assert.ok(body.length < MAX && new TextEncoder().encode(body).length > MAX);
    const res = await h.app.request('/api/leads/roi', { method: 'POST', headers: { 'content-type': 'application/json' }, body: streamOf(body), duplex: 'half' } as RequestInit);
    assert.equal(res.status, 413);
  });

  it('a valid body just under the limit is accepted', async () => {
    // Long attribution values (each within its schema cap) bring a real submission to MAX - 1 bytes.
    const long = (n: number) => 'a'.repeat(n);
    const attribution = { utm_source: long(200), utm_medium: long(200), utm_campaign: long(200), utm_term: long(200), utm_content: long(200), gclid: long(200), fbclid: long(200), msclkid: long(200), landingUrl: `https://kre8tion.com/${long(900)}`, referrer: '' };
    const base = JSON.stringify(roiSubmission({ email: 'almost@example.com', attribution }));
    const body = base.replace('"referrer":""', `"referrer":"${long(MAX - 1 - base.length)}"`);
    assert.equal(new TextEncoder().encode(body).length, MAX - 1);
    const res = await h.app.request('/api/leads/roi', { method: 'POST', headers: { 'content-type': 'application/json' }, body });
    assert.equal(res.status, 202, await res.clone().text());
  });

  it('every answer — success, 400, 404, 413, 429, preflight — carries the secure headers and an X-Request-Id', async () => {
    const answers: [string, Response][] = [
      ['202', await h.json('/api/leads/roi', roiSubmission())],
      ['200 GET', await h.app.request('/api/booking/availability?from=2026-11-24&to=2026-11-24&timezone=UTC')],
      ['400', await h.json('/api/leads/roi', { email: 'x' })],
      ['400 invalid json', await h.json('/api/booking/create', '{"a":')],
      ['401', await h.json('/api/webhooks/emailit', {})],
      ['404', await h.app.request('/api/nope')],
      ['413', await h.json('/api/leads/roi', paddedRoi(MAX * 2))],
      ['preflight', await h.app.request('/api/leads/roi', { method: 'OPTIONS', headers: { origin: 'http://localhost:8787', 'access-control-request-method': 'POST' } })],
      ['health', await h.app.request('/api/health')],
    ];
    const ids = new Set<string>();
    for (const [what, res] of answers) {
      const get = (k: string) => res.headers.get(k);
      assert.equal(get('x-content-type-options'), 'nosniff', what);
      assert.equal(get('x-frame-options'), 'SAMEORIGIN', what);
      assert.equal(get('referrer-policy'), 'no-referrer', what);
      assert.match(get('strict-transport-security') ?? '', /max-age=\d+/, what);
      assert.equal(get('x-permitted-cross-domain-policies'), 'none', what);
      assert.equal(get('cross-origin-resource-policy'), 'cross-origin', `${what}: partner pages may load our answers`);
      assert.equal(get('x-powered-by'), null, what);
      const id = get('x-request-id');
      assert.ok(id && id.length >= 8, `${what}: X-Request-Id`);
      ids.add(id);
      if (res.status >= 400) {
        assert.match(get('content-type') ?? '', /^application\/json/, what);
        const body = (await res.json()) as { error: { requestId: string } };
        assert.equal(body.error.requestId, id, `${what}: error.requestId is the X-Request-Id`);
      }
    }
    assert.equal(ids.size, answers.length, 'each request has its own id');
  });

  it('a 429 carries the same envelope and id', async () => {
    const h2 = await startHarness({ now: () => MONDAY_0800_LA, env: { RATE_LIMIT_PER_MINUTE: '1' } });
    try {
      await h2.json('/api/leads/roi', {}, { 'x-forwarded-for': '192.0.2.1' });
      const res = await h2.json('/api/leads/roi', {}, { 'x-forwarded-for': '192.0.2.1' });
      assert.equal(res.status, 429);
      assert.equal(res.headers.get('x-content-type-options'), 'nosniff');
      assert.equal(((await res.json()) as { error: { requestId: string } }).error.requestId, res.headers.get('x-request-id'));
    } finally {
      await h2.close();
    }
  });

  it('a hostile incoming X-Request-Id is not echoed; a well-formed one may be kept for tracing', async () => {
    for (const hostile of ['<script>alert(1)</script>', 'a b', 'x'.repeat(300), 'id\ttab', '"quoted"']) {
      const res = await h.app.request('/api/nope', { headers: { 'x-request-id': hostile } });
      const id = res.headers.get('x-request-id')!;
      assert.notEqual(id, hostile);
      assert.match(id, /^[\w=-]{8,255}$/);
      assert.equal(((await res.json()) as { error: { requestId: string } }).error.requestId, id);
    }
    const kept = await h.app.request('/api/nope', { headers: { 'x-request-id': 'edge-trace-1234' } });
    assert.match(kept.headers.get('x-request-id')!, /^[\w=-]+$/);
    // A client never chooses our id (two clients sending one id would share a log trail); theirs is echoed apart.
    assert.notEqual(kept.headers.get('x-request-id'), 'edge-trace-1234');
    assert.equal(kept.headers.get('x-client-request-id'), 'edge-trace-1234');
    const again = await h.app.request('/api/nope', { headers: { 'x-request-id': 'edge-trace-1234' } });
    assert.notEqual(again.headers.get('x-request-id'), kept.headers.get('x-request-id'));
  });

  it('the one HTML page (local checkout) ships a strict CSP; JSON answers are never HTML', async () => {
    const slots = (await (await h.app.request('/api/booking/availability?from=2026-11-24&to=2026-11-27&type=assessment&timezone=UTC')).json()) as { days: { slots: { start: string; available: boolean }[] }[] };
    const start = slots.days.flatMap((d) => d.slots).find((s) => s.available)!.start;
    const res = await h.json('/api/booking/checkout', bookingRequest(start, { type: 'assessment', name: 'Ana "Ñ" O\'Brien & Co', returnUrl: 'http://localhost:8787/book' }));
    assert.equal(res.status, 200, await res.clone().text());
    const { url } = (await res.json()) as { url: string };
    const page = await h.app.request(new URL(url).pathname);
    assert.equal(page.status, 200);
    const csp = page.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/);
    assert.match(csp, /frame-ancestors 'none'/);
    assert.doesNotMatch(csp, /script-src/, 'no script allowed at all (default-src none)');
    const html = await page.text();
    assert.doesNotMatch(html, /<script/i);
  });
});
