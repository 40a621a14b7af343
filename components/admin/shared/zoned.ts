/** Time-zone arithmetic for the admin views: wall-clock times in a zone, instants, labels. */

/** The instant of wall-clock `date` `hh:mm` in `tz`. */
export function zonedInstant(date: string, hhmm: string, tz: string): Date {
  const [y, m, d] = date.split('-').map(Number);
  const [hh, mm] = hhmm.split(':').map(Number);
  const guess = Date.UTC(y, m - 1, d, hh, mm);
  const offset = (at: number) => {
    const p = partsIn(new Date(at), tz);
    return Date.UTC(p.year, p.month - 1, p.day, p.hour, p.minute) - at;
  };
  const first = guess - offset(guess);
  return new Date(guess - offset(first));
}

export function partsIn(at: Date, tz: string) {
  const p = Object.fromEntries(
    new Intl.DateTimeFormat('en-US', { timeZone: tz, hourCycle: 'h23', year: 'numeric', month: 'numeric', day: 'numeric', hour: 'numeric', minute: 'numeric' })
      .formatToParts(at)
      .filter((x) => x.type !== 'literal')
      .map((x) => [x.type, Number(x.value)]),
  ) as { year: number; month: number; day: number; hour: number; minute: number };
  return p;
}

const pad = (n: number) => String(n).padStart(2, '0');
/** 'YYYY-MM-DD' of an instant in `tz`. */
export function dayIn(at: Date, tz: string): string {
  const p = partsIn(at, tz);
  return `${p.year}-${pad(p.month)}-${pad(p.day)}`;
}
/** 'HH:mm' of an instant in `tz`. */
export function timeIn(at: Date, tz: string): string {
  const p = partsIn(at, tz);
  return `${pad(p.hour)}:${pad(p.minute)}`;
}
/** A short readable zone name ("PST", "GMT-8" …) for labels next to times. */
export function zoneLabel(tz: string, locale: string, at = new Date()): string {
  return new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName: 'short' }).formatToParts(at).find((p) => p.type === 'timeZoneName')?.value ?? tz;
}
export function formatDateTime(at: Date, tz: string, locale: string): string {
  return new Intl.DateTimeFormat(locale, { timeZone: tz, year: 'numeric', month: 'short', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZoneName: 'short' }).format(at);
}
export function formatDay(day: string, locale: string, opts: Intl.DateTimeFormatOptions = { weekday: 'long', day: 'numeric', month: 'long', year: 'numeric' }): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Intl.DateTimeFormat(locale, { ...opts, timeZone: 'UTC' }).format(new Date(Date.UTC(y, m - 1, d, 12)));
}
/** Adds `n` days to a 'YYYY-MM-DD'. */
export function addDays(day: string, n: number): string {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d + n)).toISOString().slice(0, 10);
}
/** 0 = Sunday … 6 = Saturday. */
export function weekdayOfDay(day: string): number {
  const [y, m, d] = day.split('-').map(Number);
  return new Date(Date.UTC(y, m - 1, d)).getUTCDay();
}
