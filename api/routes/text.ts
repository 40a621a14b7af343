/**
 * What a text field may hold, checked at the input boundary (api/routes/schemas.ts) so nothing downstream
 * meets it: well-formed Unicode (a lone UTF-16 surrogate makes encodeURIComponent throw and cannot be stored as
 * UTF-8) and no NUL. Pure.
 */
const LONE_SURROGATE = /[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/;

export function isWellFormedText(s: string): boolean {
  return !LONE_SURROGATE.test(s) && !s.includes('\u0000');
}

export const MALFORMED_TEXT = 'Contains characters that are not text';

/** Bidi controls (U+202A–202E, U+2066–2069, LRM/RLM/ALM) and zero-width characters (ZWSP, ZWNJ, ZWJ, WJ, BOM). */
const INVISIBLE = /[\u200b-\u200f\u202a-\u202e\u2060\u2066-\u2069\u061c\ufeff]/g;
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g;

/**
 * A single-line field (a name, a company, a subject): line breaks and other controls become one space, and
 * invisible bidi / zero-width characters go, so a value cannot start a new line in a plain-text email or
 * reorder what a reader sees.
 */
export function singleLine(s: string): string {
  return s.replace(INVISIBLE, '').replace(CONTROL, ' ').replace(/ {2,}/g, ' ').trim();
}

/**
 * A person's name, as real names are written in any script (letters, marks, spaces, apostrophes, hyphens,
 * dots, commas, the odd digit as in "Racer 2"): no markup, links, domains, email addresses or phone numbers,
 * and at most 8 words — the name is echoed into the business's emails ("Hi {name}"), so it must not carry a
 * message of its own.
 */
const NOT_IN_NAMES = /[<>{}[\]\\|/@#$%^*_=+~`:]/;
const LINK = /\b(?:https?|www)\b|\p{L}{2,}\.\p{L}{2,}/iu;
const PHONE = /(?:\d\D*){5}/;

export function isPlausibleName(s: string): boolean {
  return !NOT_IN_NAMES.test(s) && !LINK.test(s) && !PHONE.test(s) && s.split(/\s+/).filter(Boolean).length <= 8;
}

export const NOT_A_NAME = 'Enter just your name (no links, email addresses or phone numbers)';
