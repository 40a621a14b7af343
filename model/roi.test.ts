import { test } from 'node:test';
import assert from 'node:assert/strict';
import type { RoiInputs, TierId } from './contracts.js';
import { computeRoi, crmCalculations, DEFAULT_INPUTS, TASKS, TIER_DATA, VOICE_DEFAULTS, LIMITS, CRM_NO_PAYBACK } from './roi.js';

const withInputs = (patch: Partial<RoiInputs>): RoiInputs => ({ ...DEFAULT_INPUTS, ...patch, taskHours: { ...DEFAULT_INPUTS.taskHours, ...patch.taskHours } });

// §1.4 test-vector table (L=35, default hours, avgDeal 500, lostLeads 10, close 25).
const VECTORS: Record<TierId, [number, number, number, number, number, number, number, number, number, number]> = {
  discovery: [15.2, 532, 6, 750, 705, 36671, 4000, 817, 6, 138320],
  foundation: [23.1, 809, 6, 750, 982, 51049, 9500, 437, 10, 210210],
  architect: [28.1, 982, 6, 750, 1155, 60058, 30000, 100, 26, 255255],
};

for (const [tier, v] of Object.entries(VECTORS) as [TierId, (typeof VECTORS)[TierId]][]) {
  test(`§1.4 vector: ${tier}`, () => {
    const r = computeRoi(withInputs({ tier }));
    assert.deepEqual(
      [r.totalWeeklyHoursSaved, r.weeklyLaborSavings, r.recoveredLeads, r.monthlyRevenueRecovery, r.totalWeeklyBenefit,
        r.annualBenefit, r.investment, r.roi, r.paybackWeeks, r.consultantCost],
      v,
    );
    assert.equal(r.agencyCost, 78000);
    assert.equal(r.automatedTasks.length, TIER_DATA[tier].tasksAutomated);
  });
}

test('default inputs: breakdown sorted by saving, ties keep catalogue order', () => {
  const r = computeRoi(DEFAULT_INPUTS);
  assert.deepEqual(r.taskBreakdown.map((t) => t.taskId),
    ['communication', 'scheduling', 'dataEntry', 'leadResponse', 'socialMedia', 'reporting', 'inventory']);
  assert.deepEqual(r.taskBreakdown.map((t) => t.weeklySavings), [196, 178.5, 157.5, 105, 87.5, 84, 84]);
  assert.deepEqual(r.automatedTasks, r.taskBreakdown.slice(0, 6));
  assert.equal(TASKS.reduce((s, t) => s + t.defaultHours, 0), 35);
});

test('voice-tool variant vector', () => {
  const r = computeRoi({ ...DEFAULT_INPUTS, ...VOICE_DEFAULTS });
  assert.equal(r.totalWeeklyHoursSaved, 23.1);
  assert.equal(r.weeklyLaborSavings, 578);
  assert.equal(r.monthlyRevenueRecovery, 1800);
  assert.equal(r.annualBenefit, 51647);
  assert.equal(r.roi, 444);
  assert.equal(r.paybackWeeks, 10);
});

test('weeklySavings is rounded to cents', () => {
  const r = computeRoi(withInputs({ hourlyLaborCost: 37, taskHours: { ...DEFAULT_INPUTS.taskHours, scheduling: 7 } }));
  const s = r.taskBreakdown.find((t) => t.taskId === 'scheduling')!;
  assert.equal(s.weeklySavings, 220.15); // 7 × 0.85 × 37 = 220.15 (floating: 220.14999…)
  for (const t of r.taskBreakdown) assert.equal(Math.round(t.weeklySavings * 100) / 100, t.weeklySavings);
});

test('zero benefit → paybackWeeks null, ROI −100, no comparison savings', () => {
  const zeroHours = Object.fromEntries(TASKS.map((t) => [t.id, 0])) as RoiInputs['taskHours'];
  const r = computeRoi(withInputs({ taskHours: zeroHours, lostLeadsPerMonth: 0 }));
  assert.equal(r.totalWeeklyBenefit, 0);
  assert.equal(r.paybackWeeks, null);
  assert.equal(r.roi, -100);
  assert.equal(r.comparisonSavingsPercent, null);
  assert.equal(crmCalculations(r).paybackWeeks, CRM_NO_PAYBACK);
});

test('an explicit 0 hours is respected; a missing value takes the default', () => {
  const zero = computeRoi(withInputs({ taskHours: { ...DEFAULT_INPUTS.taskHours, communication: 0 } }));
  assert.equal(zero.taskBreakdown.find((t) => t.taskId === 'communication')!.hoursPerWeek, 0);
  assert.equal(zero.taskBreakdown.at(-1)!.taskId, 'communication');
  const partial = { ...DEFAULT_INPUTS.taskHours } as Partial<RoiInputs['taskHours']>;
  delete partial.communication;
  const missing = computeRoi({ ...DEFAULT_INPUTS, taskHours: partial as RoiInputs['taskHours'] });
  assert.equal(missing.taskBreakdown.find((t) => t.taskId === 'communication')!.hoursPerWeek, 8);
});

