/**
 * Time-zone maths on Intl alone: the runtime's own tz database does the work, so the widget ships 0 bytes of tz
 * data. Dates are 'YYYY-MM-DD' strings; wall-clock times are minutes since local midnight.
 */

const DAY_MS = 86_400_000;
const DATE_RE = /^(\d{4})-(\d{2})-(\d{2})$/;

const formatters = new Map<string, Intl.DateTimeFormat>();
// Zones come from visitors, and Intl accepts any casing ("aMeRiCa/Chicago"), so the cache is bounded.
const MAX_FORMATTERS = 1000;

function formatterFor(timeZone: string): Intl.DateTimeFormat {
  let f = formatters.get(timeZone);
  if (!f) {
    if (formatters.size >= MAX_FORMATTERS) formatters.clear();
    f = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
      second: '2-digit',
    });
    formatters.set(timeZone, f);
  }
  return f;
}

/** The wall clock of `instant` in `timeZone`, as if it were a UTC timestamp (ms). */
function wallMs(instant: number, timeZone: string): number {
  const p: Record<string, number> = {};
  for (const part of formatterFor(timeZone).formatToParts(instant)) {
    if (part.type !== 'literal') p[part.type] = Number(part.value);
  }
  // Some engines print midnight as hour 24 even with h23; `% 24` keeps the day right.
  return Date.UTC(p.year!, p.month! - 1, p.day!, p.hour! % 24, p.minute!, p.second!);
}

/** UTC offset (minutes, east positive) of `timeZone` at `instant`. */
function offsetAt(instant: number, timeZone: string): number {
  const whole = Math.floor(instant / 1000) * 1000; // Intl has no milliseconds
  return Math.round((wallMs(whole, timeZone) - whole) / 60_000);
}

const pad = (n: number, w = 2): string => String(n).padStart(w, '0');

function isoDate(utcMs: number): string {
  const d = new Date(utcMs);
  return `${pad(d.getUTCFullYear(), 4)}-${pad(d.getUTCMonth() + 1)}-${pad(d.getUTCDate())}`;
}

/** Midnight of a 'YYYY-MM-DD' as a UTC timestamp; throws on a malformed or impossible date. */
export function parseDate(date: string): number {
  const m = DATE_RE.exec(date);
  if (!m) throw new RangeError(`invalid date: ${date}`);
  const ms = Date.UTC(Number(m[1]), Number(m[2]) - 1, Number(m[3]));
  if (isoDate(ms) !== date) throw new RangeError(`invalid date: ${date}`);
  return ms;
}

export function isValidDate(date: string): boolean {
  try {
    parseDate(date);
    return true;
  } catch {
    return false;
  }
}

export function zonedParts(
  instant: Date,
  timeZone: string,
): { date: string; minutes: number; weekday: number; offsetMinutes: number } {
  const t = instant.getTime();
  const offsetMinutes = offsetAt(t, timeZone);
  const wall = Math.floor(t / 60_000) * 60_000 + offsetMinutes * 60_000;
  const midnight = Math.floor(wall / DAY_MS) * DAY_MS;
  return {
    date: isoDate(midnight),
    minutes: Math.round((wall - midnight) / 60_000),
    weekday: new Date(midnight).getUTCDay(),
    offsetMinutes,
  };
}

/**
 * The instant at which the wall clock in `timeZone` reads `date` + `minutes` (minutes may run past 1440).
 * DST, following Temporal's 'compatible' disambiguation:
 * - autumn overlap (the wall time happens twice): the EARLIER instant;
 * - spring gap (the wall time never happens): shifted forward by the gap, e.g. 02:30 → 03:30.
 * Callers that must reject non-existent times compare zonedParts() of the result with what they asked for.
 */
export function zonedToInstant(date: string, minutes: number, timeZone: string): Date {
  const local = parseDate(date) + minutes * 60_000;
  // Real zones change offset at most once within a day, so the offsets a day either side are the candidates.
  const before = offsetAt(local - DAY_MS, timeZone);
  const after = offsetAt(local + DAY_MS, timeZone);
  const valid = [before, after]
    .map((o) => local - o * 60_000)
    .filter((t) => offsetAt(t, timeZone) * 60_000 === local - t);
  if (valid.length > 0) return new Date(Math.min(...valid));
  return new Date(local - before * 60_000);
}

/** '2026-11-23T09:00:00-08:00': the instant as wall clock in `timeZone` with its offset. */
export function formatOffsetIso(instant: Date, timeZone: string): string {
  const t = Math.floor(instant.getTime() / 1000) * 1000;
  const offset = offsetAt(t, timeZone);
  const wall = new Date(t + offset * 60_000);
  const sign = offset < 0 ? '-' : '+';
  const abs = Math.abs(offset);
  return (
    `${isoDate(wall.getTime())}T${pad(wall.getUTCHours())}:${pad(wall.getUTCMinutes())}:${pad(wall.getUTCSeconds())}` +
    `${sign}${pad(Math.floor(abs / 60))}:${pad(abs % 60)}`
  );
}

export function addDays(date: string, n: number): string {
  return isoDate(parseDate(date) + n * DAY_MS);
}

/** Day of the week of a 'YYYY-MM-DD' (0 = Sunday … 6 = Saturday, as availability_settings numbers them). */
export function weekdayOf(date: string): number {
  return new Date(parseDate(date)).getUTCDay();
}

/** Whole days from `a` to `b` (b − a). */
export function daysBetween(a: string, b: string): number {
  return Math.round((parseDate(b) - parseDate(a)) / DAY_MS);
}

/** True for a zone Intl knows. Checks only, caches nothing: anything may be passed (config, visitors). */
export function isValidTimeZone(tz: string | null | undefined): tz is string {
  if (typeof tz !== 'string' || tz.length === 0) return false;
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: tz });
    return true;
  } catch {
    return false;
  }
}

/** 540 → '09:00'. Wraps at midnight (1440 → '00:00') because it names a wall-clock time (the original wrote end times like "25:30"). */
export function hhmm(minutes: number): string {
  const m = ((Math.round(minutes) % 1440) + 1440) % 1440;
  return `${pad(Math.floor(m / 60))}:${pad(m % 60)}`;
}
