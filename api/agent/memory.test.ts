import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { FACTS } from './knowledge.js';
import { recall } from './memory.js';
import { OFFERS, PHRASES } from './phrases.js';
import type { Turn } from './types.js';

const convo = (...pairs: [string, string][]): Turn[] => pairs.flatMap(([u, a]) => [{ role: 'user' as const, content: u }, { role: 'assistant' as const, content: a }]);

describe('recall: what the conversation so far means for this turn', () => {
  it('knows what was said, anywhere and in the last turn, ignoring punctuation and case', () => {
    const m = recall(convo(['what do you do?', FACTS.services.en], ['ok', 'Great. Anything else?']));
    assert.ok(m.said(FACTS.services.en));
    assert.ok(!m.saidLast(FACTS.services.en));
    assert.ok(m.saidLast('great anything else'));
    assert.ok(!m.said(FACTS.guarantee.en));
  });

  it('reads the offer the last turn ended with, in either language, and only the last turn', () => {
    assert.equal(recall(convo(['how much?', `Prices. ${OFFERS.pricing.en}`])).pendingOffer, 'pricing');
    assert.equal(recall(convo(['¿ejemplos?', `Por ejemplo. ${OFFERS['case-studies'].es}`])).pendingOffer, 'case-studies');
    assert.equal(recall(convo(['how much?', `Prices. ${OFFERS.pricing.en}`], ['and the guarantee?', FACTS.guarantee.en])).pendingOffer, null);
  });

  it('remembers the kind of booking named, the tier discussed, an estimate given and a calendar opened', () => {
    const m = recall(
      convo(
        ['What is the on-site assessment?', 'It is $250.'],
        ['Tell me about the architect tier', 'Systems Architect is…'],
        ['is it worth it?', 'Using typical numbers, a rough estimate on Systems Architect is about 28 hours saved a week.'],
      ),
    );
    assert.equal(m.bookingType, 'assessment');
    assert.equal(m.tier, 'architect');
    assert.ok(m.estimated);
    assert.equal(m.estimateTier, 'architect');
    assert.ok(!m.bookingOpened);
    assert.ok(recall(convo(['book a call', `Times. ${PHRASES.calendarOpened.es}`])).bookingOpened);
  });

  it('a declined email is remembered for the rest of the conversation', () => {
    assert.ok(recall(convo(["I'd rather not give my email", 'No problem.'], ['pricing?', 'Prices.'])).contactDeclined);
    assert.ok(!recall(convo(['pricing?', 'Prices.'])).contactDeclined);
  });
});