test('negative and non-finite inputs clamp to 0; values above the limits clamp to the max', () => {
  const neg = computeRoi(withInputs({ lostLeadsPerMonth: -10, avgDealValue: -500, hourlyLaborCost: Number.NaN }));
  assert.equal(neg.recoveredLeads, 0);
  assert.equal(neg.monthlyRevenueRecovery, 0);
  assert.equal(neg.weeklyLaborSavings, 0);
  assert.equal(neg.paybackWeeks, null);
  const negHours = computeRoi(withInputs({ taskHours: { ...DEFAULT_INPUTS.taskHours, scheduling: -6 } }));
  assert.equal(negHours.taskBreakdown.find((t) => t.taskId === 'scheduling')!.weeklySavings, 0);
  const big = computeRoi(withInputs({ taskHours: { ...DEFAULT_INPUTS.taskHours, scheduling: 1e9 }, closeRate: 500 }));
  assert.equal(big.taskBreakdown[0]!.hoursPerWeek, LIMITS.taskHours.max);
  assert.equal(big.monthlyRevenueRecovery, 10 * 0.6 * 1 * 500);
});

test('an unknown tier falls back to foundation', () => {
  const r = computeRoi(withInputs({ tier: 'platinum' as TierId }));
  assert.equal(r.investment, 9500);
  assert.equal(r.automatedTasks.length, 6);
  const proto = computeRoi(withInputs({ tier: 'toString' as TierId }));
  assert.equal(proto.investment, 9500);
});

test('comparison savings percent against the cheaper alternative', () => {
  // discovery: consultant 138320 vs agency 78000 → (78000 − 4000) / 78000 = 94.87 % → 95
  assert.equal(computeRoi(withInputs({ tier: 'discovery' })).comparisonSavingsPercent, 95);
  // architect: (78000 − 30000) / 78000 = 61.5 % → 62
  assert.equal(computeRoi(withInputs({ tier: 'architect' })).comparisonSavingsPercent, 62);
});

test('crmCalculations maps results onto the CRM JSON keys', () => {
  const r = computeRoi(DEFAULT_INPUTS);
  assert.deepEqual(crmCalculations(r), { timeSaved: 23.1, weeklyValue: 982, totalValue: 51049, investment: 9500, roi: 437, paybackWeeks: 10 });
});

test('tier costs equal setup + monthly × months', () => {
  for (const t of Object.values(TIER_DATA)) assert.equal(t.cost, t.setupFee + t.monthlyFee * t.months);
});

// First-year figures (issue 18): setup + 12 monthly fees; payback when the benefit so far covers the setup fee and
// the monthly fees paid so far. Worked by hand from the §1.4 vectors: Discovery 2,500 + 12 × 750 = 11,500 and
// (36,671 − 11,500) / 11,500 = 219 %; 2,500 / (36,671 / 52 − 750 / 4.33) = 4.7 → 5 weeks.
const FIRST_YEAR: Record<TierId, [number, number, number]> = {
  discovery: [11500, 219, 5],
  foundation: [23000, 122, 8],
  architect: [48000, 25, 26],
};
for (const [tier, [cost, roi, payback]] of Object.entries(FIRST_YEAR) as [TierId, [number, number, number]][]) {
  test(`first-year figures: ${tier}`, () => {
    const r = computeRoi(withInputs({ tier }));
    assert.deepEqual([r.firstYearCost, r.firstYearRoi, r.firstYearPaybackWeeks], [cost, roi, payback]);
  });
}

test('first-year figures leave the CRM calculations keys and values alone', () => {
  const c = crmCalculations(computeRoi(withInputs({ tier: 'discovery' })));
  assert.deepEqual(Object.keys(c), ['timeSaved', 'weeklyValue', 'totalValue', 'investment', 'roi', 'paybackWeeks']);
  assert.equal(c.investment, 4000);
  assert.equal(c.roi, 817);
});

test('a weekly benefit below the monthly fee never pays back in the first year', () => {
  const zeroHours = Object.fromEntries(TASKS.map((t) => [t.id, 0])) as RoiInputs['taskHours'];
  // 2 leads × 0.6 × 25 % × 500 = 150 a month, under the 750 monthly fee.
  const r = computeRoi(withInputs({ tier: 'discovery', taskHours: zeroHours, lostLeadsPerMonth: 2 }));
  assert.equal(r.firstYearPaybackWeeks, null);
  assert.ok(r.paybackWeeks !== null);
  assert.equal(r.firstYearRoi, -84); // 150 × 52 / 4.33 = 1,801 a year against 11,500
});
