/**
 * Phone numbers in a user turn, written ("(512) 555-0134", "+44 20 7946 0958") or dictated ("five one two,
 * double five five…", "plus thirty-four six one two…", "seis uno dos, treinta y cuatro…"). Consecutive
 * digit tokens and number words form a run; a run next to money, a unit or a time is not a phone. What a
 * run means is decided by libphonenumber-js (E.164 out, invalid or incomplete numbers dropped).
 */
import { parsePhoneNumberFromString, type CountryCode } from 'libphonenumber-js/min';
import { isDigitWord, splitHyphenated, TENS, UNITS, wordsToDigits } from './numbers.js';
import type { Token } from './text.js';

export interface PhoneRun {
  /** Digits as dictated, with a leading "+" when a country code was said ("plus", "+", "00"). */
  digits: string;
  start: number;
  end: number;
}

const NOT_PHONE_AFTER = new Set(
  `dollars dollar bucks k grand percent % employees people staff guys workers techs technicians trucks years
  year hours hour minutes days weeks months am pm a.m p.m a.m. p.m. o'clock oclock square sq feet ft miles
  customers clients jobs calls leads units homes houses properties doors locations times pesos euros mil
  millones million thousand billion dolares empleados personas trabajadores anos horas minutos dias semanas
  meses clientes llamadas casas veces por ciento`.split(/\s+/),
);
/** Numbers that are labelled as something else ("license number", "invoice number", "número de factura"). */
const OTHER_NUMBER = /\b(license|licence|invoice|order|account|acct|confirmation|reference|ref|tracking|policy|zip|postal|routing|serial|case|ticket|claim|permit|ein|tax|vin|model|part|factura|pedido|cuenta|folio|referencia|rfc|licencia|poliza|permiso|cp|codigo postal)\b(\s+\S+){0,3}\s*$/;

/** Words people put between digit groups while dictating. */
const CONNECTORS = new Set(['and', 'then', 'y', 'luego', 'despues']);

function continuesNumber(tokens: Token[], i: number): boolean {
  let k = i;
  while (tokens[k] && CONNECTORS.has(tokens[k].norm)) k++;
  return !!tokens[k] && (isDigitToken(tokens[k].raw) || isDigitWord(tokens[k].norm));
}

function groupLength(digits: string, words: string[]): number {
  return digits.replace(/\D/g, '').length + wordsToDigits(words).length;
}

const EXTENSION = new Set(['ext', 'extension', 'extension.', 'x', 'ext.', 'extn']);

