/**
 * The offer's facts, stated once (docs/reference/landing-domain.md §1.3 prices, the pricing page's systems): the tiers, the
 * on-site assessment and the strategy call. The ROI model, the agent, the booking widget, the emails, the local
 * checkout and the CRM schema import them; `model/catalog.test.ts` fails when any other file states a price.
 * Pure data: it ships in the widget bundles.
 */
import type { Locale, TierId } from './contracts.js';

export interface Tier {
  id: TierId;
  name: Record<Locale, string>;
  /** USD, once. */
  setupFee: number;
  /** USD a month. */
  monthlyFee: number;
  /** The minimum term in months. */
  minimumMonths: number;
  /** Agentic systems built (the pricing page's 2 / 5 / 8). */
  systems: number;
}

export const TIERS = [
  { id: 'discovery', name: { en: 'AI Discovery', es: 'Descubrimiento de IA' }, setupFee: 2500, monthlyFee: 750, minimumMonths: 2, systems: 2 },
  { id: 'foundation', name: { en: 'Foundation Builder', es: 'Constructor de Base' }, setupFee: 5000, monthlyFee: 1500, minimumMonths: 3, systems: 5 },
  { id: 'architect', name: { en: 'Systems Architect', es: 'Arquitecto de Sistemas' }, setupFee: 12000, monthlyFee: 3000, minimumMonths: 6, systems: 8 },
] as const satisfies readonly Tier[];

/** In the catalog's order (also the CRM's `tier` values). */
export const TIER_IDS = ['discovery', 'foundation', 'architect'] as const satisfies readonly TierId[];
export const tierById = (id: TierId): Tier => TIERS.find((t) => t.id === id)!;

/** The paid on-site assessment: its Stripe price must match `priceUsd` (STRIPE_ASSESSMENT_PRICE_ID). */
export const ASSESSMENT = { priceUsd: 250, priceCents: 25_000, hours: 3 } as const;

/** The free strategy call (a video call). */
export const CONSULTATION = { priceUsd: 0, minutes: 30 } as const;

/** "$2,500" in EN, "2,500 dólares" in ES (es-US grouping, as the widgets): written or spoken (a TTS voice reads both naturally). */
export function money(amount: number, locale: Locale): string {
  const n = new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: 0 }).format(amount);
  return locale === 'es' ? `${n} dólares` : `$${n}`;
}
