import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { ASSESSMENT, CONSULTATION, money, TIER_IDS, TIERS } from './catalog.js';
import { TIER_DATA } from './roi.js';
import { tierName } from './labels.js';

/** Expectations are the offer as docs/reference/landing-domain.md §1.3 states it (literals), not read back from the catalog. */
describe('catalog', () => {
  it('states the three tiers with their prices and terms', () => {
    assert.deepEqual(TIERS.map((t) => [t.id, t.name.en, t.setupFee, t.monthlyFee, t.minimumMonths, t.systems]), [
      ['discovery', 'AI Discovery', 2500, 750, 2, 2],
      ['foundation', 'Foundation Builder', 5000, 1500, 3, 5],
      ['architect', 'Systems Architect', 12000, 3000, 6, 8],
    ]);
    assert.deepEqual([...TIER_IDS], ['discovery', 'foundation', 'architect']);
  });

  it('the assessment is $250 (25000 cents) for 3 hours; the call is free, 30 minutes', () => {
    assert.deepEqual([ASSESSMENT.priceUsd, ASSESSMENT.priceCents, ASSESSMENT.hours], [250, 25000, 3]);
    assert.deepEqual([CONSULTATION.priceUsd, CONSULTATION.minutes], [0, 30]);
  });

  it('the ROI model and the labels use it: cost = setup + monthly × minimum months', () => {
    assert.deepEqual(Object.values(TIER_DATA).map((t) => t.cost), [4000, 9500, 30000]);
    assert.equal(tierName('architect', 'es'), 'Arquitecto de Sistemas');
  });

  it('money() reads naturally in both languages', () => {
    assert.deepEqual([money(2500, 'en'), money(2500, 'es'), money(250, 'en')], ['$2,500', '2,500 dólares', '$250']);
  });
});

/**
 * No other source file states a price: "$250", "$2,500", "250 dólares", or the assessment in cents. Tests
 * (expectations are literals on purpose), the extractor's corpus and the agent's conversation sets (what visitors
 * say) and comments are not statements of the offer.
 */
const ROOTS = ['api', 'model', 'components'];
const EXEMPT = [/\.test\.ts$/, /^api\/lead\/corpus\//, /^api\/agent\/fixtures\//, /^api\/testing\//, /^model\/catalog\.ts$/, /test-.*\.ts$/, /fake-.*\.ts$/];
const PRICE = [/\$\s?(?:\d{2,}|\d,\d{3})/, /\b\d[\d,.]*\s*d[oó]lares\b/i, /\b25_?000\b/];

function sources(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sources(p, out);
    else if (/\.ts$/.test(name) && !name.endsWith('.d.ts')) out.push(p);
  }
  return out;
}
const withoutComments = (src: string) => src.replace(/\/\*[\s\S]*?\*\//g, '').replace(/(^|[^:'"`\\])\/\/.*$/gm, '$1');

describe('one source for prices', () => {
  it('no file but model/catalog.ts states a price', () => {
    const found: string[] = [];
    for (const file of ROOTS.flatMap((d) => sources(d))) {
      const rel = file.replaceAll('\\', '/');
      if (EXEMPT.some((re) => re.test(rel))) continue;
      const lines = withoutComments(readFileSync(file, 'utf8')).split('\n');
      lines.forEach((line, i) => {
        for (const re of PRICE) if (re.test(line)) found.push(`${rel}:${i + 1}: ${line.trim().slice(0, 120)}`);
      });
    }
    assert.deepEqual(found, []);
  });
});
