/**
 * The visitor's own name in a user turn: after an opener ("my name is", "I'm", "this is", "me llamo",
 * "soy"), as a bare answer to the assistant's "what's your name?", or as a spelled correction ("no, it's
 * spelled S-M-Y-T-H"). Weak openers ("I'm", "soy", "this is") only count when the next word looks like a
 * name (capitalised, a known given name, or spelled), so "I'm interested in pricing" yields nothing.
 */
import type { Ask } from './context.js';
import { ACKS, COMPANY_HINTS, FIRST_NAMES, NAME_PARTICLES, NON_NAME, PLACES } from './lexicon.js';
import { isCapitalised, isNameWord, similarity } from './names.js';
import { breaksAfter, casingIsInformative, endsSentence, fold, type Token } from './text.js';

export type NameMode = 'full' | 'first' | 'last';

export interface NameFind {
  mode: NameMode | 'spelling';
  words: string[];
  start: number;
  end: number;
  /** Token index where "from Acme" / "de Construcciones López" starts, when the name is followed by one. */
  companyStart?: number;
  /** For a spelling: which part the visitor said it is, when they said. */
  target?: 'first' | 'last';
}

type Strength = 'strong' | 'weak';
const BUSINESS_NOUNS = new Set(['company', "company's", 'business', "business's", 'firm', "firm's", 'shop', 'store', 'brand', 'agency']);
const INTROS: [string[], Strength, NameMode][] = [
  [['my', 'name', 'is'], 'strong', 'full'],
  [['my', "name's"], 'strong', 'full'],
  [['my', 'full', 'name', 'is'], 'strong', 'full'],
  [['the', 'name', 'is'], 'strong', 'full'],
  [['the', "name's"], 'strong', 'full'],
  [['name', 'is'], 'weak', 'full'],
  [['my', 'first', 'name', 'is'], 'strong', 'first'],
  [['first', 'name', 'is'], 'strong', 'first'],
  [['my', 'last', 'name', 'is'], 'strong', 'last'],
  [['last', 'name', 'is'], 'strong', 'last'],
  [['my', 'surname', 'is'], 'strong', 'last'],
  [['last', 'name'], 'strong', 'last'],
  [['first', 'name'], 'strong', 'first'],
  [['apellido'], 'weak', 'last'],
  [['you', 'can', 'call', 'me'], 'strong', 'full'],
  [['just', 'call', 'me'], 'strong', 'first'],
  [['i', 'go', 'by'], 'strong', 'first'],
  [["i'm"], 'weak', 'full'],
  [['im'], 'weak', 'full'],
  [['i', 'am'], 'weak', 'full'],
  [['this', 'is'], 'weak', 'full'],
  [['me', 'llamo'], 'strong', 'full'],
  [['mi', 'nombre', 'es'], 'strong', 'full'],
  [['mi', 'nombre', 'completo', 'es'], 'strong', 'full'],
  [['mi', 'primer', 'nombre', 'es'], 'strong', 'first'],
  [['mi', 'apellido', 'es'], 'strong', 'last'],
  [['mis', 'apellidos', 'son'], 'strong', 'last'],
  [['soy'], 'weak', 'full'],
  [['le', 'habla'], 'strong', 'full'],
  [['te', 'habla'], 'strong', 'full'],
  [['habla'], 'weak', 'full'],
];

/** Openers a bare answer may carry ("Sure, it's Dana", "Claro, soy Ana"). */
const BARE_OPENERS: string[][] = [
  ["it's"], ['its'], ['it', 'is'], ["i'm"], ['i', 'am'], ['im'], ['this', 'is'], ['my', 'name', 'is'], ['my', "name's"],
  ['me', 'llamo'], ['mi', 'nombre', 'es'], ['soy'], ['es'], ['con'], ['just'], ['call', 'me'], ['you', 'can', 'call', 'me'],
  ['mi', 'apellido', 'es'], ['my', 'last', 'name', 'is'], ['my', 'first', 'name', 'is'], ['last', 'name'], ['first', 'name'],
  ['yo', 'soy'], ['the', 'name', 'is'], ['the', "name's"], ['name', 'is'], ['y'], ['and'],
];

const GREETINGS = new Set(['hi', 'hello', 'hey', 'hola', 'buenas', 'buenos', 'dias', 'tardes', 'noches', 'good', 'morning', 'afternoon', 'evening', 'yes', 'yeah', 'si', 'oh', 'ok', 'okay', 'there', 'so']);

/** Titles before a name ("Dr. Ellen Park", "la licenciada Marisol Vega"): skipped, never kept. */
const TITLES = new Set(['dr', 'doctor', 'doctora', 'mr', 'mrs', 'ms', 'miss', 'mister', 'sr', 'sra', 'srta', 'senor', 'senora', 'senorita', 'lic', 'licenciado', 'licenciada', 'ing', 'ingeniero', 'ingeniera', 'arq', 'don', 'dona', 'prof', 'professor']);

