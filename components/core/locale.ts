import type { Locale } from '../../model/contracts.js';

/** The widget's language: its own `locale` attribute, else the nearest `lang` (the page's), else English. */
export function resolveLocale(el: HTMLElement, attr?: string | null): Locale {
  const raw = (attr || el.closest('[lang]')?.getAttribute('lang') || document.documentElement.lang || 'en').toLowerCase();
  return raw.startsWith('es') ? 'es' : 'en';
}

/** The visitor's IANA timezone. */
export function visitorTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
