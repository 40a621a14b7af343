/**
 * The day and part of day a visitor asks for, in EN and ES, resolved against "now" on the visitor's clock:
 * "tomorrow morning", "Thursday afternoon", "next week", "Nov 24", "the 24th", "el martes por la tarde",
 * "pasado mañana", "mañana temprano". Matching runs on normalize()d text with word boundaries; greetings
 * ("good morning", "buenas tardes") are removed first so they never read as a part of the day, and Spanish
 * "mañana" is tomorrow except in "por/en/de la mañana", "esta mañana", "las mañanas" (the morning).
 */
import { addDays, isValidDate, zonedParts } from '../../model/time.js';
import { normalize } from './normalize.js';
import type { PartOfDay } from './types.js';

export interface When {
  /** The visitor-local day asked for (the first day of a week asked for). */
  day?: string;
  /** The last day of a week asked for, inclusive. */
  through?: string;
  partOfDay?: PartOfDay;
  /** How it was asked, so a reply can say it back: one day, this/next week, or a part of any day. */
  span: 'day' | 'this-week' | 'next-week' | 'any';
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
const NEXT_WEEK = /\b(next week|(la )?(proxima|siguiente) semana|(la )?semana (que viene|proxima|entrante)|la otra semana)\b/;

/** True when the (normalised) text names a day or part of day a visitor could be asking times for. */
export function mentionsWhen(normalized: string): boolean {
  return parseWhen(normalized, new Date(0), 'UTC') !== null;
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

function explicitDate(t: string, today: string): string | undefined {
  const iso = /\b(\d{4}-\d{2}-\d{2})\b/.exec(t);
  if (iso && isValidDate(iso[1]!) && iso[1]! >= today) return iso[1];
  const en = new RegExp(`\\b(${MONTHS_EN.join('|')})\\.? (\\d{1,2})${ORDINAL}?\\b`).exec(t);
  if (en) return upcoming(today, monthIndex(en[1]!, MONTHS_EN), Number(en[en.length - 1]));
  const enDayFirst = new RegExp(`\\b(\\d{1,2})${ORDINAL}? (?:of )?(${MONTHS_EN.join('|')})\\b`).exec(t);
  if (enDayFirst) return upcoming(today, monthIndex(enDayFirst[2]!, MONTHS_EN), Number(enDayFirst[1]));
  const es = new RegExp(`\\b(\\d{1,2}) de (${MONTHS_ES.join('|')})\\b`).exec(t);
  if (es) return upcoming(today, monthIndex(es[2]!, MONTHS_ES), Number(es[1]));
  const dayOnly = new RegExp(`\\b(?:the|on the) (\\d{1,2})${ORDINAL}\\b|\\bel dia (\\d{1,2})\\b`).exec(t);
  if (dayOnly) return upcomingDayOfMonth(today, Number(dayOnly[1] ?? dayOnly[2]));
  return undefined;
}

/**
 * What day/part of day the message asks for, relative to `now` in `timeZone`; null when it names neither.
 * A weekday is its next occurrence after today ("next Tuesday" too), or that weekday of next week when the
 * visitor says "next week"; weeks run Monday to Sunday.
 */
export function parseWhen(message: string, now: Date, timeZone: string): When | null {
  const t = normalize(message).replace(GREETINGS, ' ');
  const { date: today, weekday } = zonedParts(now, timeZone);
  const partOfDay = PARTS.find(([, re]) => re.test(t))?.[0];
  const nextMonday = addDays(today, ((8 - weekday) % 7) || 7);
  const nextWeek = NEXT_WEEK.test(t);
  const named = WEEKDAYS.find(([, re]) => re.test(t))?.[0];

  let when: When | null = null;
  const explicit = explicitDate(t, today);
  if (explicit) when = { day: explicit, span: 'day' };
  else if (named !== undefined && nextWeek) when = { day: addDays(nextMonday, (named + 6) % 7), span: 'day' };
  else if (named !== undefined) when = { day: addDays(today, ((named - weekday + 7) % 7) || 7), span: 'day' };
  else if (DAY_AFTER_TOMORROW.test(t)) when = { day: addDays(today, 2), span: 'day' };
  else if (TOMORROW.test(t)) when = { day: addDays(today, 1), span: 'day' };
  else if (TODAY.test(t)) when = { day: today, span: 'day' };
  else if (nextWeek) when = { day: nextMonday, through: addDays(nextMonday, 6), span: 'next-week' };
  else if (THIS_WEEK.test(t)) when = { day: today, through: addDays(today, (7 - weekday) % 7), span: 'this-week' };

  if (!when && !partOfDay) return null;
  return { ...(when ?? { span: 'any' as const }), ...(partOfDay ? { partOfDay } : {}) };
}

/**
 * The request of this turn, completed from the conversation: "what about the afternoon?" after asking for
 * Thursday means Thursday afternoon. Only a part of day alone borrows the last day asked for.
 */
export function requestedWhen(message: string, earlierUserTurns: readonly string[], now: Date, timeZone: string): When | null {
  const when = parseWhen(message, now, timeZone);
  if (!when || when.span !== 'any') return when;
  for (const text of [...earlierUserTurns].reverse()) {
    const before = parseWhen(text, now, timeZone);
    if (before?.day) return { ...before, partOfDay: when.partOfDay };
  }
  return when;
}