function skipTitle(tokens: Token[], i: number): number {
  let j = i;
  if (['la', 'el'].includes(tokens[j]?.norm ?? '') && TITLES.has(tokens[j + 1]?.norm ?? '')) j++;
  while (tokens[j] && TITLES.has(tokens[j].norm) && tokens[j + 1]) j++;
  return j;
}

function matchAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

function looksLikeNameStart(t: Token, strength: Strength, casing: boolean): boolean {
  if (t.spelled) return true;
  if (!isNameWord(t.raw) || NON_NAME.has(t.norm) || NAME_PARTICLES.has(t.norm)) return false;
  if (strength === 'strong') return true;
  // Weak openers: a known given name, or a capitalised word when capitals mean something — never a word
  // like "interested" / "calling" or a place ("I'm Texas-based").
  if (FIRST_NAMES.has(t.norm)) return true;
  if (/(ing|ed|ly)$/.test(t.norm) || PLACES.has(t.norm)) return false;
  return casing && isCapitalised(t.raw);
}

/** Reads name words from `i`; returns them (raw, spelled ones folded) and where the name ended. */
function readName(tokens: Token[], start: number, strength: Strength, lang: string): { words: string[]; end: number; companyStart?: number } | null {
  const i = skipTitle(tokens, start);
  if (!tokens[i] || !looksLikeNameStart(tokens[i], strength, casingIsInformative(tokens))) return null;
  const words: string[] = [];
  let j = i;
  let lastSpelled = false;
  while (j < tokens.length && words.length < 5) {
    const t = tokens[j];
    if (t.spelled && words.length && !lastSpelled) {
      // "Dana, D-A-N-A": the spelling settles how the word before it is written.
      const prev = words[words.length - 1];
      if (fold(prev) === t.norm) {
        // Same letters: keep the word as first written (it may carry accents the spelling lost).
      } else if (similarity(t.raw, prev) >= 0.5 || t.raw[0] === prev[0]?.toLowerCase()) {
        words[words.length - 1] = t.raw;
      } else words.push(t.raw);
      lastSpelled = true;
      j++;
      if (breaksAfter(t) && !(tokens[j] && isNameWord(tokens[j].raw) && !NON_NAME.has(tokens[j].norm))) break;
      continue;
    }
    if (t.norm === 'o' && words.length && tokens[j + 1] && isNameWord(tokens[j + 1].raw) && !NON_NAME.has(tokens[j + 1].norm) && !breaksAfter(t)) {
      // "liam o brien": the apostrophe was lost in transcription.
      words.push(`o'${tokens[j + 1].raw}`);
      lastSpelled = false;
      j += 2;
      if (breaksAfter(tokens[j - 1])) break;
      continue;
    }
    if (!isNameWord(t.raw)) break;
    const n = t.norm;
    if (NAME_PARTICLES.has(n) && words.length) {
      // "de la Cruz", "van der Berg": a particle needs a surname after it. A Spanish "de" before a business
      // ("soy Ana de Construcciones López") is where the company starts instead.
      const next = tokens[j + 1];
      if (!next || breaksAfter(t) || !isNameWord(next.raw)) break;
      const nextIsParticle = NAME_PARTICLES.has(next.norm);
      if (n === 'de' && !nextIsParticle && (COMPANY_HINTS.has(next.norm) || strength === 'weak')) break;
      if (n === 'la' || n === 'las' || n === 'los') {
        if (fold1(words[words.length - 1]) !== 'de' && !(lang === 'es' && words.length === 0)) break;
      }
      words.push(t.raw);
      lastSpelled = false;
      j++;
      continue;
    }
    if (words.length && !t.spelled) {
      if (NON_NAME.has(n) || (COMPANY_HINTS.has(n) && !FIRST_NAMES.has(n))) break;
      if (/(ing|ed)$/.test(n) && !isCapitalised(t.raw)) break;
    } else if (!t.spelled && NON_NAME.has(n)) break;
    words.push(t.raw);
    lastSpelled = !!t.spelled;
    j++;
    if (breaksAfter(t)) {
      const next = tokens[j];
      const initial = /^\p{L}$/u.test(t.raw) && t.after === '.' && words.length > 1;
      // "Bill. Bill Hardesty.": the name said again in full.
      const repeat = words.length === 1 && endsSentence(t) && next?.norm === n && tokens[j + 1] && isNameWord(tokens[j + 1].raw) && !NON_NAME.has(tokens[j + 1].norm);
      if (repeat) {
        j++;
        continue;
      }
      if (!(next && next.spelled) && !initial) break;
    }
  }
  while (words.length && NAME_PARTICLES.has(fold1(words[words.length - 1]))) {
    words.pop();
    j--;
  }
  if (!words.length) return null;
  const after = tokens[j];
  let companyStart: number | undefined;
  // "This is Dana from Acme", "Soy Ana Torres, de Plomería Torres": a comma may sit before the company.
  const pause = tokens[j - 1]?.after ?? '';
  if (after && (!pause || pause === ',') && ['from', 'with', 'at', 'de', 'del'].includes(after.norm)) companyStart = j + 1;
  return { words, end: j, companyStart };
}

