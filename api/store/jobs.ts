import type { Client } from '@libsql/client';
import type { KV } from './kv.js';

/**
 * The durable outbox. A visitor's submission is acknowledged once its job is stored here; the NCB writes and
 * emails it implies run afterwards, retried with backoff until they succeed, each step idempotent. A job that
 * keeps failing lands in the dead-letter list the inspector shows.
 *
 * Locally the queue is a SQLite table in this process; in production the same handlers run as a Cloudflare
 * Queues consumer with a dead-letter queue (api/worker.ts).
 */
export type EnqueueMode =
  /** A second job with the same key is ignored forever (webhook events: exactly once). */
  | 'once'
  /** A pending job with the same key gets the new payload (voice-session sync: debounced, latest wins). */
  | 'coalesce';

export interface JobQueue {
  enqueue(type: string, payload: unknown, opts: { key: string; mode?: EnqueueMode; delayMs?: number }): Promise<void>;
  /** Several jobs in one durable write (a webhook batch is stored all or nothing). */
  enqueueMany(jobs: { type: string; payload: unknown; key: string; mode?: EnqueueMode }[]): Promise<void>;
}

export interface JobContext {
  jobId: string;
  attempt: number;
  /** Runs `fn` once per job: a retry gets the stored result instead of running it again. */
  step<T>(name: string, fn: () => Promise<T>): Promise<T>;
}

export type JobHandler = (payload: never, ctx: JobContext) => Promise<void>;
export type JobHandlers = Record<string, JobHandler>;

export interface JobRecord {
  id: string;
  type: string;
  payload: unknown;
  status: 'pending' | 'running' | 'done' | 'dead';
  attempts: number;
  runAt: number;
  lastError: string | null;
  updatedAt: number;
}

/** Step memos live in KV so the same handler code is idempotent on Node and on Workers. */
export function jobContext(kv: KV, jobId: string, attempt: number): JobContext {
  return {
    jobId,
    attempt,
    async step<T>(name: string, fn: () => Promise<T>) {
      const key = `step:${jobId}:${name}`;
      const done = await kv.get(key);
      if (done !== null) return JSON.parse(done).v as T;
      const v = await fn();
      await kv.put(key, JSON.stringify({ v: v ?? null }), { ttlSeconds: 30 * 86400 });
      return v;
    },
  };
}

export function backoffMs(attempt: number, baseMs: number, capMs: number, random = Math.random): number {
  const exp = Math.min(capMs, baseMs * 2 ** Math.max(0, attempt - 1));
  return Math.round(exp / 2 + random() * (exp / 2));
}

export interface SqliteJobsOptions {
  db: Client;
  kv: KV;
  handlers: JobHandlers;
  now?: () => number;
  maxAttempts?: number;
  backoffBaseMs?: number;
  backoffCapMs?: number;
  concurrency?: number;
  pollMs?: number;
  onEvent?: (e: { type: 'done' | 'retry' | 'dead'; job: string; jobType: string; error?: string }) => void;
}

