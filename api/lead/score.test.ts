import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import fc from 'fast-check';
// Points are literals from the scoring rules in score.ts's header (G8), not read from its WEIGHTS table.
import { scoreLead, type ScoreInput } from './score.js';

const FULL: ScoreInput = {
  email: 'dana@whitfieldhvac.com',
  phone: '+15125550134',
  firstName: 'Dana',
  lastName: 'Whitfield',
  companyName: 'Whitfield HVAC',
  industry: 'HVAC',
  employeeCount: '10-25',
  intent: { bookedMeeting: true, askedForBooking: true, ranEstimate: true, askedPricing: true, engagedSeconds: 600 },
};

describe('scoreLead factors', () => {
  it('an empty lead scores 0, low, no factors', () => {
    assert.deepEqual(scoreLead({}), { score: 0, tier: 'low', factors: [] });
  });

  const single: [string, ScoreInput, number, string][] = [
    ['target industry', { industry: 'Plumbing' }, 20, 'Target industry (Plumbing)'],
    ['real estate counts as a target (Property Management)', { industry: 'real estate' }, 20, 'Target industry (Property Management)'],
    ['adjacent trade', { industry: 'Electrical' }, 12, 'Adjacent trade (Electrical)'],
    ['other industry', { industry: 'bakery' }, 5, 'Other industry'],
    ['ideal size 10-25', { employeeCount: '10-25' }, 20, 'Ideal business size (10-25 employees)'],
    ['ideal size 25-50', { employeeCount: '25-50' }, 20, 'Ideal business size (25-50 employees)'],
    ['good size', { employeeCount: '5-10' }, 14, 'Good business size (5-10 employees)'],
    ['larger', { employeeCount: '50-100' }, 12, 'Larger business (50-100 employees)'],
    ['enterprise', { employeeCount: '100+' }, 8, 'Enterprise (100+ employees)'],
    ['micro', { employeeCount: '1-5' }, 4, 'Micro-business (1-5 employees)'],
    ['email', { email: 'a@b.co' }, 10, 'Has email'],
    ['phone', { phone: '+15125550134' }, 10, 'Has phone'],
    ['name (first only)', { firstName: 'Dana' }, 5, 'Gave their name'],
    ['name (last only)', { lastName: 'Whitfield' }, 5, 'Gave their name'],
    ['company', { companyName: 'Acme' }, 5, 'Gave their company'],
    ['booked', { intent: { bookedMeeting: true } }, 20, 'Booked a meeting'],
    ['asked to book', { intent: { askedForBooking: true } }, 12, 'Asked to book a meeting'],
    ['ran estimate', { intent: { ranEstimate: true } }, 5, 'Ran an ROI estimate'],
    ['asked pricing', { intent: { askedPricing: true } }, 3, 'Asked about pricing'],
    ['engaged 4 min', { intent: { engagedSeconds: 240 } }, 2, 'Engaged 4 min'],
    ['engaged 1 min', { intent: { engagedSeconds: 90 } }, 1, 'Engaged 1 min'],
  ];
  for (const [name, input, points, factor] of single) {
    it(`${name}: +${points}`, () => {
      const r = scoreLead(input);
      assert.equal(r.score, points);
      assert.deepEqual(r.factors, [factor]);
    });
  }

  it('ignores blanks, a non-address email and nonsense engagement', () => {
    assert.equal(scoreLead({ email: '  ', phone: '', firstName: ' ', companyName: '', industry: '', employeeCount: 'lots' }).score, 0);
    assert.equal(scoreLead({ email: 'not-an-email' }).score, 0);
    assert.equal(scoreLead({ intent: { engagedSeconds: Number.NaN } }).score, 0);
    assert.equal(scoreLead({ intent: { engagedSeconds: -500 } }).score, 0);
  });

  it('booking counts once: booked supersedes asked', () => {
    assert.equal(scoreLead({ intent: { bookedMeeting: true, askedForBooking: true } }).score, 20);
  });
});

describe('scoreLead totals and tiers', () => {
  it('a complete, ideal, booked lead scores exactly 100 and high', () => {
    const r = scoreLead(FULL);
    assert.equal(r.score, 100);
    assert.equal(r.tier, 'high');
    assert.equal(r.factors.length, 10);
  });

  it('the three parts are capped at 40 / 30 / 30', () => {
    const fit = scoreLead({ industry: 'HVAC', employeeCount: '10-25' }).score;
    const contact = scoreLead({ email: FULL.email, phone: FULL.phone, firstName: 'Dana', lastName: 'Whitfield', companyName: 'Acme' }).score;
    const intent = scoreLead({ intent: FULL.intent }).score;
    assert.deepEqual([fit, contact, intent], [40, 30, 30]);
  });

  it('thresholds: high at 80, medium at 50', () => {
    // 20 + 20 + 10 + 10 + 5 + 5 + 5 + 3 + 2 = 80
    const at80 = scoreLead({ ...FULL, intent: { ranEstimate: true, askedPricing: true, engagedSeconds: 200 } });
    assert.equal(at80.score, 80);
    assert.equal(at80.tier, 'high');
    const at79 = scoreLead({ ...FULL, intent: { ranEstimate: true, askedPricing: true, engagedSeconds: 100 } });
    assert.equal(at79.score, 79);
    assert.equal(at79.tier, 'medium');
    const at50 = scoreLead({ industry: 'HVAC', employeeCount: '10-25', email: 'a@b.co' });
    assert.deepEqual([at50.score, at50.tier], [50, 'medium']);
    const at49 = scoreLead({ industry: 'HVAC', employeeCount: '5-10', email: 'a@b.co', firstName: 'A' });
    assert.deepEqual([at49.score, at49.tier], [49, 'low']);
  });
});

