import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { isNameWord, properWord, similarity, splitFullName } from './names.js';
import { joinSpelled } from './spelling.js';
import { tokenize } from './text.js';

describe('properWord', () => {
  it('writes proper names', () => {
    assert.deepEqual(
      ['mcdonald', 'MCDONALD', "o'brien", "d'angelo", 'smith-jones', 'DeShawn', 'MacArthur', 'garcía', 'DANA'].map(properWord),
      ['McDonald', 'McDonald', "O'Brien", "D'Angelo", 'Smith-Jones', 'DeShawn', 'MacArthur', 'García', 'Dana'],
    );
  });
});

describe('splitFullName', () => {
  it('keeps two Spanish surnames, compound given names and particles', () => {
    assert.deepEqual(splitFullName(['María', 'García', 'López']), { first: 'María', last: 'García López' });
    assert.deepEqual(splitFullName(['juan', 'carlos', 'pérez']), { first: 'Juan Carlos', last: 'Pérez' });
    assert.deepEqual(splitFullName(['Carmen', 'de', 'la', 'Cruz']), { first: 'Carmen', last: 'de la Cruz' });
    assert.deepEqual(splitFullName(['Tyrone', 'J', 'Wallace']), { first: 'Tyrone', last: 'Wallace' });
    assert.deepEqual(splitFullName(['dana']), { first: 'Dana', last: null });
  });
});

describe('name helpers', () => {
  it('isNameWord rejects contractions and possessives but keeps apostrophe names', () => {
    assert.deepEqual(["O'Brien", "I'd", "Dana's", "don't", 'Smith-Jones', 'R2'].map(isNameWord), [true, false, false, false, true, false]);
  });

  it('similarity ranks a spelling correction next to the word it fixes', () => {
    assert.ok(similarity('Smyth', 'Smith') > similarity('Smyth', 'John'));
    assert.equal(similarity('ana', 'Ana'), 1);
  });

  it('joinSpelled joins hyphenated, spaced and "as in" spellings but leaves words alone', () => {
    const words = (s: string) => joinSpelled(tokenize(s)).map((t) => t.norm);
    assert.deepEqual(words('d-a-n-a'), ['dana']);
    assert.deepEqual(words('j o h n at gmail'), ['john', 'at', 'gmail']);
    assert.deepEqual(words('k as in kilo, o, w, a, l'), ['kowal']);
    assert.deepEqual(words('I am a plumber'), ['i', 'am', 'a', 'plumber']);
    assert.deepEqual(words('cinco y seis'), ['cinco', 'y', 'seis']);
  });
});
