/**
 * Mutual exclusion by key. NCB has no transactions, unique constraints or atomic increments, so every
 * read-check-write that must not interleave (one calendar's slot check + hold, one lead's counters, one voice
 * session's upsert) runs under a lock. Locally: promise chains in this process (the only API instance).
 * In production the same interface is served by a Durable Object per key space (see README, "Concurrency").
 */
export interface Locks {
  withLock<T>(key: string, fn: () => Promise<T>): Promise<T>;
}

export function localLocks(): Locks {
  const tails = new Map<string, Promise<unknown>>();
  return {
    async withLock(key, fn) {
      const prev = tails.get(key) ?? Promise.resolve();
      let release!: () => void;
      const mine = new Promise<void>((r) => (release = r));
      const tail = prev.then(() => mine);
      tails.set(key, tail);
      await prev;
      try {
        return await fn();
      } finally {
        release();
        if (tails.get(key) === tail) tails.delete(key);
      }
    },
  };
}
