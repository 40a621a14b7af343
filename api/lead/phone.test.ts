import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { findPhoneRuns, toE164 } from './phone.js';
import { tokenize } from './text.js';

const runs = (s: string) => findPhoneRuns(tokenize(s)).map((r) => r.digits);

describe('findPhoneRuns', () => {
  it('reads written and dictated digits', () => {
    assert.deepEqual(runs('(512) 555-0134'), ['5125550134']);
    assert.deepEqual(runs('five one two, double five five, oh one three four'), ['5125550134']);
    assert.deepEqual(runs('seven one three, five five five, zero one, forty eight'), ['7135550148']);
    assert.deepEqual(runs('seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho'), ['612345678']);
    assert.deepEqual(runs('plus forty four, twenty, seven nine four six, oh nine five eight'), ['+442079460958']);
    assert.deepEqual(runs('two one two triple five oh one four nine'), ['2125550149']);
  });

  it('drops extensions and skips money, counts and labelled numbers', () => {
    assert.deepEqual(runs('415 555 0199 extension 204'), ['4155550199']);
    assert.deepEqual(runs('it was $4,000 and 1,250,000 dollars'), []);
    assert.deepEqual(runs('we have 1200 customers'), []);
    assert.deepEqual(runs('our license number is 2125550134'), []);
  });
});

describe('toE164', () => {
  it('applies the default country, keeps a spoken one, rejects invalid or incomplete numbers', () => {
    assert.equal(toE164('5125550134', 'US'), '+15125550134');
    assert.equal(toE164('15125550134', 'US'), '+15125550134');
    assert.equal(toE164('+442079460958', 'US'), '+442079460958');
    assert.equal(toE164('00442079460958', 'US'), '+442079460958');
    assert.equal(toE164('5550134', 'US'), null);
    assert.equal(toE164('5555550134', 'US'), null);
    assert.equal(toE164('612345678', 'US'), null);
    assert.equal(toE164('612345678', 'US', ['ES']), '+34612345678');
  });
});
