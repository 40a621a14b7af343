import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { respondBuiltIn } from './builtin.js';
import { emptyDialogue, observe, recordReply, wasSaid, type DialogueState } from './dialogue.js';
import { FACTS } from './knowledge.js';
import { OFFERS, PHRASES } from './phrases.js';
import { fakeTools, input } from './test-fakes.js';
import type { AgentAction, Locale } from '../../model/contracts.js';
import type { Turn } from './types.js';

/** A conversation through the built-in responder, the dialogue state threaded from turn to turn as the session does. */
async function converse(messages: string[], language: Locale = 'en') {
  let state: DialogueState = emptyDialogue();
  const history: Turn[] = [];
  const out: { reply: string; actions: AgentAction[]; state: DialogueState }[] = [];
  for (const message of messages) {
    const r = await respondBuiltIn(input(message, { language, history: [...history], state }), fakeTools());
    history.push({ role: 'user', content: message }, { role: 'assistant', content: r.reply });
    state = r.state;
    out.push(r);
  }
  return out;
}

const VISIT = ['we have 12 people at $30 an hour', "that's too expensive", 'yes'];

describe('dialogue state, not prose', () => {
  it('an estimate, then a price objection, then "yes": the yes books a call because the state says an estimate was given', async () => {
    const [estimate, objection, yes] = await converse(VISIT);
    assert.equal(estimate!.state.estimated, true);
    assert.ok(objection!.reply.endsWith(OFFERS.call.en), objection!.reply);
    assert.equal(objection!.state.offer, 'call');
    assert.deepEqual(yes!.actions, [{ type: 'open-booking' }]);
    assert.equal(yes!.state.bookingOpened, true);
  });

  it('rewording the estimate phrase changes no behaviour (memory used to look for "hours saved a week")', async () => {
    const original = PHRASES.roiBody.en;
    try {
      PHRASES.roiBody.en = '{basis} on {tier} you could win back roughly {hours} hours each week, {annual} yearly, about {roi} percent back.';
      const [estimate, objection, yes] = await converse(VISIT);
      assert.match(estimate!.reply, /win back roughly 18 hours each week/);
      assert.ok(objection!.reply.endsWith(OFFERS.call.en), objection!.reply);
      assert.deepEqual(yes!.actions, [{ type: 'open-booking' }]);
    } finally {
      PHRASES.roiBody.en = original;
    }
  });

  it('rewording an offer changes no behaviour: a yes still accepts it', async () => {
    const original = OFFERS['case-studies'].en;
    try {
      OFFERS['case-studies'].en = 'Shall I scroll you down to a few of our client stories?';
      const [example, yes] = await converse(['can you give me an example?', 'yes please']);
      assert.ok(example!.reply.endsWith('Shall I scroll you down to a few of our client stories?'), example!.reply);
      assert.deepEqual(yes!.actions, [{ type: 'scroll-to', target: 'case-studies' }]);
    } finally {
      OFFERS['case-studies'].en = original;
    }
  });

  it('what was said is the state, not the transcript: a turn answered elsewhere (another responder) counts once recorded', async () => {
    const state = recordReply(emptyDialogue(), [FACTS.services.en]);
    const r = await respondBuiltIn(input('what exactly do you do?', { history: [{ role: 'user', content: 'hi' }, { role: 'assistant', content: 'Hello! (worded by an LLM)' }], state }), fakeTools());
    assert.ok(!r.reply.includes(FACTS.services.en), 'the full services answer is not read out twice');
    // And the transcript alone, with no recorded state, claims nothing about what was said.
    assert.equal(wasSaid(emptyDialogue(), FACTS.services.en), false);
  });

  it('the visitor\'s own words set tier, meeting type and a declined contact; "said" is per sentence, last reply apart', () => {
    let s = observe(emptyDialogue(), 'tell me about the architect tier');
    assert.equal(s.tier, 'architect');
    s = observe(s, 'what does the on-site assessment include?');
    assert.equal(s.bookingType, 'assessment');
    s = observe(s, "I'd rather not give my email");
    assert.equal(s.contactDeclined, true);
    s = recordReply(recordReply(s, ['Prices here. Anything else?']), ['Sure.']);
    assert.ok(wasSaid(s, 'prices here!'));
    assert.ok(!wasSaid(s, 'prices here', true));
    assert.ok(wasSaid(s, 'sure', true));
    assert.ok(!wasSaid(s, 'Prices here. Something new.'));
  });
});
