import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { inScope } from './scope.js';

describe('in-scope questions without a stated fact', () => {
  it('their software, after hours, languages and regions are in scope (EN/ES)', () => {
    for (const q of ['Does it work with QuickBooks?', 'Can it answer customers after hours?', 'Do you work outside the US?', '¿Se integra con nuestro CRM?', '¿Funciona los fines de semana?', '¿Trabajan en español?']) {
      assert.equal(inScope(q), true, q);
    }
  });
  it('the weather, sports and poems are not', () => {
    for (const q of ["what's the weather like today?", 'who won the game last night?', 'can you write me a poem?', '¿quién ganó el partido anoche?']) assert.equal(inScope(q), false, q);
  });
});
