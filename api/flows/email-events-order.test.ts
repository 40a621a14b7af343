import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../testing/harness.js';
import { roiSubmission } from '../testing/fixtures.js';
import { runEmailEventJob, UNMATCHED_AFTER_ATTEMPTS, type EmailEvent } from './email-events.js';

/** An event can reach us while its lead is still on the way to the CRM (its job retrying through an outage). */
describe('an email event that arrives before its lead', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  const event = (id: string, email: string): EmailEvent => ({
    eventId: id,
    kind: 'opened',
    email,
    at: new Date().toISOString(),
    subject: 'Your ROI Report',
    url: null,
    reason: null,
    snippet: null,
    from: null,
  });

  it('is retried, not dropped, and applied once the lead exists', async () => {
    const e = event('evt-early-1', 'early@example.com');
    await assert.rejects(runEmailEventJob(h.deps, e, 1), /not a lead/);
    assert.equal(await h.deps.kv.get('emailit-unmatched:evt-early-1'), null, 'not recorded as unmatched yet');
    await h.json('/api/leads/roi', roiSubmission({ email: 'early@example.com' }));
    await h.jobs.drain();
    await runEmailEventJob(h.deps, e, 2);
    const lead = (await h.rows('leads')).find((l) => l.email === 'early@example.com')!;
    assert.ok(lead.last_email_opened_at, 'the open reached the lead');
    const acts = (await h.rows('activities')).filter((a) => String(a.metadata).includes('evt-early-1'));
    assert.equal(acts.length, 1);
  });

  it('is recorded as unmatched on its last try when the recipient never becomes a lead', async () => {
    const e = event('evt-never-1', 'nobody@example.com');
    await runEmailEventJob(h.deps, e, UNMATCHED_AFTER_ATTEMPTS);
    assert.ok(await h.deps.kv.get('emailit-unmatched:evt-never-1'));
    assert.equal((await h.rows('leads')).filter((l) => l.email === 'nobody@example.com').length, 0);
  });
});
