import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import type { AddressInfo } from 'node:net';
import { createApp, jobHandlers } from '../app.js';
import type { Responder } from '../agent/types.js';
import { loadConfig } from '../config.js';
import { buildDeps, type Deps } from '../deps.js';
import { createLocalMailbox } from '../email/local-mailbox.js';
import { silentLogger } from '../log.js';
import { createNcbClient } from '../ncb/client.js';
import { createLocalNcb } from '../ncb/local/server.js';
import { localPayments } from '../payments/local.js';
import type { Payments } from '../payments/types.js';
import { sqliteJobs, type JobHandlers } from '../store/jobs.js';
import { scaled } from '../../scripts/time-scale.mjs';
import { memoryKv } from '../store/kv.js';
import { localLocks } from '../store/locks.js';
import { openSqlite } from '../store/sqlite.js';

/**
 * The real stack for API tests: the local NCB and the local mailbox on a real HTTP port (in-memory SQLite),
 * the NCB and EmailIt clients talking to them over HTTP exactly as in production, the durable job queue,
 * and the app exercised with `app.request()`. Only what we cannot run is replaced (Stripe, via msw, per test).
 */
export interface HarnessOptions {
  env?: Record<string, string>;
  /** A fixed or movable clock (defaults to real time). */
  now?: () => Date;
  responder?: Responder;
  /** Replaces the local checkout; gets what it may need of the deps (built after it) and the webhook path. */
  payments?: (deps: Pick<Deps, 'config' | 'kv' | 'clock'>, deliver: (raw: string, sig: string) => Promise<number>) => Payments;
  ncbLatencyMs?: number;
}

export const TEST_ENV = {
  APP_ENV: 'test',
  MIN_FILL_MS: '2500',
  ADMIN_EMAIL: 'team@kre8tion.test',
  BUSINESS_TIMEZONE: 'America/Los_Angeles',
  RATE_LIMIT_PER_MINUTE: '1000',
  CHAT_RATE_LIMIT_PER_MINUTE: '1000',
  VISITOR_EMAILS_PER_DAY: '0',
  READ_RATE_LIMIT_PER_MINUTE: '1000',
};

export async function startHarness(o: HarnessOptions = {}) {
  const now = o.now ?? (() => new Date());
  const ncbDb = openSqlite(':memory:');
  const mailDb = openSqlite(':memory:');
  const jobsDb = openSqlite(':memory:');

  const stack = new Hono();
  const localNcb = createLocalNcb({ db: ncbDb, instance: 'test_instance', secretKey: 'test-secret', latencyMs: o.ncbLatencyMs ?? 0, failureRate: 0 });
  stack.route('/ncb', localNcb.app);
  let appRef: { request: (path: string, init?: RequestInit) => Response | Promise<Response> } | null = null;
  const webhookFetch: typeof fetch = async (input, init) => {
    // The mailbox fires signed events at the API; in tests the API is app.request(), not a socket.
    const url = new URL(typeof input === 'string' ? input : input instanceof URL ? input.href : input.url);
    return appRef!.request(url.pathname + url.search, init);
  };
  const mailbox = createLocalMailbox({ db: mailDb, apiKey: 'test-mail-key', webhook: { url: 'http://api.test/api/webhooks/emailit', secret: 'whsec_' + 'ab'.repeat(32) }, fetch: webhookFetch, now });
  stack.route('/emailit', mailbox.app);
  await localNcb.store.ready;
  await mailbox.ready;
  const server: ServerType = await new Promise((ok) => {
    const s = serve({ fetch: stack.fetch, port: 0, hostname: '127.0.0.1' }, () => ok(s));
  });
  const base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

  const config = loadConfig({
    ...TEST_ENV,
    PUBLIC_URL: 'http://localhost:8787',
    PARTNER_ORIGINS: 'http://localhost:8788',
    NCB_OPENAPI_URL: `${base}/ncb`,
    NCB_INSTANCE: 'test_instance',
    NCB_SECRET_KEY: 'test-secret',
    NCB_OWNER_USER_ID: 'owner-1',
    NCB_TIMEOUT_MS: '5000',
    EMAILIT_API_URL: `${base}/emailit`,
    EMAILIT_API_KEY: 'test-mail-key',
    EMAILIT_WEBHOOK_SECRET: 'whsec_' + 'ab'.repeat(32),
    STRIPE_WEBHOOK_SECRET: 'whsec_test_stripe',
    ...o.env,
  });
  const kv = memoryKv(() => now().getTime());
  const clock = { now };
  const deliver = async (raw: string, sig: string) => (await appRef!.request('/api/webhooks/stripe', { method: 'POST', headers: { 'stripe-signature': sig, 'content-type': 'application/json' }, body: raw })).status;
  const payments = o.payments ? o.payments({ config, kv, clock }, deliver) : localPayments({ kv, publicUrl: config.publicUrl, webhookSecret: config.STRIPE_WEBHOOK_SECRET, deliver, now });
  // As api/node.ts does: the runner is built before the deps its handlers need, which are bound before it starts.
  const handlers: JobHandlers = {};
  const jobs = await sqliteJobs({ db: jobsDb, kv, handlers, backoffBaseMs: 5, backoffCapMs: 50, maxAttempts: 5, now: () => Date.now() });
  const deps: Deps = {
    ...buildDeps(config, { kv, locks: localLocks(), jobs: jobs.queue, payments, log: silentLogger }),
    // What a test replaces: its clock, NCB retries without the backoff's real sleeps, a scripted responder.
    clock,
    ncb: createNcbClient({ baseUrl: config.ncbUrl, instance: config.NCB_INSTANCE, secretKey: config.NCB_SECRET_KEY, ownerUserId: config.NCB_OWNER_USER_ID, timeoutMs: config.NCB_TIMEOUT_MS, sleep: async () => undefined }),
    ...(o.responder && { responder: o.responder }),
  };
  Object.assign(handlers, jobHandlers(deps));
  jobs.start();
  // Tests drain with the default deadline, scaled for a slow machine (KRE8_TIME_SCALE, scripts/time-scale.mjs).
  const drain = jobs.drain.bind(jobs);
  jobs.drain = (timeoutMs = scaled(30_000)) => drain(timeoutMs);
  const app = createApp(deps);
  appRef = app;

  const json = (path: string, body: unknown, headers: Record<string, string> = {}) =>
    app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: typeof body === 'string' ? body : JSON.stringify(body) });

  return {
    app,
    deps,
    jobs,
    store: localNcb.store,
    ncbControls: localNcb.controls,
    mailbox,
    ncbBase: base,
    json,
    /** All rows of a table, oldest first. */
    rows: async (table: import('../ncb/schema.js').TableName) => (await localNcb.store.listRows(table)).slice().reverse() as Record<string, unknown>[],
    async close() {
      await jobs.stop();
      await new Promise((r) => server.close(r));
    },
  };
}

export type Harness = Awaited<ReturnType<typeof startHarness>>;