describe('the label-matching bug is fixed', () => {
  it('"5-10 employees", "5-10 empleados" and "5-10" score the same', () => {
    const scores = ['5-10', '5-10 employees', '5-10 empleados'].map((employeeCount) => scoreLead({ employeeCount }).score);
    assert.deepEqual(scores, [14, 14, 14]);
  });

  it('"plumbing", "Plumbing", "plomería" and the ROI id style score the same', () => {
    const scores = ['plumbing', 'Plumbing', 'PLUMBING', 'plomería', 'fontanería'].map((industry) => scoreLead({ industry }).score);
    assert.deepEqual(new Set(scores), new Set([20]));
    assert.equal(scoreLead({ industry: 'realestate' }).score, scoreLead({ industry: 'Property Management' }).score);
    assert.equal(scoreLead({ industry: 'Real Estate/Property' }).score, 20);
  });

  it('"50+ employees" (with a space) is recognised', () => {
    assert.equal(scoreLead({ employeeCount: '50+ employees' }).score, 12);
  });
});

describe('scoreLead properties', () => {
  const maybe = <T>(arb: fc.Arbitrary<T>) => fc.option(arb, { nil: undefined });
  const input: fc.Arbitrary<ScoreInput> = fc.record({
    email: maybe(fc.constantFrom('a@b.co', 'dana@whitfieldhvac.com', '', 'nope')),
    phone: maybe(fc.constantFrom('+15125550134', '')),
    firstName: maybe(fc.constantFrom('Dana', '')),
    lastName: maybe(fc.constantFrom('Whitfield', '')),
    companyName: maybe(fc.constantFrom('Acme', '')),
    industry: maybe(fc.constantFrom('HVAC', 'plumbing', 'Electrical', 'bakery', 'realestate', 'Other', '')),
    employeeCount: maybe(fc.constantFrom('1-5', '5-10 employees', '10-25', '25-50 empleados', '50+', '100+', 'just me')),
    intent: maybe(
      fc.record({
        askedForBooking: maybe(fc.boolean()),
        bookedMeeting: maybe(fc.boolean()),
        ranEstimate: maybe(fc.boolean()),
        askedPricing: maybe(fc.boolean()),
        engagedSeconds: maybe(fc.integer({ min: -10, max: 3600 })),
      }),
    ),
  });

  it('is always an integer in 0..100 with a consistent tier', () => {
    fc.assert(
      fc.property(input, (i) => {
        const r = scoreLead(i);
        assert.ok(Number.isInteger(r.score) && r.score >= 0 && r.score <= 100);
        assert.equal(r.tier, r.score >= 80 ? 'high' : r.score >= 50 ? 'medium' : 'low');
      }),
    );
  });

  it('adding information never lowers the score', () => {
    // Fill any one missing field (or intent flag) of a random lead and compare.
    const additions: ((i: ScoreInput) => ScoreInput)[] = [
      (i) => ({ ...i, email: i.email || 'x@y.co' }),
      (i) => ({ ...i, phone: i.phone || '+15125550134' }),
      (i) => ({ ...i, firstName: i.firstName || 'Dana' }),
      (i) => ({ ...i, lastName: i.lastName || 'Whitfield' }),
      (i) => ({ ...i, companyName: i.companyName || 'Acme' }),
      (i) => ({ ...i, industry: i.industry || 'bakery' }),
      (i) => ({ ...i, employeeCount: i.employeeCount || '1-5' }),
      (i) => ({ ...i, intent: { ...i.intent, askedForBooking: true } }),
      (i) => ({ ...i, intent: { ...i.intent, bookedMeeting: true } }),
      (i) => ({ ...i, intent: { ...i.intent, ranEstimate: true } }),
      (i) => ({ ...i, intent: { ...i.intent, askedPricing: true } }),
      (i) => ({ ...i, intent: { ...i.intent, engagedSeconds: Math.max(i.intent?.engagedSeconds ?? 0, 0) + 120 } }),
    ];
    fc.assert(
      fc.property(input, fc.integer({ min: 0, max: additions.length - 1 }), (i, k) => {
        assert.ok(scoreLead(additions[k](i)).score >= scoreLead(i).score);
      }),
      { numRuns: 500 },
    );
  });
});
