import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runFaults } from '../../bench/faults.js';
import { scaled } from '../../scripts/time-scale.mjs';
import { formatVerdict } from '../../bench/verify.js';

/**
 * The fault run of `npm run bench:faults`, small: the real server over HTTP, NCB failing 30 % of requests and
 * fully down for 1.5 s in the middle, mixed submissions retried like widgets retry. After the queue drains,
 * NCB and the mailbox are checked directly by the same verifier the bench uses.
 */
describe('fault run (npm run bench:faults, small)', () => {
  it('loses nothing and writes nothing twice when NCB fails 30 % of requests and goes down for 1.5 s', async () => {
    const r = await runFaults({ n: 60, outageSeconds: 1.5, failureRate: 0.3, lostResponseRate: 0.1, seed: 11, drainTimeoutMs: scaled(60_000) });
    const report = formatVerdict(r.verdict);
    assert.equal(r.verdict.lost, 0, report);
    assert.equal(r.verdict.duplicated, 0, report);
    // The run must really have exercised what it claims: faults hit jobs, and every kind of submission went through.
    assert.ok(r.jobRetries > 0, 'NCB failures made jobs retry');
    assert.equal(r.jobDeaths, 0);
    assert.ok(r.ledger.roi.length > 10, `ROI submissions acknowledged: ${r.ledger.roi.length}`);
    assert.ok(r.ledger.bookings.length > 0, 'bookings acknowledged');
    assert.ok(r.ledger.voice.length > 0, 'conversations acknowledged');
    assert.ok(r.ledger.events.length > 0, 'email events acknowledged');
    assert.ok(r.ledger.resends.length > 0, 'requests re-sent');
    assert.equal(r.ledger.failed.length, 0);
    assert.ok(r.timings.outageTo > r.timings.outageFrom && r.timings.outageFrom > 0, 'the outage sat inside the run');
  });
});
