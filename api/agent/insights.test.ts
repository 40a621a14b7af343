import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { OUTCOMES, SENTIMENTS } from '../ncb/schema.js';
import { summarizeConversation } from './insights.js';
import type { Turn } from './types.js';

const user = (...contents: string[]): Turn[] => contents.map((content) => ({ role: 'user', content }));

describe('summarizeConversation: sentiment', () => {
  it('positive, EN and ES', () => {
    assert.equal(summarizeConversation(user('This sounds great, thanks!'), []).sentiment, 'positive');
    assert.equal(summarizeConversation(user('¡Me encanta, es justo lo que necesito!'), []).sentiment, 'positive');
  });
  it('negative, EN and ES, including a negated positive', () => {
    assert.equal(summarizeConversation(user('This is a waste of time, honestly frustrating'), []).sentiment, 'negative');
    assert.equal(summarizeConversation(user('Me parece muy caro y estoy frustrado'), []).sentiment, 'negative');
    assert.equal(summarizeConversation(user('That is not good'), []).sentiment, 'negative');
  });
  it('mixed when strongly both', () => {
    assert.equal(summarizeConversation(user('I love the idea', 'but the price is ridiculous'), []).sentiment, 'mixed');
  });
  it('neutral without feeling words, and only the visitor counts', () => {
    const turns: Turn[] = [
      { role: 'user', content: 'What are your hours?' },
      { role: 'assistant', content: 'Great question, we love helping! It is amazing.' },
    ];
    assert.equal(summarizeConversation(turns, []).sentiment, 'neutral');
  });
  it('always within the CRM enum', () => {
    for (const t of ['hi', 'great', 'terrible', 'love it but hate the price, awful']) {
      assert.ok(SENTIMENTS.includes(summarizeConversation(user(t), []).sentiment));
    }
  });
});

describe('summarizeConversation: intents and topics', () => {
  it("uses the CRM's intent names", () => {
    const s = summarizeConversation(user('How much does it cost?', 'I want to book a call'), []);
    assert.ok(s.intents.includes('pricing_inquiry'));
    assert.ok(s.intents.includes('booking_intent'));
    assert.ok(!s.intents.includes('info'));
  });
  it('adds intents from actions and finds topics in both languages', () => {
    const s = summarizeConversation(user('¿Tienen garantía?', '¿Cómo funciona el proceso?'), [{ type: 'open-roi-calculator' }]);
    assert.ok(s.intents.includes('roi_intent'));
    assert.ok(s.topics.includes('guarantee'));
    assert.ok(s.topics.includes('process'));
  });
  it('info when nothing specific was asked', () => {
    assert.deepEqual(summarizeConversation(user('hello'), []).intents, ['info']);
  });
});

describe('summarizeConversation: pain points and objections', () => {
  it('finds pain points in EN and ES', () => {
    const s = summarizeConversation(user('We spend too much time on scheduling and we get a lot of no-shows', 'Also missed calls when we are on a job'), []);
    assert.deepEqual([...s.painPoints].sort(), ['admin_overload', 'missed_calls', 'no_shows', 'scheduling'].sort());
    const es = summarizeConversation(user('Tenemos muchas llamadas perdidas y mucho papeleo'), []);
    assert.deepEqual([...es.painPoints].sort(), ['data_entry', 'missed_calls']);
  });
  it('finds objections in EN and ES', () => {
    const s = summarizeConversation(user("It's too expensive for us and I'm not sure", 'I need to think about it'), []);
    assert.deepEqual([...s.objections].sort(), ['need_time', 'price', 'uncertain']);
    const es = summarizeConversation(user('Es muy caro, lo voy a pensar'), []);
    assert.deepEqual([...es.objections].sort(), ['need_time', 'price']);
  });
  it('none when there are none', () => {
    const s = summarizeConversation(user('What services do you offer?'), []);
    assert.deepEqual(s.painPoints, []);
    assert.deepEqual(s.objections, []);
  });
});

describe('summarizeConversation: outcome', () => {
  const turns = user('hi');
  it('booking_scheduled when booked', () => assert.equal(summarizeConversation(turns, [{ type: 'open-booking' }], { booked: true }).outcome, 'booking_scheduled'));
  it('roi_calculator when the calculator was opened', () => assert.equal(summarizeConversation(turns, [{ type: 'open-roi-calculator' }]).outcome, 'roi_calculator'));
  it('left_site when the conversation ended without either', () => assert.equal(summarizeConversation(turns, [{ type: 'open-booking' }], { ended: true }).outcome, 'left_site'));
  it('continued_browsing otherwise', () => assert.equal(summarizeConversation(turns, [{ type: 'scroll-to', target: 'pricing' }]).outcome, 'continued_browsing'));
  it('always within the CRM enum', () => {
    for (const opts of [{}, { ended: true }, { booked: true }]) assert.ok(OUTCOMES.includes(summarizeConversation(turns, [], opts).outcome));
  });
});

describe('summarizeConversation: sentiment of rude, skeptical and polite visitors', () => {
  const said = (...texts: string[]) => texts.map((content) => ({ role: 'user' as const, content }));
  it('a rude visitor is negative, even with a thanks (EN/ES)', () => {
    assert.equal(summarizeConversation(said('this is stupid', "you're a useless bot", 'thanks'), []).sentiment, 'negative');
    assert.equal(summarizeConversation(said('esto no sirve para nada', 'muy caro', 'adiós'), []).sentiment, 'negative');
  });
  it('a skeptic is negative', () => {
    assert.equal(summarizeConversation(said('is this just chatgpt with a markup?', 'meh, not interested'), []).sentiment, 'negative');
  });
  it('thanks alone is politeness, not enthusiasm', () => {
    assert.equal(summarizeConversation(said('what do you charge?', 'thanks'), []).sentiment, 'neutral');
    assert.equal(summarizeConversation(said('¿cuánto cuesta?', 'gracias'), []).sentiment, 'neutral');
  });
});
