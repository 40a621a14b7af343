import type { Config } from '../config.js';
import type { KV } from './kv.js';

/**
 * Dead jobs on Workers: a job that failed JOB_MAX_ATTEMPTS times, or that the platform moved to the
 * dead-letter queue, is recorded in Durable Object storage (Cloudflare drops unconsumed DLQ messages after
 * 4 days) where an operator can list it and replay it. A replay sends the original message again, past the
 * once-marker that would swallow a resend; the handlers are idempotent (step memos, create-once), so a replay
 * of a job that had half-run finishes it without repeating what was done.
 *
 *   GET  /api/ops/dead-jobs                  → { jobs: DeadJob[] }
 *   POST /api/ops/dead-jobs/replay?key=…     → 202 { replayed: key }
 * Both need `Authorization: Bearer $OPS_TOKEN`; with OPS_TOKEN unset they answer 404.
 */
export interface DeadJob {
  key: string;
  type: string;
  payload: unknown;
  attempts: number;
  error: string;
  deadAt: string;
}
type Message = { type: string; payload: unknown; key: string };

const recordKey = (key: string) => `dead:${key}`;
const RECORD_TTL_SECONDS = 90 * 86400;
const PATH = '/api/ops/dead-jobs';

function sameSecret(a: string, b: string) {
  if (a.length !== b.length) return false;
  let d = 0;
  for (let i = 0; i < a.length; i++) d |= a.charCodeAt(i) ^ b.charCodeAt(i);
  return d === 0;
}

const json = (body: unknown, status = 200) => Response.json(body, { status });
const fail = (status: number, code: string, message: string) => json({ error: { code, message, requestId: crypto.randomUUID() } }, status);

export function deadJobs(state: KV, clock: { now(): Date }) {
  return {
    async record(m: Message, attempts: number, error: string) {
      const rec: DeadJob = { key: m.key, type: m.type, payload: m.payload, attempts, error: error.slice(0, 500), deadAt: clock.now().toISOString() };
      await state.put(recordKey(m.key), JSON.stringify(rec), { ttlSeconds: RECORD_TTL_SECONDS });
    },
    async list(): Promise<DeadJob[]> {
      return (await state.list('dead:')).map((e) => JSON.parse(e.value) as DeadJob);
    },
    /** The ops routes, or null when the request is not for them. */
    async route(req: Request, q: { send(m: Message): Promise<void> }, config: Config): Promise<Response | null> {
      const url = new URL(req.url);
      if (url.pathname !== PATH && url.pathname !== `${PATH}/replay`) return null;
      if (!config.OPS_TOKEN) return fail(404, 'not_found', 'Not found.');
      if (!sameSecret(req.headers.get('authorization') ?? '', `Bearer ${config.OPS_TOKEN}`)) return fail(401, 'unauthorized', 'A valid bearer token is required.');
      if (url.pathname === PATH && req.method === 'GET') return json({ jobs: await this.list() });
      if (url.pathname !== `${PATH}/replay` || req.method !== 'POST') return fail(405, 'method_not_allowed', 'Method not allowed.');
      const key = url.searchParams.get('key') ?? '';
      const raw = key ? await state.get(recordKey(key)) : null;
      if (!raw) return fail(404, 'not_found', 'No dead job with that key.');
      const rec = JSON.parse(raw) as DeadJob;
      await q.send({ type: rec.type, payload: rec.payload, key: rec.key });
      await state.delete(recordKey(key));
      return json({ replayed: key }, 202);
    },
  };
}
export type DeadJobs = ReturnType<typeof deadJobs>;
