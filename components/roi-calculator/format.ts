import type { Locale } from '../../model/contracts.js';
import type { RoiStrings } from './roi-calculator.strings.js';

/**
 * Number formatting for one locale (Intl; nothing bundled). Amounts are US dollars: the tiers are priced in USD
 * and the emails and CRM use USD, so there is no display currency to relabel them with. Spanish is es-US, the
 * kit's one Spanish: "$5,000" and "1,234.5", like English, never "5000 US$" beside "12.000 US$".
 */
export interface Formatters {
  /** Whole dollars, e.g. "$9,500". */
  money(n: number): string;
  /** Up to one decimal, e.g. "23.1". */
  num(n: number): string;
  /** An integer percent value (437 → "437%"). */
  pct(n: number): string;
}

export function formatters(locale: Locale): Formatters {
  // en-US or es-US: both of the kit's languages are the US variants.
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale + '-US', o);
  const pct = nf({ style: 'percent' });
  return {
    // Intl's `format` is a bound getter, so it can be handed out as is.
    money: nf({ style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format,
    num: nf({ maximumFractionDigits: 1 }).format,
    pct: (n) => pct.format(n / 100),
  };
}

/** Payback as shown: under a year in weeks ("10 wks"), else in months ("14 mo"); null never pays back. */
export function paybackLabel(weeks: number | null, s: RoiStrings, f: Formatters): string {
  if (weeks === null) return s.never;
  return weeks < 52 ? s.weeks(f.num(weeks)) : s.months(f.num(Math.round(weeks / 4.33)));
}
