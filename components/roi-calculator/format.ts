import type { Locale } from '../../model/contracts.js';
import type { RoiStrings } from './roi-calculator.strings.js';

/** Number formatting for one locale and currency (Intl; nothing bundled). */
export interface Formatters {
  /** Whole currency units, e.g. "$9,500" / "9500 US$". */
  money(n: number): string;
  /** Up to one decimal, e.g. "23.1". */
  num(n: number): string;
  /** An integer percent value (437 → "437%"). */
  pct(n: number): string;
  /** The currency's symbol, for field prefixes ("$", "€"). */
  symbol: string;
}

export function formatters(locale: Locale, currency = 'USD'): Formatters {
  const nf = (o: Intl.NumberFormatOptions) => new Intl.NumberFormat(locale, o);
  const cur = (c: string) => nf({ style: 'currency', currency: c, maximumFractionDigits: 0 });
  let money: Intl.NumberFormat;
  try {
    money = cur(currency);
  } catch {
    money = cur('USD'); // an invalid `currency` attribute must not break the widget
  }
  const pct = nf({ style: 'percent' });
  return {
    // Intl's `format` is a bound getter, so it can be handed out as is.
    money: money.format,
    num: nf({ maximumFractionDigits: 1 }).format,
    pct: (n) => pct.format(n / 100),
    symbol: money.formatToParts(0).find((p) => p.type === 'currency')?.value ?? '',
  };
}

/** Payback as shown: under a year in weeks ("10 wks"), else in months ("14 mo"); null never pays back. */
export function paybackLabel(weeks: number | null, s: RoiStrings, f: Formatters): string {
  if (weeks === null) return s.never;
  return weeks < 52 ? s.weeks(f.num(weeks)) : s.months(f.num(Math.round(weeks / 4.33)));
}
