import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { runEmailEventJob, type EmailEvent } from '../flows/email-events.js';
import { sendOnce, upsertLeadLocked } from '../flows/common.js';
import { jobContext } from '../store/jobs.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * #22.14: an email event reaching us while its lead's job is still retrying (NCB failing) must wait for that
 * lead, however many attempts it takes, not be dropped as "unknown recipient" after 5 quick ones — that was
 * the fault run's occasional "lost 1 — no activity emailit:…". A movable clock stands in for the wait.
 */
describe('#22.14 an email event waits for its lead’s own job', () => {
  let h: Harness;
  let now = new Date('2026-11-23T16:00:00Z');
  before(async () => {
    h = await startHarness({ now: () => now });
  });
  after(() => h.close());

  const event = (id: string, email: string): EmailEvent => ({ eventId: id, kind: 'opened', email, at: now.toISOString(), subject: 'Your ROI Report', url: null, reason: null, snippet: null, from: null });
  const sendReport = (to: string, job: string) => sendOnce(h.deps, jobContext(h.deps.kv, job, 1), 'report', { to, subject: 'Your ROI Report', html: '<p>hi</p>', text: 'hi' });

  it('past 5 attempts it is still kept while the lead is on its way, then applied once the lead exists', async () => {
    await sendReport('late@example.com', 'job-late');
    const e = event('evt-late', 'late@example.com');
    for (const attempt of [5, 6, 9, 11]) await assert.rejects(runEmailEventJob(h.deps, e, attempt), /not a lead/, `attempt ${attempt}`);
    assert.equal(await h.deps.kv.get('emailit-unmatched:evt-late'), null, 'not dropped as unmatched');
    await upsertLeadLocked(h.deps, { email: 'late@example.com', firstName: 'Late', source: 'roi-calculator' });
    await runEmailEventJob(h.deps, e, 12);
    const lead = (await h.rows('leads')).find((l) => l.email === 'late@example.com')!;
    assert.ok(lead.last_email_opened_at, 'the open reached the lead');
  });

  it('the queue’s last attempt records it as unmatched instead of letting it die', async () => {
    await sendReport('never@example.com', 'job-never');
    const e = event('evt-never', 'never@example.com');
    await assert.rejects(runEmailEventJob(h.deps, e, 11));
    await runEmailEventJob(h.deps, e, h.deps.config.JOB_MAX_ATTEMPTS);
    assert.ok(await h.deps.kv.get('emailit-unmatched:evt-never'));
  });

  it('once the lead’s job has spent its whole retry budget the event stops waiting', async () => {
    await sendReport('gone@example.com', 'job-gone');
    const e = event('evt-gone', 'gone@example.com');
    await assert.rejects(runEmailEventJob(h.deps, e, 6));
    now = new Date(now.getTime() + 2 * 3600_000);
    await runEmailEventJob(h.deps, e, 6);
    assert.ok(await h.deps.kv.get('emailit-unmatched:evt-gone'));
  });

  it('an event for an address we never emailed (the team’s, a stranger’s) is recorded after 5 attempts as before', async () => {
    await sendOnce(h.deps, jobContext(h.deps.kv, 'job-admin', 1), 'dossier', { to: h.deps.config.ADMIN_EMAIL, subject: 'Dossier', html: '<p>x</p>', text: 'x' });
    await runEmailEventJob(h.deps, event('evt-admin', h.deps.config.ADMIN_EMAIL), 5);
    assert.ok(await h.deps.kv.get('emailit-unmatched:evt-admin'));
  });
});
