/**
 * The visitor's company name: after an opener ("my company is called", "I work at", "mi empresa se llama",
 * "trabajo en"), after a name ("this is Dana from Acme"), or as a bare answer to "what's your company
 * called?". A generic description ("a bakery", "my own business", "a small team") is not a name.
 * The name is reported as said; an all-lower-case transcript is title-cased, acronyms and legal suffixes
 * ("HVAC", "LLC") upper-cased.
 */
import type { Ask } from './context.js';
import { ACKS, ACRONYMS, NON_NAME, COMPANY_HINTS, COMPANY_JOIN_TAIL, COMPANY_STOP, GENERIC_WORDS, LEGAL_SUFFIX, PLACES } from './lexicon.js';
import { isDigitWord } from './numbers.js';
import type { Span } from './email.js';
import { breaksAfter, casingIsInformative, type Token } from './text.js';

/** strong: the words can only be a name ("is called"); medium: usually one ("I work at"); weak: only if it looks like one ("we're"). */
export type Strength = 'strong' | 'medium' | 'weak';

const NOUN = ['company', 'business', 'firm', 'shop', 'outfit', 'agency', 'practice', 'store', 'brand'];
const NOUN_ES = ['empresa', 'negocio', 'compania', 'constructora', 'tienda', 'taller', 'firma', 'agencia'];

const INTROS: [string[], Strength][] = [
  ...NOUN.flatMap((n): [string[], Strength][] => [
    [[n, 'is', 'called'], 'strong'],
    [[`${n}'s`, 'called'], 'strong'],
    [[n, 'is', 'named'], 'strong'],
    [[n, 'called'], 'strong'],
    [[n, 'named'], 'strong'],
    [[n, 'name', 'is'], 'strong'],
    [[n, 'name'], 'medium'],
    [[`${n}'s`, 'name', 'is'], 'strong'],
    [[n, "name's"], 'strong'],
    [['name', 'of', 'my', n, 'is'], 'strong'],
    [['name', 'of', 'our', n, 'is'], 'strong'],
    [['name', 'of', 'the', n, 'is'], 'strong'],
    [['my', n, 'is'], 'medium'],
    [['our', n, 'is'], 'medium'],
    [['the', n, 'is'], 'medium'],
  ]),
  ...NOUN_ES.flatMap((n): [string[], Strength][] => [
    [[n, 'se', 'llama'], 'strong'],
    [[n, 'que', 'se', 'llama'], 'strong'],
    [[n, 'llamada'], 'strong'],
    [[n, 'llamado'], 'strong'],
    [['nombre', 'de', 'mi', n, 'es'], 'strong'],
    [['nombre', 'de', 'la', n, 'es'], 'strong'],
    [['mi', n, 'es'], 'medium'],
    [['nuestra', n, 'es'], 'medium'],
    [['nuestro', n, 'es'], 'medium'],
    [['la', n, 'es'], 'medium'],
    [['el', n, 'es'], 'medium'],
    [['de', 'la', n], 'medium'],
  ]),
  [["we're", 'called'], 'strong'],
  [['we', 'are', 'called'], 'strong'],
  [['we', 'go', 'by'], 'strong'],
  [['i', 'work', 'at'], 'medium'],
  [['i', 'work', 'for'], 'medium'],
  [['i', 'work', 'with'], 'weak'],
  [["i'm", 'with'], 'weak'],
  [['i', 'am', 'with'], 'weak'],
  [['owner', 'of'], 'medium'],
  [['founder', 'of'], 'medium'],
  [['president', 'of'], 'medium'],
  [['ceo', 'of'], 'medium'],
  [['manager', 'at'], 'medium'],
  [['manager', 'for'], 'medium'],
  [['director', 'at'], 'medium'],
  [['director', 'of'], 'weak'],
  [['director', 'for'], 'medium'],
  [['owner', 'at'], 'medium'],
  [['manager', 'of'], 'weak'],
  [['i', 'own'], 'weak'],
  [['i', 'represent'], 'weak'],
  [['we', 'represent'], 'weak'],
  [['i', 'run'], 'weak'],
  [['we', 'own'], 'weak'],
  [["we're"], 'weak'],
  [['we', 'are'], 'weak'],
  [['calling', 'from'], 'medium'],
  [['trabajo', 'en'], 'medium'],
  [['trabajo', 'para'], 'medium'],
  [['dueno', 'de'], 'medium'],
  [['duena', 'de'], 'medium'],
  [['propietario', 'de'], 'medium'],
  [['propietaria', 'de'], 'medium'],
  [['gerente', 'de'], 'weak'],
  [['represento', 'a'], 'medium'],
  [['llamo', 'de'], 'medium'],
  [['hablo', 'de'], 'weak'],
  [['somos'], 'weak'],
];

