import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { bucket, extractProfile, mapEmployeeCount, mapIndustry } from './profile.js';

describe('mapIndustry', () => {
  const cases: [string | null | undefined, string | null][] = [
    ['realestate', 'Property Management'],
    ['construction', 'Construction'],
    ['other', 'Other'],
    ['service', 'Other'],
    ['professional', 'Other'],
    ['retail', 'Other'],
    ['HVAC', 'HVAC'],
    ['hvac', 'HVAC'],
    ['Property Management', 'Property Management'],
    ['Real Estate/Property', 'Property Management'],
    ['Bienes Raices/Propiedades', 'Property Management'],
    ['Construction/Trades', 'Construction'],
    ['Construccion/Oficios', 'Construction'],
    ['Service Business', 'Other'],
    ['we do heating and air', 'HVAC'],
    ['climatización', 'HVAC'],
    ['plomería', 'Plumbing'],
    ['fontanería', 'Plumbing'],
    ['electricista', 'Electrical'],
    ['landscaping', 'Landscaping'],
    ['jardinería', 'Landscaping'],
    ['property manager', 'Property Management'],
    ['construcción', 'Construction'],
    ['HVAC contractor', 'HVAC'],
    ['general contractor', 'Construction'],
    ['contractor', 'Construction'],
    ['', null],
    ['   ', null],
    [null, null],
    [undefined, null],
  ];
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input)} → ${want}`, () => assert.equal(mapIndustry(input), want));
  }

  it('matches whole words only (no "paralegal" → legal, "facebook" → book, "electricity bill" → Electrical)', () => {
    assert.equal(mapIndustry('paralegal office'), 'Other');
    assert.equal(mapIndustry('we run facebook ads'), 'Other');
    assert.equal(mapIndustry('our electricity bill is high'), 'Other');
    assert.equal(mapIndustry('we have plumbers on staff'), 'Plumbing');
  });
});

describe('mapEmployeeCount', () => {
  const cases: [string | number | null | undefined, string | null][] = [
    ['1-5', '1-5'],
    ['5-10', '5-10'],
    ['50-100', '50-100'],
    ['100+', '100+'],
    ['5-10 employees', '5-10'],
    ['5-10 empleados', '5-10'],
    ['25-50 employees', '25-50'],
    ['15 employees', '10-25'],
    ["we're a team of 40", '25-50'],
    ['somos 8', '5-10'],
    ['50+ employees', '50-100'],
    ['just me', '1-5'],
    ['solo yo', '1-5'],
    ['about a dozen people', '10-25'],
    ['between 10 and 20', '10-25'],
    ['veinticinco empleados', '25-50'],
    ['twenty five', '25-50'],
    ['over 200 people', '100+'],
    [12, '10-25'],
    [4, '1-5'],
    [5, '5-10'],
    [100, '100+'],
    [0, null],
    [Number.NaN, null],
    ['', null],
    ['lots', null],
    [null, null],
  ];
  for (const [input, want] of cases) {
    it(`${JSON.stringify(input)} → ${want}`, () => assert.equal(mapEmployeeCount(input), want));
  }

  it('buckets are lower-inclusive at every boundary', () => {
    assert.deepEqual([4, 5, 9, 10, 24, 25, 49, 50, 99, 100].map(bucket), ['1-5', '5-10', '5-10', '10-25', '10-25', '25-50', '25-50', '50-100', '50-100', '100+']);
  });
});

describe('extractProfile', () => {
  it('reads industry and head-count from the user, not the assistant', () => {
    const p = extractProfile([
      { role: 'assistant', content: 'We work with plumbing and HVAC companies of 50+ employees.' },
      { role: 'user', content: "We've been in business 12 years, we do heating and air, about 15 techs." },
    ]);
    assert.deepEqual(p, { industry: 'HVAC', employeeCount: '10-25' });
  });

  it('reads a bare number when the assistant asked for the team size', () => {
    const p = extractProfile([
      { role: 'assistant', content: 'How many employees do you have?' },
      { role: 'user', content: 'about 30' },
    ]);
    assert.equal(p.employeeCount, '25-50');
  });

  it('ignores prices, years and non-people counts', () => {
    assert.deepEqual(extractProfile([{ role: 'user', content: 'It cost $4,000 in 2019, we have 3 trucks and 2 locations.' }]), {
      industry: null,
      employeeCount: null,
    });
  });

  it('understands Spanish', () => {
    const p = extractProfile([{ role: 'user', content: 'Tenemos una empresa de fontanería, somos 8.' }], { language: 'es' });
    assert.deepEqual(p, { industry: 'Plumbing', employeeCount: '5-10' });
  });

  it('the latest statement wins', () => {
    const p = extractProfile([
      { role: 'user', content: "I'm a one-man landscaping shop." },
      { role: 'assistant', content: 'Got it!' },
      { role: 'user', content: 'Well, actually we do property management now, a team of 40.' },
    ]);
    assert.deepEqual(p, { industry: 'Property Management', employeeCount: '25-50' });
  });

  it('"just me" is a one-to-five business', () => {
    assert.equal(extractProfile([{ role: 'user', content: "It's just me and a truck." }]).employeeCount, '1-5');
  });
});
