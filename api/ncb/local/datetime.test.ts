import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { normaliseDate, normaliseDatetime } from './datetime.js';

describe('normaliseDatetime', () => {
  it('turns the accepted forms into NCB ISO (UTC, whole seconds)', () => {
    assert.equal(normaliseDatetime('2026-02-12'), '2026-02-12T00:00:00.000Z');
    assert.equal(normaliseDatetime('2026-02-12 09:05:07'), '2026-02-12T09:05:07.000Z');
    assert.equal(normaliseDatetime('2026-02-12T09:05:07.987Z'), '2026-02-12T09:05:07.000Z');
    assert.equal(normaliseDatetime('2026-02-12T23:30:00-08:00'), '2026-02-13T07:30:00.000Z');
    assert.equal(normaliseDatetime('2026-02-12T05:30:00+05:30'), '2026-02-12T00:00:00.000Z');
    assert.equal(normaliseDatetime('2026-02-12T10:00'), '2026-02-12T10:00:00.000Z');
  });

  it('refuses what is not a real date and time', () => {
    for (const bad of ['', '2026-02-30', '2026-13-01', '2026-02-12T24:00:00Z', '12/02/2026', '2026-02-12T10:00:00+25:00', 'tomorrow', '2026-2-1']) {
      assert.equal(normaliseDatetime(bad), null, bad);
    }
  });
});

describe('normaliseDate', () => {
  it("accepts only a real 'YYYY-MM-DD'", () => {
    assert.equal(normaliseDate('2028-02-29'), '2028-02-29');
    assert.equal(normaliseDate('2026-02-29'), null);
    assert.equal(normaliseDate('2026-02-12T00:00:00Z'), null);
  });
});
