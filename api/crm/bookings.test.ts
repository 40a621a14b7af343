import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../testing/harness.js';
import { bookingRow, createBookingOnce, type BookingFacts } from './bookings.js';

/** Flows hand crm/bookings.ts a booking in domain terms; the column names live only here (and in the schema). */
const FACTS: BookingFacts = {
  guest: { name: 'Dana Whitfield', email: 'dana@example.com', phone: '+15125550134' },
  type: 'assessment',
  day: '2026-11-24',
  startTime: '09:00',
  endTime: '09:30',
  businessTimezone: 'America/Los_Angeles',
  company: { name: 'Whitfield Plumbing', industry: 'Plumbing', employeeCount: '12', websiteUrl: '' },
  challenge: 'Missed calls',
  referralSource: '  ',
  notes: 'On-site address: Austin.',
  meetingLink: null,
  payment: { sessionId: 'cs_test_1', status: 'paid', amountCents: 25000 },
};

describe('crm/bookings', () => {
  it('maps the facts onto the CRM bookings columns; blanks become null; a booking written is confirmed', () => {
    assert.deepEqual(bookingRow(FACTS), {
      guest_name: 'Dana Whitfield',
      guest_email: 'dana@example.com',
      guest_phone: '+15125550134',
      booking_date: '2026-11-24',
      start_time: '09:00',
      end_time: '09:30',
      timezone: 'America/Los_Angeles',
      status: 'confirmed',
      booking_type: 'assessment',
      company_name: 'Whitfield Plumbing',
      industry: 'Plumbing',
      employee_count: '12',
      website_url: null,
      challenge: 'Missed calls',
      referral_source: null,
      notes: 'On-site address: Austin.',
      meeting_link: null,
      stripe_session_id: 'cs_test_1',
      payment_status: 'paid',
      payment_amount_cents: 25000,
    });
    const free = bookingRow({ ...FACTS, type: 'consultation', payment: undefined, company: undefined, meetingLink: 'https://meet.example/x' });
    assert.equal(free.booking_type, 'consultation');
    assert.equal(free.meeting_link, 'https://meet.example/x');
    assert.equal(free.company_name, null);
    assert.ok(!('stripe_session_id' in free) && !('payment_status' in free), 'no payment columns without a payment');
  });

  describe('against the local NCB', () => {
    let h: Harness;
    before(async () => (h = await startHarness()));
    after(() => h.close());

    it('writes the row once: a retry finds the row by guest, day and start', async () => {
      const first = await createBookingOnce(h.deps.ncb, FACTS);
      const again = await createBookingOnce(h.deps.ncb, FACTS);
      assert.equal(again, first);
      const rows = (await h.rows('bookings')).filter((r) => r.guest_email === 'dana@example.com');
      assert.equal(rows.length, 1);
      assert.equal(rows[0].id, first);
      assert.equal(rows[0].start_time, '09:00');
      assert.equal(rows[0].payment_amount_cents, 25000);
      assert.equal(rows[0].status, 'confirmed');
    });
  });
});
