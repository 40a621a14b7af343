import { expect } from '@open-wc/testing';
import { DEFAULT_INPUTS, LIMITS } from '../../model/roi.js';
import { loadProgress, parseProgress, sanitizeInputs, saveProgress } from './persistence.js';

describe('persistence', () => {
  it('sanitizeInputs clamps numbers, drops unknown ids and fills missing tasks', () => {
    const out = sanitizeInputs({
      industry: 'aliens',
      employees: '10-25',
      hourlyLaborCost: 9999,
      tier: 'architect',
      taskHours: { scheduling: -4, communication: 12, dataEntry: 'x' },
      monthlyRevenue: -1,
      avgDealValue: Number.NaN,
      lostLeadsPerMonth: 3,
      closeRate: 0,
    });
    expect(out.industry).to.equal('other');
    expect(out.employees).to.equal('10-25');
    expect(out.hourlyLaborCost).to.equal(LIMITS.hourlyLaborCost.max);
    expect(out.tier).to.equal('architect');
    expect(out.taskHours).to.deep.equal({ ...DEFAULT_INPUTS.taskHours, scheduling: 0, communication: 12 });
    expect(out.monthlyRevenue).to.equal(0);
    expect(out.avgDealValue).to.equal(DEFAULT_INPUTS.avgDealValue);
    expect(out.lostLeadsPerMonth).to.equal(3);
    expect(out.closeRate).to.equal(LIMITS.closeRate.min);
  });

  it('parseProgress rejects garbage and keeps a well-formed record', () => {
    expect(parseProgress(null)).to.equal(null);
    expect(parseProgress('{oops')).to.equal(null);
    expect(parseProgress('{"step":2}')).to.equal(null); // no submissionId
    const p = parseProgress(
      JSON.stringify({ step: 9, furthest: 1, inputs: { tier: 'discovery' }, engagement: { visibleMs: 5000, adjustments: 2, shownAt: 42 }, submissionId: 'abc' }),
    );
    expect(p).to.deep.equal({
      step: 3,
      furthest: 3,
      inputs: { ...DEFAULT_INPUTS, tier: 'discovery' },
      engagement: { visibleMs: 5000, adjustments: 2, shownAt: 42 },
      submissionId: 'abc',
    });
  });

  it('round-trips through sessionStorage', () => {
    const key = 'kre8:test-progress';
    const rec = { step: 1, furthest: 2, inputs: DEFAULT_INPUTS, engagement: { visibleMs: 1, adjustments: 0, shownAt: null }, submissionId: 'id-1' };
    saveProgress(key, rec);
    expect(loadProgress(key)).to.deep.equal(rec);
    sessionStorage.removeItem(key);
    expect(loadProgress(key)).to.equal(null);
  });
});
