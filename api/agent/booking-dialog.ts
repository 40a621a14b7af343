/**
 * Booking in the conversation, the pure part: which offered time a visitor picked ("the first one",
 * "el segundo", "9:30 works", "a las diez"), whether a message is a clear yes or no to the one proposal read
 * back, and the sentences around it. The flow (flows/voice.ts) keeps the state and runs the booking flow;
 * nothing here books, so no reply built here can claim a booking that did not happen.
 */
import { zonedParts } from '../../model/time.js';
import { normalize, withoutAddresses } from './normalize.js';
import type { OpenSlot } from './types.js';

export type Pick = { kind: 'index'; index: number } | { kind: 'clock'; minutes: number[] };

const POSITIONS: [RegExp, number | 'last'][] = [
  [/\b(first|1st|earliest|primer[oa]?|numero uno|opcion uno|option one|number one)\b/, 0],
  [/\b(second|2nd|segund[oa]|numero dos|opcion dos|option two|number two)\b/, 1],
  [/\b(third|3rd|tercer[oa]?|numero tres|opcion tres|option three|number three)\b/, 2],
  [/\b(last|latest|ultim[oa]|la de la tarde)\b/, 'last'],
];
const NUMBERED = /\b(?:option|number|opcion|numero|#)\s*([123])\b|#([123])\b/;

const ES_HOURS: Record<string, number> = { una: 1, uno: 1, dos: 2, tres: 3, cuatro: 4, cinco: 5, seis: 6, siete: 7, ocho: 8, nueve: 9, diez: 10, once: 11, doce: 12 };
const EN_HOURS: Record<string, number> = { one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10, eleven: 11, twelve: 12 };

/**
 * The clock time a message names, as candidate minutes after midnight: "3pm" is 15:00 only, "at 3" could be
 * 3:00 or 15:00 (the offered times decide), "noon"/"mediodia" 12:00. Null when it names none.
 */
export function clockTimeOf(message: string): number[] | null {
  const t = normalize(withoutAddresses(message));
  if (/\b(noon|mediodia)\b/.test(t)) return [720];
  const digits = /\b(?:at|a las|a la|@)?\s*(\d{1,2})(?::(\d{2})|\s*(?:h|hrs)\b)?\s*(a\.?m\.?|p\.?m\.?|de la manana|de la tarde|de la noche)?(?=\W|$)/g;
  for (const m of t.matchAll(digits)) {
    const [, h, min, period] = m;
    const hasContext = min !== undefined || period !== undefined || /\b(at|a las|a la)\s*$/.test(t.slice(0, m.index! + m[0].indexOf(h!)));
    if (!hasContext) continue;
    const hour = Number(h);
    const minutes = Number(min ?? 0);
    if (hour > 23 || minutes > 59) continue;
    return candidates(hour, minutes, period);
  }
  const words = /\b(?:a las|a la|at)\s+(una|uno|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|once|doce|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)(?:\s+y\s+(media|cuarto)|\s+(thirty|fifteen))?\s*(a\.?m\.?|p\.?m\.?|de la manana|de la tarde|de la noche)?\b/;
  const w = words.exec(t);
  if (!w) return null;
  const hour = ES_HOURS[w[1]!] ?? EN_HOURS[w[1]!]!;
  const minutes = w[2] === 'media' || w[3] === 'thirty' ? 30 : w[2] === 'cuarto' || w[3] === 'fifteen' ? 15 : 0;
  return candidates(hour, minutes, w[4]);
}

function candidates(hour: number, minutes: number, period: string | undefined): number[] {
  const pm = period && /^(p|de la tarde|de la noche)/.test(period);
  const am = period && /^(a|de la manana)/.test(period);
  if (hour >= 13 || hour === 0) return [hour * 60 + minutes];
  const h12 = hour % 12;
  if (pm) return [(h12 + 12) * 60 + minutes];
  if (am) return [h12 * 60 + minutes];
  // "12:30" is after noon; "at 3" is 3:00 or 15:00, whichever was offered.
  return hour === 12 ? [720 + minutes] : [hour * 60 + minutes, (h12 + 12) * 60 + minutes];
}

/** A pick among offered times by position or clock time; null when the message picks nothing. */
export function pickOf(message: string): Pick | null {
  const t = normalize(withoutAddresses(message));
  const n = NUMBERED.exec(t);
  if (n) return { kind: 'index', index: Number(n[1] ?? n[2]) - 1 };
  const clock = clockTimeOf(message);
  if (clock) return { kind: 'clock', minutes: clock };
  // A position alone is a whole answer to offered times: "first", "second!", "la última".
  const bare = /^(?:the |el |la )?(first|second|third|last|primer[oa]?|segund[oa]|tercer[oa]?|ultim[oa])(?: one)?[.!]*$/.exec(t);
  if (bare) return { kind: 'index', index: /^(first|primer)/.test(bare[1]!) ? 0 : /^(second|segund)/.test(bare[1]!) ? 1 : /^(third|tercer)/.test(bare[1]!) ? 2 : -1 };
  // "the first one", "el segundo": a position needs a word that points at the times (one, option, time, uno…).
  for (const [re, pos] of POSITIONS) {
    if (re.test(t) && /\b(one|option|number|time|slot|works|please|uno|una|opcion|numero|horario|hora|por favor|me sirve|funciona|esta bien|the|el|la)\b/.test(t)) {
      return { kind: 'index', index: pos === 'last' ? -1 : pos };
    }
  }
  return null;
}

/** The offered slot a pick means, in the visitor's zone; null when the pick matches none of them. */
export function resolvePick(pick: Pick, offered: readonly OpenSlot[], timeZone: string): OpenSlot | null {
  if (pick.kind === 'index') return (pick.index < 0 ? offered[offered.length - 1] : offered[pick.index]) ?? null;
  return offered.find((s) => pick.minutes.includes(zonedParts(new Date(s.start), timeZone).minutes)) ?? null;
}

/** Among any open slots, one at the picked clock time (for a time that was not offered). */
export function slotAtClock(pick: Pick, open: readonly OpenSlot[], timeZone: string): OpenSlot | null {
  return pick.kind === 'clock' ? resolvePick(pick, open, timeZone) : null;
}

const YES =
  /^(yes|yeah|yep|yup|sure|ok|okay|correct|right|that's right|perfect|great|sounds good|go ahead|please do|do it|book it|confirm|confirm it|confirmed|please confirm|lock it in|absolutely|definitely|si|sip|claro|dale|vale|perfecto|correcto|de acuerdo|adelante|hazlo|reservalo|reservala|confirmalo|confirmala|confirmelo|confirmela|confirmamelo|confirmamela|por supuesto|esta bien|listo)\b/;
const NOT_YES = /\b(no|not|don't|dont|wait|actually|instead|other|another|change|but|pero|espera|mejor|otro|otra|cambiar|cancel|cancela)\b/;

/** A clear yes to the proposal just read back, and nothing else (no question, no other time, no "but"). */
export function isAffirmation(message: string): boolean {
  const t = normalize(message).replace(/[.!,]+/g, ' ').replace(/\s+/g, ' ').trim();
  if (!YES.test(t) || NOT_YES.test(t) || /\?/.test(message) || t.length > 60) return false;
  return clockTimeOf(message) === null && !/@/.test(message);
}

const STREET = /\b\d{1,6}\s+[\p{L}\d .'-]{2,40}?\b(st|street|ave|avenue|rd|road|blvd|boulevard|dr|drive|ln|lane|way|ct|court|pkwy|hwy|calle|avenida|av|blvd)\b\.?(?:,?\s*[\p{L} .'-]{2,40})?/iu;
const PLACE_AFTER = /\b(?:we(?:'re| are)(?: located| based)? in|located in|based in|our office is in|office in|i'm in|i am in|estamos en|estoy en|ubicados en|nuestra oficina (?:esta|está) en|en la ciudad de)\s+([\p{Lu}][\p{L}.'-]*(?:[ ,]+[\p{Lu}][\p{L}.'-]*){0,3})/u;
// "the on-site assessment in Fresno", "la evaluación en San Diego": a capitalised place after the visit.
const VISIT_IN = /\b(?:assessment|visit|evaluaci[oó]n|visita)\b[^.?!]{0,30}?\b(?:in|at|en)\s+([\p{Lu}][\p{L}.'-]*(?:[ ,]+[\p{Lu}][\p{L}.'-]*){0,3})/u;
const LEAD_IN = /^(?:(?:it's|it is|its|that's|we're|we are|i'm|i am|in|at|es|en|estamos en|estoy en|somos de|la direccion es|la dirección es|the address is|address:?)\s+)+/i;

/**
 * Where the on-site visit happens, as the visitor said it: a street address, or a city after "we're in" /
 * "estamos en". `answering`: the message answers our question for it, so a bare "Sacramento" counts too.
 */
export function placeOf(message: string, answering = false): string | null {
  const text = withoutAddresses(message).replace(/\s+/g, ' ').trim();
  const street = STREET.exec(text);
  if (street) return street[0].trim().replace(/[.,;]+$/, '');
  const after = PLACE_AFTER.exec(text) ?? VISIT_IN.exec(text);
  if (after) return after[1]!.trim().replace(/[.,;]+$/, '');
  if (!answering || /\?/.test(text) || pickOf(text) || isAffirmation(text) || isRefusal(text)) return null;
  const bare = text.replace(LEAD_IN, '').replace(/[.!]+$/, '').trim();
  return bare.length >= 2 && bare.length <= 120 && /\p{L}{2}/u.test(bare) ? bare : null;
}

const ASKS_FOR_TIME = /\b(can|could|shall|how about|what about|works?|available|free|open|talk|meet|call|chat|book|schedule|set up|podemos|puedes|puede|se puede|te parece|le parece|llamada|cita|hablar|reunion|agenda\w*|reserva\w*|libre|disponible)\b/;

/** The message asks for a meeting at a time it names ("could we talk Thursday at 2pm?"), not just mentions one. */
export function asksForTime(message: string): boolean {
  return ASKS_FOR_TIME.test(normalize(withoutAddresses(message)));
}

const NO = /^(no|nope|nah|not now|no thanks|never mind|cancel|wait|no gracias|mejor no|ahora no|cancela|espera)\b/;
export function isRefusal(message: string): boolean {
  return NO.test(normalize(message));
}

const LATER = /\b(let me think|think about it|thinking about it|i'll think|i will think|not sure|maybe later|later|rather|instead|another time|lo pienso|pensarlo|pensar|no se|mas tarde|luego|despues|mejor|en otro momento|otro dia)\b/;
/** "Let me think about it", "mejor luego": putting the choice off (or changing it), not answering our question. */
export function isDeferral(message: string): boolean {
  return LATER.test(normalize(message));
}

/** True when a reply claims that a booking exists (the words the corpus test watches for). */
export const CLAIMS_BOOKING = /\b(you're booked|is booked|are booked|booked for|all set|is confirmed|confirmed for|quedo reservad[oa]|esta reservad[oa]|qued[oa] agendad[oa]|esta confirmad[oa]|quedo confirmad[oa])\b/;
export const claimsBooking = (reply: string) => CLAIMS_BOOKING.test(normalize(reply));
