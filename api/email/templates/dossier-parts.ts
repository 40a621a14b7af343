/**
 * Blocks shared by the three admin dossiers (English only): lead score with priority, attribution, contact links.
 */
import type { Attribution } from '../../../model/contracts.js';
import { html, link, safeUrl, type SafeHtml, type TextLine } from '../html.js';
import { formatNumber } from './format.js';
import { badge, bullets, heading, keyValues, type BadgeColour } from './layout.js';

export type LeadTier = 'low' | 'medium' | 'high';

const PRIORITY_COLOUR: Record<LeadTier, BadgeColour> = { high: 'red', medium: 'amber', low: 'green' };

/** "HIGH" / "MEDIUM" / "LOW"; an unexpected value reads as LOW rather than breaking the subject. */
export function priorityLabel(tier: LeadTier): string {
  return (Object.hasOwn(PRIORITY_COLOUR, tier) ? tier : 'low').toUpperCase();
}

export function scoreText(score: number): string {
  return `${formatNumber(Math.max(0, Math.min(100, score)), 'en', 0)}/100`;
}

export function scoreBlock(score: number, tier: LeadTier, factors: readonly string[]): SafeHtml {
  const colour = PRIORITY_COLOUR[tier] ?? 'green';
  return html`${heading('Lead score')}
<p style="margin:0 0 8px;">${badge(`${priorityLabel(tier)} PRIORITY`, colour)} <strong style="font-size:18px;margin-left:8px;">${scoreText(score)}</strong></p>
${factors.length ? bullets(factors) : html`<p style="margin:0 0 12px;color:#6b7280;">No scoring factors.</p>`}`;
}

export function scoreTextLines(score: number, tier: LeadTier, factors: readonly string[]): TextLine[] {
  return [`Lead score: ${scoreText(score)} (${priorityLabel(tier)} priority)`, ...factors.map((f) => `  - ${f}`)];
}

const ATTRIBUTION_FIELDS: readonly (readonly [keyof Attribution, string])[] = [
  ['utm_source', 'utm_source'],
  ['utm_medium', 'utm_medium'],
  ['utm_campaign', 'utm_campaign'],
  ['utm_term', 'utm_term'],
  ['utm_content', 'utm_content'],
  ['gclid', 'gclid'],
  ['fbclid', 'fbclid'],
  ['msclkid', 'msclkid'],
  ['partner', 'Partner'],
  ['referrer', 'Referrer'],
  ['landingUrl', 'Landing URL'],
];

const URL_FIELDS = new Set<keyof Attribution>(['referrer', 'landingUrl']);

/** Attribution rows; the referrer and landing URL are links only when they are http(s). */
export function attributionBlock(a: Attribution | undefined): SafeHtml {
  const rows = ATTRIBUTION_FIELDS.map(([key, label]) => {
    const v = a?.[key];
    return [label, v ? (URL_FIELDS.has(key) ? link(v) : v) : null] as const;
  });
  if (rows.every(([, v]) => !v)) return html`${heading('Attribution')}<p style="margin:0 0 12px;color:#6b7280;">Direct / unknown.</p>`;
  return html`${heading('Attribution')}${keyValues(rows)}`;
}

export function attributionTextLines(a: Attribution | undefined): TextLine[] {
  const lines = ATTRIBUTION_FIELDS.filter(([key]) => a?.[key]).map(([key, label]) => `  ${label}: ${a![key]}`);
  return ['Attribution:', ...(lines.length ? lines : ['  Direct / unknown'])];
}

const EMAIL_SHAPE = /^[^\s@<>"'()\\,;:]+@[^\s@<>"'()\\,;:]+\.[^\s@<>"'()\\,;:]+$/;

/** A mailto link for a plausible address; anything else is shown as text. */
export function emailLink(email: string | null | undefined): SafeHtml | null {
  if (!email) return null;
  return EMAIL_SHAPE.test(email) ? link(`mailto:${email}`, email) : html`${email}`;
}

/** A tel link for a phone made only of dialling characters. */
export function phoneLink(phone: string | null | undefined): SafeHtml | null {
  if (!phone) return null;
  const dial = phone.replace(/[\s().-]/g, '');
  return /^\+?\d{5,20}$/.test(dial) ? html`<a href="tel:${dial}" style="color:#4f46e5;">${phone}</a>` : html`${phone}`;
}

/**
 * A visitor-typed website: bare hosts ("acme.com") get https://; anything that is not then http(s) — a
 * `javascript:` URL above all — stays plain text and never becomes an href (D37).
 */
export function websiteLink(url: string | null | undefined): SafeHtml | null {
  if (!url) return null;
  const trimmed = url.trim();
  const candidate = /^[a-z][a-z0-9+.-]*:/i.test(trimmed) ? trimmed : `https://${trimmed}`;
  const href = safeUrl(candidate);
  return href && !href.startsWith('mailto:') ? link(href, trimmed) : html`${trimmed}`;
}
