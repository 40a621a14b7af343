import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { durableKv, durableLocks, partitionOf } from './durable.js';
import { namespace } from '../testing/durable-objects.js';
import { memoryKv } from './kv.js';
import { queueJobs, type JobMessage } from '../worker.js';

describe('Durable Object state', () => {
  it('routes each key to its own object, one calendar day and the dead list to one object each', async () => {
    assert.equal(partitionOf('ledger:2026-03-02:bk_1'), 'ledger:2026-03-02');
    assert.equal(partitionOf('dead:roi:1'), 'dead');
    assert.equal(partitionOf('job-once:roi:1'), null);
    const { ns, names } = namespace();
    const kv = durableKv(ns);
    await kv.put('ledger:2026-03-02:a', '1');
    await kv.put('ledger:2026-03-02:b', '2');
    await kv.put('job-once:x', '1');
    assert.deepEqual(await kv.list('ledger:2026-03-02:'), [
      { key: 'ledger:2026-03-02:a', value: '1' },
      { key: 'ledger:2026-03-02:b', value: '2' },
    ]);
    assert.deepEqual([...new Set(names)], ['kv:ledger:2026-03-02', 'kv:job-once:x']);
    await assert.rejects(kv.list('job-once:'), /only key groups/);
  });

  it('hides a key once its TTL has passed', async (t) => {
    t.mock.timers.enable({ apis: ['Date'], now: 1_000_000 });
    const kv = durableKv(namespace().ns);
    await kv.put('step:j:a', 'v', { ttlSeconds: 60 });
    assert.equal(await kv.get('step:j:a'), 'v');
    t.mock.timers.tick(60_001);
    assert.equal(await kv.get('step:j:a'), null);
  });

  it('parks a waiter until the holder releases (no polling), then runs it; sections never overlap', async () => {
    const { ns, names } = namespace();
    const locks = durableLocks(ns);
    const events: string[] = [];
    let release!: () => void;
    const first = locks.withLock('lead:a@b.c', async () => {
      events.push('first in');
      await new Promise<void>((r) => (release = r));
      events.push('first out');
    });
    while (!release) await new Promise((r) => setImmediate(r));
    const second = locks.withLock('lead:a@b.c', async () => void events.push('second in'));
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    assert.deepEqual(events, ['first in'], 'the second waits');
    const calls = names.length;
    for (let i = 0; i < 20; i++) await new Promise((r) => setImmediate(r));
    assert.equal(names.length, calls, 'and sends nothing while it waits');
    release();
    await Promise.all([first, second]);
    assert.deepEqual(events, ['first in', 'first out', 'second in']);
    assert.ok(names.every((n) => n === 'lock:lead:a@b.c'), 'one object per lock key');
  });
});

describe('queueJobs (Workers): send first, then mark', () => {
  const queue = (fail: { next: boolean }) => {
    const sent: JobMessage[] = [];
    return {
      sent,
      q: {
        send: async (b: JobMessage) => {
          if (fail.next) throw ((fail.next = false), new Error('send failed'));
          sent.push(b);
        },
        sendBatch: async (m: { body: JobMessage }[]) => {
          if (fail.next) throw ((fail.next = false), new Error('send failed'));
          sent.push(...m.map((x) => x.body));
        },
      },
    };
  };

  it('a failed send throws and leaves no marker, so the retry is sent; after that the key is a no-op', async () => {
    const fail = { next: true };
    const { q, sent } = queue(fail);
    const jobs = queueJobs(q, memoryKv());
    await assert.rejects(jobs.enqueue('roi-submission', { a: 1 }, { key: 'roi:1', mode: 'once' }), /send failed/);
    await jobs.enqueue('roi-submission', { a: 1 }, { key: 'roi:1', mode: 'once' });
    await jobs.enqueue('roi-submission', { a: 1 }, { key: 'roi:1', mode: 'once' });
    assert.deepEqual(sent, [{ type: 'roi-submission', payload: { a: 1 }, key: 'roi:1' }]);
  });

  it('a batch is marked only after it was accepted; coalesced jobs are always sent', async () => {
    const fail = { next: true };
    const { q, sent } = queue(fail);
    const jobs = queueJobs(q, memoryKv());
    const batch = [
      { type: 'email-event', payload: 1, key: 'emailit:1', mode: 'once' as const },
      { type: 'email-event', payload: 2, key: 'emailit:2', mode: 'once' as const },
    ];
    await assert.rejects(jobs.enqueueMany(batch));
    await jobs.enqueueMany(batch);
    await jobs.enqueueMany(batch);
    assert.deepEqual(sent.map((m) => m.key), ['emailit:1', 'emailit:2']);
    await jobs.enqueue('voice-sync', { version: 1 }, { key: 'voice-sync:c', mode: 'coalesce' });
    await jobs.enqueue('voice-sync', { version: 2 }, { key: 'voice-sync:c', mode: 'coalesce' });
    assert.deepEqual(sent.slice(2).map((m) => m.payload), [{ version: 1 }, { version: 2 }]);
  });
});
