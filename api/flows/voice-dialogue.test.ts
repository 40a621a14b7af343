import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { createBuiltInResponder } from '../agent/builtin.js';
import { type DialogueState, emptyDialogue, recordReply } from '../agent/dialogue.js';
import { OFFERS } from '../agent/phrases.js';
import type { AgentInput, Responder } from '../agent/types.js';
import { getJson } from '../store/kv.js';
import { startHarness, type Harness } from '../testing/harness.js';
import type { VoiceSession } from './voice.js';

/**
 * The dialogue state lives in the voice session (KV): each turn hands it to the responder and saves what the
 * responder returns. A turn worded by another responder (an LLM) counts through its state, not its words.
 */
describe('dialogue state in the voice session', () => {
  let h: Harness;
  const seenStates: (DialogueState | undefined)[] = [];
  const builtin = createBuiltInResponder();
  // The first message of a conversation is answered "by an LLM" in words the built-in responder never uses.
  const mixed: Responder = {
    name: 'mixed',
    async respond(input: AgentInput, tools) {
      seenStates.push(input.state);
      if (input.message !== 'LLM: estimate please') return builtin.respond(input, tools);
      const reply = 'By my sums your crew gets back a day and a half weekly on Foundation Builder.';
      return { reply, actions: [{ type: 'open-roi-calculator' }], intents: ['roi_intent'], topics: ['roi'], state: recordReply({ ...(input.state ?? emptyDialogue()), estimated: true, estimateTier: 'foundation' }, [reply]) };
    },
  };
  before(async () => {
    h = await startHarness({ responder: mixed });
  });
  after(() => h.close());

  const say = async (sessionId: string, message: string) => {
    const res = await h.json('/api/voice-agent/chat', { sessionId, message, language: 'en', timezone: 'America/Chicago' });
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as { reply: string; actions: unknown[] };
  };

  it('an estimate worded by the LLM, then an objection: the built-in responder offers the call (not another estimate), and "yes" opens the calendar', async () => {
    const sid = randomUUID();
    await say(sid, 'LLM: estimate please');
    const objection = await say(sid, "that's too expensive");
    assert.ok(objection.reply.endsWith(OFFERS.call.en), objection.reply);
    const yes = await say(sid, 'yes');
    assert.deepEqual(yes.actions, [{ type: 'open-booking' }]);
    const saved = await getJson<VoiceSession>(h.deps.kv, `voice:${sid}`);
    assert.equal(saved?.dialogue?.estimated, true);
    assert.equal(saved?.dialogue?.estimateTier, 'foundation');
    assert.equal(saved?.dialogue?.bookingOpened, true);
    // The responder was handed the state saved by the turn before (none at the first turn of a new session).
    assert.equal(seenStates.at(-1)?.offer, 'call');
  });
});
