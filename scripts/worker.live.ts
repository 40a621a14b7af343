import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { unstable_startWorker } from 'wrangler';
import { startServer } from '../api/node.js';
import { signEmailit } from '../api/email/signature.js';
import { buildEvent } from '../api/email/local-mailbox.js';
import { bookingRequest, roiSubmission } from '../api/testing/fixtures.js';
import { freePortPair } from '../e2e/server.js';
import { freeSlots } from '../bench/workload.js';

/**
 * The Worker as Cloudflare runs it (workerd via wrangler's unstable_startWorker, offline), against the local NCB
 * and mailbox that `npm start` serves. Queues, Durable Objects and the consumer are the local simulator's.
 * Every wait polls a condition with a deadline.
 */
process.env.CLOUDFLARE_CF_FETCH_ENABLED = 'false';
process.env.WRANGLER_SEND_METRICS = 'false';

const OPS_TOKEN = 'ops-token-for-the-live-test-0123456789';
const WEBHOOK_SECRET = 'whsec_local_emailit_not_a_secret';
let node: Awaited<ReturnType<typeof startServer>>;
let worker: Awaited<ReturnType<typeof unstable_startWorker>>;
let url: string;

async function until<T>(what: string, probe: () => Promise<T | undefined | null | false>, ms = 60_000): Promise<T> {
  const deadline = Date.now() + ms;
  for (;;) {
    const v = await probe().catch(() => undefined);
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

const post = (path: string, body: unknown, headers: Record<string, string> = {}) =>
  fetch(`${url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });
const rows = (t: 'leads' | 'roi_calculations' | 'bookings' | 'voice_sessions' | 'activities') => node.localNcb!.store.listRows(t);

before(async () => {
  const port = await freePortPair();
  node = await startServer({ env: { PORT: String(port), DATA_DIR: mkdtempSync(join(tmpdir(), 'kre8-live-')), JOB_CONCURRENCY: '0', LOG_LEVEL: 'error' }, partner: false });
  const vars: Record<string, string> = {
    APP_ENV: 'production',
    PUBLIC_URL: 'http://127.0.0.1',
    ALLOWED_ORIGINS: 'http://localhost',
    NCB_OPENAPI_URL: `${node.url}/ncb`,
    NCB_INSTANCE: 'local_kre8',
    NCB_SECRET_KEY: 'local-ncb-secret',
    NCB_OWNER_USER_ID: 'local-owner',
    NCB_TIMEOUT_MS: '3000',
    EMAILIT_API_URL: `${node.url}/emailit`,
    EMAILIT_API_KEY: 'local-emailit-key',
    EMAILIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
    ADMIN_EMAIL: 'admin@kre8tion.local',
    STRIPE_SECRET_KEY: 'sk_test_unused',
    STRIPE_WEBHOOK_SECRET: 'whsec_local_stripe_not_a_secret',
    STRIPE_ASSESSMENT_PRICE_ID: 'price_unused',
    RATE_LIMIT_PER_MINUTE: '100000',
    JOB_BACKOFF_BASE_MS: '200',
    JOB_BACKOFF_CAP_MS: '1000',
    JOB_MAX_ATTEMPTS: '4',
    OPS_TOKEN,
    LOG_LEVEL: 'error',
  };
  worker = await unstable_startWorker({
    config: 'wrangler.toml',
    entrypoint: 'scripts/worker-live.fixture.ts',
    bindings: Object.fromEntries(Object.entries(vars).map(([k, v]) => [k, { type: 'plain_text' as const, value: v }])),
    dev: { remote: false, persist: false, watch: false, inspector: false, logLevel: 'error', server: { hostname: '127.0.0.1', port: 0 } },
  });
  await worker.ready;
  url = (await worker.url).origin;
});

after(async () => {
  await worker?.dispose();
  await node?.close();
});

const ops = (path: string, init: RequestInit = {}) => fetch(`${url}/api/ops/dead-jobs${path}`, { ...init, headers: { authorization: `Bearer ${OPS_TOKEN}` } });
const withId = (table: Parameters<typeof rows>[0], id: string) => async () => (await rows(table)).filter((r) => JSON.stringify(r).includes(id));

test('ROI: 202 from the Worker, a retry answered the same, exactly one row written by the queue consumer', async () => {
  const body = roiSubmission({ email: 'roi-live@example.com' });
  assert.equal((await post('/api/leads/roi', body)).status, 202);
  assert.equal((await post('/api/leads/roi', body)).status, 202);
  await until('the roi row', async () => (await withId('roi_calculations', body.submissionId)()).length === 1);
  await until('the report email', async () => (await fetch(`${node.url}/emailit/messages`).then((r) => r.json()) as { data: { to: string }[] }).data.some((m) => m.to === 'roi-live@example.com'));
  assert.equal((await withId('roi_calculations', body.submissionId)()).length, 1);
});

test('booking race: 20 concurrent creates for one slot on the Worker → one 201, nineteen 409, one CRM row', async () => {
  const [slot] = await freeSlots(url, 7);
  assert.ok(slot, 'a free slot');
  const t0 = performance.now();
  const answers = await Promise.all(Array.from({ length: 20 }, (_, i) => post('/api/booking/create', bookingRequest(slot!, { email: `race${i}@example.com` })).then((r) => r.status)));
  const ms = Math.round(performance.now() - t0);
  console.log(`# worker 20-way booking race: ${ms} ms`);
  assert.deepEqual(answers.filter((s) => s === 201).length, 1, `answers: ${answers.join(',')}`);
  assert.deepEqual(answers.filter((s) => s === 409).length, 19, `answers: ${answers.join(',')}`);
  await until('the booking row', async () => (await rows('bookings')).length === 1);
});

test('an EmailIt webhook: a signed batch is acknowledged and applied to the lead once, a redelivery changes nothing', async () => {
  const mail = (await fetch(`${node.url}/emailit/messages`).then((r) => r.json())) as { data: Parameters<typeof buildEvent>[0][] };
  const msg = mail.data.find((m) => m.to === 'roi-live@example.com');
  assert.ok(msg, 'the ROI test emailed this lead');
  const body = JSON.stringify([buildEvent(msg, 'clicked', new Date(), 'https://kre8tion.com/')]);
  const send = async () => {
    const ts = String(Math.floor(Date.now() / 1000));
    return post('/api/webhooks/emailit', body, { 'x-emailit-timestamp': ts, 'x-emailit-signature': await signEmailit(WEBHOOK_SECRET, ts, body) });
  };
  assert.equal((await send()).status, 200);
  assert.equal((await send()).status, 200);
  const lead = await until('the click counted', async () => (await rows('leads')).find((l) => l.email === 'roi-live@example.com' && l.email_click_count === 1));
  assert.equal(lead.email_click_count, 1);
});

test('a voice conversation under 50 % NCB failures keeps every turn', async () => {
  const sessionId = crypto.randomUUID();
  const messages = ['Hi, what do you do?', 'How much does it cost?', 'Do you work with plumbers?', 'My email is voice-live@example.com'];
  node.localNcb!.controls.setFailureRate(0.5);
  try {
    for (const message of messages) {
      const status = await until(`turn "${message}"`, async () => {
        const r = await post('/api/voice-agent/chat', { sessionId, message, language: 'en' });
        return r.status === 200 && r.status;
      });
      assert.equal(status, 200);
    }
  } finally {
    node.localNcb!.controls.setFailureRate(0);
  }
  const row = await until('the voice row with all 4 questions', async () => (await rows('voice_sessions')).find((r) => r.external_session_id === sessionId && r.total_questions === 4), 90_000);
  const saved = (JSON.parse(String(row.messages)) as { role: string; content: string }[]).filter((m) => m.role === 'user').map((m) => m.content);
  assert.deepEqual(saved, messages);
  assert.equal((await rows('voice_sessions')).filter((r) => r.external_session_id === sessionId).length, 1);
});

test('a failed queue send answers an error and leaves nothing that swallows the retry (ROI and booking)', async () => {
  const roi = roiSubmission({ email: 'send-fail@example.com' });
  await fetch(`${url}/__fixture/fail-sends?n=1`);
  const first = await post('/api/leads/roi', roi);
  assert.ok(first.status >= 500, `answered ${first.status}`);
  assert.equal((await post('/api/leads/roi', roi)).status, 202);
  await until('the roi row after the retry', async () => (await withId('roi_calculations', roi.submissionId)()).length === 1);

  const [, slot] = await freeSlots(url, 7);
  const booking = bookingRequest(slot!, { email: 'send-fail-booking@example.com' });
  await fetch(`${url}/__fixture/fail-sends?n=1`);
  const b1 = await post('/api/booking/create', booking);
  assert.ok(b1.status >= 500, `answered ${b1.status}`);
  const b2 = await post('/api/booking/create', booking);
  assert.equal(b2.status, 201, 'the retry gets the slot its first attempt reserved');
  await until('the booking row after the retry', async () => (await rows('bookings')).some((r) => r.email === 'send-fail-booking@example.com' || JSON.stringify(r).includes('send-fail-booking')));
});

test('an NCB outage: the submission is accepted, its job dies visibly after JOB_MAX_ATTEMPTS, and a replay writes it once', async () => {
  assert.equal((await fetch(`${url}/api/ops/dead-jobs`)).status, 401, 'the ops routes need the token');
  const roi = roiSubmission({ email: 'outage@example.com' });
  node.localNcb!.controls.setOutage(true);
  let dead: { key: string; attempts: number; error: string } | undefined;
  try {
    assert.equal((await post('/api/leads/roi', roi)).status, 202, 'accepted during the outage');
    dead = await until('the dead job', async () => ((await ops('').then((r) => r.json())) as { jobs: { key: string; attempts: number; error: string }[] }).jobs.find((j) => j.key === `roi:${roi.submissionId}`), 90_000);
  } finally {
    node.localNcb!.controls.setOutage(false);
  }
  assert.equal(dead.attempts, 4);
  assert.equal((await withId('roi_calculations', roi.submissionId)()).length, 0);
  assert.equal((await post('/api/leads/roi', roi)).status, 202, 'a resend is answered…');
  const replay = await ops(`/replay?key=${encodeURIComponent(dead.key)}`, { method: 'POST' });
  assert.equal(replay.status, 202);
  await until('the replayed row', async () => (await withId('roi_calculations', roi.submissionId)()).length === 1);
  const left = (await ops('').then((r) => r.json())) as { jobs: { key: string }[] };
  assert.ok(!left.jobs.some((j) => j.key === dead!.key), 'the replayed job left the dead list');
  assert.equal((await ops(`/replay?key=${encodeURIComponent(dead.key)}`, { method: 'POST' })).status, 404, 'and cannot be replayed twice');
});
