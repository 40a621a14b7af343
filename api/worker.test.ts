import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import worker, { type Env, type JobMessage } from './worker.js';
import { namespace } from './testing/durable-objects.js';

/** The Workers entry's own paths, in Node with in-memory Durable Objects (the live run is scripts/worker.live.ts). */
const TOKEN = 'ops-token-for-this-test-0123456789';

function env(vars: Record<string, string> = {}): Env {
  const sent: JobMessage[] = [];
  return {
    STATE: namespace().ns,
    JOBS: { send: async (b: JobMessage) => void sent.push(b), sendBatch: async (m: { body: JobMessage }[]) => void sent.push(...m.map((x) => x.body)) },
    VOICE_SESSIONS: { get: async () => null, put: async () => undefined, delete: async () => undefined, list: async () => ({ keys: [], list_complete: true }) },
    APP_ENV: 'test',
    OPS_TOKEN: TOKEN,
    STRIPE_SECRET_KEY: 'sk_test_unused',
    STRIPE_WEBHOOK_SECRET: 'whsec_' + 'a'.repeat(32),
    STRIPE_ASSESSMENT_PRICE_ID: 'price_unused',
    ...vars,
    sent,
  } as Env;
}
const ctx = { waitUntil() {}, passThroughOnException() {}, props: {} } as never;

describe('api/worker.ts', () => {
  it('a misconfigured Worker answers 503 and logs the names of the bad variables, never their values', async (t) => {
    const lines: string[] = [];
    t.mock.method(console, 'log', (l: string) => void lines.push(l));
    const res = await worker.fetch(new Request('https://api.test/api/health'), env({ BUSINESS_TIMEZONE: 'Mars/Olympus', NCB_TIMEOUT_MS: 'soon' }), ctx);
    assert.equal(res.status, 503);
    const logged = lines.join('\n');
    assert.match(logged, /BUSINESS_TIMEZONE/);
    assert.match(logged, /NCB_TIMEOUT_MS/);
    assert.doesNotMatch(logged, /Mars\/Olympus|soon/);
  });

  it('records what the dead-letter queue delivers; the ops list needs the token; a replay resends it once', async () => {
    const e = env();
    const msg = { type: 'invoice-paid', payload: { invoice: 'in_1' }, key: 'stripe:evt_1' };
    let acked = 0;
    await worker.queue({ queue: 'kre8-jobs-dlq', messages: [{ body: msg, attempts: 13, ack: () => void acked++, retry: () => assert.fail('not retried') }] }, e);
    assert.equal(acked, 1);
    const list = (auth?: string) => worker.fetch(new Request('https://api.test/api/ops/dead-jobs', { headers: auth ? { authorization: auth } : {} }), e, ctx);
    assert.equal((await list()).status, 401);
    assert.equal((await list('Bearer wrong-token-wrong-token-wrong')).status, 401);
    const body = (await (await list(`Bearer ${TOKEN}`)).json()) as { jobs: { key: string; type: string; attempts: number }[] };
    assert.deepEqual(body.jobs.map((j) => [j.key, j.type, j.attempts]), [['stripe:evt_1', 'invoice-paid', 13]]);
    const replay = () => worker.fetch(new Request('https://api.test/api/ops/dead-jobs/replay?key=stripe%3Aevt_1', { method: 'POST', headers: { authorization: `Bearer ${TOKEN}` } }), e, ctx);
    assert.equal((await replay()).status, 202);
    assert.equal((await replay()).status, 404);
    assert.deepEqual((e as unknown as { sent: JobMessage[] }).sent, [msg]);
  });
});
