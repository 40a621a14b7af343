import { expect } from '@open-wc/testing';
import type { Row } from '../shared/data-client.js';
import { dashboard, median, presetRange, previousRange, type Tables } from './metrics.js';

const meta = (kind: string) => JSON.stringify({ dedupe: `k-${Math.random()}`, kind });
const rows = (xs: Record<string, unknown>[]) => xs as Row[];

/** A fixed week (Mon 16 – Sun 22 Nov 2026, Los Angeles) and the week before it, in NCB's formats. */
export function fixedTables(): Tables {
  return {
    leads: rows([
      { id: 1, created_at: '2026-11-16T18:00:00.000Z', source: 'roi-calculator', status: 'new' },
      // 07:30 UTC on the 17th is 23:30 on the 16th in Los Angeles
      { id: 2, created_at: '2026-11-17T07:30:00.000Z', source: 'voice-agent', status: 'contacted', voice_session_id: 1 },
      { id: 3, created_at: '2026-11-18T20:00:00.000Z', source: 'roi-calculator', status: 'qualified', last_email_opened_at: '2026-11-19 10:00:00' },
      { id: 4, created_at: '2026-11-20T20:00:00.000Z', source: 'referral', status: 'converted', email_status: 'bounced' },
      { id: 5, created_at: '2026-11-19T20:00:00.000Z', source: 'other', status: 'disqualified', deleted_at: '2026-11-20T00:00:00.000Z' },
      { id: 6, created_at: '2026-11-10T20:00:00.000Z', source: 'roi-calculator', status: 'contacted' },
      { id: 7, created_at: '2026-11-23T09:00:00.000Z', source: 'referral', status: 'new' },
    ]),
    opportunities: rows([
      { id: 1, created_at: '2026-11-17T12:00:00.000Z', stage: 'closed-won', setup_fee: '1500.00' },
      { id: 2, created_at: '2026-11-19T12:00:00.000Z', stage: 'proposal-sent' },
      { id: 3, created_at: '2026-11-12T12:00:00.000Z', stage: 'closed-won' },
    ]),
    activities: rows([
      { id: 1, lead_id: 1, type: 'email', subject: 'ROI report sent to a@example.com', metadata: meta('email.sent'), created_at: '2026-11-16T19:00:00.000Z' },
      { id: 2, lead_id: 1, type: 'email', subject: 'ROI lead dossier sent to the team (a@example.com)', metadata: meta('email.sent'), created_at: '2026-11-16T19:00:01.000Z' },
      { id: 3, lead_id: 3, type: 'email', subject: 'ROI report sent to c@example.com', metadata: meta('email.sent'), created_at: '2026-11-18T21:00:00.000Z' },
      { id: 4, lead_id: 4, type: 'email', subject: 'Booking confirmation sent to d@example.com', metadata: meta('email.sent'), created_at: '2026-11-20T21:00:00.000Z' },
      { id: 5, lead_id: 4, type: 'email', subject: 'Booking confirmation sent to d@example.com', metadata: meta('email.sent'), created_at: '2026-11-21T21:00:00.000Z' },
      { id: 6, lead_id: 1, type: 'email', subject: 'Email opened: Your ROI report', metadata: meta('email.open'), created_at: '2026-11-17T10:00:00.000Z' },
      { id: 7, lead_id: 1, type: 'email', subject: 'Email link clicked: Your ROI report', metadata: meta('email.click'), created_at: '2026-11-17T10:05:00.000Z' },
      { id: 8, lead_id: 6, type: 'email', subject: 'ROI report sent to f@example.com', metadata: meta('email.sent'), created_at: '2026-11-10T21:00:00.000Z' },
      { id: 9, lead_id: 2, type: 'note', subject: 'Voice agent conversation (English)', metadata: null, created_at: '2026-11-16T21:00:00.000Z' },
    ]),
    roi_calculations: rows([
      { id: 1, created_at: '2026-11-16T18:00:00.000Z', calculations: '{"roi":293}', selected_tier: 'foundation', email_captured: 1, time_on_calculator: 245 },
      { id: 2, created_at: '2026-11-18T20:00:00.000Z', calculations: '{"roi":100}', selected_tier: 'foundation', email_captured: 0, time_on_calculator: 60 },
      { id: 3, created_at: '2026-11-20T20:00:00.000Z', calculations: '{"roi":507}', selected_tier: 'architect', email_captured: 1, time_on_calculator: 115 },
      { id: 4, created_at: '2026-11-21T20:00:00.000Z', calculations: 'not json', selected_tier: 'discovery', email_captured: 0, time_on_calculator: 0 },
      { id: 5, created_at: '2026-11-11T20:00:00.000Z', calculations: '{"roi":50}', selected_tier: 'discovery', email_captured: 1, time_on_calculator: 30 },
    ]),
    voice_sessions: rows([
      { id: 1, start_time: '2026-11-16T20:00:00.000Z', contact_id: null, outcome: 'booking_scheduled' },
      { id: 2, start_time: '2026-11-18T20:00:00.000Z', contact_id: 5, outcome: 'left_site' },
      { id: 3, start_time: '2026-11-19T20:00:00.000Z', contact_id: null, outcome: 'roi_calculator' },
      { id: 4, start_time: '2026-11-21T20:00:00.000Z', contact_id: null, outcome: 'left_site' },
    ]),
    bookings: rows([
      { id: 1, booking_date: '2026-11-17T00:00:00.000Z', booking_type: 'consultation', status: 'confirmed' },
      { id: 2, booking_date: '2026-11-19T00:00:00.000Z', booking_type: 'assessment', status: 'confirmed' },
      { id: 3, booking_date: '2026-11-20T00:00:00.000Z', booking_type: 'consultation', status: 'cancelled' },
      { id: 4, booking_date: '2026-11-25T00:00:00.000Z', booking_type: 'consultation', status: 'confirmed' },
      { id: 5, booking_date: '2026-11-12T00:00:00.000Z', booking_type: 'consultation', status: 'confirmed' },
    ]),
  };
}

