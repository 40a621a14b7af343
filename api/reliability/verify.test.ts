import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { verifyRun, type Snapshot } from '../../bench/verify.js';
import { emptyLedger, type Ledger } from '../../bench/workload.js';

/** The verifier the fault run and the restart tests rely on must itself catch a loss or a duplicate. */
const SID = '11111111-1111-4111-8111-111111111111';
const VOICE = '22222222-2222-4222-8222-222222222222';

function complete(): { ledger: Ledger; snap: Snapshot } {
  const ledger = emptyLedger();
  ledger.roi.push({ submissionId: SID, email: 'ana@example.com' });
  ledger.bookings.push({ submissionId: 'b-1', ref: 'bk_1', email: 'ana@example.com', start: '2026-12-01T10:00:00-08:00' });
  ledger.voice.push({ sessionId: VOICE, email: 'ana@example.com' });
  ledger.events.push({ eventId: 'ev-1', email: 'ana@example.com', kind: 'clicked' });
  const act = (id: number, dedupe: string, kind = 'email.sent') => ({ id, lead_id: 1, metadata: JSON.stringify({ dedupe, kind }) });
  const snap: Snapshot = {
    leads: [{ id: 1, email: 'ana@example.com', roi_calculation_id: 10, booking_id: 20, voice_session_id: 30, email_click_count: 1 }],
    roi_calculations: [{ id: 10, email: 'ana@example.com', report_sent_at: '2026-11-30T00:00:00Z', calculations: JSON.stringify({ roi: 120, submissionId: SID }) }],
    bookings: [{ id: 20, guest_email: 'ana@example.com', booking_date: '2026-12-01', start_time: '10:00', status: 'confirmed', notes: "Visitor's time zone: UTC. Ref bk_1." }],
    voice_sessions: [{ id: 30, external_session_id: VOICE }],
    activities: [
      act(1, `roi:${SID}:report`),
      act(2, `roi:${SID}:dossier`),
      act(3, 'booking:bk_1:confirmation'),
      act(4, 'booking:bk_1:dossier'),
      act(5, `voice:${VOICE}:conversation`, 'voice.conversation'),
      act(6, `voice:${VOICE}:dossier`),
      act(7, 'emailit:ev-1', 'email.click'),
    ],
    mail: [`roi:${SID}:report`, `roi:${SID}:dossier`, 'booking:bk_1:confirmation', 'booking:bk_1:dossier', `voice-sync:${VOICE}:dossier`].map((k) => ({ to: 'x@example.com', idempotency_key: k })),
    jobs: { done: 4 },
  };
  return { ledger, snap };
}

describe('verifyRun', () => {
  it('passes a complete, linked record', () => {
    const { ledger, snap } = complete();
    const v = verifyRun(ledger, snap);
    assert.deepEqual([v.lost, v.duplicated, v.problems], [0, 0, []]);
  });

  it('counts a submission with a missing activity, email or row as lost', () => {
    for (const damage of [
      (s: Snapshot) => (s.activities = s.activities.filter((a) => a.id !== 2)),
      (s: Snapshot) => (s.mail = s.mail.slice(1)),
      (s: Snapshot) => (s.roi_calculations = []),
      (s: Snapshot) => (s.leads[0]!.booking_id = 99),
      (s: Snapshot) => (s.roi_calculations[0]!.report_sent_at = null),
    ]) {
      const { ledger, snap } = complete();
      damage(snap);
      assert.ok(verifyRun(ledger, snap).lost >= 1, String(damage));
    }
  });

  it('counts a duplicate lead, activity, booked slot or ROI row', () => {
    for (const damage of [
      (s: Snapshot) => s.leads.push({ ...s.leads[0]!, id: 2 }),
      (s: Snapshot) => s.activities.push({ ...s.activities[0]!, id: 8 }),
      (s: Snapshot) => s.bookings.push({ ...s.bookings[0]!, id: 21, guest_email: 'bo@example.com', notes: 'Ref bk_2.' }),
      (s: Snapshot) => s.roi_calculations.push({ ...s.roi_calculations[0]!, id: 11 }),
    ]) {
      const { ledger, snap } = complete();
      damage(snap);
      assert.equal(verifyRun(ledger, snap).duplicated, 1, String(damage));
    }
  });

  it('counts dead or unfinished jobs, unacknowledged submissions and a wrong click counter as lost', () => {
    let { ledger, snap } = complete();
    snap.jobs = { done: 3, dead: 1 };
    assert.equal(verifyRun(ledger, snap).lost, 1);
    ({ ledger, snap } = complete());
    ledger.failed.push({ kind: 'roi', id: 'x', status: 503 });
    assert.equal(verifyRun(ledger, snap).lost, 1);
    ({ ledger, snap } = complete());
    snap.leads[0]!.email_click_count = 2;
    assert.equal(verifyRun(ledger, snap).lost, 1);
  });
});
