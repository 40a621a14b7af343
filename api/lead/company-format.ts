/**
 * Writing a company name as the business would: said words title-cased in an all-lower-case transcript,
 * legal suffixes and acronyms in their usual form ("LLC", "S.A. de C.V.", "HVAC", "CPAs"), joiners and
 * particles lower case inside ("Smith and Sons", "Panadería la Espiga", "Braids by Alisha").
 */
import { ACRONYMS, LEGAL_SUFFIX } from './lexicon.js';
import type { Token } from './text.js';

/** Words that join the parts of a name ("Bank of America", "Smith and Sons", "Taller el Rayo"). */
export const JOINERS = new Set(['of', 'de', 'del', 'la', 'los', 'las', 'el', 'the', 'and', '&', 'y', 'e', 'for']);
/** ("Shine on Wheels", "Two Guys and a Van": small words inside a lower-case transcript's name.) */
const LOWER_INSIDE = new Set(['by', 'der', 'den', 'von', 'du', 'da', 'on', 'in', 'to', 'at']);
const ALWAYS_UPPER = new Set(['hvac', 'llc', 'llp', 'pllc', 'hoa', 'cpa']);

/** A suffix's key: "S.A." and "sa" are the same word. */
export const suffixKey = (norm: string) => norm.replace(/\./g, '');

/** Writes the name as said; title-cases an all-lower-case transcript and normalises spoken suffixes. */
export function formatCompany(parts: Token[]): string {
  const lowerTranscript = parts.every((p) => p.raw === p.raw.toLowerCase());
  const words = parts.map((p, k) => {
    const key = suffixKey(p.norm);
    if (p.spelled && key in LEGAL_SUFFIX) return LEGAL_SUFFIX[key];
    // "j y m cleaning services": two initials joined by the Spanish "y" were spelled together; they stay apart.
    if (p.spelled && /^[a-z]y[a-z]$/.test(p.norm) && parts.length > 1) return `${p.norm[0].toUpperCase()} y ${p.norm[2].toUpperCase()}`;
    // Unambiguous acronyms are upper-cased whatever the transcript did ("Whitfield Hvac" → "Whitfield HVAC").
    if (ALWAYS_UPPER.has(p.norm)) return p.raw.toUpperCase();
    if (!lowerTranscript) return p.raw;
    if (k > 0 && key in LEGAL_SUFFIX) return LEGAL_SUFFIX[key];
    // "s. de r.l." → "S. de R.L.": the first letter of a suffix said with "de".
    if (k > 0 && p.norm === 's' && parts[k + 1]?.norm === 'de' && suffixKey(parts[k + 2]?.norm ?? '') in LEGAL_SUFFIX) return 'S.';
    if (ACRONYMS.has(p.norm)) return p.raw.toUpperCase();
    // "jb welding", "kp roofing": two to four letters with no vowel are initials (not "dr", "st", "mr").
    if (/^[b-df-hj-np-tv-xz]{2,4}$/.test(p.norm) && !['mr', 'mrs', 'ms', 'dr', 'st', 'ft', 'sr', 'jr'].includes(p.norm)) return p.raw.toUpperCase();
    // "shankar and shah cpas" → "CPAs": an acronym's plural.
    if (p.norm.length >= 4 && p.norm.endsWith('s') && (ACRONYMS.has(p.norm.slice(0, -1)) || ALWAYS_UPPER.has(p.norm.slice(0, -1)))) return `${p.raw.slice(0, -1).toUpperCase()}s`;
    // "Braids by Alisha", "Van der Berg": particles stay lower case inside a name.
    if (k > 0 && LOWER_INSIDE.has(p.norm)) return p.raw;
    // "Two Guys and a Van" (but "Triple A Towing": a letter after "triple").
    if (k > 0 && ['a', 'an'].includes(p.norm) && JOINERS.has(parts[k - 1].norm)) return p.raw;
    // "Panadería la Espiga", "Restaurante el Fogón": an article inside a name stays lower case (the labelling
    // convention in the brief; only a leading one is dropped, elsewhere).
    if (k > 0 && JOINERS.has(p.norm)) return p.raw;
    // "o'connell" → "O'Connell", "d'angelo" → "D'Angelo" (a one-letter prefix; "mark's" keeps its "s").
    return p.raw
      .replace(/^\p{L}/u, (c) => c.toUpperCase())
      .replace(/-(\p{L})/gu, (_, c: string) => `-${c.toUpperCase()}`)
      .replace(/^(\p{L})'(\p{L})(?=\p{L})/u, (_, a: string, c: string) => `${a}'${c.toUpperCase()}`)
      // "mcdonough" → "McDonough".
      .replace(/^Mc(\p{Ll})(?=\p{L}{2})/u, (_, c: string) => `Mc${c.toUpperCase()}`);
  });
  // Keep a comma the speaker put inside the name ("Blue Ridge Property Group, LLC").
  return words
    .map((w, k) => (k < words.length - 1 && parts[k].after.startsWith(',') ? `${w},` : w))
    .join(' ')
    .replace(/[,;:!?]+$/, '');
}
