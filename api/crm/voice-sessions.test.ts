import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../testing/harness.js';
import { upsertVoiceSession, voiceSessionRow, type VoiceSessionFacts } from './voice-sessions.js';

const IPHONE = 'Mozilla/5.0 (iPhone; CPU iPhone OS 17_0 like Mac OS X) AppleWebKit/605.1.15 Mobile/15E148';

/** Flows hand crm/voice-sessions.ts a conversation in domain terms; the column names live only here (and in the schema). */
const FACTS: VoiceSessionFacts = {
  language: 'es',
  startedAt: '2026-11-24T17:00:00.000Z',
  endedAt: '2026-11-24T17:03:04.400Z',
  userAgent: IPHONE,
  referrerPage: 'https://kre8.example/pricing',
  transcript: [
    { role: 'user', content: '¿Cuánto cuesta?', at: '2026-11-24T17:00:00.000Z' },
    { role: 'assistant', content: 'Depende del plan.', at: '2026-11-24T17:00:02.000Z' },
    { role: 'user', content: 'Quiero una cita.', at: '2026-11-24T17:03:04.400Z' },
  ],
  actions: ['SCROLL_TO_pricing', 'OPEN_BOOKING'],
  topics: ['pricing'],
  intents: ['pricing_inquiry', 'booking_intent'],
  painPoints: ['missed calls'],
  objections: [],
  sentiment: 'positive',
  outcome: 'booking_scheduled',
};

const ROW = {
  start_time: '2026-11-24T17:00:00.000Z',
  end_time: '2026-11-24T17:03:04.400Z',
  duration: 184,
  language: 'es',
  user_agent: IPHONE,
  device: 'mobile',
  referrer_page: 'https://kre8.example/pricing',
  messages:
    '[{"role":"user","content":"¿Cuánto cuesta?","timestamp":"2026-11-24T17:00:00.000Z"},' +
    '{"role":"assistant","content":"Depende del plan.","timestamp":"2026-11-24T17:00:02.000Z"},' +
    '{"role":"user","content":"Quiero una cita.","timestamp":"2026-11-24T17:03:04.400Z"}]',
  total_questions: 2,
  actions_taken: '["SCROLL_TO_pricing","OPEN_BOOKING"]',
  topics: '["pricing"]',
  intents: '["pricing_inquiry","booking_intent"]',
  pain_points: '["missed calls"]',
  objections: '[]',
  sentiment: 'positive',
  outcome: 'booking_scheduled',
};

describe('crm/voice-sessions', () => {
  it('maps the facts onto the voice_sessions columns: JSON text for lists, seconds for duration, user turns counted', () => {
    assert.deepEqual(voiceSessionRow(FACTS), ROW);
  });

  it('classifies the device from the user agent, caps it at 500 characters, and writes null for what is unknown', () => {
    const ua = (userAgent: string | null | undefined) => voiceSessionRow({ ...FACTS, userAgent });
    assert.equal(ua('Mozilla/5.0 (iPad; CPU OS 17_0 like Mac OS X) Mobile/15E148').device, 'tablet');
    assert.equal(ua('Mozilla/5.0 (Linux; Android 14; Pixel 8) Mobile Safari/537.36').device, 'mobile');
    assert.equal(ua('Mozilla/5.0 (Windows NT 10.0; Win64; x64) Chrome/131.0').device, 'desktop');
    const long = ua(`Mozilla/5.0 ${'x'.repeat(600)}`);
    assert.equal(long.user_agent, `Mozilla/5.0 ${'x'.repeat(488)}`);
    assert.equal(String(long.user_agent).length, 500);
    for (const none of [null, undefined, '']) {
      const row = ua(none);
      assert.equal(row.device, null);
      assert.equal(row.user_agent, none === '' ? '' : null);
    }
    assert.equal(voiceSessionRow({ ...FACTS, referrerPage: undefined }).referrer_page, null);
  });

  it('never writes a negative duration (an end before the start is a clock skew)', () => {
    assert.equal(voiceSessionRow({ ...FACTS, endedAt: '2026-11-24T16:59:00.000Z' }).duration, 0);
    assert.equal(voiceSessionRow({ ...FACTS, endedAt: '2026-11-24T17:00:00.499Z' }).duration, 0);
    assert.equal(voiceSessionRow({ ...FACTS, endedAt: '2026-11-24T17:00:00.500Z' }).duration, 1);
  });

  describe('against the local NCB', () => {
    let h: Harness;
    before(async () => (h = await startHarness()));
    after(() => h.close());

    it('writes one row per external id: a later upsert updates that row in place', async () => {
      const rowsOf = async (id: string) => (await h.rows('voice_sessions')).filter((r) => r.external_session_id === id);
      const first = await upsertVoiceSession(h.deps.ncb, 'conv-vsess-1', { ...FACTS, transcript: FACTS.transcript.slice(0, 1), outcome: 'continued_browsing' });
      const [early] = await rowsOf('conv-vsess-1');
      assert.equal(early!.id, first);
      assert.equal(early!.total_questions, 1);
      assert.equal(early!.outcome, 'continued_browsing');
      assert.equal(early!.messages, '[{"role":"user","content":"¿Cuánto cuesta?","timestamp":"2026-11-24T17:00:00.000Z"}]');

      const again = await upsertVoiceSession(h.deps.ncb, 'conv-vsess-1', FACTS);
      assert.equal(again, first);
      const rows = await rowsOf('conv-vsess-1');
      assert.equal(rows.length, 1);
      const stored = rows[0]!;
      for (const [col, want] of Object.entries(ROW)) {
        if (col !== 'start_time' && col !== 'end_time') assert.equal(stored[col], want, col);
      }

      // NCB's datetime columns keep whole seconds.
      assert.equal(stored.start_time, '2026-11-24T17:00:00.000Z');
      assert.equal(stored.end_time, '2026-11-24T17:03:04.000Z');
      const other = await upsertVoiceSession(h.deps.ncb, 'conv-vsess-2', FACTS);
      assert.notEqual(other, first);
      assert.equal((await rowsOf('conv-vsess-2')).length, 1);
    });
  });
});