export async function sqliteJobs(o: SqliteJobsOptions) {
  const { db, kv, handlers } = o;
  const now = o.now ?? Date.now;
  const maxAttempts = o.maxAttempts ?? 12;
  const baseMs = o.backoffBaseMs ?? 1000;
  const capMs = o.backoffCapMs ?? 5 * 60_000;
  const concurrency = o.concurrency ?? 4;
  await db.batch(
    [
      `CREATE TABLE IF NOT EXISTS jobs (id TEXT PRIMARY KEY, type TEXT NOT NULL, payload TEXT NOT NULL, status TEXT NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0, run_at INTEGER NOT NULL, last_error TEXT, created_at INTEGER NOT NULL, updated_at INTEGER NOT NULL)`,
      'CREATE INDEX IF NOT EXISTS jobs_due ON jobs (status, run_at)',
      // A process killed mid-job left it 'running': it runs again (its finished steps are memoised).
      `UPDATE jobs SET status = 'pending' WHERE status = 'running'`,
    ],
    'write',
  );

  const insertSql = (mode: EnqueueMode) =>
    mode === 'once'
      ? `INSERT INTO jobs (id, type, payload, status, run_at, created_at, updated_at) VALUES (?, ?, ?, 'pending', ?, ?, ?) ON CONFLICT(id) DO NOTHING`
      : `INSERT INTO jobs (id, type, payload, status, run_at, created_at, updated_at) VALUES (?, ?, ?, 'pending', ?, ?, ?)
         ON CONFLICT(id) DO UPDATE SET payload = excluded.payload, updated_at = excluded.updated_at,
           status = CASE WHEN jobs.status = 'running' THEN 'running' ELSE 'pending' END,
           attempts = CASE WHEN jobs.status IN ('done', 'dead') THEN 0 ELSE jobs.attempts END,
           run_at = CASE WHEN jobs.status IN ('done', 'dead') THEN excluded.run_at ELSE jobs.run_at END`;
  const stmt = (j: { type: string; payload: unknown; key: string; mode?: EnqueueMode; delayMs?: number }) => ({
    sql: insertSql(j.mode ?? 'once'),
    args: [j.key, j.type, JSON.stringify(j.payload), now() + (j.delayMs ?? 0), now(), now()],
  });

  const queue: JobQueue = {
    async enqueue(type, payload, opts) {
      await db.execute(stmt({ type, payload, ...opts }));
      kick();
    },
    async enqueueMany(jobs) {
      await db.batch(jobs.map(stmt), 'write');
      kick();
    },
  };

  const running = new Set<string>();
  let timer: ReturnType<typeof setTimeout> | null = null;
  let started = false;
  let idleWaiters: (() => void)[] = [];

  async function runOne(row: { id: string; type: string; payload: string; attempts: number }) {
    const attempt = row.attempts + 1;
    try {
      const handler = handlers[row.type];
      if (!handler) throw new Error(`no handler for job type ${row.type}`);
      await handler(JSON.parse(row.payload) as never, jobContext(kv, row.id, attempt));
      // A coalesced job re-enqueued while it ran carries a newer payload: it runs again. Comparing in the same
      // statement leaves no window for an update landing between "finished" and "marked done" to be dropped.
      await db.execute({
        sql: `UPDATE jobs SET status = CASE WHEN payload = ? THEN 'done' ELSE 'pending' END,
                attempts = CASE WHEN payload = ? THEN ? ELSE 0 END, last_error = NULL, updated_at = ? WHERE id = ?`,
        args: [row.payload, row.payload, attempt, now(), row.id],
      });
      o.onEvent?.({ type: 'done', job: row.id, jobType: row.type });
    } catch (e) {
      const msg = e instanceof Error ? e.message : String(e);
      const dead = attempt >= maxAttempts;
      await db.execute({
        sql: `UPDATE jobs SET status = ?, attempts = ?, last_error = ?, run_at = ?, updated_at = ? WHERE id = ?`,
        args: [dead ? 'dead' : 'pending', attempt, msg.slice(0, 500), now() + backoffMs(attempt, baseMs, capMs), now(), row.id],
      });
      o.onEvent?.({ type: dead ? 'dead' : 'retry', job: row.id, jobType: row.type, error: msg });
    } finally {
      running.delete(row.id);
    }
  }

  let pumping = false;
  async function pump() {
    if (pumping) return;
    pumping = true;
    try {
      for (;;) {
        const free = concurrency - running.size;
        if (free <= 0 || !started) break;
        const r = await db.execute({
          sql: `SELECT id, type, payload, attempts FROM jobs WHERE status = 'pending' AND run_at <= ? ORDER BY run_at, created_at LIMIT ?`,
          args: [now(), free + running.size],
        });
        const rows = r.rows.filter((row) => !running.has(row.id as string)).slice(0, free);
        // stop() may have been called while we read: start nothing after it (another process may own the queue next).
        if (!rows.length || !started) break;
        for (const row of rows) {
          const id = row.id as string;
          running.add(id);
          await db.execute({ sql: `UPDATE jobs SET status = 'running', updated_at = ? WHERE id = ?`, args: [now(), id] });
          void runOne({ id, type: row.type as string, payload: row.payload as string, attempts: Number(row.attempts) }).then(kick);
        }
      }
    } finally {
      pumping = false;
    }
    if (running.size === 0) {
      const pending = await countPending();
      if (pending === 0) {
        const w = idleWaiters;
        idleWaiters = [];
        w.forEach((f) => f());
      }
    }
  }

  function kick() {
    if (!started) return;
    void pump().catch(() => undefined);
  }

  async function countPending() {
    // A job scheduled for later (delayMs, never tried) is not work in flight: drain does not wait for it. A retry
    // waiting out its backoff is.
    const r = await db.execute({ sql: `SELECT COUNT(*) AS n FROM jobs WHERE status = 'running' OR (status = 'pending' AND (run_at <= ? OR attempts > 0))`, args: [now()] });
    return Number(r.rows[0]!.n);
  }

  function schedule() {
    timer = setTimeout(() => {
      kick();
      if (started) schedule();
    }, o.pollMs ?? 250);
    (timer as { unref?: () => void }).unref?.();
  }

  return {
    queue,
    start() {
      if (started) return;
      started = true;
      schedule();
      kick();
    },
    async stop() {
      started = false;
      if (timer) clearTimeout(timer);
      while (running.size || pumping) await new Promise((r) => setTimeout(r, 10));
    },
    /** Resolves when no job is pending or running (dead jobs excluded), or rejects after `timeoutMs`. */
    async drain(timeoutMs = 30_000) {
      const deadline = now() + timeoutMs;
      while ((await countPending()) > 0 || running.size > 0) {
        if (now() > deadline) throw new Error(`jobs did not drain within ${timeoutMs} ms`);
        kick();
        await new Promise((r) => setTimeout(r, 20));
      }
    },
    async list(status?: JobRecord['status'], limit = 200): Promise<JobRecord[]> {
      const r = await db.execute({
        sql: `SELECT * FROM jobs ${status ? 'WHERE status = ?' : ''} ORDER BY updated_at DESC LIMIT ?`,
        args: status ? [status, limit] : [limit],
      });
      return r.rows.map((row) => ({
        id: row.id as string,
        type: row.type as string,
        payload: JSON.parse(row.payload as string),
        status: row.status as JobRecord['status'],
        attempts: Number(row.attempts),
        runAt: Number(row.run_at),
        lastError: (row.last_error as string | null) ?? null,
        updatedAt: Number(row.updated_at),
      }));
    },
    /** Jobs per status; one scheduled for later and never tried counts as 'scheduled', not unfinished 'pending'. */
    async counts() {
      const r = await db.execute({
        sql: `SELECT CASE WHEN status = 'pending' AND run_at > ? AND attempts = 0 THEN 'scheduled' ELSE status END AS status, COUNT(*) AS n FROM jobs GROUP BY 1`,
        args: [now()],
      });
      return Object.fromEntries(r.rows.map((row) => [row.status as string, Number(row.n)])) as Record<string, number>;
    },
    /** Puts a dead job back in the queue (the inspector's "retry" button). */
    async retry(id: string) {
      await db.execute({ sql: `UPDATE jobs SET status = 'pending', attempts = 0, run_at = ? WHERE id = ? AND status = 'dead'`, args: [now(), id] });
      kick();
    },
  };
}

export type SqliteJobs = Awaited<ReturnType<typeof sqliteJobs>>;
