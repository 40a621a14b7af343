/**
 * "yep thats it shana wilkins" after "s h a n a at shana bakes dot co", "yes thats me takeshi nakamura" after
 * "t dash nakamura at…": a given name and a surname closing the turn, one of which the visitor's own address
 * holds, sign the turn with the visitor's name.
 */
import { COMPANY_HINTS, NAME_PARTICLES, NON_NAME, PLACES, ROLE_WORDS } from './lexicon.js';
import { isNameWord } from './names.js';
import { breaksAfter, type Token } from './text.js';

function nameWord(t: Token | undefined): boolean {
  return !!t && !t.spelled && isNameWord(t.raw) && t.norm.length >= 2 && !NON_NAME.has(t.norm) && !COMPANY_HINTS.has(t.norm) && !ROLE_WORDS.has(t.norm) && !PLACES.has(t.norm) && !NAME_PARTICLES.has(t.norm);
}

/** The two words closing the turn when they read as the visitor's name by their address, else null. */
export function nameByAddress(tokens: Token[], email: string | null): { words: string[]; start: number; end: number } | null {
  if (!email || tokens.length < 3) return null;
  const n = tokens.length;
  const [first, last] = [tokens[n - 2], tokens[n - 1]];
  if (!nameWord(first) || !nameWord(last) || breaksAfter(first) || first.norm === last.norm) return null;
  // The word before them ends a clause of its own ("…thats it", "…i own it", "yes").
  const before = tokens[n - 3];
  if (nameWord(before) && !breaksAfter(before)) return null;
  const local = email.split('@')[0];
  const pieces = local.split(/[._-]/);
  const held = pieces.includes(first.norm) || pieces.includes(last.norm) || local === first.norm[0] + last.norm || local === first.norm + last.norm;
  return held ? { words: [first.raw, last.raw], start: n - 2, end: n } : null;
}