/** Digits with the separators people type in numbers: "512", "555-0134", "(512)555-0134", "+44". */
function isDigitToken(raw: string): boolean {
  return /^\+?\(?\d[\d().-]*$/.test(raw);
}

function isAmount(t: Token): boolean {
  return t.before.includes('$') || t.raw.startsWith('$') || /\d,\d{3}/.test(t.raw) || /[%€£]/.test(t.raw + t.after);
}

function isNumberWord(tokens: Token[], i: number, inRun: boolean): boolean {
  const n = tokens[i].norm;
  const nextIsNumber = isDigitWord(tokens[i + 1]?.norm ?? '') || /^\d/.test(tokens[i + 1]?.raw ?? '');
  // "…zero one four four, oh wait": an "oh" that leads into words is the exclamation, not a zero.
  if (n === 'o' || n === 'oh') return nextIsNumber || (inRun && (!tokens[i + 1] || /[,.;!?]/.test(tokens[i].after)));
  return isDigitWord(n);
}

/** Every run of dictated or written digits long enough to matter (3+ digits), in order. */
export function findPhoneRuns(tokens: Token[]): PhoneRun[] {
  const runs: PhoneRun[] = [];
  let i = 0;
  while (i < tokens.length) {
    const t = tokens[i];
    const plus = t.norm === 'plus' || t.norm === 'mas' || t.raw.startsWith('+');
    const startsRun = isDigitToken(t.raw) || isNumberWord(tokens, i, false) || (plus && i + 1 < tokens.length && (isDigitToken(tokens[i + 1].raw) || isDigitWord(tokens[i + 1].norm)));
    if (!startsRun || isAmount(t)) {
      i++;
      continue;
    }
    const start = i;
    let digits = plus && !t.raw.startsWith('+') ? '+' : '';
    if (plus && !t.raw.startsWith('+')) i++;
    let words: string[] = [];
    const flushWords = () => {
      if (words.length) digits += wordsToDigits(words);
      words = [];
    };
    let amount = false;
    while (i < tokens.length) {
      const cur = tokens[i];
      if (isAmount(cur)) {
        amount = true;
        break;
      }
      if (isDigitToken(cur.raw)) {
        flushWords();
        digits += cur.raw.replace(/[^\d+]/g, '');
      } else if (isNumberWord(tokens, i, true)) {
        words.push(cur.norm === 'o' ? 'oh' : cur.norm);
        // A pause ends a group: "twenty, seven nine…" is 20 then 79…, not 27.
        if (/[,.]/.test(cur.after)) flushWords();
      } else if ((cur.norm === 'y' || cur.norm === 'and') && words.length && splitHyphenated(words[words.length - 1]).pop()! in TENS && tokens[i + 1]?.norm in UNITS) {
        words.push('y');
      } else if (cur.raw === '-' || cur.norm === 'dash') {
        // a spoken or typed separator inside the number
      } else if (CONNECTORS.has(cur.norm) && continuesNumber(tokens, i + 1) && groupLength(digits, words) >= 3 && groupLength(digits, words) < 10) {
        // "area code five one two, and then five five five…"
        flushWords();
      } else break;
      i++;
      // A question or exclamation mark ends the number; commas and full stops are just pauses.
      if (/[?!;]/.test(cur.after)) break;
    }
    flushWords();
    const next = tokens[i]?.norm ?? '';
    const before = tokens.slice(Math.max(0, start - 4), start).map((t) => t.norm).join(' ');
    if (OTHER_NUMBER.test(before)) continue;
    // ("…two two two two, calls go to voicemail": a unit after a pause does not count a whole number.)
    const paused = i > start && /[,.;:]/.test(tokens[i - 1].after) && digits.replace(/\D/g, '').length >= 7;
    if (amount || (!paused && (NOT_PHONE_AFTER.has(next) || NOT_PHONE_AFTER.has(next.replace(/\.$/, ''))))) {
      continue;
    }
    // An extension is not part of the number: skip it and its digits.
    if (EXTENSION.has(next) || /^x\d+$/.test(next)) {
      i++;
      while (i < tokens.length && (isDigitToken(tokens[i].raw) || isDigitWord(tokens[i].norm))) i++;
    }
    if (digits.replace(/\D/g, '').length >= 3) runs.push({ digits: digits.replace(/(?!^)\+/g, ''), start, end: i });
    else if ((COUNTRY_CODE_CUE.test(before) || AREA_CODE_CUE.test(before) || SHORT_FIX_CUE.test(before)) && /^\d{1,3}$/.test(digits)) runs.push({ digits, start, end: i });
    // "…sesenta y siete… ah no, sesenta y ocho", "…zero one three four, sorry, forty three": the last group
    // said again right after a number, fixed.
    else if (/^\d{2}$/.test(digits) && FIX_JUST_BEFORE.test(before) && (runs[runs.length - 1]?.digits.replace(/\D/g, '').length ?? 0) >= 7) runs.push({ digits, start, end: i });
  }
  return withCountryCodes(tokens, runs);
}

/** "…el último es cuarenta y cinco", "the last one is five": a group said again to fix a number's end. */
const SHORT_FIX_CUE = /\b(last (one|two|part|bit|group|digits?)( is| are| was)?|el ultimo( numero| grupo)? es|los ultimos( dos)? son|al final( es)?)\s*$/;

/** "country code forty four…", "el indicativo es cincuenta y siete, y el número…", "código de país…". */
const COUNTRY_CODE_CUE = /\b(country code|codigo de pais|codigo del pais|codigo internacional|indicativo|prefijo internacional)( is| es| de)?\s*$/;

/** A correction word just before a short group ("…, no, sesenta y ocho", "…, sorry, forty three"). */
const FIX_JUST_BEFORE = /\b(no|sorry|perdon|perdona|wait|espera|actually|i mean|digo|mejor dicho|oops)( wait| sorry| espera| perdon| perdona| es| its| it's)?\s*$/;

/** "area code five one two…", "la lada es cincuenta y cinco…", "código de área…". */
const AREA_CODE_CUE = /\b(area code|the area code|lada|clave lada|codigo de area|prefijo)( is| es| de)?\s*$/;

/**
 * A country code said as its own phrase is the "+" of the number after it ("el indicativo es cincuenta y
 * siete y el número tres uno cinco…" → +57 315…); said in one breath with it, it leads the run.
 */
function withCountryCodes(tokens: Token[], runs: PhoneRun[]): PhoneRun[] {
  const out: PhoneRun[] = [];
  for (let k = 0; k < runs.length; k++) {
    const r = runs[k];
    const before = tokens.slice(Math.max(0, r.start - 4), r.start).map((t) => t.norm).join(' ');
    // "area code three one two, and then the number is eight eight eight…": one number, said in two parts.
    const rest = runs[k + 1];
    if (AREA_CODE_CUE.test(before) && /^\d{2,3}$/.test(r.digits) && rest && !rest.digits.startsWith('+') && /^\d{7,8}$/.test(rest.digits) && rest.start - r.end <= 5) {
      out.push({ digits: r.digits + rest.digits, start: r.start, end: rest.end });
      k++;
      continue;
    }
    if (r.digits.startsWith('+') || !COUNTRY_CODE_CUE.test(before)) {
      if (r.digits.replace(/\D/g, '').length >= 3 || SHORT_FIX_CUE.test(before) || FIX_JUST_BEFORE.test(before)) out.push(r);
      continue;
    }
    const next = runs[k + 1];
    if (r.digits.length <= 3 && next && !next.digits.startsWith('+') && next.start - r.end <= 5) {
      out.push({ digits: `+${r.digits}${next.digits}`, start: r.start, end: next.end });
      k++;
    } else if (r.digits.length > 3) out.push({ ...r, digits: `+${r.digits}` });
  }
  return out;
}

/**
 * The E.164 form of dictated digits, or null when they are not a complete, valid number. Without a spoken
 * country code the default country applies; Spanish speakers get a second try as Spain / Mexico.
 */
export function toE164(digits: string, defaultCountry: string, fallbacks: string[] = [], codeUnsaid = true): string | null {
  let d = digits;
  if (!d.startsWith('+') && d.startsWith('00') && d.length > 10) d = `+${d.slice(2)}`;
  // Mexican mobiles were dialled "+52 1 …" until 2019 and people still say it; the 1 is no longer part of it.
  if (/^\+521\d{10}$/.test(d)) d = `+52${d.slice(4)}`;
  const countries = [defaultCountry, ...fallbacks];
  // …and the old national prefixes ("cero cuarenta y cuatro…" for a mobile, "cero uno…" for long distance).
  if (countries.includes('MX') && /^(?:04[45]|01)\d{10}$/.test(d)) {
    const p = parsePhoneNumberFromString(d.slice(d.length - 10), 'MX');
    if (p && p.isValid()) return p.number;
  }
  for (const c of d.startsWith('+') ? [undefined] : countries) {
    const p = parsePhoneNumberFromString(d, c as CountryCode | undefined);
    if (p && p.isValid()) return p.number;
  }
  // "44 7911 123456": a country code said without the "plus" — only when no national reading fits (and the
  // caller allows it).
  if (codeUnsaid && !d.startsWith('+') && d.length >= 11) {
    // ("cincuenta y dos, uno, cincuenta y cinco…": the old mobile "1" again.)
    const p = parsePhoneNumberFromString(/^521\d{10}$/.test(d) ? `+52${d.slice(3)}` : `+${d}`);
    if (p && p.isValid()) return p.number;
  }
  return null;
}

/** Phone cues in a turn: a digit run is only read as a phone when the turn or the question is about one. */
export const PHONE_CUE =
  /\b(phone|number|cell|cellphone|mobile|call|text|reach|contact|line|whatsapp|telefono|numero|celular|cel|tel|movil|llamar|llamame|llama|marca|marcame|contacto|localizar)\b/;
