/**
 * Calendar arithmetic on plain date strings ('YYYY-MM-DD') and month strings ('YYYY-MM').
 * Keys are never built from a local Date (D24: local midnight east of UTC is the previous UTC day); every step
 * here runs on UTC dates, which have no offset to slip on.
 */

/** A calendar day, 'YYYY-MM-DD', in the visitor's timezone as the API sends it. */
export type DateKey = string;
/** A calendar month, 'YYYY-MM'. */
export type MonthKey = string;

/** The UTC date of `key` moved by `days` days and `months` months (a month key is its 1st). */
function utc(key: string, days = 0, months = 0): Date {
  const [y, m, d = 1] = key.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1 + months, d + days));
}

const keyOf = (d: Date): DateKey => d.toISOString().slice(0, 10);

/** The month a day belongs to. */
export const monthOf = (date: DateKey): MonthKey => date.slice(0, 7);

/** `date` moved by `n` days. */
export const addDays = (date: DateKey, n: number): DateKey => keyOf(utc(date, n));

/** `month` moved by `n` months. */
export const addMonths = (month: MonthKey, n: number): MonthKey => monthOf(keyOf(utc(month, 0, n)));

/** Number of days in `month` (the day before the 1st of the next month). */
export const daysInMonth = (month: MonthKey): number => utc(month, -1, 1).getUTCDate();

/** First and last day of `month`: the `from`/`to` of one availability request. */
export const monthRange = (month: MonthKey): { from: DateKey; to: DateKey } =>
  ({ from: `${month}-01`, to: `${month}-${daysInMonth(month)}` });

/** Day of the week, 0 = Sunday … 6 = Saturday. */
export const weekday = (date: DateKey): number => utc(date).getUTCDay();

/** The weeks of `month` as rows of 7 cells; cells outside the month are null. */
export function monthGrid(month: MonthKey, weekStart = 0): (DateKey | null)[][] {
  const first = `${month}-01`;
  const lead = (weekday(first) - weekStart + 7) % 7;
  const total = daysInMonth(month);
  return Array.from({ length: Math.ceil((lead + total) / 7) }, (_, w) =>
    Array.from({ length: 7 }, (_, d) => {
      const i = w * 7 + d - lead;
      return i < 0 || i >= total ? null : addDays(first, i);
    }));
}

/** The same day number `n` months away, clamped to that month's length (Jan 31 + 1 month = Feb 28/29). */
export function shiftMonthKeepDay(date: DateKey, n: number): DateKey {
  const month = addMonths(monthOf(date), n);
  return `${month}-${String(Math.min(+date.slice(8), daysInMonth(month))).padStart(2, '0')}`;
}

/**
 * The WAI-ARIA date-grid keys: where focus goes from `date` on `key`, or null when the key is not a
 * navigation key. Home/End go to the start/end of the week, PageUp/PageDown move a month.
 */
export function navigateDate(date: DateKey, key: string, weekStart = 0): DateKey | null {
  const intoWeek = (weekday(date) - weekStart + 7) % 7;
  const days = ({ ArrowLeft: -1, ArrowRight: 1, ArrowUp: -7, ArrowDown: 7, Home: -intoWeek, End: 6 - intoWeek } as Record<string, number>)[key];
  const months = ({ PageUp: -1, PageDown: 1 } as Record<string, number>)[key];
  return days !== undefined ? addDays(date, days) : months ? shiftMonthKeepDay(date, months) : null;
}