/** Openers of a bare answer to "what's your company called?". */
const BARE_OPENERS: string[][] = [
  ['company', 'name'], ['business', 'name'], ["it's", 'called'], ['its', 'called'], ['it', 'is', 'called'], ["it's"], ['its'], ['it', 'is'], ["we're", 'called'],
  ["we're"], ['we', 'are'], ['the', 'company', 'is'], ['the', 'name', 'is'], ['the', "name's"], ['called'],
  ['se', 'llama'], ['es'], ['somos'], ['la', 'empresa', 'se', 'llama'], ['mi', 'empresa', 'se', 'llama'],
  ['mi', 'empresa', 'es'], ['the', 'business', 'is', 'called'], ["company's", 'called'], ['my', 'company', 'is'],
];

const GENERIC_START = new Set(
  `a an una un unos unas my mi mis our nuestra nuestro your tu his her their su sus some one this that
  myself yourself you them him us it me nobody none nothing no own just home night self-employed`.split(/\s+/),
);
const JOINERS = new Set(['of', 'de', 'del', 'la', 'los', 'las', 'el', 'the', 'and', '&', 'y', 'e', 'for']);

const ALWAYS_UPPER = new Set(['hvac', 'llc', 'llp', 'pllc', 'hoa', 'cpa']);
const isWordish = (raw: string) => /^[\p{L}\p{N}&'./-]+$/u.test(raw);
const suffixKey = (norm: string) => norm.replace(/\./g, '');

function matchAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

/** Reads a company name from token `i`; null when what follows is no name. */
export function readCompany(tokens: Token[], start: number, strength: Strength): Span<string> | null {
  let i = start;
  // "de la empresa Construcciones López" / "the company Acme": the noun is not part of the name.
  if (['the', 'la', 'el'].includes(tokens[i]?.norm ?? '') && [...NOUN, ...NOUN_ES].includes(tokens[i + 1]?.norm ?? '')) i += 2;
  const parts: Token[] = [];
  let j = i;
  while (j < tokens.length && parts.length < 7) {
    const t = tokens[j];
    const n = t.norm;
    const next = tokens[j + 1];
    // "Smith and Sons", and in a cased transcript "Apex Concrete and Foundation" (but not "Acme and I…").
    const joinsName =
      !!next &&
      !breaksAfter(t) &&
      (COMPANY_JOIN_TAIL.has(next.norm) ||
        (parts.length > 0 && parts.every((p) => /^\p{Lu}/u.test(p.raw)) && /^\p{Lu}/u.test(next.raw) && !NON_NAME.has(next.norm) && next.norm !== 'i'));
    if ((n === 'and' || n === 'y' || n === '&' || n === 'e') && parts.length && joinsName) {
      parts.push(t, tokens[j + 1]);
      j += 2;
      if (breaksAfter(tokens[j - 1])) break;
      continue;
    }
    if (n === 'as' || COMPANY_STOP.has(n) || !isWordish(t.raw)) break;
    parts.push(t);
    j++;
    if (breaksAfter(t)) {
      // "Acme, Inc." keeps its suffix; any other comma or stop ends the name.
      const next = tokens[j];
      if (next && /,/.test(t.after) && !/[.;!?]/.test(t.after) && suffixKey(next.norm) in LEGAL_SUFFIX) continue;
      break;
    }
  }
  while (parts.length && JOINERS.has(parts[parts.length - 1].norm)) {
    parts.pop();
    j--;
  }
  if (!parts.length) return null;
  const norms = parts.map((p) => p.norm);
  const first = norms[0];
  if (GENERIC_START.has(first)) return null;
  if (first === 'the' && strength !== 'strong' && !(parts[1] && /^\p{Lu}/u.test(parts[1].raw))) return null;
  const content = norms.filter((n) => !JOINERS.has(n));
  if (!content.length || content.every((n) => GENERIC_WORDS.has(n) || isDigitWord(n) || /^\d+$/.test(n))) return null;
  if (strength !== 'strong' && (isDigitWord(first) || /^\d/.test(first) || /(ing|ed|ly)$/.test(first))) return null;
  if (strength === 'weak') {
    // Only when it looks like a name: capitalised (if capitals mean anything here) or business-like, and not
    // an adjective ("We're Open 24/7") or a place.
    const capitalised = casingIsInformative(tokens) && parts.some((p) => /^\p{Lu}/u.test(p.raw));
    const business = norms.some((n) => COMPANY_HINTS.has(n) || suffixKey(n) in LEGAL_SUFFIX);
    if (!(capitalised || business) || content.every((n) => PLACES.has(n))) return null;
    if (GENERIC_WORDS.has(first) && !COMPANY_HINTS.has(first)) return null;
  }
  if (strength !== 'strong' && PLACES.has(first) && content.length === 1) return null;
  return { value: formatCompany(parts), start: i, end: j };
}

/** Writes the name as said; title-cases an all-lower-case transcript and normalises spoken suffixes. */
export function formatCompany(parts: Token[]): string {
  const lowerTranscript = parts.every((p) => p.raw === p.raw.toLowerCase());
  const words = parts.map((p, k) => {
    const key = suffixKey(p.norm);
    if (p.spelled && key in LEGAL_SUFFIX) return LEGAL_SUFFIX[key];
    // Unambiguous acronyms are upper-cased whatever the transcript did ("Whitfield Hvac" → "Whitfield HVAC").
    if (ALWAYS_UPPER.has(p.norm)) return p.raw.toUpperCase();
    if (!lowerTranscript) return p.raw;
    if (k > 0 && key in LEGAL_SUFFIX) return LEGAL_SUFFIX[key];
    if (ACRONYMS.has(p.norm)) return p.raw.toUpperCase();
    if (k > 0 && JOINERS.has(p.norm)) return p.raw;
    return p.raw.replace(/^\p{L}/u, (c) => c.toUpperCase()).replace(/-(\p{L})/gu, (_, c: string) => `-${c.toUpperCase()}`);
  });
  // Keep a comma the speaker put inside the name ("Blue Ridge Property Group, LLC").
  return words
    .map((w, k) => (k < words.length - 1 && parts[k].after.startsWith(',') ? `${w},` : w))
    .join(' ')
    .replace(/[,;:!?]+$/, '');
}

/**
 * The opener starting at `i` that reaches furthest, also looking at openers that start inside it:
 * "my company is called Acme" is read through "company is called", not "my company is".
 */
function bestIntroAt(tokens: Token[], i: number): { end: number; strength: Strength } | null {
  let best: { end: number; strength: Strength } | null = null;
  const consider = (k: number) => {
    for (const [words, strength] of INTROS) {
      if (matchAt(tokens, k, words) && (!best || k + words.length > best.end)) best = { end: k + words.length, strength };
    }
  };
  consider(i);
  if (!best) return null;
  for (let k = i + 1; k < (best as { end: number }).end; k++) consider(k);
  return best;
}

export interface CompanyFind extends Span<string> {
  strength: Strength;
  /** Where the opener began, for the ownership check. */
  introStart: number;
}

/**
 * Starts of companies dictated as an aside after a name: "Rob Lindqvist, Lindqvist and Sons Plumbing, …".
 * Only a phrase that reads as a business (a trade word or legal suffix) counts.
 */
export function appositiveAfter(tokens: Token[], nameEnd: number): number[] {
  const prev = tokens[nameEnd - 1];
  if (!prev || prev.after !== ',' || !tokens[nameEnd]) return [];
  const found = readCompany(tokens, nameEnd, 'weak');
  if (!found) return [];
  const words = tokens.slice(found.start, found.end).map((t) => t.norm.replace(/\./g, ''));
  return words.some((w) => COMPANY_HINTS.has(w) || w in LEGAL_SUFFIX) ? [nameEnd] : [];
}

export function findCompanies(tokens: Token[], asked: Set<Ask>, extraStarts: number[]): CompanyFind[] {
  const out: CompanyFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The longest opener at this position wins ("my company is called" over "my company is").
    const best = bestIntroAt(tokens, i);
    if (!best) continue;
    const found = readCompany(tokens, best.end, best.strength);
    if (found) {
      out.push({ ...found, strength: best.strength, introStart: i });
      i = found.end - 1;
    } else i = best.end - 1;
  }
  // "My business, Tall Pines Tree Service, has…": the name as an aside after "my company,".
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (['my', 'our', 'mi', 'nuestra', 'nuestro'].includes(tokens[i].norm) && [...NOUN, ...NOUN_ES].includes(tokens[i + 1].norm) && tokens[i + 1].after === ',') {
      const found = readCompany(tokens, i + 2, 'weak');
      if (found && !out.some((f) => f.start === found.start)) out.push({ ...found, strength: 'weak', introStart: i });
    }
  }
  for (const s of extraStarts) {
    const found = readCompany(tokens, s, 'weak');
    if (found && !out.some((f) => f.introStart <= s && s < f.end)) out.push({ ...found, strength: 'weak', introStart: s - 1 });
  }
  if (asked.has('company')) {
    let j = 0;
    for (let guard = 0; guard < 5; guard++) {
      if (tokens[j] && ACKS.has(tokens[j].norm)) {
        j++;
        continue;
      }
      const op = BARE_OPENERS.filter((w) => matchAt(tokens, j, w)).sort((a, b) => b.length - a.length)[0];
      if (op) {
        j += op.length;
        continue;
      }
      break;
    }
    const found = j < tokens.length && !out.length ? readCompany(tokens, j, 'medium') : null;
    if (found) out.push({ ...found, strength: 'medium', introStart: 0 });
  }
  return out.sort((a, b) => a.start - b.start);
}
