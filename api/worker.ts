import type { ExecutionContext } from 'hono';
import { createApp, jobHandlers } from './app.js';
import { ConfigError, loadConfig, type Config } from './config.js';
import { buildDeps, type Deps } from './deps.js';
import { createLogger } from './log.js';
import { stripePayments } from './payments/stripe.js';
import { deadJobs, type DeadJobs } from './store/dead-jobs.js';
import { durableKv, durableLocks, type DurableObjectNamespace } from './store/durable.js';
import { backoffMs, jobContext, type JobHandlers, type JobQueue } from './store/jobs.js';
import type { KV, WorkersKvNamespace } from './store/kv.js';
import { workersKv } from './store/kv.js';

export { StateObject } from './store/durable.js';

/**
 * Cloudflare Workers entry. Same app, same flows; the adapters differ:
 * - state (sessions, ledger, holds, once-markers, idempotency records, step memos): Durable Object storage,
 *   strongly consistent (api/store/durable.ts); Workers KV keeps only records nothing reads back on a hot path;
 * - locks: one Durable Object per key, renewed while the section runs, waiters parked (no polling);
 * - jobs: a Cloudflare Queue (JOBS). Queues deliver at least once and in no particular order, so a message is
 *   sent before its once-marker is written (a failed send leaves nothing to swallow the retry; a duplicate send
 *   is absorbed by the idempotent handlers) and voice-sync messages name a versioned snapshot, not a transcript;
 * - dead letters: recorded in a Durable Object an operator can list and replay (/api/ops/dead-jobs).
 */
export interface QueueMessage<B> {
  body: B;
  attempts: number;
  ack(): void;
  retry(o?: { delaySeconds?: number }): void;
}
export interface Queue<B> {
  send(body: B, o?: { delaySeconds?: number }): Promise<void>;
  sendBatch(msgs: { body: B }[]): Promise<void>;
}

export type JobMessage = { type: string; payload: unknown; key: string };

export interface Env {
  VOICE_SESSIONS: WorkersKvNamespace;
  JOBS: Queue<JobMessage>;
  STATE: DurableObjectNamespace;
  [name: string]: unknown;
}

const ONCE_TTL_SECONDS = 30 * 86400;

/** Send first, then mark: the marker only ever stands for a job the queue accepted. */
export function queueJobs(q: Queue<JobMessage>, state: KV): JobQueue {
  const once = (key: string) => `job-once:${key}`;
  const seen = async (key: string, mode: string | undefined) => mode !== 'coalesce' && (await state.get(once(key))) !== null;
  const mark = (jobs: { key: string; mode?: string }[]) =>
    Promise.all(jobs.filter((j) => j.mode !== 'coalesce').map((j) => state.put(once(j.key), '1', { ttlSeconds: ONCE_TTL_SECONDS })));
  return {
    async enqueue(type, payload, opts) {
      if (await seen(opts.key, opts.mode)) return;
      // A scheduled job (the voice agent's idle dossier): Queues delay a message by up to 12 hours.
      await q.send({ type, payload, key: opts.key }, ...(opts.delayMs ? [{ delaySeconds: Math.min(43_200, Math.ceil(opts.delayMs / 1000)) }] : []));
      await mark([opts]);
    },
    async enqueueMany(jobs) {
      const fresh = [];
      for (const j of jobs) if (!(await seen(j.key, j.mode))) fresh.push(j);
      if (!fresh.length) return;
      await q.sendBatch(fresh.map((j) => ({ body: { type: j.type, payload: j.payload, key: j.key } })));
      await mark(fresh);
    },
  };
}

type Built = { deps: Deps; app: ReturnType<typeof createApp>; handlers: JobHandlers; dead: DeadJobs };
let cached: { env: Env; built: Built } | null = null;

const strings = (env: Env) => Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>;

function build(env: Env): Built {
  if (cached?.env === env) return cached.built;
  const config: Config = loadConfig(strings(env));
  const state = durableKv(env.STATE);
  const deps = buildDeps(config, {
    kv: routedKv(state, workersKv(env.VOICE_SESSIONS)),
    locks: durableLocks(env.STATE),
    jobs: queueJobs(env.JOBS, state),
    payments: stripePayments({ secretKey: config.STRIPE_SECRET_KEY ?? '', webhookSecret: config.STRIPE_WEBHOOK_SECRET, priceId: config.STRIPE_ASSESSMENT_PRICE_ID ?? '' }),
  });
  const dead = deadJobs(state, deps.clock);
  const built = { deps, app: createApp(deps), handlers: jobHandlers(deps), dead };
  cached = { env, built };
  return built;
}

/** Workers KV only for what tolerates staleness: unmatched email events (an operator's audit, never read back). */
function routedKv(state: KV, kv: KV): KV {
  const pick = (key: string) => (key.startsWith('emailit-unmatched:') ? kv : state);
  return {
    get: (k) => pick(k).get(k),
    put: (k, v, o) => pick(k).put(k, v, o),
    delete: (k) => pick(k).delete(k),
    list: (p) => pick(p).list(p),
  };
}

function unavailable(e: unknown) {
  // Names only: a value may be a secret.
  if (e instanceof ConfigError) createLogger('error').error('bad environment', { variables: e.problems.map((p) => p.split(':')[0]) });
  else createLogger('error').error('worker failed to start', { error: (e as Error).message });
  const message = e instanceof ConfigError ? 'The API is not configured.' : 'Unavailable';
  return Response.json({ error: { code: 'bad_environment', message, requestId: crypto.randomUUID() } }, { status: 503 });
}

export default {
  async fetch(req: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    let built: Built;
    try {
      built = build(env);
    } catch (e) {
      return unavailable(e);
    }
    const ops = await built.dead.route(req, env.JOBS, built.deps.config);
    return ops ?? built.app.fetch(req, env, ctx);
  },

  /**
   * Queue consumer for both queues. JOBS: run each job; a failure is retried with the JOB_* backoff, and after
   * JOB_MAX_ATTEMPTS it is recorded dead (so is anything the platform moved to the DLQ past max_retries).
   */
  async queue(batch: { queue: string; messages: QueueMessage<JobMessage>[] }, env: Env): Promise<void> {
    const { deps, handlers, dead } = build(env);
    const { config, log } = deps;
    if (batch.queue.endsWith('-dlq')) {
      for (const msg of batch.messages) {
        await dead.record(msg.body, msg.attempts, 'moved to the dead-letter queue after max_retries');
        msg.ack();
      }
      return;
    }
    for (const msg of batch.messages) {
      try {
        const handler = handlers[msg.body.type];
        if (!handler) throw new Error(`no handler for ${msg.body.type}`);
        await handler(msg.body.payload as never, jobContext(deps.kv, msg.body.key, msg.attempts));
        msg.ack();
      } catch (e) {
        const error = (e as Error).message;
        if (msg.attempts >= config.JOB_MAX_ATTEMPTS) {
          log.error('job dead', { type: msg.body.type, key: msg.body.key, attempts: msg.attempts, error });
          await dead.record(msg.body, msg.attempts, error);
          msg.ack();
        } else {
          log.warn('job retry', { type: msg.body.type, key: msg.body.key, error });
          msg.retry({ delaySeconds: Math.round(backoffMs(msg.attempts, config.JOB_BACKOFF_BASE_MS, config.JOB_BACKOFF_CAP_MS) / 1000) });
        }
      }
    }
  },
};
