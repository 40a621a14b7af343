/**
 * The day and part of day a visitor asks for, in EN and ES, resolved against "now" on the visitor's clock:
 * "tomorrow morning", "Thursday afternoon", "next week", "Nov 24", "the 24th", "el martes por la tarde",
 * "pasado mañana", "mañana temprano", "this weekend", "el finde", "11/28", "28/11/2026", "el 28". Matching runs
 * on normalize()d text with word boundaries; greetings ("good morning", "buenas tardes") are removed first so
 * they never read as a part of the day, and Spanish "mañana" is tomorrow except in "por/en/de la mañana",
 * "esta mañana", "las mañanas" (the morning).
 */
import type { Locale } from '../../model/contracts.js';
import { addDays, isValidDate, weekdayOf, zonedParts } from '../../model/time.js';
import { normalize } from './normalize.js';
import type { PartOfDay } from './types.js';

export interface When {
  /** The visitor-local day asked for (the first day of a week asked for). */
  day?: string;
  /** The last day of a week or weekend asked for, inclusive. */
  through?: string;
  partOfDay?: PartOfDay;
  /** How it was asked, so a reply can say it back: one day, this/next week or weekend, or a part of any day. */
  span: 'day' | 'this-week' | 'next-week' | 'this-weekend' | 'next-weekend' | 'any';
}

const GREETINGS = /\b(good (morning|afternoon|evening|night)|buen(os)? dias?|buenas (tardes|noches))\b/g;

const PARTS: [PartOfDay, RegExp][] = [
  ['morning', /\b(mornings?|early(?! (next|this|in the) week)|first thing|before (noon|lunch)|(por|en|de) la manana|esta manana|las mananas|temprano|antes del (mediodia|almuerzo))\b/],
  ['afternoon', /\b(afternoons?|after lunch|(por|en|de) la tarde|esta tarde|las tardes|despues (del almuerzo|de comer|de la comida))\b/],
  ['evening', /\b(evenings?|tonight|after work|(por|en|de) la noche|esta noche|las noches)\b/],
];

const WEEKDAYS: [number, RegExp][] = [
  [0, /\b(sunday|domingo)\b/],
  [1, /\b(monday|lunes)\b/],
  [2, /\b(tuesday|martes)\b/],
  [3, /\b(wednesday|miercoles)\b/],
  [4, /\b(thursday|jueves)\b/],
  [5, /\b(friday|viernes)\b/],
  [6, /\b(saturday|sabado)\b/],
];

const MONTHS_EN = ['jan(uary)?', 'feb(ruary)?', 'mar(ch)?', 'apr(il)?', 'may', 'june?', 'july?', 'aug(ust)?', 'sep(t(ember)?)?', 'oct(ober)?', 'nov(ember)?', 'dec(ember)?'];
const MONTHS_ES = ['enero', 'febrero', 'marzo', 'abril', 'mayo', 'junio', 'julio', 'agosto', 'septiembre|setiembre', 'octubre', 'noviembre', 'diciembre'];
const ORDINAL = '(?:st|nd|rd|th)';

const TODAY = /\b(today|tonight|this (morning|afternoon|evening)|hoy|esta (manana|tarde|noche))\b/;
const DAY_AFTER_TOMORROW = /\b(day after tomorrow|pasado manana)\b/;
// "mañana" alone is tomorrow; after "la/las/esta/pasado" it is the morning (or part of "pasado mañana").
const TOMORROW = /\btomorrow\b|(?<!\b(la|las|esta|pasado) )\bmanana\b/;
const THIS_WEEK = /\b(this week|later this week|esta semana)\b/;
// Weekends before weeks: "el fin de semana que viene" also contains "semana que viene".
const NEXT_WEEKEND = /\b(next weekend|(el )?(proximo|siguiente) (fin de semana|finde)|(el )?(fin de semana|finde) (que viene|proximo|siguiente|entrante))\b/;
const WEEKEND = /\b(weekends?|fin(es)? de semana|findes?)\b/;
const SAT_OR_SUN = /\b(saturday|sabado)s? (or|and|o|y|u) (on )?(sunday|domingo)s?\b|\b(sunday|domingo)s? (or|and|o|y|u) (on )?(saturday|sabado)s?\b/;
const NEXT_WEEK = /\b(next week|(la )?(proxima|siguiente) semana|(la )?semana (que viene|proxima|entrante)|la otra semana)\b/;

/**
 * True when the (normalised) text names a day or part of day a visitor could be asking times for: exactly when
 * parseWhen finds one. Without a locale a numeric date counts in either order ("11/28" and "28/11").
 */
