import { addDays } from '../../model/time.js';

/**
 * Calendar arithmetic on plain date strings ('YYYY-MM-DD') and month strings ('YYYY-MM').
 * Keys are never built from a local Date's toISOString() (D24: local midnight east of UTC is the previous UTC
 * day); every step here runs on UTC dates, which have no offset to slip on.
 */

/** A calendar day, 'YYYY-MM-DD', in the visitor's timezone as the API sends it. */
export type DateKey = string;
/** A calendar month, 'YYYY-MM'. */
export type MonthKey = string;

const pad = (n: number, width = 2) => String(n).padStart(width, '0');

function split(key: string): [number, number, number] {
  const [y, m, d = 1] = key.split('-').map(Number);
  return [y, m, d];
}

function keyOfUtc(t: number): DateKey {
  const d = new Date(t);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** The month a day belongs to. */
export const monthOf = (date: DateKey): MonthKey => date.slice(0, 7);

export { addDays };

/** `month` moved by `n` months. */
export function addMonths(month: MonthKey, n: number): MonthKey {
  const [y, m] = split(month);
  return keyOfUtc(Date.UTC(y, m - 1 + n, 1)).slice(0, 7);
}

/** Number of days in `month`. */
export function daysInMonth(month: MonthKey): number {
  const [y, m] = split(month);
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** First and last day of `month`: the `from`/`to` of one availability request. */
export function monthRange(month: MonthKey): { from: DateKey; to: DateKey } {
  return { from: `${month}-01`, to: `${month}-${pad(daysInMonth(month))}` };
}

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export function weekday(date: DateKey): number {
  const [y, m, d] = split(date);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}

/** The weeks of `month` as rows of 7 cells; cells outside the month are null. */
export function monthGrid(month: MonthKey, weekStart = 0): (DateKey | null)[][] {
  const first = `${month}-01`;
  const lead = (weekday(first) - weekStart + 7) % 7;
  const total = daysInMonth(month);
  const cells: (DateKey | null)[] = Array.from({ length: lead }, () => null);
  for (let i = 0; i < total; i++) cells.push(addDays(first, i));
  while (cells.length % 7) cells.push(null);
  const weeks: (DateKey | null)[][] = [];
  for (let i = 0; i < cells.length; i += 7) weeks.push(cells.slice(i, i + 7));
  return weeks;
}

/** The same day number `n` months away, clamped to that month's length (Jan 31 + 1 month = Feb 28/29). */
export function shiftMonthKeepDay(date: DateKey, n: number): DateKey {
  const month = addMonths(monthOf(date), n);
  const day = Math.min(split(date)[2], daysInMonth(month));
  return `${month}-${pad(day)}`;
}

/**
 * The WAI-ARIA date-grid keys: where focus goes from `date` on `key`, or null when the key is not a
 * navigation key. Home/End go to the start/end of the week, PageUp/PageDown move a month.
 */
export function navigateDate(date: DateKey, key: string, weekStart = 0): DateKey | null {
  switch (key) {
    case 'ArrowLeft':
      return addDays(date, -1);
    case 'ArrowRight':
      return addDays(date, 1);
    case 'ArrowUp':
      return addDays(date, -7);
    case 'ArrowDown':
      return addDays(date, 7);
    case 'Home':
      return addDays(date, -((weekday(date) - weekStart + 7) % 7));
    case 'End':
      return addDays(date, 6 - ((weekday(date) - weekStart + 7) % 7));
    case 'PageUp':
      return shiftMonthKeepDay(date, -1);
    case 'PageDown':
      return shiftMonthKeepDay(date, 1);
    default:
      return null;
  }
}
