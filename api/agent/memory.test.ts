import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { emptyDialogue, recordReply } from './dialogue.js';
import { FACTS } from './knowledge.js';
import { recall, stateFromUserTurns } from './memory.js';
import { OFFERS } from './phrases.js';
import type { Turn } from './types.js';

const convo = (...pairs: [string, string][]): Turn[] => pairs.flatMap(([u, a]) => [{ role: 'user' as const, content: u }, { role: 'assistant' as const, content: a }]);

describe('recall: the dialogue state as this turn reads it', () => {
  it('knows what was said, anywhere and in the last reply, ignoring punctuation and case', () => {
    const state = recordReply(recordReply(emptyDialogue(), [FACTS.services.en]), ['Great. Anything else?']);
    const m = recall([], state);
    assert.ok(m.said(FACTS.services.en));
    assert.ok(!m.saidLast(FACTS.services.en));
    assert.ok(m.saidLast('GREAT! anything else'));
    assert.ok(!m.said(FACTS.guarantee.en));
  });

  it('never reads our earlier replies: an offer or a fact in the transcript alone means nothing', () => {
    const history = convo(['how much?', `Prices. ${OFFERS.pricing.en}`], ['what do you do?', FACTS.services.en]);
    const m = recall(history, emptyDialogue());
    assert.equal(m.pendingOffer, null);
    assert.ok(!m.said(FACTS.services.en));
    assert.equal(recall(history, { ...emptyDialogue(), offer: 'pricing' }).pendingOffer, 'pricing');
  });

  it("without a session's state, what the visitor's own turns say: meeting type, tier, a declined contact", () => {
    const m = recall(convo(['What is the on-site assessment?', 'It is $250.'], ['Tell me about the architect tier', 'Systems Architect is…'], ["I'd rather not give my email", 'No problem.']));
    assert.equal(m.bookingType, 'assessment');
    assert.equal(m.tier, 'architect');
    assert.ok(m.contactDeclined);
    // An estimate or an opened calendar is only ever known from the state the responder returned.
    assert.ok(!m.estimated && !m.bookingOpened);
    assert.ok(!stateFromUserTurns(convo(['pricing?', 'Prices.'])).contactDeclined);
  });
});
