import { expect } from '@open-wc/testing';
import { DEFAULT_INPUTS, LIMITS } from '../../model/roi.js';
import { debounce, loadProgress, parseProgress, sanitizeInputs, saveProgress, type Timers } from './persistence.js';

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

  describe('debounce (fake clock)', () => {
    /** A hand-moved clock: timers fire only when `tick` passes their time. */
    function fakeTimers() {
      let now = 0;
      let next = 1;
      const due = new Map<number, [number, () => void]>();
      const timers: Timers = {
        setTimeout: (fn, ms) => {
          due.set(next, [now + ms, fn]);
          return next++;
        },
        clearTimeout: (id) => void due.delete(id as number),
      };
      const tick = (ms: number) => {
        now += ms;
        for (const [id, [at, fn]] of [...due]) {
          if (at > now) continue;
          due.delete(id);
          fn();
        }
      };
      return { timers, tick };
    }

    it('writes once the calls pause for the delay, not on every call', () => {
      const { timers, tick } = fakeTimers();
      let writes = 0;
      const save = debounce(() => writes++, 500, timers);
      for (let i = 0; i < 20; i++) {
        save(); // a slider dragged for 2 s
        tick(100);
      }
      expect(writes).to.equal(0);
      tick(399);
      expect(writes).to.equal(0);
      tick(1);
      expect(writes).to.equal(1);
      tick(5000);
      expect(writes).to.equal(1);
    });

    it('flush writes now and cancels the pending write', () => {
      const { timers, tick } = fakeTimers();
      let writes = 0;
      const save = debounce(() => writes++, 500, timers);
      save();
      save.flush();
      expect(writes).to.equal(1);
      tick(1000);
      expect(writes).to.equal(1);
    });
  });
});
