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

function currencyFormat(locale: Locale, currency: string): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale, { style: 'currency', currency, maximumFractionDigits: 0 });
  } catch {
    // an invalid `currency` attribute must not break the widget
    return new Intl.NumberFormat(locale, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 });
  }
}

export function formatters(locale: Locale, currency = 'USD'): Formatters {
  const money = currencyFormat(locale, currency);
  const num = new Intl.NumberFormat(locale, { maximumFractionDigits: 1 });
  const pct = new Intl.NumberFormat(locale, { style: 'percent', maximumFractionDigits: 0 });
  const symbol = money.formatToParts(0).find((p) => p.type === 'currency')?.value ?? '';
  return { money: (n) => money.format(n), num: (n) => num.format(n), pct: (n) => pct.format(n / 100), symbol };
}

/** Payback as shown: under a year in weeks ("10 wks"), else in months ("14 mo"); null never pays back. */
export function paybackLabel(weeks: number | null, s: RoiStrings, f: Formatters): string {
  if (weeks === null) return s.never;
  return weeks < 52 ? s.weeks(f.num(weeks)) : s.months(f.num(Math.round(weeks / 4.33)));
}
