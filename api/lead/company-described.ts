/**
 * A business described, then its name straight after with no cue and no pause: "i run a home care agency
 * Caring Hands Home Health", "we're a trucking company three rivers logistics we have…", "tengo una compañía
 * de limpieza en miami Limpieza Brillante", "una distribuidora de abarrotes distribuidora álvarez s.a. de c.v.".
 *
 * The description is an article and a few words ending in a kind of business, said by the visitor as theirs
 * (after "i run / have / own / got", "we're", "tengo", "somos", or opening the answer). What follows it — past
 * a "de …" complement and an "in <place>" — is a name only when it reads as one: written in capitals where
 * the transcript capitalises names, or else ending in a trade word or legal suffix with a word of its own
 * before it ("three rivers logistics", not "crossfit gym" restating the kind).
 */
import type { Span } from './email.js';
import { ACKS, COMPANY_HINTS, FIRST_NAMES, GENERIC_WORDS, LEGAL_SUFFIX, PLACES } from './lexicon.js';
import { JOINERS, suffixKey } from './company-format.js';
import { breaksAfter, casingIsInformative, endsSentence, type Token } from './text.js';

type Read = (tokens: Token[], start: number, strength: 'strong' | 'medium' | 'weak') => Span<string> | null;

const ARTICLES = new Set(['a', 'an', 'un', 'una']);
/** Verbs (and "we're") that make the described business the speaker's own. */
const OWNING = new Set(['have', 'has', 'own', 'owns', 'run', 'runs', 'got', 'operate', "we're", 'tengo', 'tenemos', 'somos']);
/** Words that open a place after the description ("in miami", "here in tulsa", "aquí en bayamón"). */
const IN = new Set(['in', 'en', 'out', 'off']);
const HERE = new Set(['here', 'aqui', 'over', 'alla', 'down', 'up']);
/** Greetings and small words that may open the answer before the article ("hola, una clínica…"). */
const OPENING = new Set([...ACKS, 'um', 'uh', 'este', 'mira', 'mire', 'pues', 'bueno']);

/** Plain nouns that end a kind ("a pizza place", "a taco spot"). */
const KIND_TAIL = new Set(['place', 'parlor', 'parlour', 'spot', 'joint', 'business', 'company', 'shop', 'outfit', 'thing', 'lugar', 'negocio', 'local']);

const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.raw) && !/^i('|$)/.test(t.norm);

/** Where the place after `k` ends: "in miami", "here in tulsa", "en santo domingo" (two words only if a place). */
function placeEnd(tokens: Token[], k: number): number {
  let i = k;
  if (HERE.has(tokens[i]?.norm ?? '') && IN.has(tokens[i + 1]?.norm ?? '')) i++;
  if (!IN.has(tokens[i]?.norm ?? '') || !tokens[i + 1] || breaksAfter(tokens[i])) return k;
  i++;
  if (['the', 'el', 'la'].includes(tokens[i].norm)) i++;
  // (One word of place: a longer one is left to the checks on what follows.)
  return tokens[i] ? i + 1 : k;
}

/** Where the kind of business said after the article at `i` ends (exclusive), or -1: "a small plumbing outfit". */
function kindEnd(tokens: Token[], i: number, isTradeNoun: (n: string) => boolean): number {
  for (let k = i + 1; k <= i + 4 && k < tokens.length; k++) {
    if (isTradeNoun(tokens[k].norm)) {
      // "a tattoo shop", "a home care agency", "a hair salon place": the kind may take several trade words.
      let e = k;
      while (e + 1 < tokens.length && !breaksAfter(tokens[e]) && (isTradeNoun(tokens[e + 1].norm) || KIND_TAIL.has(tokens[e + 1].norm)) && !capital(tokens[e + 1])) e++;
      return e + 1;
    }
    if (breaksAfter(tokens[k]) || capital(tokens[k])) return -1;
  }
  return -1;
}

/** Whether the article at `i` describes the speaker's own business. */
function owned(tokens: Token[], i: number): boolean {
  const before = tokens[i - 1]?.norm ?? '';
  if (OWNING.has(before)) return true;
  // "we are a…", "i am the owner of a…" are left to the other readers; an answer opening with the article is ours.
  let k = i - 1;
  while (k >= 0 && OPENING.has(tokens[k].norm)) k--;
  return k < 0;
}

/** The names said right after a described business. */
export function nameAfterDescription(tokens: Token[], read: Read, isTradeNoun: (n: string) => boolean): (Span<string> & { introStart: number })[] {
  const out: (Span<string> & { introStart: number })[] = [];
  const cased = casingIsInformative(tokens) && tokens.some((t, k) => k > 0 && !endsSentence(tokens[k - 1]) && capital(t) && t.norm !== 'i');
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!ARTICLES.has(tokens[i].norm) || !owned(tokens, i)) continue;
    const kind = kindEnd(tokens, i, isTradeNoun);
    if (kind < 0 || kind >= tokens.length || breaksAfter(tokens[kind - 1]) && !cased) continue;
    let s = kind;
    // "una compañía de limpieza", "una agencia de viajes": a complement of the kind.
    if (['de', 'of'].includes(tokens[s].norm) && tokens[s + 1] && !breaksAfter(tokens[s]) && !capital(tokens[s + 1])) s += 2;
    s = placeEnd(tokens, s);
    if (!tokens[s]) continue;
    const found = cased ? capitalisedAt(tokens, kind, read) : plainAt(tokens, s, kind, read);
    if (found) out.push({ ...found, introStart: i });
  }
  return out;
}

