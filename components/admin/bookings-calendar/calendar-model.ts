import { dayOf, type Row } from '../shared/data-client.js';
import { addDays, dayIn, timeIn, weekdayOfDay, zonedInstant } from '../shared/zoned.js';

export interface CalBooking {
  row: Row;
  start: Date;
  /** Day and time in the calendar's zone. */
  day: string;
  time: string;
  endTime: string;
  status: string;
}

/** Bookings placed in the calendar's zone: each row's wall time is in its own `timezone` (the business's). */
export function placeBookings(rows: Row[], tz: string): CalBooking[] {
  const out: CalBooking[] = [];
  for (const row of rows) {
    const day = dayOf(row.booking_date);
    const start = typeof row.start_time === 'string' ? row.start_time : null;
    if (!day || !start) continue;
    const zone = String(row.timezone || 'America/Los_Angeles');
    const at = zonedInstant(day, start, zone);
    const end = typeof row.end_time === 'string' ? zonedInstant(day, row.end_time, zone) : at;
    out.push({ row, start: at, day: dayIn(at, tz), time: timeIn(at, tz), endTime: timeIn(end, tz), status: String(row.status ?? 'confirmed') });
  }
  return out.sort((a, b) => a.start.getTime() - b.start.getTime());
}

/** The weeks (Monday first) covering `month` ('YYYY-MM'): 7 day keys each. */
export function monthWeeks(month: string): string[][] {
  const first = `${month}-01`;
  let cur = addDays(first, -((weekdayOfDay(first) + 6) % 7));
  const weeks: string[][] = [];
  while (weeks.length < 6) {
    const week = Array.from({ length: 7 }, (_, i) => addDays(cur, i));
    if (weeks.length && !week.some((d) => d.startsWith(month))) break;
    weeks.push(week);
    cur = addDays(cur, 7);
  }
  return weeks;
}

/** The Monday-first week containing `day`. */
export function weekOf(day: string): string[] {
  const monday = addDays(day, -((weekdayOfDay(day) + 6) % 7));
  return Array.from({ length: 7 }, (_, i) => addDays(monday, i));
}

export function shiftMonth(month: string, n: number): string {
  const [y, m] = month.split('-').map(Number);
  const d = new Date(Date.UTC(y, m - 1 + n, 1));
  return d.toISOString().slice(0, 7);
}
