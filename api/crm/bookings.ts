import type { NcbClient } from '../ncb/client.js';
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

/**
 * Writes the booking row once. The natural key (guest, day, start) finds a row a previous attempt already
 * wrote, so the job that calls this can be retried safely.
 */
export async function createBookingOnce(ncb: NcbClient, row: Insert<'bookings'> & { guest_email: string; booking_date: string; start_time: string }) {
  const found = await ncb.findOne('bookings', {
    guest_email: row.guest_email,
    booking_date: row.booking_date,
    start_time: row.start_time,
    status: 'confirmed',
  });
  if (found) return found.id;
  return ncb.create('bookings', row);
}