function fold1(w: string): string {
  return w.toLowerCase();
}

function skipOpeners(tokens: Token[], i: number): number {
  let j = i;
  for (let guard = 0; guard < 6; guard++) {
    if (tokens[j] && (ACKS.has(tokens[j].norm) || GREETINGS.has(tokens[j].norm))) {
      j++;
      continue;
    }
    const op = BARE_OPENERS.find((w) => matchAt(tokens, j, w));
    if (op) {
      j += op.length;
      continue;
    }
    break;
  }
  return j;
}

export function findNames(tokens: Token[], asked: Set<Ask>, lang: string): NameFind[] {
  const out: NameFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const [words, strength, mode] of INTROS) {
      if (!matchAt(tokens, i, words)) continue;
      // "Our company name is…", "the business's name is…" introduce a company, not a person.
      if (words[0] === 'name' && BUSINESS_NOUNS.has(tokens[i - 1]?.norm ?? '')) break;
      if (words.includes('name') && (asked.has('company') && !asked.has('name'))) break;
      // "this is" / "I'm" only introduce the speaker at the start of a phrase ("…and this is great" is not).
      const at = i + words.length;
      const read = readName(tokens, at, strength, lang);
      if (read) {
        out.push({ mode, words: read.words, start: at, end: read.end, companyStart: read.companyStart });
        i = read.end - 1;
      }
      break;
    }
  }
  // "it's spelled S-M-Y-T-H" / "se escribe G-A-R-C-I-A": a spelling fixes a part already known.
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].spelled) continue;
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.norm);
    const spellingCue = before.includes('spelled') || before.includes('spell') || before.includes('escribe') || before.includes('deletreo');
    if (spellingCue || (asked.has('spell') && !out.some((f) => f.start <= i && i < f.end))) {
      const ctx = tokens.slice(0, i).map((t) => t.norm).join(' ');
      const target = /\b(last name|surname|apellido)\b/.test(ctx) || asked.has('lastName') ? 'last' : /\bfirst name\b/.test(ctx) || asked.has('firstName') ? 'first' : undefined;
      out.push({ mode: 'spelling', words: [tokens[i].raw], start: i, end: i + 1, target });
    }
  }
  // A bare answer to "what's your name?" ("Dana Whitfield", "Sure, it's Dana").
  const nameAsk = asked.has('name') ? 'full' : asked.has('firstName') ? 'first' : asked.has('lastName') ? 'last' : null;
  if (nameAsk) {
    const at = skipOpeners(tokens, 0);
    const read = at < tokens.length ? readName(tokens, at, 'strong', lang) : null;
    if (read && !out.some((f) => f.start === at)) {
      out.push({ mode: nameAsk, words: read.words, start: at, end: read.end, companyStart: read.companyStart });
    }
  } else {
    // "Hi, it's Dana Whitfield…" opening a turn: only with a known given name ("it's Monday" is not one).
    let g = 0;
    while (tokens[g] && (GREETINGS.has(tokens[g].norm) || ACKS.has(tokens[g].norm))) g++;
    const itsLen = matchAt(tokens, g, ["it's"]) || matchAt(tokens, g, ['its']) ? 1 : matchAt(tokens, g, ['it', 'is']) ? 2 : 0;
    if (itsLen && FIRST_NAMES.has(tokens[g + itsLen]?.norm ?? '') && !out.some((f) => f.start === g + itsLen)) {
      const read = readName(tokens, g + itsLen, 'weak', lang);
      if (read) out.push({ mode: 'full', words: read.words, start: g + itsLen, end: read.end, companyStart: read.companyStart });
    }
    // "Dana here" / "Dana Whitfield speaking" at the start of a turn.
    const at = skipOpeners(tokens, 0);
    const read = readName(tokens, at, 'weak', lang);
    if (read && ['here', 'speaking'].includes(tokens[read.end]?.norm ?? '') && !out.some((f) => f.start === at)) {
      out.push({ mode: 'full', words: read.words, start: at, end: read.end });
    }
  }
  return out.sort((a, b) => a.start - b.start);
}