/** In a transcript that capitalises names: the first capitalised run after the kind, in the same sentence. */
function capitalisedAt(tokens: Token[], from: number, read: Read): Span<string> | null {
  for (let k = from; k < tokens.length && k < from + 8; k++) {
    // ("…en Puebla, me llamo Efraín Olvera": past a pause the speaker has moved on.)
    if (k > from && breaksAfter(tokens[k - 1])) return null;
    if (!capital(tokens[k])) continue;
    // "…in Miami Limpieza Brillante": a capitalised place after "in" is no name (one word of it: a name may follow).
    if (IN.has(tokens[k - 1]?.norm ?? '')) continue;
    const c = read(tokens, k, 'strong');
    if (!c || c.start !== k) return null;
    const words = tokens.slice(c.start, c.end);
    // Two or more capitalised words (joiners and suffixes between): "Limpieza Brillante", "Sparkle Express".
    const named = words.filter((t) => capital(t)).length >= 2 && words.every((t) => capital(t) || JOINERS.has(t.norm) || suffixKey(t.norm) in LEGAL_SUFFIX);
    // (A capitalised place after "in" was skipped by the read's caller; one here is no name: "…in Miami".)
    // ("…Efraín Olvera": a given name and no trade word is a person.)
    const person = FIRST_NAMES.has(words[0].norm) && !words.some((t) => COMPANY_HINTS.has(t.norm) || suffixKey(t.norm) in LEGAL_SUFFIX);
    return named && !person && !words.every((t) => PLACES.has(t.norm)) ? c : null;
  }
  return null;
}

/** In a lower-case transcript: a read right where the description ends that ends in a trade word. */
function plainAt(tokens: Token[], s: number, kind: number, read: Read): Span<string> | null {
  const c = read(tokens, s, 'weak') ?? read(tokens, s, 'medium');
  if (!c || c.start !== s || c.end - c.start < 2) return null;
  const norms = tokens.slice(c.start, c.end).map((t) => suffixKey(t.norm));
  const last = norms[norms.length - 1];
  // "…mudanzas rápidas del norte": a Spanish name may open with its trade word, when the phrase ends with it.
  const tradeFirst = COMPANY_HINTS.has(norms[0]) && (c.end >= tokens.length || breaksAfter(tokens[c.end - 1]));
  if (!(COMPANY_HINTS.has(last) || last in LEGAL_SUFFIX || isTradeWord(last) || tradeFirst)) return null;
  // A word of its own: not only trade and ordinary words ("cleaning service", "crossfit gym" after "a gym").
  const own = norms.filter((n) => !COMPANY_HINTS.has(n) && !GENERIC_WORDS.has(n) && !JOINERS.has(n) && !(n in LEGAL_SUFFIX));
  if (!own.length || PLACES.has(norms[0]) || (GENERIC_WORDS.has(norms[0]) && !tradeFirst)) return null;
  const kindWords = new Set(tokens.slice(kind - 1, kind).map((t) => t.norm));
  if (norms.length === 2 && kindWords.has(last)) return null;
  return c;
}

/** Trade words in the plural ("logistics" is one already; "spirits", "rentals"). */
function isTradeWord(n: string): boolean {
  return COMPANY_HINTS.has(n.replace(/s$/, ''));
}
