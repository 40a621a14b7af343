import type { KV } from './kv.js';
import type { Locks } from './locks.js';

/**
 * Strongly consistent state on Cloudflare: one Durable Object class (StateObject) serves both the API's
 * key-value state and its locks. Workers KV is eventually consistent (a write can take 60 s or more to reach
 * another location), so booking state, once-markers, idempotency records, step memos and voice sessions live
 * in Durable Object storage instead: each object is a single thread with transactional storage, so every read
 * sees every earlier write, from any location.
 *
 * Routing: each key is its own object, except key groups that are listed together (one calendar day's ledger,
 * the dead-job list), which share one object so a list is one consistent read. Locks are one object per key.
 */

/** The subset of the Durable Object bindings used here (so Node code needs no Workers types). */
export interface DurableObjectNamespace {
  idFromName(name: string): unknown;
  get(id: unknown): { fetch(req: Request | string, init?: RequestInit): Promise<Response> };
}
export interface DurableObjectState {
  storage: {
    get<T>(k: string): Promise<T | undefined>;
    put(k: string, v: unknown): Promise<void>;
    delete(k: string): Promise<boolean>;
    list<T>(o?: { prefix?: string }): Promise<Map<string, T>>;
    getAlarm(): Promise<number | null>;
    setAlarm(t: number): Promise<void>;
  };
}

/** Key groups listed together; anything else is its own object. */
const GROUPS = [/^(ledger:[^:]+):/, /^(dead):/];

export function partitionOf(keyOrPrefix: string): string | null {
  for (const g of GROUPS) {
    const m = g.exec(keyOrPrefix);
    if (m) return m[1]!;
  }
  return null;
}

async function call<T>(ns: DurableObjectNamespace, name: string, body: unknown): Promise<T> {
  const r = await ns.get(ns.idFromName(name)).fetch('https://state/op', { method: 'POST', body: JSON.stringify(body) });
  if (!r.ok) throw new Error(`state ${name}: ${r.status} ${await r.text()}`);
  return (await r.json()) as T;
}

export function durableKv(ns: DurableObjectNamespace): KV {
  const obj = (key: string) => `kv:${partitionOf(key) ?? key}`;
  return {
    get: async (key) => (await call<{ v: string | null }>(ns, obj(key), { op: 'get', key })).v,
    put: async (key, value, o) => void (await call(ns, obj(key), { op: 'put', key, value, ttlSeconds: o?.ttlSeconds })),
    delete: async (key) => void (await call(ns, obj(key), { op: 'delete', key })),
    async list(prefix) {
      if (!partitionOf(prefix)) throw new Error(`list(${prefix}): only key groups can be listed`);
      return (await call<{ items: { key: string; value: string }[] }>(ns, obj(prefix), { op: 'list', prefix })).items;
    },
  };
}

/** How long a lease lasts without renewal, and how often the holder renews it. */
export const LEASE_MS = 30_000;
const RENEW_MS = 5_000;
/** How long a caller waits in line before giving up (the visitor gets a 503 and retries). */
const WAIT_MS = 25 * 1000;

/**
 * Locks served by one StateObject per key. A waiter's request is parked inside the object and answered the
 * moment the lock is released (no polling). The holder renews its lease every 5 s while its section runs, so
 * the lease only lapses when the holder has stopped running (a dead isolate) — never because a section was slow.
 * A lease found lost on renewal fails the section instead of letting it finish unprotected.
 */
export function durableLocks(ns: DurableObjectNamespace): Locks {
  return {
    async withLock(key, fn) {
      const name = `lock:${key}`;
      const token = crypto.randomUUID();
      const got = await call<{ ok: boolean }>(ns, name, { op: 'acquire', token, leaseMs: LEASE_MS, waitMs: WAIT_MS });
      if (!got.ok) throw new Error(`lock ${key} busy`);
      let lost = false;
      const timer = setInterval(() => {
        call<{ ok: boolean }>(ns, name, { op: 'renew', token, leaseMs: LEASE_MS }).then(
          (r) => void (lost ||= !r.ok),
          () => undefined,
        );
      }, RENEW_MS);
      try {
        const out = await fn();
        if (lost) throw new Error(`lock ${key}: lease lost while the section ran`);
        return out;
      } finally {
        clearInterval(timer);
        await call(ns, name, { op: 'release', token }).catch(() => undefined);
      }
    },
  };
}

