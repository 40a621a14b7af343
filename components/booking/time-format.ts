import type { Locale } from '../../model/contracts.js';
import type { DateKey, MonthKey } from './calendar-math.js';

/**
 * Everything the booking widget prints about time goes through Intl with an explicit timeZone, so what the
 * visitor sees never depends on the machine's own zone. Day and month keys are formatted at noon UTC in UTC,
 * which can never shift them to another day (D24).
 */

// The kit's Spanish is es-US: 12-hour times and $250, as the English side.
const intlLocale = (locale: Locale) => (locale === 'es' ? 'es-US' : 'en-US');

const fmt = (locale: string, o: Intl.DateTimeFormatOptions, at: Date, timeZone = 'UTC') =>
  new Intl.DateTimeFormat(locale, { ...o, timeZone }).format(at);

const noonUtc = (date: DateKey) => new Date(`${date}T12:00:00Z`);

/** '9:00 AM' (en) / '9:00 a.m.' (es) for an instant in `tz`. */
export const formatTime = (iso: string, tz: string, locale: Locale): string =>
  fmt(intlLocale(locale), { hour: 'numeric', minute: '2-digit' }, new Date(iso), tz);

/**
 * A short zone name at `at` ('CET', 'PDT'), trying locales that know one before falling back to the offset
 * ('GMT+5:30'): en-US only names American zones, en-GB names European ones.
 */
export function zoneAbbr(tz: string, at: Date, locale: Locale): string {
  let fallback = '';
  for (const l of [intlLocale(locale), 'en-US', 'en-GB']) {
    const name = new Intl.DateTimeFormat(l, { timeZone: tz, timeZoneName: 'short' })
      .formatToParts(at)
      .find((p) => p.type === 'timeZoneName')?.value;
    if (name && !/^(GMT|UTC)[+\-−]/.test(name)) return name;
    fallback ||= name ?? '';
  }
  return fallback;
}

/** 'Europe/Madrid (CET)'; just 'UTC' when the abbreviation is the name itself. */
export function zoneLabel(tz: string, at: Date, locale: Locale): string {
  const abbr = zoneAbbr(tz, at, locale);
  return abbr && abbr !== tz ? `${tz} (${abbr})` : tz;
}

/** '9:00 AM – 9:30 AM · Europe/Madrid (CET)': a time never goes out without its zone. */
export const slotLabel = (start: string, end: string, tz: string, locale: Locale): string =>
  `${formatTime(start, tz, locale)} – ${formatTime(end, tz, locale)} · ${zoneLabel(tz, new Date(start), locale)}`;

/** 'Tuesday, March 10, 2026 · 9:00 AM – 9:30 AM · Europe/Madrid (CET)': the day in `tz`, then the slot. */
export const slotWithDay = (start: string, end: string, tz: string, locale: Locale): string =>
  `${fmt(intlLocale(locale), { dateStyle: 'full' }, new Date(start), tz)} · ${slotLabel(start, end, tz, locale)}`;

/** 'Tuesday, March 10, 2026' for a day key. */
export const formatDay = (date: DateKey, locale: Locale): string =>
  fmt(intlLocale(locale), { dateStyle: 'full' }, noonUtc(date));

/** 'March 2026'. */
export const formatMonth = (month: MonthKey, locale: Locale): string =>
  fmt(intlLocale(locale), { month: 'long', year: 'numeric' }, noonUtc(`${month}-01`));

/**
 * True when a slot starts at 08:00 or later and ends by 20:00 on the same day in `tz`: the hours an on-site
 * visit is offered in unless the visitor asks for all. Times as 'HH:mm' (00–23) compare as strings; a slot
 * that crosses midnight ends "before" it starts.
 */
export const withinDayHours = (start: string, end: string, tz: string): boolean => {
  const hm = (iso: string) => fmt('en-GB', { hour: '2-digit', minute: '2-digit', hourCycle: 'h23' }, new Date(iso), tz);
  const [s, e] = [hm(start), hm(end)];
  return s >= '08:00' && e <= '20:00' && s < e;
};

/**
 * Weekday column headers starting at `weekStart` (0 = Sunday), short ('Sun'): every day cell is labelled with
 * its full date, so the long names a header's `abbr` would add are not needed.
 */
export const weekdayNames = (locale: Locale, weekStart: number): string[] =>
  Array.from({ length: 7 }, (_, i) =>
    fmt(intlLocale(locale), { weekday: 'short' }, noonUtc(`2023-01-0${1 + ((weekStart + i) % 7)}`))); // 2023-01-01 was a Sunday

/** Today's date key in `tz` (en-US numeric dates are always MM/DD/YYYY). */
export function todayIn(tz: string, now = new Date()): DateKey {
  const [m, d, y] = fmt('en-US', { year: 'numeric', month: '2-digit', day: '2-digit' }, now, tz).split('/');
  return `${y}-${m}-${d}`;
}

/** `$250` in both languages. */
export const formatUsd = (amount: number, locale: Locale): string =>
  new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount);

/** True for a zone Intl accepts. */
export function isTimeZone(tz: string | undefined | null): tz is string {
  try {
    return !!tz && !!new Intl.DateTimeFormat('en', { timeZone: tz });
  } catch {
    return false;
  }
}

/** The zones for the picker: every zone Intl knows, with `current` included even when it is an alias. */
export function timeZoneOptions(current: string): string[] {
  const all = Intl.supportedValuesOf?.('timeZone') ?? [];
  return all.includes(current) ? all : [current, ...all];
}
