import type { NcbClient } from '../ncb/client.js';
import type { BookingType } from '../../model/contracts.js';
import type { Insert } from '../ncb/schema.js';

/** NCB returns datetime columns as ISO timestamps ('2026-02-12T00:00:00.000Z'); the CRM means a bare day. */
export const dayOf = (v: string) => v.slice(0, 10);

export interface CalendarRows {
  settings: { weekday: number; start_minutes: number; end_minutes: number; is_available: number }[];
  blockedDates: string[];
  bookings: { id: number; date: string; startTime: string; endTime: string }[];
}

/**
 * Everything the slot maths needs for business-local days [from, to], read with range filters on the server
 * and every page followed (defects D7–D9: no client-side filtering of a truncated first page).
 */
export async function readCalendar(ncb: NcbClient, from: string, to: string): Promise<CalendarRows> {
  const [settings, blocked, bookings] = await Promise.all([
    ncb.readAll('availability_settings'),
    ncb.readAll('blocked_dates', { date: { gte: from, lte: `${to} 23:59:59` } }),
    ncb.readAll('bookings', { booking_date: { gte: from, lte: `${to} 23:59:59` }, status: { ne: 'cancelled' } }),
  ]);
  return {
    settings: settings.map((s) => ({
      weekday: s.weekday,
      start_minutes: s.start_minutes,
      end_minutes: s.end_minutes,
      is_available: Number(s.is_available),
    })),
    blockedDates: blocked.map((b) => dayOf(b.date)),
    bookings: bookings.map((b) => ({ id: b.id, date: dayOf(b.booking_date), startTime: b.start_time, endTime: b.end_time })),
  };
}

/** A booking as a flow knows it, in domain terms; this module maps it onto the CRM's `bookings` columns. */
export interface BookingFacts {
  guest: { name: string; email: string; phone?: string | null };
  type: BookingType;
  /** The business-local day (YYYY-MM-DD) and wall-clock times (HH:mm) in `businessTimezone`. */
  day: string;
  startTime: string;
  endTime: string;
  businessTimezone: string;
  /** What the visitor told the form about their business (blank values are written as null). */
  company?: { name?: string | null; industry?: string | null; employeeCount?: string | null; websiteUrl?: string | null };
  challenge?: string | null;
  referralSource?: string | null;
  notes?: string | null;
  meetingLink?: string | null;
  /** A paid booking's Stripe Checkout session. */
  payment?: { sessionId: string; status: string; amountCents: number | null };
}

const orNull = (v: string | null | undefined) => (v === undefined || v === null || v.trim() === '' ? null : v);

/** The `bookings` row for `facts` (a booking written here is confirmed: holds never reach the CRM). */
export function bookingRow(f: BookingFacts): Insert<'bookings'> & { guest_email: string; booking_date: string; start_time: string } {
  return {
    guest_name: f.guest.name,
    guest_email: f.guest.email,
    guest_phone: orNull(f.guest.phone),
    booking_date: f.day,
    start_time: f.startTime,
    end_time: f.endTime,
    timezone: f.businessTimezone,
    status: 'confirmed',
    booking_type: f.type,
    company_name: orNull(f.company?.name),
    industry: orNull(f.company?.industry),
    employee_count: orNull(f.company?.employeeCount),
    website_url: orNull(f.company?.websiteUrl),
    challenge: orNull(f.challenge),
    referral_source: orNull(f.referralSource),
    notes: orNull(f.notes),
    meeting_link: orNull(f.meetingLink),
    ...(f.payment && { stripe_session_id: f.payment.sessionId, payment_status: f.payment.status, payment_amount_cents: f.payment.amountCents }),
  };
}

/**
 * Writes the booking row once. The natural key (guest, day, start) finds a row a previous attempt already
 * wrote, so the job that calls this can be retried safely.
 */
export async function createBookingOnce(ncb: NcbClient, facts: BookingFacts): Promise<number> {
  const row = bookingRow(facts);
  const found = await ncb.findOne('bookings', {
    guest_email: row.guest_email,
    booking_date: row.booking_date,
    start_time: row.start_time,
    status: 'confirmed',
  });
  if (found) return found.id;
  return ncb.create('bookings', row);
}