type Stored = { v: string; exp: number | null };
type Op =
  | { op: 'get'; key: string }
  | { op: 'put'; key: string; value: string; ttlSeconds?: number }
  | { op: 'delete'; key: string }
  | { op: 'list'; prefix: string }
  | { op: 'acquire'; token: string; leaseMs: number; waitMs: number }
  | { op: 'renew'; token: string; leaseMs: number }
  | { op: 'release'; token: string };

/** The Durable Object: key-value storage with TTLs (expired keys are hidden at once and purged by an alarm), and one lock. */
export class StateObject {
  private holder: { token: string; until: number } | null = null;
  private waiters: { token: string; leaseMs: number; grant: (ok: boolean) => void }[] = [];
  private expiry: ReturnType<typeof setTimeout> | null = null;

  constructor(private state: DurableObjectState) {}

  async fetch(req: Request): Promise<Response> {
    const o = (await req.json()) as Op;
    const s = this.state.storage;
    const now = Date.now();
    const live = (e: Stored | undefined) => (e && (e.exp === null || e.exp > now) ? e : undefined);
    switch (o.op) {
      case 'get':
        return Response.json({ v: live(await s.get<Stored>(o.key))?.v ?? null });
      case 'put': {
        const exp = o.ttlSeconds ? now + o.ttlSeconds * 1000 : null;
        await s.put(o.key, { v: o.value, exp } satisfies Stored);
        if (exp !== null) {
          const alarm = await s.getAlarm();
          if (alarm === null || alarm > exp) await s.setAlarm(exp);
        }
        return Response.json({});
      }
      case 'delete':
        await s.delete(o.key);
        return Response.json({});
      case 'list': {
        const items: { key: string; value: string }[] = [];
        for (const [key, e] of await s.list<Stored>({ prefix: o.prefix })) if (live(e)) items.push({ key, value: e.v });
        return Response.json({ items });
      }
      case 'acquire':
        return Response.json({ ok: await this.acquire(o.token, o.leaseMs, o.waitMs) });
      case 'renew': {
        // After an eviction the object forgets its holder: a renewing holder takes the free lock back.
        if (!this.holder && !this.waiters.length) this.grant(o.token, o.leaseMs);
        const ok = this.holder?.token === o.token;
        if (ok) this.grant(o.token, o.leaseMs);
        return Response.json({ ok });
      }
      case 'release':
        if (this.holder?.token === o.token) this.next();
        return Response.json({});
    }
  }

  async alarm() {
    const now = Date.now();
    let soonest: number | null = null;
    for (const [key, e] of await this.state.storage.list<Stored>()) {
      if (e.exp === null) continue;
      if (e.exp <= now) await this.state.storage.delete(key);
      else soonest = Math.min(soonest ?? e.exp, e.exp);
    }
    if (soonest !== null) await this.state.storage.setAlarm(soonest);
  }

  private acquire(token: string, leaseMs: number, waitMs: number): Promise<boolean> {
    if (!this.holder) {
      this.grant(token, leaseMs);
      return Promise.resolve(true);
    }
    return new Promise((resolve) => {
      const w = { token, leaseMs, grant: (ok: boolean) => (clearTimeout(t), resolve(ok)) };
      const t = setTimeout(() => {
        this.waiters = this.waiters.filter((x) => x !== w);
        resolve(false);
      }, waitMs);
      this.waiters.push(w);
    });
  }

  private grant(token: string, leaseMs: number) {
    this.holder = { token, until: Date.now() + leaseMs };
    if (this.expiry) clearTimeout(this.expiry);
    // A holder that stopped renewing (its isolate died) is replaced when its lease runs out.
    this.expiry = setTimeout(() => this.holder?.token === token && this.next(), leaseMs);
  }

  private next() {
    this.holder = null;
    if (this.expiry) clearTimeout(this.expiry);
    this.expiry = null;
    const w = this.waiters.shift();
    if (w) {
      this.grant(w.token, w.leaseMs);
      w.grant(true);
    }
  }
}
