import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
import { startHarness, type Harness } from '../testing/harness.js';
import { MONDAY_0800_LA, bookingRequest, roiSubmission } from '../testing/fixtures.js';
import { originValue } from '../testing/arbitraries.js';

/**
 * CORS answers only ALLOWED_ORIGINS (exact entries and `https://*.example.com` patterns) plus PARTNER_ORIGINS,
 * on preflights and actual requests alike, never with `*` or credentials; and a partner's Origin is written
 * on the lead as `partner=<host>` even when the embed forgot to say so.
 */

const EXACT = 'https://kre8tion.com';
const PARTNER = 'https://partner.test';

/** The spec, written independently of the matcher: the exact entries, or https + one or more labels + .example.com. */
const shouldAllow = (origin: string) => [EXACT, PARTNER].includes(origin.toLowerCase()) || /^https:\/\/([a-z0-9-]+\.)+example\.com$/i.test(origin);

describe('CORS and partner attribution', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA, env: { ALLOWED_ORIGINS: `${EXACT},https://*.example.com`, PARTNER_ORIGINS: PARTNER } });
  });
  after(() => h.close());

  const preflight = (origin: string, path = '/api/leads/roi') =>
    h.app.request(path, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST', 'access-control-request-headers': 'content-type' } });
  const actual = (origin: string) => h.json('/api/leads/roi', roiSubmission({ email: 'cors@example.com' }), { origin });

  it('allows the exact origin, the partner and any subdomain of the pattern, on preflight and actual requests', async () => {
    for (const origin of [EXACT, PARTNER, 'https://shop.example.com', 'https://a.b.example.com', 'https://SHOP.example.com']) {
      const pre = await preflight(origin);
      assert.equal(pre.status, 204, origin);
      assert.equal(pre.headers.get('access-control-allow-origin'), origin, `preflight ${origin}`);
      assert.match(pre.headers.get('access-control-allow-methods') ?? '', /POST/);
      assert.match(pre.headers.get('access-control-allow-headers') ?? '', /content-type/i);
      const res = await actual(origin);
      assert.equal(res.status, 202, origin);
      assert.equal(res.headers.get('access-control-allow-origin'), origin, `actual ${origin}`);
      assert.match(res.headers.get('access-control-expose-headers') ?? '', /X-Request-Id/i, 'the widget can read the request id');
      assert.match(res.headers.get('vary') ?? '', /origin/i, 'caches keep per-origin answers apart');
      assert.equal(res.headers.get('access-control-allow-credentials'), null, 'no credentials');
    }
  });

  it('refuses look-alikes: the bare pattern domain, other schemes, suffix tricks, ports, null', async () => {
    for (const origin of ['https://example.com', 'http://shop.example.com', 'https://evilexample.com', 'https://shop.example.com.evil.test', 'https://shop.example.com:8443', 'https://kre8tion.com.evil.test', 'http://kre8tion.com', 'null', 'https://shop_x.example.com']) {
      const pre = await preflight(origin);
      assert.equal(pre.headers.get('access-control-allow-origin'), null, `preflight ${origin}`);
      const res = await actual(origin);
      assert.equal(res.headers.get('access-control-allow-origin'), null, `actual ${origin}`);
    }
  });

  it('for any Origin header, Access-Control-Allow-Origin is that origin exactly when the spec allows it, and never "*"', async () => {
    const origins = fc.oneof(originValue(), fc.domain().map((d) => `https://${d}`), fc.domain().map((d) => `https://${d}.example.com`), fc.constantFrom(EXACT, PARTNER));
    await fc.assert(
      fc.asyncProperty(origins, fc.boolean(), async (origin, isPreflight) => {
        const res = isPreflight ? await preflight(origin) : await h.app.request('/api/health', { headers: { origin } });
        const acao = res.headers.get('access-control-allow-origin');
        assert.notEqual(acao, '*');
        assert.equal(acao, shouldAllow(origin) ? origin : null, `${isPreflight ? 'preflight' : 'GET'} from ${origin}`);
      }),
      { numRuns: 150 },
    );
  });

  it('a request from a partner origin is attributed to the partner on the lead; others are not', async () => {
    const partnerEmail = 'partner.lead@example.com';
    const ownEmail = 'own.lead@example.com';
    const bookingEmail = 'partner.booking@example.com';
    assert.equal((await h.json('/api/leads/roi', roiSubmission({ email: partnerEmail, attribution: { utm_source: 'partner-site' } }), { origin: PARTNER })).status, 202);
    assert.equal((await h.json('/api/leads/roi', roiSubmission({ email: ownEmail }), { origin: EXACT })).status, 202);
    const slot = await firstSlot(h);
    assert.equal((await h.json('/api/booking/create', bookingRequest(slot, { email: bookingEmail, attribution: {} }), { origin: PARTNER })).status, 201);
    await h.jobs.drain();
    const leads = await h.rows('leads');
    const lead = (email: string) => leads.find((l) => l.email === email)!;
    assert.match(String(lead(partnerEmail).source_detail), /partner=partner\.test/);
    assert.match(String(lead(partnerEmail).source_detail), /utm_source=partner-site/, 'the partner is added to, not instead of, the UTM data');
    assert.match(String(lead(bookingEmail).source_detail), /partner=partner\.test/);
    assert.doesNotMatch(String(lead(ownEmail).source_detail), /partner=/);
  });
});

async function firstSlot(h: Harness): Promise<string> {
  const res = await h.app.request('/api/booking/availability?from=2026-11-24&to=2026-11-24&timezone=Europe/Madrid');
  const body = (await res.json()) as { days: { slots: { start: string; available: boolean }[] }[] };
  return body.days[0]!.slots.find((s) => s.available)!.start;
}
