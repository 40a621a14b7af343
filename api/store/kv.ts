import type { Client } from '@libsql/client';

/**
 * The key-value store the API keeps its own state in (voice sessions, idempotency, booking ledger, checkout
 * records, step memos). Workers KV in production; an embedded SQLite table locally; a Map in unit tests.
 */
export interface KV {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, opts?: { ttlSeconds?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  /** Keys and values under a prefix (small ranges only: one calendar day, one session). */
  list(prefix: string): Promise<{ key: string; value: string }[]>;
}

export async function getJson<T>(kv: KV, key: string): Promise<T | null> {
  const raw = await kv.get(key);
  return raw === null ? null : (JSON.parse(raw) as T);
}

export function putJson(kv: KV, key: string, value: unknown, opts?: { ttlSeconds?: number }) {
  return kv.put(key, JSON.stringify(value), opts);
}

export function memoryKv(now: () => number = Date.now): KV {
  const m = new Map<string, { v: string; exp: number | null }>();
  const live = (k: string) => {
    const e = m.get(k);
    if (e && e.exp !== null && e.exp <= now()) m.delete(k);
    return m.get(k);
  };
  return {
    async get(k) {
      return live(k)?.v ?? null;
    },
    async put(k, v, o) {
      m.set(k, { v, exp: o?.ttlSeconds ? now() + o.ttlSeconds * 1000 : null });
    },
    async delete(k) {
      m.delete(k);
    },
    async list(prefix) {
      return [...m.keys()]
        .filter((k) => k.startsWith(prefix) && live(k))
        .sort()
        .map((k) => ({ key: k, value: m.get(k)!.v }));
    },
  };
}

export async function sqliteKv(db: Client, now: () => number = Date.now): Promise<KV> {
  await db.execute('CREATE TABLE IF NOT EXISTS kv (key TEXT PRIMARY KEY, value TEXT NOT NULL, expires_at INTEGER)');
  const alive = 'AND (expires_at IS NULL OR expires_at > ?)';
  return {
    async get(key) {
      const r = await db.execute({ sql: `SELECT value FROM kv WHERE key = ? ${alive}`, args: [key, now()] });
      return (r.rows[0]?.value as string | undefined) ?? null;
    },
    async put(key, value, o) {
      const exp = o?.ttlSeconds ? now() + o.ttlSeconds * 1000 : null;
      await db.execute({
        sql: 'INSERT INTO kv (key, value, expires_at) VALUES (?, ?, ?) ON CONFLICT(key) DO UPDATE SET value = excluded.value, expires_at = excluded.expires_at',
        args: [key, value, exp],
      });
    },
    async delete(key) {
      await db.execute({ sql: 'DELETE FROM kv WHERE key = ?', args: [key] });
    },
    async list(prefix) {
      const r = await db.execute({
        sql: `SELECT key, value FROM kv WHERE key >= ? AND key < ? ${alive} ORDER BY key`,
        args: [prefix, prefix + '\uffff', now()],
      });
      return r.rows.map((row) => ({ key: row.key as string, value: row.value as string }));
    },
  };
}

/** Workers KV binding (the subset we use), so node code needs no workers types. */
export interface WorkersKvNamespace {
  get(key: string): Promise<string | null>;
  put(key: string, value: string, opts?: { expirationTtl?: number }): Promise<void>;
  delete(key: string): Promise<void>;
  list(opts: { prefix: string; cursor?: string }): Promise<{ keys: { name: string }[]; list_complete: boolean; cursor?: string }>;
}

export function workersKv(ns: WorkersKvNamespace): KV {
  return {
    get: (k) => ns.get(k),
    // Workers KV's minimum TTL is 60 s.
    put: (k, v, o) => ns.put(k, v, o?.ttlSeconds ? { expirationTtl: Math.max(60, o.ttlSeconds) } : undefined),
    delete: (k) => ns.delete(k),
    async list(prefix) {
      const out: { key: string; value: string }[] = [];
      let cursor: string | undefined;
      do {
        const page = await ns.list({ prefix, cursor });
        for (const k of page.keys) {
          const v = await ns.get(k.name);
          if (v !== null) out.push({ key: k.name, value: v });
        }
        cursor = page.list_complete ? undefined : page.cursor;
      } while (cursor);
      return out;
    },
  };
}
