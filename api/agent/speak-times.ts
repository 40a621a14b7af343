/**
 * Offered times as a voice says them: grouped by day, the day once, "AM"/"PM" once when every time shares it,
 * and the zone once by a readable name ("Pacific Time", "hora del Pacífico"), never an offset like "GMT-6".
 *   EN  Tuesday, November 24 at 9:00, 9:30 or 10:00 AM Pacific Time
 *   ES  el martes 24 de noviembre a las 9:00, 9:30 o 10:00 (hora del Pacífico)
 */
import type { Locale } from '../../model/contracts.js';

const INTL_LOCALE: Record<Locale, string> = { en: 'en-US', es: 'es-US' };

function part(parts: Intl.DateTimeFormatPart[], type: Intl.DateTimeFormatPartTypes): string {
  return parts.find((p) => p.type === type)?.value ?? '';
}

/** "Pacific Time" / "hora del Pacífico"; the zone's city when Intl only knows an offset for it. */
export function zoneName(timeZone: string, locale: Locale, at = new Date()): string {
  const named = (timeZoneName: 'longGeneric' | 'long') =>
    part(new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone, timeZoneName }).formatToParts(at), 'timeZoneName');
  for (const style of ['longGeneric', 'long'] as const) {
    const name = named(style);
    if (name && !/GMT|UTC|[+-]\d/.test(name)) return name;
  }
  // Offset-only zones (Etc/GMT+5, UTC itself in some engines): said as words, not "GMT-05:00".
  const offset = /([+-])(\d{1,2})(?::?(\d{2}))?/.exec(named('long'));
  if (offset || /^(Etc\/)?(UTC|GMT)/i.test(timeZone)) {
    if (!offset || Number(offset[2]) + Number(offset[3] ?? 0) === 0) return 'UTC';
    const amount = `${Number(offset[2])}${offset[3] && offset[3] !== '00' ? `:${offset[3]}` : ''}`;
    const sign = offset[1] === '-' ? (locale === 'es' ? 'menos' : 'minus') : locale === 'es' ? 'más' : 'plus';
    return locale === 'es' ? `hora UTC ${sign} ${amount}` : `UTC ${sign} ${amount}`;
  }
  const city = (timeZone.split('/').pop() ?? timeZone).replace(/_/g, ' ');
  return locale === 'es' ? `hora de ${city}` : `${city} time`;
}

/** The visitor-local date of a YYYY-MM-DD: "Tuesday, November 24" / "el martes 24 de noviembre". */
export function speakDate(date: string, locale: Locale): string {
  // Noon UTC of that date is the same calendar day in every zone Intl is asked about here (UTC).
  const at = new Date(`${date}T12:00:00Z`);
  const p = new Intl.DateTimeFormat(INTL_LOCALE[locale], { timeZone: 'UTC', weekday: 'long', month: 'long', day: 'numeric' }).formatToParts(at);
  return locale === 'es' ? `el ${part(p, 'weekday')} ${part(p, 'day')} de ${part(p, 'month')}` : `${part(p, 'weekday')}, ${part(p, 'month')} ${part(p, 'day')}`;
}

interface Clock {
  date: string;
  time: string;
  period: string;
}

function clockOf(start: string, timeZone: string, locale: Locale): Clock {
  const at = new Date(start);
  const d = new Intl.DateTimeFormat('en-CA', { timeZone, year: 'numeric', month: '2-digit', day: '2-digit' }).format(at);
  const p = new Intl.DateTimeFormat(INTL_LOCALE[locale], {
    timeZone,
    hour: 'numeric',
    minute: '2-digit',
    ...(locale === 'es' ? { hourCycle: 'h23' as const } : { hour12: true }),
  }).formatToParts(at);
  // es-US pads a 24-hour clock ("09:00"); a voice says "9:00".
  return { date: d, time: `${Number(part(p, 'hour'))}:${part(p, 'minute')}`, period: part(p, 'dayPeriod').toUpperCase() };
}

/** "a, b or c" without the serial comma; Spanish "u" before a word starting with an o sound (8, 11). */
function orList(items: string[], locale: Locale): string {
  if (items.length <= 1) return items.join('');
  const lastItem = items[items.length - 1]!;
  const or = locale === 'es' ? (/^(8|11)\b/.test(lastItem) ? 'u' : 'o') : 'or';
  return `${items.slice(0, -1).join(', ')} ${or} ${lastItem}`;
}

function dayTimes(clocks: Clock[], locale: Locale): string {
  if (locale === 'es') {
    const times = clocks.map((c) => c.time);
    return `${/^1:/.test(times[0]!) ? 'a la' : 'a las'} ${orList(times, locale)}`;
  }
  // "9:00, 9:30 or 10:00 AM", but "11:30 AM or 12:00 PM".
  const samePeriod = clocks.every((c) => c.period === clocks[0]!.period);
  const times = clocks.map((c) => (samePeriod ? c.time : `${c.time} ${c.period}`));
  return `at ${orList(times, locale)}${samePeriod ? ` ${clocks[0]!.period}` : ''}`;
}

/** Open times (ISO instants) as one speakable phrase in the visitor's zone; '' for none. */
export function speakTimes(starts: readonly string[], timeZone: string, locale: Locale): string {
  if (starts.length === 0) return '';
  const sorted = [...starts].sort((a, b) => Date.parse(a) - Date.parse(b));
  const days = new Map<string, Clock[]>();
  for (const s of sorted) {
    const c = clockOf(s, timeZone, locale);
    days.set(c.date, [...(days.get(c.date) ?? []), c]);
  }
  const groups = [...days].map(([date, clocks]) => `${speakDate(date, locale)} ${dayTimes(clocks, locale)}`);
  // Several days are alternatives too, so they join with "or" as well (after a comma, as speech pauses there).
  const joined = groups.length === 1 ? groups[0]! : `${groups.slice(0, -1).join(', ')}, ${locale === 'es' ? 'o' : 'or'} ${groups[groups.length - 1]!}`;
  const zone = zoneName(timeZone, locale, new Date(sorted[0]!));
  return locale === 'es' ? `${joined} (${zone})` : `${joined} ${zone}`;
}
