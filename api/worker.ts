import type { ExecutionContext } from 'hono';
import { createApp, jobHandlers } from './app.js';
import { createBuiltInResponder } from './agent/builtin.js';
import { createOpenAiResponder } from './agent/openai.js';
import { ConfigError, loadConfig } from './config.js';
import type { Deps } from './deps.js';
import { createEmailItClient } from './email/emailit.js';
import { createLogger } from './log.js';
import { createNcbClient } from './ncb/client.js';
import { stripePayments } from './payments/stripe.js';
import { backoffMs, jobContext, type JobHandlers, type JobQueue } from './store/jobs.js';
import { workersKv, type KV, type WorkersKvNamespace } from './store/kv.js';
import type { Locks } from './store/locks.js';

/**
 * Cloudflare Workers entry. Same app, same flows; the adapters differ:
 * - KV: the VOICE_SESSIONS Workers KV namespace (sessions, ledger, step memos);
 * - jobs: a Cloudflare Queue (JOBS) with a dead-letter queue — at-least-once delivery with retries and backoff,
 *   which is what the outbox needs, and the consumer runs the very handlers the Node runner runs;
 * - locks: a Durable Object (LOCKS) per key space. A DO instance processes one request at a time with
 *   transactional storage, so a lease taken there is exclusive across every Worker instance — that is what
 *   keeps "50 concurrent creates → one 201" true in production.
 */
interface QueueMessage<B> {
  body: B;
  attempts: number;
  ack(): void;
  retry(o?: { delaySeconds?: number }): void;
}
interface Queue<B> {
  send(body: B): Promise<void>;
  sendBatch(msgs: { body: B }[]): Promise<void>;
}
interface DurableObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(req: Request | string, init?: RequestInit): Promise<Response> };
}
interface DurableObjectState {
  storage: { get<T>(k: string): Promise<T | undefined>; put(k: string, v: unknown): Promise<void>; delete(k: string): Promise<boolean> };
}

type JobMessage = { type: string; payload: unknown; key: string };

export interface Env {
  VOICE_SESSIONS: WorkersKvNamespace;
  JOBS: Queue<JobMessage>;
  LOCKS: DurableObjectNamespace;
  [name: string]: unknown;
}

function queueJobs(q: Queue<JobMessage>, kv: KV): JobQueue {
  const claim = async (key: string, mode: string | undefined) => {
    if (mode === 'coalesce') return true;
    // 'once': a marker makes redelivered webhooks and retried submissions no-ops (handlers are idempotent too).
    if (await kv.get(`job-once:${key}`)) return false;
    await kv.put(`job-once:${key}`, '1', { ttlSeconds: 30 * 86400 });
    return true;
  };
  return {
    async enqueue(type, payload, opts) {
      if (await claim(opts.key, opts.mode)) await q.send({ type, payload, key: opts.key });
    },
    async enqueueMany(jobs) {
      const fresh = [];
      for (const j of jobs) if (await claim(j.key, j.mode)) fresh.push({ body: { type: j.type, payload: j.payload, key: j.key } });
      if (fresh.length) await q.sendBatch(fresh);
    },
  };
}

function durableLocks(ns: DurableObjectNamespace): Locks {
  return {
    async withLock(key, fn) {
      const stub = ns.get(ns.idFromName(key.split(':')[0] ?? key));
      const token = crypto.randomUUID();
      for (let i = 0; ; i++) {
        const r = await stub.fetch(`https://lock/acquire?key=${encodeURIComponent(key)}&token=${token}&ttl=15000`, { method: 'POST' });
        if (r.status === 200) break;
        if (i > 200) throw new Error(`lock ${key} busy`);
        await new Promise((res) => setTimeout(res, Math.min(200, 10 * (i + 1))));
      }
      try {
        return await fn();
      } finally {
        await stub.fetch(`https://lock/release?key=${encodeURIComponent(key)}&token=${token}`, { method: 'POST' });
      }
    },
  };
}

/** One lease per key; expired leases (a crashed holder) are taken over. */
export class LockObject {
  constructor(private state: DurableObjectState) {}
  async fetch(req: Request): Promise<Response> {
    const u = new URL(req.url);
    const key = u.searchParams.get('key') ?? '';
    const token = u.searchParams.get('token') ?? '';
    const held = await this.state.storage.get<{ token: string; until: number }>(key);
    if (u.pathname === '/acquire') {
      if (held && held.until > Date.now() && held.token !== token) return new Response('busy', { status: 409 });
      await this.state.storage.put(key, { token, until: Date.now() + Number(u.searchParams.get('ttl') ?? 15000) });
      return new Response('ok');
    }
    if (held?.token === token) await this.state.storage.delete(key);
    return new Response('ok');
  }
}

let cached: { env: Env; deps: Deps; app: ReturnType<typeof createApp>; handlers: JobHandlers } | null = null;

function build(env: Env) {
  if (cached?.env === env) return cached;
  const config = loadConfig(Object.fromEntries(Object.entries(env).filter(([, v]) => typeof v === 'string')) as Record<string, string>);
  const kv = workersKv(env.VOICE_SESSIONS);
  const deps: Deps = {
    config,
    kv,
    log: createLogger(config.LOG_LEVEL),
    clock: { now: () => new Date() },
    locks: durableLocks(env.LOCKS),
    jobs: queueJobs(env.JOBS, kv),
    ncb: createNcbClient({ baseUrl: config.ncbUrl, instance: config.NCB_INSTANCE, secretKey: config.NCB_SECRET_KEY, ownerUserId: config.NCB_OWNER_USER_ID, timeoutMs: config.NCB_TIMEOUT_MS }),
    mail: createEmailItClient({ baseUrl: config.emailitUrl, apiKey: config.EMAILIT_API_KEY }),
    payments: stripePayments({ secretKey: config.STRIPE_SECRET_KEY ?? '', webhookSecret: config.STRIPE_WEBHOOK_SECRET, priceId: config.STRIPE_ASSESSMENT_PRICE_ID ?? '' }),
    responder:
      config.LLM_BASE_URL && config.LLM_API_KEY && config.LLM_MODEL
        ? createOpenAiResponder({ baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL })
        : createBuiltInResponder(),
  };
  cached = { env, deps, app: createApp(deps), handlers: jobHandlers(deps) };
  return cached;
}

export default {
  async fetch(req: Request, env: Env, ctx: ExecutionContext): Promise<Response> {
    try {
      return await build(env).app.fetch(req, env, ctx);
    } catch (e) {
      const message = e instanceof ConfigError ? 'The API is not configured.' : 'Unavailable';
      return Response.json({ error: { code: 'bad_environment', message, requestId: crypto.randomUUID() } }, { status: 503 });
    }
  },
  /** Queue consumer: run each job; a failure is retried with backoff, and after max_retries it goes to the DLQ. */
  async queue(batch: { messages: QueueMessage<JobMessage>[] }, env: Env): Promise<void> {
    const { deps, handlers } = build(env);
    for (const msg of batch.messages) {
      try {
        const handler = handlers[msg.body.type];
        if (!handler) throw new Error(`no handler for ${msg.body.type}`);
        await handler(msg.body.payload as never, jobContext(deps.kv, msg.body.key, msg.attempts));
        msg.ack();
      } catch (e) {
        deps.log.warn('job retry', { type: msg.body.type, key: msg.body.key, error: (e as Error).message });
        msg.retry({ delaySeconds: Math.ceil(backoffMs(msg.attempts, 2000, 300_000) / 1000) });
      }
    }
  },
};
