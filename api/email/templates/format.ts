/**
 * Locale-aware formatting for the emails: every number, amount, date and time goes through Intl, never
 * printed raw (D44: no `178.50000001`). Pure; the same output on Node and Workers (both ship full ICU).
 */
import type { Locale } from '../../../model/contracts.js';
import { isValidTimeZone } from '../../../model/time.js';

/**
 * The kit's one Spanish is US Spanish (the business and its visitors are in the US): es-US groups every amount
 * the same way ("$5,000", "$12,000"), unlike generic 'es' ("5000 US$" beside "12.000 US$").
 */
export function intlLocale(locale: Locale): string {
  return locale === 'es' ? 'es-US' : 'en-US';
}

/** Non-finite input shows as 0 rather than "NaN". */
const finite = (n: number): number => (Number.isFinite(n) ? n : 0);

export function formatNumber(value: number, locale: Locale, maxFractionDigits = 1): string {
  return new Intl.NumberFormat(intlLocale(locale), { maximumFractionDigits: maxFractionDigits }).format(finite(value));
}

/** Whole currency units (the ROI model works in whole dollars). Unknown currency codes fall back to USD. */
export function formatMoney(value: number, locale: Locale, currency = 'USD', fractionDigits = 0): string {
  const opts = { style: 'currency', minimumFractionDigits: fractionDigits, maximumFractionDigits: fractionDigits } as const;
  try {
    return new Intl.NumberFormat(intlLocale(locale), { ...opts, currency }).format(finite(value));
  } catch {
    return new Intl.NumberFormat(intlLocale(locale), { ...opts, currency: 'USD' }).format(finite(value));
  }
}

/** Cents → "$250.00". */
export function formatCents(cents: number, locale: Locale, currency = 'USD'): string {
  return formatMoney(finite(cents) / 100, locale, currency, 2);
}

/** An integer percent (817 → "817%", ES "817 %"). */
export function formatPercent(percent: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(finite(percent) / 100);
}

/** A 0–1 rate (0.85 → "85%"). */
export function formatRate(rate: number, locale: Locale): string {
  return new Intl.NumberFormat(intlLocale(locale), { style: 'percent', maximumFractionDigits: 0 }).format(finite(rate));
}

const WEEKS_PER_MONTH = 4.33;

/**
 * The results panel's payback label (§1.4): under 52 weeks "N wks" / "N sem"; otherwise whole months;
 * null (never pays back) says so instead of printing the old 999 sentinel.
 */
export function paybackLabel(weeks: number | null, locale: Locale): string {
  if (weeks === null || !Number.isFinite(weeks) || weeks <= 0) {
    return locale === 'es' ? 'no se recupera en un año' : 'not within a year';
  }
  if (weeks < 52) return `${formatNumber(weeks, locale, 0)} ${locale === 'es' ? 'sem' : 'wks'}`;
  return `${formatNumber(Math.round(weeks / WEEKS_PER_MONTH), locale, 0)} ${locale === 'es' ? 'meses' : 'mo'}`;
}

/** "30 minutes" / "3 hours" / ES "30 minutos" / "3 horas", from the real span of the booking. */
export function formatDuration(start: Date, end: Date, locale: Locale): string {
  const minutes = Math.max(0, Math.round((end.getTime() - start.getTime()) / 60_000));
  const whole = minutes % 60 === 0 && minutes >= 60;
  return new Intl.NumberFormat(intlLocale(locale), {
    style: 'unit',
    unit: whole ? 'hour' : 'minute',
    unitDisplay: 'long',
  }).format(whole ? minutes / 60 : minutes);
}

/** The first zone Intl knows of the candidates (visitor-supplied zones are not trusted to be IANA), else UTC. */
export function pickTimeZone(...candidates: (string | null | undefined)[]): string {
  return candidates.find(isValidTimeZone) ?? 'UTC';
}

/** "Tuesday, June 3, 2025" / "martes, 3 de junio de 2025" in `zone`. */
export function formatLongDate(date: Date, locale: Locale, zone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, dateStyle: 'full' }).format(date);
}

/** "Jun 3, 2025" / "3 jun 2025": the subject's short date. */
export function formatShortDate(date: Date, locale: Locale, zone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, month: 'short', day: 'numeric', year: 'numeric' }).format(date);
}

/** "9:00 AM – 9:30 AM" / "18:00–18:30" in `zone`. */
export function formatTimeRange(start: Date, end: Date, locale: Locale, zone: string): string {
  return new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, hour: 'numeric', minute: '2-digit' }).formatRange(start, end);
}

/** "Central European Summer Time (Europe/Madrid)": the readable name at that date plus the IANA id. */
export function formatZone(zone: string, locale: Locale, at: Date): string {
  const part = new Intl.DateTimeFormat(intlLocale(locale), { timeZone: zone, timeZoneName: 'long' })
    .formatToParts(at)
    .find((p) => p.type === 'timeZoneName')?.value;
  return part && part !== zone ? `${part} (${zone})` : zone;
}

/** "2025-06-03 09:00" in `zone`: the admin dossiers' unambiguous stamp. */
export function formatIsoLocal(date: Date, zone: string): string {
  const parts = new Intl.DateTimeFormat('en-CA', {
    timeZone: zone,
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
    hourCycle: 'h23',
  }).formatToParts(date);
  const get = (t: Intl.DateTimeFormatPartTypes): string => parts.find((p) => p.type === t)?.value ?? '';
  return `${get('year')}-${get('month')}-${get('day')} ${get('hour')}:${get('minute')}`;
}
