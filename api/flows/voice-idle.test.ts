import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { JobQueue } from '../store/jobs.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { runVoiceIdleJob, type VoiceIdleJob } from './voice.js';

/**
 * The admin dossier goes once, when the conversation ends: the end beacon, a booking, or 30 minutes without a
 * turn — one check pending at a time, following the last turn (on a fake clock here; the queue's own clock
 * never gets there, so the test runs the scheduled jobs itself, as the queue would once they are due).
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

  const forSession = (sid: string) => scheduled.filter((j) => (j.payload as VoiceIdleJob).conversation === sid);
  /** Runs the session's checks that are due by the fake clock, as the queue would (each once). */
  const ran = new Set<string>();
  async function runDue(sid: string) {
    for (const j of forSession(sid)) {
      const due = Date.parse((j.payload as VoiceIdleJob).due!);
      if (ran.has(j.key) || due > clock.now().getTime()) continue;
      ran.add(j.key);
      await runVoiceIdleJob(h.deps, j.payload as VoiceIdleJob);
    }
    await h.jobs.drain();
  }

  it('one check is pending at a time; fired after a later turn it moves to that turn + 30 minutes; the dossier goes once', async () => {
    const sid = randomUUID();
    await say(sid, 'how much does it cost?');
    assert.equal(forSession(sid).length, 0, 'no email yet: no dossier to schedule');
    await say(sid, "I'm Nora Blake, nora@blakept.com");
    clock.advance(5 * MIN);
    await say(sid, 'what does the assessment include?');
    assert.equal(forSession(sid).length, 1, 'the second turn schedules nothing while a check is pending');
    assert.equal(forSession(sid)[0]!.delayMs, 30 * MIN);
    // drain does not wait for the scheduled check, and it is counted apart from unfinished work.
    await h.jobs.drain();
    const counts = await h.jobs.counts();
    assert.ok(counts.scheduled >= 1);
    assert.equal(counts.pending ?? 0, 0);

    // The check fires 30 minutes after the email turn: the last turn was 25 minutes ago, so it moves 5 minutes on.
    clock.advance(25 * MIN);
    await runDue(sid);
    assert.equal((await dossiers('Nora Blake')).length, 0);
    assert.equal(forSession(sid).length, 2);
    assert.equal(forSession(sid)[1]!.delayMs, 5 * MIN);
    clock.advance(4 * MIN);
    await runDue(sid);
    assert.equal((await dossiers('Nora Blake')).length, 0, '29 minutes after the last turn: not idle yet');

    clock.advance(1 * MIN);
    await runDue(sid);
    const sent = await dossiers('Nora Blake');
    assert.equal(sent.length, 1);
    assert.match(sent[0]!.html, /nora@blakept\.com/);
    // Redelivered (queues deliver at least once), or the end beacon later: still one dossier.
    await runVoiceIdleJob(h.deps, forSession(sid).at(-1)!.payload as VoiceIdleJob);
    await h.app.request('/api/voice-agent/end', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: sid }) });
    await h.jobs.drain();
    assert.equal((await dossiers('Nora Blake')).length, 1);
    const row = (await h.rows('voice_sessions')).find((r) => r.external_session_id === sid)!;
    assert.ok(row, 'the conversation row is synced');
  });

  // Review finding: each turn enqueued its own delayed job.
  it('ten turns leave at most one idle check pending', async () => {
    const sid = randomUUID();
    await say(sid, "I'm Ivo Marsh, ivo@marshbakery.com");
    for (let i = 0; i < 9; i++) {
      clock.advance(MIN);
      await say(sid, i % 2 ? 'how much does it cost?' : 'what does the assessment include?');
    }
    assert.equal(forSession(sid).length, 1);
  });

  // Review finding: a contact edit bumped the version, so the check scheduled by the last turn did nothing and no
  // other was ever scheduled: no dossier.
  it('a contact edit after the last turn still yields exactly one dossier after 30 idle minutes', async () => {
    const sid = randomUUID();
    await say(sid, "I'm Rosa Vidal, rosa@vidalcleaning.com");
    clock.advance(2 * MIN);
    await say(sid, 'what does the assessment include?');
    clock.advance(3 * MIN);
    const res = await h.app.request('/api/voice-agent/contact', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ sessionId: sid, companyName: 'Vidal Cleaning Co' }) });
    assert.equal(res.status, 200);
    clock.advance(25 * MIN);
    await runDue(sid);
    assert.equal((await dossiers('Rosa Vidal')).length, 0, '28 minutes after the last turn');
    clock.advance(2 * MIN);
    await runDue(sid);
    assert.equal((await dossiers('Rosa Vidal')).length, 1);
    clock.advance(60 * MIN);
    await runDue(sid);
    assert.equal((await dossiers('Rosa Vidal')).length, 1);
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
    await runDue(sid);
    assert.equal((await dossiers('Al Green')).length, 1);
  });

  // Review finding: with the live session gone, the idle check wrote the old snapshot back to the live key.
  it('with the live session gone, the check syncs the snapshot and sends the dossier without bringing the session back', async () => {
    const sid = randomUUID();
    await say(sid, "I'm Pia Lund, pia@lundtax.com");
    await h.jobs.drain();
    await h.deps.kv.delete(`voice:${sid}`);
    clock.advance(31 * MIN);
    await runDue(sid);
    assert.equal((await dossiers('Pia Lund')).length, 1);
    assert.equal(await h.deps.kv.get(`voice:${sid}`), null, 'the old conversation is not the live session again');
  });
});
