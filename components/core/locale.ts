import type { Locale } from '../../model/contracts.js';

/** The widget's language: its own `locale` attribute, else the nearest `lang` (the page's), else English. */
export const resolveLocale = (el: HTMLElement, attr?: string | null): Locale =>
  /^es/i.test(attr || (el.closest('[lang]') as HTMLElement | null)?.lang || document.documentElement.lang) ? 'es' : 'en';

/**
 * Calls `fn` whenever the page's `<html lang>` changes, until the observer it returns is disconnected: widgets
 * read the language at render, so this re-renders them when a host switches languages (Shoelace's pattern,
 * one small observer per widget rather than a shared registry: a page holds a handful of widgets).
 */
export function onPageLang(fn: () => void): MutationObserver {
  const observer = new MutationObserver(fn);
  // attributeFilter alone implies attributes: true.
  observer.observe(document.documentElement, { attributeFilter: ['lang'] });
  return observer;
}

/** The visitor's IANA timezone. */
export function visitorTimezone(): string {
  return Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
}
