import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { createInspector } from '../dev/inspector.js';
import type { StoredEmail } from '../email/local-mailbox.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { MONDAY_0800_LA, bookingRequest, roiSubmission } from '../testing/fixtures.js';
import { XSS_PAYLOADS } from '../testing/arbitraries.js';

/** A real web address carrying a payload in its query, as a hostile visitor could still type one. */
const siteWith = (p: string) => `https://acme.example/?q=${encodeURIComponent(p)}`;
import type { Attribution } from '../../model/contracts.js';

/**
 * Hostile strings in every visitor field of the ROI form, the booking form and the voice agent come out inert:
 * escaped in every email's HTML (no script element, no injected tag or event handler, no script URL in an
 * href), kept verbatim as data in the CRM and the inspector's JSON, and the inspector page and the widgets
 * build DOM without HTML strings.
 */

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '../..');
const ATTRIBUTION_KEYS = ['utm_source', 'utm_medium', 'utm_campaign', 'utm_term', 'utm_content', 'gclid', 'fbclid', 'msclkid', 'referrer', 'landingUrl', 'partner'] as const;
const attributionOf = (p: string) => Object.fromEntries(ATTRIBUTION_KEYS.map((k) => [k, p])) as Attribution;

/** What must never appear in an email's HTML, whatever a visitor typed. */
const ACTIVE: [string, RegExp][] = [
  ['a script element', /<script/i],
  ['an injected img element', /<img\b/i],
  ['an event-handler attribute', /<[a-z][^>]*\son[a-z]+\s*=/i],
  ['a javascript: URL in an attribute', /\b(?:href|src|action|formaction)\s*=\s*["']?\s*javascript:/i],
  ['an attribute of the payload inside a real tag', /<[a-z][^>]*\ssrc=x\b/i],
];

describe('XSS: hostile visitor strings come out inert', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
    const res = await h.app.request('/api/booking/availability?from=2026-11-24&to=2026-11-27&timezone=America/Los_Angeles');
    const slots = ((await res.json()) as { days: { slots: { start: string; available: boolean }[] }[] }).days.flatMap((d) => d.slots.filter((s) => s.available).map((s) => s.start));

    for (const [i, p] of XSS_PAYLOADS.entries()) {
      // Names refuse markup and links outright (#22.6: a name is a name); every other text field takes the payload.
      for (const [path, body] of [
        ['/api/leads/roi', roiSubmission({ email: `xss.name${i}@example.com`, name: p })],
        ['/api/booking/create', bookingRequest(slots[i * 3 + 1]!, { email: `xss.name${i}@example.com`, name: p })],
      ] as const) {
        const refused = await h.json(path, body);
        assert.equal(refused.status, 400, `${path} name=${p}`);
        assert.ok('name' in ((await refused.json()) as { error: { fields: Record<string, string> } }).error.fields);
      }
      // ROI: every free-text field and every attribution field.
      const roi = await h.json('/api/leads/roi', roiSubmission({ email: `xss.roi${i}@example.com`, name: 'Xss Visitor', companyName: p, attribution: attributionOf(p) }));
      assert.equal(roi.status, 202, await roi.clone().text());
      // The website must be a web address (a javascript: URL never is); the payload rides in its query instead.
      const script = await h.json('/api/booking/create', bookingRequest(slots[i * 3 + 2]!, { email: `xss.site${i}@example.com`, name: 'Xss Visitor', websiteUrl: 'javascript:alert(1)' }));
      assert.equal(script.status, 400);
      assert.ok('websiteUrl' in ((await script.json()) as { error: { fields: Record<string, string> } }).error.fields);
      // Booking: every free-text field, including the website shown as a link.
      const booking = await h.json(
        '/api/booking/create',
        bookingRequest(slots[i * 3]!, { email: `xss.booking${i}@example.com`, name: 'Xss Visitor', companyName: p, industry: p, employeeCount: p, challenge: p, referralSource: p, websiteUrl: siteWith(p), attribution: attributionOf(p) }),
      );
      assert.equal(booking.status, 201, await booking.clone().text());
      // Voice: the message itself, the page, the attribution, and the contact card.
      const sessionId = crypto.randomUUID();
      const chat = await h.json('/api/voice-agent/chat', {
        sessionId,
        message: `Hi, I'm ${p}. My email is xss.voice${i}@example.com and I run ${p}. I want to book a call.`,
        language: 'en',
        page: { url: p, title: p },
        attribution: attributionOf(p),
      });
      assert.equal(chat.status, 200, await chat.clone().text());
      const contact = await h.json('/api/voice-agent/contact', { sessionId, firstName: 'Xss', lastName: 'Visitor', companyName: p });
      assert.equal(contact.status, 200, await contact.clone().text());
      assert.equal((await h.json('/api/voice-agent/end', { sessionId })).status, 202);
    }
    await h.jobs.drain();
    assert.equal((await h.jobs.counts()).dead ?? 0, 0, 'every job completed');
  });
  after(() => h.close());

  it('every email carries the payloads escaped, never active', async () => {
    const mail = await h.mailbox.list();
    // 3 × (ROI report + ROI dossier + booking confirmation + booking dossier + voice dossier)
    assert.ok(mail.length >= 15, `${mail.length} emails`);
    for (const m of mail) {
      for (const [what, re] of ACTIVE) assert.doesNotMatch(m.html, re, `${what} in "${m.subject}" to ${m.to}: …${m.html.match(re)?.[0]}…`);
      assert.doesNotMatch(m.subject, /[\r\n]/, 'the subject is one line');
    }
    const all = mail.map((m) => m.html).join('\n');
    assert.ok(all.includes('&lt;script&gt;alert(1)&lt;/script&gt;'), 'the script payload reached the emails, escaped');
    assert.ok(all.includes('&quot;&gt;&lt;img src=x onerror=alert(1)&gt;'), 'the breakout payload reached the emails, escaped');
    assert.ok(all.includes('javascript:alert(1)'), 'the script URL reached the emails, as text');
  });

  it('each kind of email shows the visitor’s hostile name or company, escaped (not silently dropped)', async () => {
    const mail = await h.mailbox.list();
    const kinds: [string, (m: StoredEmail) => boolean][] = [
      ['ROI report', (m) => /ROI Report/i.test(m.subject) && m.to.startsWith('xss.roi0')],
      ['booking confirmation', (m) => m.to.startsWith('xss.booking0')],
      ['booking dossier', (m) => m.to === h.deps.config.ADMIN_EMAIL && /booking/i.test(m.subject) && m.html.includes('&lt;script&gt;')],
      ['voice dossier', (m) => m.to === h.deps.config.ADMIN_EMAIL && /voice/i.test(m.subject + m.html) && m.html.includes('&lt;script&gt;')],
    ];
    for (const [what, is] of kinds) assert.ok(mail.some(is), `a ${what} carrying the escaped payload`);
  });

  it('the plain-text part has no control characters and the websiteUrl never becomes a link', async () => {
    for (const m of await h.mailbox.list()) {
      // eslint-disable-next-line no-control-regex
      assert.doesNotMatch(m.text, /[\u0000-\u0008\u000b\u000c\u000e-\u001f]/, m.subject);
      // A link is only ever an http(s) address: the payloads ride in the website's query, never as its scheme.
      assert.doesNotMatch(m.html, /href\s*=\s*["']?\s*(?:javascript|data|vbscript):/i, `no script link in "${m.subject}"`);
      for (const href of m.html.matchAll(/href="([^"]*)"/g)) assert.match(href[1]!, /^(?:https?:|mailto:|tel:)/, `"${m.subject}" links ${href[1]}`);
    }
  });

  it('the CRM keeps the payloads verbatim, as data', async () => {
    const leads = await h.rows('leads');
    assert.ok(leads.some((l) => l.company_name === XSS_PAYLOADS[0]), 'the lead holds exactly what was typed');
    const bookings = await h.rows('bookings');
    assert.ok(bookings.some((b) => b.website_url === siteWith(XSS_PAYLOADS[2]) && b.challenge === XSS_PAYLOADS[2]));
  });

  it('the inspector API returns them as JSON data only', async () => {
    const inspector = createInspector({
      ncb: { listRows: (t) => h.store.listRows(t as never) as Promise<Record<string, unknown>[]>, counts: () => h.store.counts() },
      mailbox: h.mailbox,
      jobs: { list: (s, n) => h.jobs.list(s, n), counts: () => h.jobs.counts(), retry: (id) => h.jobs.retry(id) },
    });
    for (const path of ['/tables/leads', '/tables/bookings', '/tables/voice_sessions', '/tables/roi_calculations', '/mailbox', '/jobs']) {
      const res = await inspector.request(path);
      assert.equal(res.status, 200, path);
      assert.match(res.headers.get('content-type') ?? '', /^application\/json/, `${path} is JSON, never HTML`);
      const text = await res.text();
      assert.doesNotThrow(() => JSON.parse(text), path);
    }
    const { rows } = (await (await inspector.request('/tables/leads')).json()) as { rows: Record<string, unknown>[] };
    assert.ok(rows.some((r) => r.company_name === XSS_PAYLOADS[0]), 'the payload arrives as a string value, unmangled');
    const bad = await inspector.request(`/tables/${encodeURIComponent(XSS_PAYLOADS[0])}`);
    assert.equal(bad.status, 404);
    assert.match(bad.headers.get('content-type') ?? '', /^application\/json/);
  });

  it('the inspector serves an email’s HTML part only under a script-less, sandboxing CSP', async () => {
    const inspector = createInspector({
      ncb: { listRows: (t) => h.store.listRows(t as never) as Promise<Record<string, unknown>[]>, counts: () => h.store.counts() },
      mailbox: h.mailbox,
      jobs: { list: (s, n) => h.jobs.list(s, n), counts: () => h.jobs.counts(), retry: (id) => h.jobs.retry(id) },
    });
    const m = (await h.mailbox.list()).find((x) => x.html.includes('&lt;script&gt;'))!;
    const res = await inspector.request(`/mailbox/${encodeURIComponent(m.id)}/html`);
    assert.equal(res.status, 200);
    const csp = res.headers.get('content-security-policy') ?? '';
    assert.match(csp, /default-src 'none'/, 'no script source at all');
    assert.doesNotMatch(csp, /script-src/);
    assert.match(csp, /(^|;\s*)sandbox(\s*;|$)/, 'the document is sandboxed even if opened directly');
    assert.doesNotMatch(await res.text(), /<script/i);
  });

  it('the inspector page builds DOM from data with text nodes only (no HTML strings, sandboxed email preview)', () => {
    const files = ['demo/inspector.js', ...importsOf('demo/inspector.js')];
    assert.ok(files.length > 1, `inspector.js and its modules: ${files.join(', ')}`);
    const sources = new Map(files.map((f) => [f, stripComments(readFileSync(join(ROOT, f), 'utf8'))]));
    const everything = [...sources.values()].join('\n');
    const HTML_SINKS = /\.innerHTML\s*[+]?=|\.outerHTML\s*=|insertAdjacentHTML\s*\(|document\.write|createContextualFragment|\beval\s*\(|new Function\s*\(|DOMParser/;
    for (const [f, src] of sources) {
      assert.doesNotMatch(src, HTML_SINKS, `${f} builds DOM with HTML strings`);
      // A URL attribute holds a literal, or a URL built by a helper that encodes its input: never a data value.
      for (const [, attr, value] of src.matchAll(/\b(href|src|action|formaction)\s*:\s*([^,}\n]+)/g)) {
        const v = value!.trim();
        if (/^['"`]/.test(v)) continue;
        const helper = v.match(/^(?:[\w.]+\.)?(\w+)\(/)?.[1];
        assert.ok(helper && new RegExp(`\\b${helper}\\s*=\\s*\\([^)]*\\)\\s*=>[^\\n]*encodeURIComponent`).test(everything), `${f}: ${attr}: ${v} is not a literal or an encoding URL helper`);
      }
      for (const [call] of src.matchAll(/h\(\s*['"]iframe['"][^\n]*/g)) assert.match(call, /sandbox:\s*''/, `${f}: every iframe is sandboxed: ${call}`);
      if (/\.srcdoc\s*=/.test(src)) assert.match(src, /setAttribute\(\s*['"]sandbox['"]\s*,\s*['"]['"]\s*\)/, `${f}: srcdoc only inside an empty sandbox`);
      assert.doesNotMatch(src, /allow-scripts|allow-same-origin/, f);
    }
  });

  it('the widgets never render HTML strings (Lit templates escape every value)', () => {
    const sources = walk(join(ROOT, 'components')).filter((f) => /\.(ts|js)$/.test(f) && !/\.test\.|\.stories\./.test(f));
    assert.ok(sources.length > 5, 'found the widget sources');
    for (const f of sources) {
      const src = stripComments(readFileSync(f, 'utf8'));
      assert.doesNotMatch(src, /unsafeHTML|unsafeSVG|unsafeStatic|\.innerHTML\s*[+]?=|\.outerHTML\s*=|insertAdjacentHTML\s*\(|document\.write/, relative(ROOT, f));
    }
  });
});

function stripComments(src: string) {
  return src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`])\/\/.*$/gm, '$1');
}

/** Relative module imports of a demo script, transitively. */
function importsOf(file: string, seen = new Set<string>()): string[] {
  const src = readFileSync(join(ROOT, file), 'utf8');
  for (const m of src.matchAll(/^\s*import\s[^'"]*['"](\.[^'"]+)['"]/gm)) {
    const dep = relative(ROOT, resolve(ROOT, dirname(file), m[1]!));
    if (!seen.has(dep)) {
      seen.add(dep);
      importsOf(dep, seen);
    }
  }
  return [...seen];
}

function walk(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) walk(p, out);
    else out.push(p);
  }
  return out;
}
