import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { BLIND_CHECK } from '../../fixtures/lead/blind-check.js';
import { BLIND_FRESH } from '../../fixtures/lead/blind-fresh.js';
import { BLIND } from '../../fixtures/lead/blind.js';
import { CORPUS } from '../../fixtures/lead/index.js';
import type { LeadCase } from '../../fixtures/lead/types.js';
import { extractLead } from './extract.js';

describe('extractLead over the corpus', () => {
  it('has at least 150 conversations in both languages, with unique ids', () => {
    assert.ok(CORPUS.length >= 150, `corpus has ${CORPUS.length}`);
    assert.ok(CORPUS.filter((c) => c.lang === 'es').length >= 40);
    assert.equal(new Set(CORPUS.map((c) => c.id)).size, CORPUS.length);
  });

  it('keeps known misses under 5% and explains each', () => {
    const known = CORPUS.filter((c) => c.known === 'miss');
    assert.ok(known.length / CORPUS.length < 0.05, `${known.length} known misses`);
    for (const c of known) assert.ok(c.reason && c.reason.length > 20, `${c.id} needs a reason`);
  });

  for (const c of CORPUS) {
    it(`${c.id}${c.known ? ' (known miss)' : ''}`, { skip: c.known === 'miss' ? c.reason : undefined }, () => {
      const got = extractLead(c.turns, { language: c.lang, defaultCountry: c.defaultCountry });
      assert.deepEqual(got, c.expect);
    });
  }
});

// The held-out sets (written without looking at the extractor; see scripts/extract-eval.ts for their history),
// so a rule tuned for one phrasing cannot quietly break conversations it was never shown.
const HELD_OUT: [string, LeadCase[]][] = [
  ['blind', BLIND],
  ['fresh', BLIND_FRESH],
  ['check', BLIND_CHECK],
];

describe('extractLead over the held-out sets', () => {
  it('has 150+ blind conversations in both languages, ids unique across every set', () => {
    assert.ok(BLIND.length >= 150, `blind set has ${BLIND.length}`);
    assert.ok(BLIND.filter((c) => c.lang === 'es').length >= 40);
    const all = [...CORPUS, ...BLIND, ...BLIND_FRESH, ...BLIND_CHECK];
    assert.equal(new Set(all.map((c) => c.id)).size, all.length);
  });

  it('keeps known misses under 2% of the held-out conversations and explains each', () => {
    const cases = HELD_OUT.flatMap(([, set]) => set);
    const known = cases.filter((c) => c.known === 'miss');
    assert.ok(known.length / cases.length < 0.02, `${known.length} known misses`);
    for (const c of known) assert.ok(c.reason && c.reason.length > 20, `${c.id} needs a reason`);
  });

  for (const [name, set] of HELD_OUT) {
    describe(name, () => {
      for (const c of set) {
        it(`${c.id}${c.known ? ' (known miss)' : ''}`, { skip: c.known === 'miss' ? c.reason : undefined }, () => {
          assert.deepEqual(extractLead(c.turns, { language: c.lang, defaultCountry: c.defaultCountry }), c.expect);
        });
      }
    });
  }
});

describe('extractLead contract', () => {
  it('returns all five fields as null for an empty or assistant-only conversation', () => {
    const none = { firstName: null, lastName: null, email: null, phone: null, companyName: null };
    assert.deepEqual(extractLead([]), none);
    assert.deepEqual(extractLead([{ role: 'assistant', content: "I'm Kai. Email hello@kre8tion.com, call (512) 555-0100." }]), none);
  });

  it('does not take a question answering the name ask for a name ("Anything on Tuesday?")', () => {
    const asked = { role: 'assistant' as const, content: 'Happy to help! Who am I speaking with?' };
    for (const reply of ['Anything on Tuesday?', 'Something next week?', 'Whatever works, maybe Friday']) {
      assert.equal(extractLead([asked, { role: 'user', content: reply }]).firstName, null, reply);
    }
    assert.equal(extractLead([asked, { role: 'user', content: 'Dana. Anything on Tuesday?' }]).firstName, 'Dana');
  });

  it('is deterministic and does not mutate its input', () => {
    const turns = [{ role: 'user' as const, content: 'my name is dana whitfield, dana at whitfield hvac dot com' }];
    const copy = structuredClone(turns);
    assert.deepEqual(extractLead(turns), extractLead(turns));
    assert.deepEqual(turns, copy);
  });

  it('applies defaultCountry to numbers said without a country code', () => {
    const turns = [{ role: 'user' as const, content: 'my cell is 55 1234 5678' }];
    assert.equal(extractLead(turns, { defaultCountry: 'MX' }).phone, '+525512345678');
    assert.equal(extractLead([{ role: 'user', content: 'my cell is 512 555 0134' }]).phone, '+15125550134');
  });

  it('never reads values from assistant turns, even when the user only says yes', () => {
    const got = extractLead([
      { role: 'assistant', content: 'Is your email dana@whitfieldhvac.com and your number 512-555-0134?' },
      { role: 'user', content: 'yes' },
    ]);
    assert.equal(got.email, null);
    assert.equal(got.phone, null);
  });

  it('copes with very long and odd input without throwing', () => {
    const long = 'blah '.repeat(5000) + ' my email is x@y.com ' + '??? $$$ ((( '.repeat(100);
    assert.equal(extractLead([{ role: 'user', content: long }]).email, 'x@y.com');
    assert.doesNotThrow(() => extractLead([{ role: 'user', content: '' }, { role: 'user', content: '@ at dot . , - +' }]));
  });
});
