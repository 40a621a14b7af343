import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { createLogger, maskPii } from '../log.js';
import { startServer } from '../node.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { MONDAY_0800_LA, bookingRequest, roiSubmission } from '../testing/fixtures.js';

/**
 * No email address or phone number in the logs (D33): maskPii as a property over generated addresses and
 * numbers, the logger's sink, and real flows — through the test harness and through `npm start`'s server
 * with NCB faults injected, so job retries log the errors they hit.
 */

const local = fc.stringMatching(/^[A-Za-z0-9][A-Za-z0-9._%+-]{0,20}[A-Za-z0-9]$/);
const domain = fc.tuple(fc.stringMatching(/^[a-z0-9]([a-z0-9-]{0,10}[a-z0-9])?$/), fc.constantFrom('com', 'org', 'io', 'co.uk', 'example', 'travel')).map(([d, t]) => `${d}.${t}`);
const email = fc.tuple(local, domain).map(([l, d]) => `${l}@${d}`);
const d = (n: number) => fc.stringMatching(new RegExp(`^[0-9]{${n}}$`));
const phone = fc.oneof(
  fc.tuple(d(3), d(3), d(4)).map(([a, b, c]) => `(${a}) ${b}-${c}`),
  fc.tuple(d(3), d(3), d(4)).map(([a, b, c]) => `+1 ${a} ${b} ${c}`),
  fc.tuple(d(3), d(3), d(4)).map(([a, b, c]) => `${a}.${b}.${c}`),
  fc.tuple(d(3), d(3), d(4)).map(([a, b, c]) => `${a}${b}${c}`),
  fc.tuple(d(2), d(4), d(4)).map(([a, b, c]) => `+44 ${a} ${b} ${c}`),
  fc.tuple(d(3), d(3), d(4)).map(([a, b, c]) => `+1${a}${b}${c}`),
);
const prose = fc.stringMatching(/^[A-Za-z ,:;!?'"()]{0,30}$/);

/** True when `line` reveals `pii`: verbatim (any case), or a phone's full digit run. */
function reveals(line: string, pii: string) {
  if (line.toLowerCase().includes(pii.toLowerCase())) return true;
  const digits = pii.replace(/\D/g, '');
  return pii.includes('@') ? false : digits.length >= 7 && line.replace(/\D/g, '').includes(digits);
}

describe('maskPii and createLogger', () => {
  it('no generated email or phone number survives maskPii, wherever it sits in the text', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(prose, fc.oneof(email, phone)), { minLength: 1, maxLength: 4 }), prose, (parts, tail) => {
        const text = parts.map(([p, pii]) => `${p} ${pii}`).join(' ') + ` ${tail}`;
        const out = maskPii(text);
        for (const [, pii] of parts) assert.ok(!reveals(out, pii), `${pii} in ${out}`);
      }),
      { numRuns: 300 },
    );
  });

  it('text without PII is left alone', () => {
    fc.assert(
      fc.property(prose, (s) => assert.equal(maskPii(s), s)),
      { numRuns: 200 },
    );
  });

  it('the logger masks the message and every nested field, and honours the level', () => {
    const lines: string[] = [];
    const log = createLogger('info', (l) => lines.push(l));
    log.debug('dropped at info level', { email: 'hidden@example.com' });
    log.info('lead from Dana.Whitfield@Example.com', { lead: { email: 'dana@example.com', phone: '+1 (512) 555-0134', notes: ['call 512.555.0199'] }, error: 'NCB 409 for ana@example.org' });
    log.error('unhandled', { message: 'duplicate key phone=+15125550134' });
    assert.equal(lines.length, 2);
    for (const pii of ['Dana.Whitfield@Example.com', 'dana@example.com', 'ana@example.org', '+1 (512) 555-0134', '512.555.0199', '+15125550134', 'hidden@example.com']) {
      for (const l of lines) assert.ok(!reveals(l, pii), `${pii} in ${l}`);
    }
    assert.match(lines[0]!, /D\*\*\*@Example\.com/, 'an address keeps its first letter and domain, enough to debug');
    assert.match(lines[0]!, /\*\*\*34/, 'a number keeps its last two digits');
  });

  it('log lines stay valid JSON with their timestamp intact', () => {
    const lines: string[] = [];
    createLogger('info', (l) => lines.push(l)).info('timing', { ms: 12345678, start: '2026-11-24T09:00:00-08:00' });
    const parsed = JSON.parse(lines[0]!) as { t: string; ms: number; start: string };
    assert.ok(!Number.isNaN(Date.parse(parsed.t)), parsed.t);
    assert.equal(parsed.ms, 12345678);
    assert.equal(parsed.start, '2026-11-24T09:00:00-08:00');
  });
});

