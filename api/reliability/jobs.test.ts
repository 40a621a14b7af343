import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sqliteJobs, type JobHandlers } from '../store/jobs.js';
import { memoryKv } from '../store/kv.js';
import { openSqlite } from '../store/sqlite.js';

const tick = (ms = 1) => new Promise((r) => setTimeout(r, ms));
const queueOf = (handlers: Record<string, (p: never) => Promise<void>>) =>
  sqliteJobs({ db: openSqlite(':memory:'), kv: memoryKv(), handlers: handlers as JobHandlers, backoffBaseMs: 1, backoffCapMs: 2, pollMs: 5 });

describe('the durable queue at its edges', () => {
  it('runs the latest payload of a coalesced job re-enqueued just as the previous run finishes', async () => {
    // The voice sync is coalesced: the turn that finally gives the email must reach the CRM even if it is
    // enqueued in the instant the previous sync completes. Each round shifts that instant by one microtask.
    const missed: number[] = [];
    for (let round = 0; round < 12; round++) {
      const seen: number[] = [];
      let finish: (() => void) | null = null;
      const jobs = await queueOf({
        sync: async (p: { v: number }) => {
          seen.push(p.v);
          if (p.v === 1) await new Promise<void>((r) => (finish = r));
        },
      });
      jobs.start();
      await jobs.queue.enqueue('sync', { v: 1 }, { key: 'voice-sync:s', mode: 'coalesce' });
      while (!finish) await tick();
      (finish as () => void)();
      for (let t = 0; t < round; t++) await Promise.resolve();
      await jobs.queue.enqueue('sync', { v: 2 }, { key: 'voice-sync:s', mode: 'coalesce' });
      await jobs.drain(2000);
      await jobs.stop();
      if (seen.at(-1) !== 2) missed.push(round);
    }
    assert.deepEqual(missed, [], 'rounds where the newest payload never ran');
  });

  it('starts no job once stop() has resolved (a restarted process may own the queue next)', async () => {
    let stopped = false;
    let late = 0;
    const jobs = await queueOf({ t: async () => void (stopped && late++) });
    jobs.start();
    await jobs.queue.enqueue('t', {}, { key: 'a' });
    await jobs.stop();
    stopped = true;
    await tick(50);
    assert.equal(late, 0);
    assert.equal((await jobs.counts()).pending, 1, 'the job waits for the next start');
  });
});
