/**
 * "cleaning service residential mostly", "kebab restaurant two locations", "insurance agency auto home the
 * usual": answering "what do you do?", the kind of business and then a few words more about it — how much,
 * where, what kind of clients — describe the business; they do not name it. Told by structure: the trade
 * words come first (one other word at most, and only when a count follows), and only ordinary words,
 * counts and hedges come after them.
 */
import { COMPANY_HINTS, GENERIC_WORDS } from './lexicon.js';
import { isDigitWord } from './numbers.js';
import type { Token } from './text.js';

/** Words that go on describing: hedges, counts of places, "the usual". */
const TAIL = new Set(['mostly', 'mainly', 'usually', 'primarily', 'basically', 'the', 'usual', 'etc', 'stuff', 'locations', 'location', 'branches', 'sucursales', 'y', 'and', 'plus', 'principalmente', 'mayormente', 'casi', 'todo']);

/**
 * "hair braiding salon", "auto body repair" answering "what do you do?": trade words only (a service said as
 * "-ing" among them), no word of a name's own — the kind of business.
 */
export function tradeWordsAlone(words: Token[]): boolean {
  if (words.length < 2 || words.length > 3 || words.some((t) => /\p{Lu}/u.test(t.raw.slice(0, 1)))) return false;
  const norms = words.map((t) => t.norm);
  return COMPANY_HINTS.has(norms[norms.length - 1]) && norms.slice(0, -1).every((n) => COMPANY_HINTS.has(n) || /^\p{L}{3,}ing$/u.test(n));
}

export function kindWithTail(words: Token[]): boolean {
  if (words.some((t) => /\p{Lu}/u.test(t.raw.slice(0, 1)) && t.norm !== 'i')) return false;
  const norms = words.map((t) => t.norm);
  let last = -1;
  norms.forEach((n, k) => {
    if (COMPANY_HINTS.has(n)) last = k;
  });
  if (last < 0 || last === norms.length - 1) return false;
  const tail = norms.slice(last + 1);
  if (!tail.every((n) => TAIL.has(n) || GENERIC_WORDS.has(n) || isDigitWord(n))) return false;
  const others = norms.slice(0, last).filter((n) => !COMPANY_HINTS.has(n) && !GENERIC_WORDS.has(n));
  return others.length === 0 || (others.length === 1 && tail.some((n) => isDigitWord(n)));
}
