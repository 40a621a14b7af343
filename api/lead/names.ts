/**
 * Proper-name handling: is a word name-like, how to write it ("McDonald", "O'Brien", "de la Cruz"), and how
 * to split a spoken full name into first and last ("María José Pérez", "Ana García López").
 */
import { COMPOUND_FIRST, FIRST_NAMES, NAME_PARTICLES } from './lexicon.js';

/** Given names that are common Spanish surnames too ("ana reyes", "pedro martín"): never read as a second given name. */
const SURNAMES_TOO = new Set(
  `reyes cruz ramos flores leon martin santiago lorenzo domingo marcos vicente pascual benito mariano rosario salvador luna paz
  mercedes trinidad bautista santos angeles dolores rosas pilar blanca alonso marino victoria gil vera mora sierra nieves
  soledad amparo
  lee james grant dean scott ross kelly jordan wade glenn dale gordon stuart craig austin hunter thomas`.split(/\s+/),
);
import { fold } from './text.js';

/** Letters with inner apostrophes or hyphens; no possessive ("Dana's"), no digits. */
export function isNameWord(raw: string): boolean {
  // Contractions ("I'd", "don't") and possessives ("Dana's") are not names; "O'Brien" is.
  return /^\p{L}[\p{L}'-]*\p{L}$|^\p{L}$/u.test(raw) && !/'(s|d|ll|ve|m|re|t)$/i.test(raw);
}

export function isCapitalised(raw: string): boolean {
  return /^\p{Lu}/u.test(raw);
}

function capWord(w: string): string {
  return w ? w[0].toUpperCase() + w.slice(1) : w;
}

/** Writes one name word as a proper name; mixed-case input ("DeShawn", "MacArthur") is kept as said. */
export function properWord(raw: string): string {
  const hasUpperInside = /\p{Lu}/u.test(raw.slice(1));
  const hasLower = /\p{Ll}/u.test(raw);
  if (hasUpperInside && hasLower) return raw;
  // Already written as a proper name ("Eun-ji", "Mei-ling"): the writer knew the convention.
  if (/^\p{Lu}/u.test(raw) && hasLower && raw.includes('-')) return raw;
  const lower = raw.toLowerCase();
  return lower
    .split('-')
    .map((part) => {
      const apo = part.match(/^(\p{L}{1,2})'(\p{L}+)$/u);
      if (apo) return `${capWord(apo[1])}'${capWord(apo[2])}`;
      const mc = part.match(/^mc(\p{L}{2,})$/u);
      if (mc) return `Mc${capWord(mc[1])}`;
      return capWord(part);
    })
    .join('-');
}

export interface SplitName {
  first: string | null;
  last: string | null;
}

/** Writes a surname: particles stay lower case unless they are all there is. */
export function properSurname(words: string[]): string {
  return words
    // "St. Pierre", "St. John": the abbreviated Saint is written as a word of the name, with its full stop.
    .map((w, i) => (fold(w).replace(/\.$/, '') === 'st' && i < words.length - 1 ? 'St.' : NAME_PARTICLES.has(fold(w)) && i < words.length - 1 ? fold(w) : properWord(w)))
    .join(' ');
}

/**
 * Splits the words of a spoken full name. Two Spanish surnames stay together as the last name; a known
 * compound given name ("Juan Carlos", "Mary Ann") stays together as the first; a middle initial is dropped.
 */
export function splitFullName(words: string[], spanish = false): SplitName {
  if (!words.length) return { first: null, last: null };
  if (words.length === 1) return { first: properWord(words[0]), last: null };
  // "anne marie", "maría josé" said alone: a compound given name, no surname.
  if (COMPOUND_FIRST.has(words.map(givenKey).join('_'))) return { first: givenName(words), last: null };
  let firstCount = 1;
  // The longest known given name that still leaves a surname: "Juan de Dios", "María del Carmen", "José Luis".
  for (let n = Math.min(4, words.length - 1); n >= 2; n--) {
    if (COMPOUND_FIRST.has(words.slice(0, n).map(givenKey).join('_'))) {
      firstCount = n;
      break;
    }
  }
  // Spanish speakers often carry two given names ("andrés felipe gómez", "luz marina"): a second word that is
  // a given name, and not also a common surname, belongs to the first name.
  const second = givenKey(words[1]);
  if (spanish && firstCount === 1 && FIRST_NAMES.has(second) && !SURNAMES_TOO.has(second) && (words.length > 2 || FIRST_NAMES.has(givenKey(words[0])))) {
    if (words.length === 2) return { first: words.map(properWord).join(' '), last: null };
    firstCount = 2;
  }
  let rest = words.slice(firstCount);
  if (rest.length >= 2 && /^\p{L}$/u.test(rest[0])) rest = rest.slice(1);
  return {
    first: words.slice(0, firstCount).map((w, i) => (i > 0 && NAME_PARTICLES.has(fold(w)) ? fold(w) : properWord(w))).join(' '),
    last: rest.length ? properSurname(rest) : null,
  };
}

/** The given name of words said as a first name: a known compound whole ("Mary Ann"), else the first word. */
export function givenName(words: string[]): string | null {
  for (let n = Math.min(4, words.length); n >= 2; n--) {
    if (COMPOUND_FIRST.has(words.slice(0, n).map(givenKey).join('_'))) {
      return words.slice(0, n).map((w, i) => (i > 0 && NAME_PARTICLES.has(fold(w)) ? fold(w) : properWord(w))).join(' ');
    }
  }
  return words.length ? properWord(words[0]) : null;
}

/** A given name in folded form, with the written abbreviations of María ("Mª", "Ma.") expanded. */
function givenKey(w: string): string {
  const f = fold(w).replace(/\.$/, '');
  return f === 'mª' || f === 'ma' ? 'maria' : f;
}

/** Similarity of two words, 0..1 (Levenshtein over the longer length), for matching a spelled correction. */
export function similarity(a: string, b: string): number {
  const x = fold(a);
  const y = fold(b);
  if (!x.length || !y.length) return 0;
  const d: number[] = Array.from({ length: y.length + 1 }, (_, j) => j);
  for (let i = 1; i <= x.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= y.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (x[i - 1] === y[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return 1 - d[y.length] / Math.max(x.length, y.length);
}
