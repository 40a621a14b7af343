import { expect } from '@open-wc/testing';
import { fixedTables } from './dashboard-fixture.js';
import { dashboard, median, presetRange, previousRange } from './metrics.js';

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
    // Monday-to-Sunday weeks; the first starts on Thursday 1 October, where the quarter does
    const starts = quarter.leads.buckets.map((b) => b.start);
    expect(starts.slice(0, 3)).to.deep.equal(['2026-10-01', '2026-10-05', '2026-10-12']);
    expect(starts.length).to.equal(14);
    expect(starts.at(-1)).to.equal('2026-12-28');
    // the fixture week (Mon 16 – Sun 22 November) is one bucket holding its 4 leads
    expect(quarter.leads.buckets.find((b) => b.start === '2026-11-16')?.total).to.equal(4);
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
