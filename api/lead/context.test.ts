import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { asksOf } from './context.js';
import { isSomeoneElses } from './ownership.js';

const asks = (s: string) => [...asksOf(s)].sort();

describe('asksOf', () => {
  it('reads what the last question asks for, EN and ES', () => {
    assert.deepEqual(asks("Great! What's your name?"), ['name']);
    assert.deepEqual(asks("Thanks Dana. What's the best number to reach you?"), ['phone']);
    assert.deepEqual(asks('What is your company called?'), ['company']);
    assert.deepEqual(asks("Can I get your name and email?"), ['email', 'name']);
    assert.deepEqual(asks('¿Cómo se llama tu empresa?'), ['company']);
    assert.deepEqual(asks('¿Cuál es tu correo electrónico?'), ['email']);
    assert.deepEqual(asks('Could you spell your last name?'), ['lastName', 'spell']);
  });

  it('ignores statements before the question and questions about other things', () => {
    assert.deepEqual(asks('I have dana@x.com as your email. How many employees do you have?'), []);
    assert.deepEqual(asks(''), []);
    assert.deepEqual(asks(undefined as unknown as string), []);
  });
});

describe('isSomeoneElses', () => {
  it('spots third parties, staff, possessives and old details', () => {
    for (const p of ["my partner's email is", 'her email is', 'cc my bookkeeper at', 'you can email my office manager tina at', "our dispatcher's line is", 'my old email was', 'el correo de mi socio es']) {
      assert.equal(isSomeoneElses(p), true, p);
    }
  });

  it('a later first-person cue wins', () => {
    for (const p of ['my partner handles billing but my email is', 'mine is', "i'm the office manager, reach me at", 'el mio es', 'my email is']) {
      assert.equal(isSomeoneElses(p), false, p);
    }
  });
});