describe('dashboard metrics', () => {
  const week = { from: '2026-11-16', to: '2026-11-22' };
  const d = dashboard(fixedTables(), week, 'America/Los_Angeles', '2026-11-18');

  it('ranges: week from Monday, month, quarter, and the previous period of the same length', () => {
    expect(presetRange('week', '2026-11-18')).to.deep.equal(week);
    expect(presetRange('week', '2026-03-01')).to.deep.equal({ from: '2026-02-23', to: '2026-03-01' });
    expect(presetRange('month', '2026-11-18')).to.deep.equal({ from: '2026-11-01', to: '2026-11-30' });
    expect(presetRange('quarter', '2026-11-18')).to.deep.equal({ from: '2026-10-01', to: '2026-12-31' });
    expect(previousRange(week)).to.deep.equal({ from: '2026-11-09', to: '2026-11-15' });
    expect(previousRange({ from: '2026-10-01', to: '2026-12-31' })).to.deep.equal({ from: '2026-07-01', to: '2026-09-30' });
    expect(median([3, 1, 2, 10])).to.equal(2.5);
  });

  it('leads over time per day by source, in the business zone, soft-deleted left out', () => {
    expect(d.leads.total).to.deep.equal({ value: 4, previous: 1 });
    expect(d.leads.step).to.equal('day');
    expect(d.leads.buckets.map((b) => [b.start, b.total])).to.deep.equal([
      ['2026-11-16', 2], ['2026-11-17', 0], ['2026-11-18', 1], ['2026-11-19', 0], ['2026-11-20', 1], ['2026-11-21', 0], ['2026-11-22', 0],
    ]);
    expect(d.leads.buckets[0].bySource).to.deep.equal({ 'roi-calculator': 1, 'voice-agent': 1 });
    const quarter = dashboard(fixedTables(), { from: '2026-10-01', to: '2026-12-31' }, 'America/Los_Angeles', '2026-11-18');
    expect(quarter.leads.step).to.equal('week');
    expect(quarter.leads.buckets.length).to.equal(14);
  });

  it('funnel new → contacted → qualified → opportunity → won', () => {
    expect(d.funnel).to.deep.equal({
      new: { value: 4, previous: 1 },
      contacted: { value: 3, previous: 1 },
      qualified: { value: 2, previous: 0 },
      opportunity: { value: 2, previous: 1 },
      won: { value: 1, previous: 1 },
    });
  });

  it('email: sends to leads (not team dossiers), open/click/bounce shares of leads emailed', () => {
    expect(d.email.sent).to.deep.equal({ value: 4, previous: 1 });
    expect(d.email.leadsEmailed).to.deep.equal({ value: 3, previous: 1 });
    expect(d.email.openRate).to.deep.equal({ value: 2 / 3, previous: 0 });
    expect(d.email.clickRate).to.deep.equal({ value: 1 / 3, previous: 0 });
    expect(d.email.bounceRate).to.deep.equal({ value: 1 / 3, previous: 0 });
  });

  it('ROI calculator stats', () => {
    expect(d.roi.count).to.deep.equal({ value: 4, previous: 1 });
    expect(d.roi.averageRoi).to.deep.equal({ value: 300, previous: 50 });
    expect(d.roi.medianRoi).to.deep.equal({ value: 293, previous: 50 });
    expect(d.roi.emailCaptureRate).to.deep.equal({ value: 0.5, previous: 1 });
    expect(d.roi.topTier).to.equal('foundation');
    expect(d.roi.averageSeconds).to.deep.equal({ value: 105, previous: 30 });
  });

  it('voice: sessions, share with contact details, share booked', () => {
    expect(d.voice).to.deep.equal({ sessions: { value: 4, previous: 0 }, contactShare: { value: 0.5, previous: 0 }, bookedShare: { value: 0.25, previous: 0 } });
  });

  it('bookings: by type, cancellations, upcoming from today', () => {
    expect(d.bookings.total).to.deep.equal({ value: 2, previous: 1 });
    expect(d.bookings.byType).to.deep.equal({ consultation: 1, assessment: 1 });
    expect(d.bookings.cancelled).to.deep.equal({ value: 1, previous: 0 });
    expect(d.bookings.upcoming).to.deep.equal({ value: 2, previous: 2 });
  });
});
