import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { sequentialRoundTrips, within } from '../../bench/critical-path.js';

/** The load bench counts the NCB round trips a request waited for one after another; parallel ones count once. */
describe('sequentialRoundTrips', () => {
  const call = (s: number, ms = 100) => ({ s, e: s + ms });

  it('counts a chain of calls, each started after the previous one ended', () => {
    assert.equal(sequentialRoundTrips([call(0), call(101), call(203)]), 3);
  });

  it('counts calls made together (Promise.all) as one round trip', () => {
    assert.equal(sequentialRoundTrips([call(0), call(0.4), call(0.9)]), 1);
    assert.equal(sequentialRoundTrips([call(0), call(1), call(101), call(102), call(203)]), 3);
  });

  it('follows the longest chain when calls of different lengths interleave', () => {
    // a short read then a write, in parallel with one slow read: two sequential, not three
    assert.equal(sequentialRoundTrips([call(0, 20), call(21, 20), call(0, 150)]), 2);
    assert.equal(sequentialRoundTrips([]), 0);
  });

  it('keeps only the calls inside a request window', () => {
    const spans = [call(-50), call(10), call(120, 500)];
    assert.deepEqual(within(spans, 0, 300), [call(10)]);
  });
});
