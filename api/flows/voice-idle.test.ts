import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { JobQueue } from '../store/jobs.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { runVoiceIdleJob, type VoiceIdleJob } from './voice.js';

/**
 * The admin dossier goes once, when the conversation ends: the end beacon, a booking, or 30 minutes without a
 * turn — a job scheduled 30 minutes after each turn (on a fake clock here; the queue's own clock never gets
 * there, so the test runs the scheduled job itself, as the queue would once it is due).
 */
function movableClock(start = new Date(Math.floor(Date.now() / 1000) * 1000)) {
  let t = start.getTime();
  return { now: () => new Date(t), advance: (ms: number) => (t += ms) };
}
const MIN = 60_000;

describe('the voice dossier after 30 minutes idle', () => {
  let h: Harness;
  const clock = movableClock();
  const scheduled: { type: string; payload: unknown; key: string; delayMs?: number }[] = [];
  before(async () => {
    h = await startHarness({ now: clock.now });
    const real: JobQueue = h.deps.jobs;
    h.deps.jobs = {
      ...real,
      async enqueue(type, payload, opts) {
        if (type === 'voice-idle') scheduled.push({ type, payload, key: opts.key, delayMs: opts.delayMs });
        return real.enqueue(type, payload, opts);
      },
    };
  });
  after(() => h.close());

  const say = async (sessionId: string, message: string) => {
    const res = await h.json('/api/voice-agent/chat', { sessionId, message, language: 'en' });
    assert.equal(res.status, 200, await res.clone().text());
  };
  const dossiers = async (name: string) => (await h.mailbox.list()).filter((m) => m.to === 'team@kre8tion.test' && m.subject.startsWith(`Voice lead: ${name}`));

  it('each turn with an email known schedules the check 30 minutes out; only the last turn\'s check, once due, sends the dossier, once', async () => {
    const sid = randomUUID();
    await say(sid, 'how much does it cost?');
    assert.equal(scheduled.length, 0, 'no email yet: no dossier to schedule');
    await say(sid, "I'm Nora Blake, nora@blakept.com");
    clock.advance(5 * MIN);
    await say(sid, 'what does the assessment include?');
    assert.equal(scheduled.length, 2);
    for (const j of scheduled) assert.equal(j.delayMs, 30 * MIN);
    const [first, last] = scheduled.map((j) => j.payload as VoiceIdleJob);
    assert.equal(first!.conversation, sid);
    assert.ok(last!.version > first!.version);
    // drain does not wait for the scheduled checks, and they are counted apart from unfinished work.
    await h.jobs.drain();
    const counts = await h.jobs.counts();
    assert.equal(counts.scheduled, 2);
    assert.equal(counts.pending ?? 0, 0);
    assert.equal((await dossiers('Nora Blake')).length, 0);

    // 29 minutes after the last turn: not idle yet. The first turn's check is stale (a turn came after it).
    clock.advance(29 * MIN);
    await runVoiceIdleJob(h.deps, last!);
    await runVoiceIdleJob(h.deps, first!);
    await h.jobs.drain();
    assert.equal((await dossiers('Nora Blake')).length, 0);

    clock.advance(2 * MIN);
    await runVoiceIdleJob(h.deps, first!);
    await h.jobs.drain();
    assert.equal((await dossiers('Nora Blake')).length, 0, 'a stale check sends nothing, even once the time has passed');
    await runVoiceIdleJob(h.deps, last!);
    await h.jobs.drain();
    const sent = await dossiers('Nora Blake');
    assert.equal(sent.length, 1);
    assert.match(sent[0]!.html, /nora@blakept\.com/);
    // Redelivered (queues deliver at least once), or the end beacon later: still one dossier.
    await runVoiceIdleJob(h.deps, last!);
    await h.app.request('/api/voice-agent/end', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: sid }) });
    await h.jobs.drain();
    assert.equal((await dossiers('Nora Blake')).length, 1);
    const row = (await h.rows('voice_sessions')).find((r) => r.external_session_id === sid)!;
    assert.ok(row, 'the conversation row is synced');
  });

  it('a conversation that ended with the beacon schedules nothing more and its check does nothing', async () => {
    const sid = randomUUID();
    const before = scheduled.length;
    await say(sid, "I'm Al Green, al@greenlandscape.com");
    assert.equal(scheduled.length, before + 1);
    await h.app.request('/api/voice-agent/end', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: sid }) });
    await h.jobs.drain();
    assert.equal((await dossiers('Al Green')).length, 1, 'the beacon sends it');
    clock.advance(31 * MIN);
    await runVoiceIdleJob(h.deps, scheduled.at(-1)!.payload as VoiceIdleJob);
    await h.jobs.drain();
    assert.equal((await dossiers('Al Green')).length, 1);
  });
});
