import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { TIERS, knowledgeText, tierPriceSentence } from './knowledge.js';

describe('knowledge base', () => {
  it('tier prices match docs/reference/landing-domain.md §1.3 (setup + monthly × minimum months)', () => {
    const cost = Object.fromEntries(TIERS.map((t) => [t.id, t.setupFee + t.monthlyFee * t.minimumMonths]));
    assert.deepEqual(cost, { discovery: 4000, foundation: 9500, architect: 30000 });
  });
  it('systems per tier follow the pricing copy (2/5/8)', () => {
    assert.deepEqual(TIERS.map((t) => t.systems), [2, 5, 8]);
    for (const t of TIERS) assert.ok(t.includes.en.some((i) => i.includes(String(t.systems))), t.id);
  });
  it('every tier has as many ES as EN inclusions', () => {
    for (const t of TIERS) assert.equal(t.includes.es.length, t.includes.en.length, t.id);
  });
  it('never speaks of a total investment, in either language', () => {
    assert.doesNotMatch(knowledgeText('en'), /total/i);
    assert.doesNotMatch(knowledgeText('es'), /total|inversión total/i);
  });
  it('the ES knowledge text is Spanish and carries the same prices', () => {
    const es = knowledgeText('es');
    assert.match(es, /12,000 dólares de configuración más 3,000 dólares al mes, con un mínimo de 6 meses/);
    assert.match(es, /garantía de 30 días/);
    assert.equal(tierPriceSentence(TIERS[0], 'en'), 'AI Discovery is $2,500 setup plus $750 a month, with a 2-month minimum.');
  });
});