export function mentionsWhen(normalized: string, locale?: Locale): boolean {
  return parseWhen(normalized, new Date(0), 'UTC', locale) !== null;
}

function monthIndex(name: string, names: readonly string[]): number {
  return names.findIndex((n) => new RegExp(`^(${n})$`).test(name));
}

/** The next date on or after today with this month and day (this year, else next year). */
function upcoming(today: string, month: number, day: number): string | undefined {
  const year = Number(today.slice(0, 4));
  for (const y of [year, year + 1]) {
    const date = `${y}-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isValidDate(date) && date >= today) return date;
  }
  return undefined;
}

/** "the 24th": this month if still ahead, else next month. */
function upcomingDayOfMonth(today: string, day: number): string | undefined {
  const month = Number(today.slice(5, 7)) - 1;
  for (const m of [month, month + 1, month + 2]) {
    const y = Number(today.slice(0, 4)) + Math.floor(m / 12);
    const date = `${y}-${String((m % 12) + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
    if (isValidDate(date) && date >= today) return date;
  }
  return undefined;
}

/** "2026-11-28" when it is a real date on or after today; a two-digit year is this century's. */
function datedOn(today: string, year: string, month: number, day: number): string | undefined {
  const y = year.length === 2 ? `20${year}` : year;
  const date = `${y}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
  return isValidDate(date) && date >= today ? date : undefined;
}

/**
 * "11/28", "11/28/2026", "28/11/26". Not a date: part of a longer number or path ("555/123/4567", "1/2/3/4"),
 * money ("$2/3"), a percentage or decimal ("50/50%", "1/2.5"), a time choice ("9/10 am"), a fraction or a
 * ratio of something ("1/2 hour", "3/4 of the team", "2/3 de mi equipo", "10/10 stars") or "24/7".
 */
const NUMERIC_DATE =
  /(?<![\w/.,:$€£#+-])(\d{1,2})\/(\d{1,2})(?:\/(\d{4}|\d{2}))?(?![\w/%]|[.,:]\d|\s*(?:%|percent\b|per ?cent\b|por ciento\b|[ap]\.?m\b|h\b|hrs?\b|hours?\b|horas?\b|min(ute)?s?\b|minutos?\b|days?\b|dias?\b|weeks?\b|semanas?\b|months?\b|mes(es)?\b|years?\b|anos?\b|of\b|de\b|del\b|off\b|stars?\b|estrellas?\b|split\b|support\b|soporte\b|service\b|servicio\b|coverage\b|cobertura\b))/g;

/** EN reads month/day, ES day/month; with no locale (mentionsWhen) whichever order is a date. */
function numericDate(t: string, today: string, locale: Locale | undefined): string | undefined {
  for (const m of t.matchAll(NUMERIC_DATE)) {
    const [a, b, year] = [Number(m[1]), Number(m[2]), m[3]];
    if (a === 24 && b === 7 && !year) continue;
    const orders: [number, number][] = locale === 'es' ? [[b, a]] : locale === 'en' ? [[a, b]] : [[a, b], [b, a]];
    for (const [month, day] of orders) {
      if (month < 1 || month > 12) continue;
      const date = year ? datedOn(today, year, month, day) : upcoming(today, month - 1, day);
      if (date) return date;
    }
  }
  return undefined;
}

/**
 * Spanish "el 28", "el día 28" ("el 28 por la tarde", "¿el 28?"): a day of the month, but not "el 28%", "el 28
 * de cada mes", "el 12:30", "el 20 mil", "el 15 por ciento" or a count of something ("el 30 horas").
 */
const ES_DAY_OF_MONTH =
  /\bel (?:dia )?(\d{1,2})(?![\w/%]|[.,:]\d|\s*(?:%|por ciento\b|mil\b|millones\b|de\b|del\b|[ap]\.?m\b|h\b|hrs?\b|horas?\b|minutos?\b|dias?\b|semanas?\b|mes(es)?\b|anos?\b|personas?\b|empleados?\b|trabajadores\b|dolares\b|pesos\b|euros\b|usd\b|veces\b))/;

function explicitDate(t: string, today: string, locale: Locale | undefined): string | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(t);
  if (iso && isValidDate(iso[1]!) && iso[1]! >= today) return iso[1];
  const en = new RegExp(`\\b(${MONTHS_EN.join('|')})\\.? (\\d{1,2})${ORDINAL}?\\b`).exec(t);
  if (en) return upcoming(today, monthIndex(en[1]!, MONTHS_EN), Number(en[en.length - 1]));
  const enDayFirst = new RegExp(`\\b(\\d{1,2})${ORDINAL}? (?:of )?(${MONTHS_EN.join('|')})\\b`).exec(t);
  if (enDayFirst) return upcoming(today, monthIndex(enDayFirst[2]!, MONTHS_EN), Number(enDayFirst[1]));
  const es = new RegExp(`\\b(\\d{1,2}) de (${MONTHS_ES.join('|')})\\b`).exec(t);
  if (es) return upcoming(today, monthIndex(es[2]!, MONTHS_ES), Number(es[1]));
  const numeric = numericDate(t, today, locale);
  if (numeric) return numeric;
  const dayOnly = new RegExp(`\\b(?:the|on the) (\\d{1,2})${ORDINAL}\\b`).exec(t) ?? ES_DAY_OF_MONTH.exec(t);
  if (dayOnly) return upcomingDayOfMonth(today, Number(dayOnly[1]));
  return undefined;
}

/** The weekend of this week (from today when it is already Saturday or Sunday) or of next week. */
function weekend(today: string, weekday: number, next: boolean): When {
  const saturday = addDays(today, weekday === 0 ? -1 : 6 - weekday);
  if (next) return { day: addDays(saturday, 7), through: addDays(saturday, 8), span: 'next-weekend' };
  return { day: saturday < today ? today : saturday, through: addDays(saturday, 1), span: 'this-weekend' };
}

/**
 * What day/part of day the message asks for, relative to `now` in `timeZone`; null when it names neither.
 * A weekday is its next occurrence after today ("next Tuesday" too), or that weekday of next week when the
 * visitor says "next week"; weeks run Monday to Sunday, so "this weekend" is the coming Saturday–Sunday and
 * "next weekend" the one after, as "next week" is. `locale` orders numeric dates: EN "11/28", ES "28/11".
 */
export function parseWhen(message: string, now: Date, timeZone: string, locale?: Locale): When | null {
  const t = normalize(message).replace(GREETINGS, ' ');
  const { date: today, weekday } = zonedParts(now, timeZone);
  const partOfDay = PARTS.find(([, re]) => re.test(t))?.[0];
  const nextMonday = addDays(today, ((8 - weekday) % 7) || 7);
  const nextWeekend = NEXT_WEEKEND.test(t);
  const nextWeek = NEXT_WEEK.test(t) && !nextWeekend;
  const named = WEEKDAYS.find(([, re]) => re.test(t))?.[0];

  let when: When | null = null;
  const explicit = explicitDate(t, today, locale);
  if (explicit) when = { day: explicit, span: 'day' };
  else if (SAT_OR_SUN.test(t)) when = weekend(today, weekday, nextWeek || nextWeekend);
  else if (named !== undefined && (nextWeek || nextWeekend)) when = { day: addDays(nextMonday, (named + 6) % 7), span: 'day' };
  else if (named !== undefined) when = { day: addDays(today, ((named - weekday + 7) % 7) || 7), span: 'day' };
  else if (WEEKEND.test(t)) when = weekend(today, weekday, nextWeekend);
  else if (DAY_AFTER_TOMORROW.test(t)) when = { day: addDays(today, 2), span: 'day' };
  else if (TOMORROW.test(t)) when = { day: addDays(today, 1), span: 'day' };
  else if (TODAY.test(t)) when = { day: today, span: 'day' };
  else if (nextWeek) when = { day: nextMonday, through: addDays(nextMonday, 6), span: 'next-week' };
  else if (THIS_WEEK.test(t)) when = { day: today, through: addDays(today, (7 - weekday) % 7), span: 'this-week' };

  if (!when && !partOfDay) return null;
  return { ...(when ?? { span: 'any' as const }), ...(partOfDay ? { partOfDay } : {}) };
}

/** True when every day asked for is a Saturday or a Sunday ("this weekend", "Saturday morning", "11/28"). */
export function onlyWeekendDays(when: When): boolean {
  if (!when.day || !isValidDate(when.day)) return false;
  const last = when.through && isValidDate(when.through) && when.through >= when.day ? when.through : when.day;
  for (let d = when.day; d <= last; d = addDays(d, 1)) {
    if (weekdayOf(d) % 6 !== 0) return false;
  }
  return true;
}

/**
 * The request of this turn, completed from the conversation: "what about the afternoon?" after asking for
 * Thursday means Thursday afternoon. Only a part of day alone borrows the last day asked for.
 */
export function requestedWhen(message: string, earlierUserTurns: readonly string[], now: Date, timeZone: string, locale?: Locale): When | null {
  const when = parseWhen(message, now, timeZone, locale);
  if (!when || when.span !== 'any') return when;
  for (const text of [...earlierUserTurns].reverse()) {
    const before = parseWhen(text, now, timeZone, locale);
    if (before?.day) return { ...before, partOfDay: when.partOfDay };
  }
  return when;
}
