import { test } from 'node:test';
import assert from 'node:assert/strict';
import { LABELS, tierName, taskName, industryName, employeesName } from './labels.js';
import { EMPLOYEE_COUNTS, INDUSTRIES } from './vocabulary.js';
// A node test may cross the layers: it checks the labels against the API's mapping of them.
import { mapEmployeeCount, mapIndustry } from '../api/lead/profile.js';
import { TASK_IDS, TIER_IDS, INDUSTRY_IDS, EMPLOYEE_RANGES } from './roi.js';

/** Every leaf path of an object, with its value. */
function leaves(obj: unknown, prefix = ''): [string, unknown][] {
  if (obj === null || typeof obj !== 'object') return [[prefix, obj]];
  return Object.entries(obj).flatMap(([k, v]) => leaves(v, prefix ? `${prefix}.${k}` : k));
}

test('EN and ES have the same keys and no empty strings', () => {
  const en = leaves(LABELS.en);
  const es = leaves(LABELS.es);
  assert.deepEqual(es.map(([k]) => k).sort(), en.map(([k]) => k).sort());
  for (const [k, v] of [...en, ...es]) {
    assert.equal(typeof v, 'string', k);
    assert.ok((v as string).trim().length > 0, `empty label at ${k}`);
  }
});

test('every model id has a label in both locales', () => {
  for (const locale of ['en', 'es'] as const) {
    assert.deepEqual(Object.keys(LABELS[locale].tasks).sort(), [...TASK_IDS].sort());
    assert.deepEqual(Object.keys(LABELS[locale].tiers).sort(), [...TIER_IDS].sort());
    assert.deepEqual(Object.keys(LABELS[locale].industries).sort(), [...INDUSTRY_IDS].sort());
    assert.deepEqual(Object.keys(LABELS[locale].employees).sort(), [...EMPLOYEE_RANGES].sort());
    assert.equal(LABELS[locale].steps.length, 4);
  }
});

test('helpers resolve names; ES tier names are the UI ones (D42)', () => {
  assert.equal(tierName('discovery', 'es'), 'Descubrimiento de IA');
  assert.equal(tierName('discovery', 'en'), 'AI Discovery');
  assert.equal(taskName('scheduling', 'es'), 'Agenda y citas');
  assert.equal(industryName('construction', 'en'), 'Construction and trades');
  assert.equal(industryName('hvac', 'es'), 'Climatización (HVAC)');
  assert.equal(employeesName('5-10', 'es'), '5–10 empleados');
  assert.equal(employeesName('100+', 'en'), '100+ employees');
});

test('ES labels differ from EN (actually translated)', () => {
  for (const id of TASK_IDS) assert.notEqual(taskName(id, 'es'), taskName(id, 'en'));
  for (const id of TIER_IDS) assert.notEqual(tierName(id, 'es'), tierName(id, 'en'));
});

test('an unknown locale falls back to English', () => {
  assert.equal(tierName('architect', 'fr' as 'en'), 'Systems Architect');
});

test('industries and sizes cover the CRM enums (docs/reference/crm-domain.md: leads.industry, employee_count)', () => {
  // Every CRM industry is reachable from the calculator, HVAC and plumbing included, and sizes go to 100+.
  assert.deepEqual(new Set(INDUSTRY_IDS.map(mapIndustry)), new Set(['HVAC', 'Plumbing', 'Electrical', 'Landscaping', 'Construction', 'Property Management', 'Other']));
  assert.deepEqual([...EMPLOYEE_RANGES], ['1-5', '5-10', '10-25', '25-50', '50-100', '100+']);
  assert.deepEqual(EMPLOYEE_RANGES.map(mapEmployeeCount), [...EMPLOYEE_COUNTS]);
  assert.equal(INDUSTRIES.length, 7);
});

test('labels are sentence case (no English Title Case)', () => {
  for (const locale of ['en', 'es'] as const) {
    for (const label of [...Object.values(LABELS[locale].tasks), ...Object.values(LABELS[locale].industries), ...LABELS[locale].steps]) {
      const words = label.split(/[\s/]+/).slice(1).filter((w) => /^\p{L}/u.test(w) && w !== 'HVAC');
      assert.ok(words.every((w) => w === w.toLowerCase()), `${locale}: ${label}`);
    }
  }
});
