import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { getJson } from '../store/kv.js';
import { startHarness, type Harness } from '../testing/harness.js';
import type { VoiceSession } from './voice.js';

/**
 * #22 item 2: one long chat session cannot stall the process. A session's stored transcript is capped (turns
 * and characters), a turn's work does not grow with the transcript, and /api/health answers during a turn.
 */
const FILLER = 'We run a small plumbing shop and spend hours every week on scheduling, invoices and follow-ups. ';
const message = (i: number) => `Turn ${i}: how much does it cost? ${FILLER.repeat(25)}`.slice(0, 2000);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)]!;

describe('a long chat session', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('120 turns of 2,000 characters: storage capped, the late turns within 3× the early ones, health prompt', async () => {
    const sessionId = randomUUID();
    const times: number[] = [];
    const turn = async (i: number) => {
      const t0 = performance.now();
      const res = await h.json('/api/voice-agent/chat', { sessionId, message: message(i), language: 'en' });
      assert.equal(res.status, 200);
      await res.arrayBuffer();
      times.push(performance.now() - t0);
    };
    for (let i = 1; i <= 120; i++) await turn(i);
    // Early turns 3–12 (after warm-up) against the last ten: a small multiple, plus slack for a busy machine.
    const early = median(times.slice(2, 12));
    const late = median(times.slice(-10));
    assert.ok(late <= 3 * early + 25, `late ${late.toFixed(1)} ms vs early ${early.toFixed(1)} ms`);

    const s = (await getJson<VoiceSession>(h.deps.kv, `voice:${sessionId}`))!;
    assert.ok(s.turns.length <= 200, `${s.turns.length} turns stored`);
    assert.ok(s.turns.reduce((n, t) => n + t.content.length, 0) <= 40_000, 'at most 40,000 characters stored');
    assert.equal(s.turns[0]!.content, message(1), 'the first exchange is kept');
    assert.equal(s.turns[s.turns.length - 2]!.content, message(120), 'the latest turn is kept');

    // Health during a long session's turn.
    const pending = turn(121);
    const t0 = performance.now();
    const health = await h.app.request('/api/health');
    const waited = performance.now() - t0;
    await pending;
    assert.equal(health.status, 200);
    assert.ok(waited < 1000, `health waited ${waited.toFixed(0)} ms`);
  });
});
