import type { Locale } from '../../model/contracts.js';
import { isValidTimeZone, zonedParts } from '../../model/time.js';
import type { DateKey, MonthKey } from './calendar-math.js';

/**
 * Everything the booking widget prints about time goes through Intl with an explicit timeZone, so what the
 * visitor sees never depends on the machine's own zone.
 */

const intlLocale = (locale: Locale) => (locale === 'es' ? 'es-ES' : 'en-US');

/** A day key as a Date at noon UTC: formatting it in UTC can never shift it to another day. */
const noonUtc = (date: DateKey) => new Date(`${date}T12:00:00Z`);

/** '9:00 AM' (en) / '9:00' (es) for an instant in `tz`. */
export function formatTime(iso: string, tz: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { hour: 'numeric', minute: '2-digit', timeZone: tz }).format(new Date(iso));
}

/** '9:00 AM – 9:30 AM' in `tz`. */
export function formatTimeRange(start: string, end: string, tz: string, locale: Locale): string {
  return `${formatTime(start, tz, locale)} – ${formatTime(end, tz, locale)}`;
}

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
    if (!name) continue;
    if (!/^(GMT|UTC)[+\-−]/.test(name)) return name;
    fallback ||= name;
  }
  return fallback;
}

/** 'Europe/Madrid (CET)'; just 'UTC' when the abbreviation is the name itself. */
export function zoneLabel(tz: string, at: Date, locale: Locale): string {
  const abbr = zoneAbbr(tz, at, locale);
  return abbr && abbr !== tz ? `${tz} (${abbr})` : tz;
}

/** '9:00 AM – 9:30 AM · Europe/Madrid (CET)': a time never goes out without its zone. */
export function slotLabel(start: string, end: string, tz: string, locale: Locale): string {
  return `${formatTimeRange(start, end, tz, locale)} · ${zoneLabel(tz, new Date(start), locale)}`;
}

/** 'Tuesday, March 10, 2026' for a day key. */
export function formatDay(date: DateKey, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone: 'UTC' }).format(noonUtc(date));
}

/** 'Tuesday, March 10, 2026' for the day an instant falls on in `tz`. */
export function formatInstantDay(iso: string, tz: string, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { dateStyle: 'full', timeZone: tz }).format(new Date(iso));
}

/** 'March 2026'. */
export function formatMonth(month: MonthKey, locale: Locale): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(noonUtc(`${month}-01`));
}

/** Weekday column headers starting at `weekStart` (0 = Sunday): [short, long] pairs. */
export function weekdayNames(locale: Locale, weekStart: number): [string, string][] {
  const short = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'short', timeZone: 'UTC' });
  const long = new Intl.DateTimeFormat(intlLocale(locale), { weekday: 'long', timeZone: 'UTC' });
  // 2023-01-01 was a Sunday.
  return Array.from({ length: 7 }, (_, i) => {
    const d = noonUtc(`2023-01-0${1 + ((weekStart + i) % 7)}`);
    return [short.format(d), long.format(d)];
  });
}

/** Today's date key in `tz`. */
export function todayIn(tz: string, now = new Date()): DateKey {
  return zonedParts(now, tz).date;
}

/** `$250` / `250 US$` */
export function formatUsd(amount: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(amount);
}

/** True for a zone Intl accepts. */
export function isTimeZone(tz: string | undefined | null): tz is string {
  return !!tz && isValidTimeZone(tz);
}

/** The zones for the picker: every zone Intl knows, with `current` included even when it is an alias. */
export function timeZoneOptions(current: string): string[] {
  const all = typeof Intl.supportedValuesOf === 'function' ? Intl.supportedValuesOf('timeZone') : [];
  return all.includes(current) ? all : [current, ...all];
}
