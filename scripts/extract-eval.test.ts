import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { DEV_4 } from '../fixtures/lead/dev-4/index.js';
import { DEV_5A } from '../fixtures/lead/dev-5a/index.js';
import { DEV_5B } from '../fixtures/lead/dev-5b/index.js';
import { DEV_6_TUNE } from '../fixtures/lead/dev-6.js';
import { lead, u, type LeadCase } from '../fixtures/lead/types.js';
import { evaluate, f1, type FieldStats } from './extract-eval.js';

describe('extract-eval scoring', () => {
  const c = (id: string, expect: LeadCase['expect']): LeadCase => ({ id, lang: 'en', turns: [u('hi')], expect });
  const cases = [c('a', lead({ firstName: 'Dana', email: 'dana@x.com' })), c('b', lead()), c('c', lead({ firstName: 'Li' }))];
  const got = [lead({ firstName: 'Dana', email: 'dana@y.com' }), lead({ companyName: 'Acme' }), lead({ firstName: 'Li' })];
  const r = evaluate(cases, (x) => got[cases.indexOf(x)]);

  it('counts a right value as TP, a wrong one as both FP and FN, a value where none was said as FP', () => {
    assert.deepEqual(r.stats.firstName, { tp: 2, fp: 0, fn: 0 });
    assert.deepEqual(r.stats.email, { tp: 0, fp: 1, fn: 1 });
    assert.deepEqual(r.stats.companyName, { tp: 0, fp: 1, fn: 0 });
    assert.equal(r.fullyRight, 1);
    assert.equal(r.misses.length, 2);
  });

  it('F1 is 2TP / (2TP + FP + FN), and 0 with no TP', () => {
    assert.equal(f1({ tp: 8, fp: 2, fn: 2 }), 0.8);
    assert.equal(f1({ tp: 0, fp: 3, fn: 1 }), 0);
  });
});

const micro = (stats: Record<string, FieldStats>) =>
  f1(Object.values(stats).reduce((t, s) => ({ tp: t.tp + s.tp, fp: t.fp + s.fp, fn: t.fn + s.fn }), { tp: 0, fp: 0, fn: 0 }));

// Rounds 4 to 6 tuned the rules on these development sets (written by authors who never read the rules), so
// their figures say what the rules were built to do, not how they do on new speech (that is the sealed sets',
// which are never run here). As a gate they keep a later rule from quietly undoing a class fixed for them.
// The floors sit just under the figures measured at the end of the round that tuned on them (README, "Lead
// extraction figures").
const FLOORS: [string, LeadCase[], number, number][] = [
  // set, cases, micro-F1 floor, every field's floor
  ['dev-4', DEV_4, 0.985, 0.975],
  ['dev-5a', DEV_5A, 0.97, 0.95],
  ['dev-5b', DEV_5B, 0.98, 0.95],
  ['dev-6, odd half', DEV_6_TUNE, 0.985, 0.94],
];

describe('extractLead over the development sets of rounds 4 to 6', () => {
  for (const [name, cases, microFloor, fieldFloor] of FLOORS) {
    it(`${name}: micro-F1 ≥ ${microFloor}, every field ≥ ${fieldFloor}, and no value from a negative conversation`, () => {
      const { stats } = evaluate(cases);
      assert.ok(micro(stats) >= microFloor, `${name} micro-F1 ${micro(stats).toFixed(3)}`);
      for (const [field, s] of Object.entries(stats)) assert.ok(f1(s) >= fieldFloor, `${name} ${field} F1 ${f1(s).toFixed(3)}`);
      // (A negative marked as a known miss is one the conventions read two ways; its reason says how.)
      const negatives = cases.filter((x) => x.id.includes('-neg-') && !x.known);
      assert.ok(negatives.length >= 40);
      assert.deepEqual(evaluate(negatives).misses, []);
    });
  }
});
