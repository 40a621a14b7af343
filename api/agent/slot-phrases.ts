/**
 * The built-in responder's sentences for offering times against a requested day or part of day. Kept apart from
 * phrases.ts so the times can change without touching the general wording. Spanish says "tú", like the kit.
 */
import type { Locale } from '../../model/contracts.js';
import { fill } from './phrases.js';
import { speakDate } from './speak-times.js';
import type { PartOfDay } from './types.js';
import type { When } from './when.js';

type L = Record<Locale, string>;

export const SLOT_PHRASES = {
  offerMany: { en: 'I can offer {slots}. Which works for you?', es: 'Te puedo ofrecer {slots}. ¿Cuál te queda mejor?' } as L,
  offerOne: { en: 'I can offer {slots}. Does that work for you?', es: 'Te puedo ofrecer {slots}. ¿Te queda bien?' } as L,
  full: { en: 'Sorry, I have nothing open {when}.', es: 'Lo siento, no me quedan horarios libres {when}.' } as L,
  /** Business hours close at weekends: said instead of "nothing open", before the nearest weekday times. */
  weekendsClosed: { en: "Sorry, we don't meet on weekends.", es: 'Lo siento, los fines de semana no tenemos reuniones.' } as L,
  nearestMany: {
    en: 'The nearest open times are {slots}. Which works for you?',
    es: 'Los horarios libres más cercanos son {slots}. ¿Cuál te queda mejor?',
  } as L,
  nearestOne: { en: 'The nearest open time is {slots}. Does that work for you?', es: 'El horario libre más cercano es {slots}. ¿Te queda bien?' } as L,
} as const;

const PART_WORDS: Record<PartOfDay, L> = {
  morning: { en: 'in the morning', es: 'por la mañana' },
  afternoon: { en: 'in the afternoon', es: 'por la tarde' },
  evening: { en: 'in the evening', es: 'por la noche' },
};

type Span = 'this-week' | 'next-week' | 'this-weekend' | 'next-weekend';

const SPANS: Record<Span, L> = {
  'this-week': { en: 'this week', es: 'esta semana' },
  'next-week': { en: 'next week', es: 'la próxima semana' },
  'this-weekend': { en: 'this weekend', es: 'este fin de semana' },
  'next-weekend': { en: 'next weekend', es: 'el próximo fin de semana' },
};

const isSpan = (span: When['span']): span is Span => span in SPANS;

/** The request said back: "on Tuesday, November 24 in the morning", "la próxima semana", "por la tarde". */
export function describeWhen(when: When, locale: Locale): string {
  const part = when.partOfDay ? PART_WORDS[when.partOfDay][locale] : '';
  let base = '';
  if (isSpan(when.span)) base = SPANS[when.span][locale];
  else if (when.day) base = locale === 'es' ? speakDate(when.day, locale) : `on ${speakDate(when.day, locale)}`;
  return [base, part].filter(Boolean).join(' ');
}

/**
 * Why the times about to be offered are not the ones asked for: "we don't meet on weekends" when only weekend
 * days were asked for and the business does not open then, else "nothing open {when}".
 */
export function unmetRequest(when: When, locale: Locale, weekendsClosed: boolean): string {
  return weekendsClosed ? SLOT_PHRASES.weekendsClosed[locale] : fill(SLOT_PHRASES.full[locale], { when: describeWhen(when, locale) });
}