/** Everything a visitor typed that is PII, across the flows below. */
const VISITOR = {
  roiEmail: 'Logged.Visitor@Example.com',
  roiPhone: '(512) 555-0177',
  bookingEmail: 'booker.private@example.org',
  bookingPhone: '+1 512 555 0166',
  chatEmail: 'chatter.secret@example.net',
  chatPhone: '512-555-0155',
  contactEmail: 'contact.card@example.io',
  contactPhone: '(512) 555-0144',
  webhookEmail: 'unknown.recipient@example.com',
};

async function driveFlows(base: (path: string, init?: RequestInit) => Promise<Response>, start: string) {
  const post = (path: string, body: unknown) => base(path, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
  const sessionId = crypto.randomUUID();
  const answers = [
    await post('/api/leads/roi', roiSubmission({ email: VISITOR.roiEmail, phone: VISITOR.roiPhone })),
    await post('/api/booking/create', bookingRequest(start, { email: VISITOR.bookingEmail, phone: VISITOR.bookingPhone })),
    await post('/api/voice-agent/chat', { sessionId, language: 'en', message: `I'm Ana, email ${VISITOR.chatEmail}, phone ${VISITOR.chatPhone}` }),
    await post('/api/voice-agent/contact', { sessionId, email: VISITOR.contactEmail, phone: VISITOR.contactPhone }),
    await post('/api/voice-agent/end', { sessionId }),
    // Refusals log too, and must not echo what was typed.
    await post('/api/leads/roi', { ...roiSubmission({ phone: '12' }), email: VISITOR.roiEmail }),
    await post('/api/voice-agent/contact', { sessionId, phone: 'call me maybe 555' }),
  ];
  return answers.map((r) => r.status);
}

function assertNoVisitorPii(lines: string[]) {
  for (const l of lines) for (const pii of Object.values(VISITOR)) assert.ok(!reveals(l, pii), `${pii} in log line ${l}`);
}

describe('no visitor PII in the logs of real flows', () => {
  let h: Harness;
  const lines: string[] = [];
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
    h.deps.log = createLogger('debug', (l) => lines.push(l));
  });
  after(() => h.close());

  it('the harness app: ROI, booking, voice, contact, refusals, an email event for an unknown recipient, an NCB outage', async () => {
    const statuses = await driveFlows(async (p, i) => h.app.request(p, i), '2026-11-24T09:00:00-08:00');
    assert.deepEqual(statuses, [202, 201, 200, 200, 202, 400, 400]);
    await h.jobs.drain();
    const { signEmailit } = await import('../email/signature.js');
    const raw = JSON.stringify({ event_id: 'evt-log-1', type: 'email.opened', object: { email: { to: VISITOR.webhookEmail, subject: 'Hi' } } });
    const ts = String(Math.floor(MONDAY_0800_LA.getTime() / 1000));
    const res = await h.app.request('/api/webhooks/emailit', { method: 'POST', headers: { 'x-emailit-timestamp': ts, 'x-emailit-signature': await signEmailit(h.deps.config.EMAILIT_WEBHOOK_SECRET, ts, raw) }, body: raw });
    assert.equal(res.status, 200);
    await h.jobs.drain();
    h.ncbControls.setOutage(true);
    try {
      await h.app.request('/api/booking/availability?from=2026-11-25&to=2026-11-25&timezone=UTC');
    } finally {
      h.ncbControls.setOutage(false);
    }
    assert.ok(lines.length > 0, 'something was logged, so the check below is not vacuous');
    assertNoVisitorPii(lines);
  });

  it('npm start’s server with NCB failing half the time: job retries log their errors, masked', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'kre8-log-'));
    const serverLines: string[] = [];
    const s = await startServer({
      partner: false,
      log: createLogger('debug', (l) => serverLines.push(l)),
      env: { APP_ENV: 'test', PORT: String(port), DATA_DIR: dir, NCB_LOCAL_FAILURE_RATE: '0.5', JOB_BACKOFF_BASE_MS: '5', JOB_BACKOFF_CAP_MS: '20', JOB_MAX_ATTEMPTS: '30', MIN_FILL_MS: '0', RATE_LIMIT_PER_MINUTE: '1000', CHAT_RATE_LIMIT_PER_MINUTE: '1000' },
    });
    try {
      const monday = nextWeekday();
      await driveFlows((p, i) => fetch(`${s.url}${p}`, i), `${monday}T10:00:00-08:00`);
      await s.jobs.drain(60_000);
      assert.ok(serverLines.some((l) => /job (retry|dead)/.test(l)), `job retries were logged (${serverLines.length} lines)`);
      assertNoVisitorPii(serverLines);
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const srv = createServer();
    srv.once('error', fail);
    srv.listen(0, '127.0.0.1', () => {
      const { port } = srv.address() as { port: number };
      srv.close(() => ok(port));
    });
  });
}

/** A weekday at least three days ahead, as YYYY-MM-DD (the booking must be inside the horizon, on a business day). */
function nextWeekday(): string {
  const t = new Date(Date.now() + 3 * 86_400_000);
  while (t.getUTCDay() === 0 || t.getUTCDay() === 6) t.setUTCDate(t.getUTCDate() + 1);
  return t.toISOString().slice(0, 10);
}
