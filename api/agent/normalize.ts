/**
 * Text normalisation for matching. Lower case, accents folded (so "reunión" and "reunion" match the same
 * pattern), typographic quotes made plain, Spanish inverted marks dropped. Patterns then use \b word
 * boundaries on plain ASCII letters, which is what keeps "facebook" from matching "book" (D29).
 */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d]/g, '"')
    .replace(/[¿¡]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const EMAIL = /[^\s@]+@[^\s@]+\.[^\s@]+/g;
const URL_LIKE = /\b(?:https?:\/\/|www\.)\S+/g;

/** Emails and URLs blanked out, so "dana@example.com" neither says "example" nor names Dana twice. */
export function withoutAddresses(text: string): string {
  return text.replace(EMAIL, ' ').replace(URL_LIKE, ' ');
}

/** True when any pattern matches the (already normalised) text. */
export function matchesAny(text: string, patterns: readonly RegExp[]): boolean {
  return patterns.some((p) => p.test(text));
}
