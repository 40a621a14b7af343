/**
 * Tokenising speech-to-text output for the lead extractors. A token keeps its original spelling (names and
 * companies are reported as said), a lower-cased accent-free form for matching, and the punctuation that
 * followed it, because commas and full stops are the only phrase boundaries a transcript gives us.
 */

export interface Token {
  /** As written, without surrounding punctuation. */
  raw: string;
  /** Lower-cased, accents removed, curly apostrophes straightened. */
  norm: string;
  /** Punctuation glued before / after the word ("(" before "512", "," after "Dana"). */
  before: string;
  after: string;
  /** Set when the word was spelled out letter by letter ("d-a-n-a", "j o h n"). */
  spelled?: boolean;
}

const FILLERS = new Set(['um', 'umm', 'uh', 'uhh', 'uhm', 'er', 'erm', 'hmm', 'mm', 'mhm', 'ah', 'eh', 'ehh', 'mmm']);

export function fold(s: string): string {
  return s
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .toLowerCase();
}

/** Normalises the characters transcripts vary on (curly quotes, dashes, non-breaking spaces). */
export function cleanText(s: string): string {
  return s
    .replace(/[\u2018\u2019\u02bc]/g, "'")
    .replace(/[\u201c\u201d«»]/g, '"')
    .replace(/[\u2013\u2014]/g, ' - ')
    .replace(/\u00a0/g, ' ');
}

const LEAD_PUNCT = /^[("'¿¡[{<$]+/;
const TRAIL_PUNCT = /[)"'.,;:!?\]}>…]+$/;

/** Splits a turn into tokens; filler sounds ("um", "uh") are dropped. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  for (const chunk of cleanText(text).split(/\s+/)) {
    if (!chunk) continue;
    let word = chunk;
    const lead = word.match(LEAD_PUNCT)?.[0] ?? '';
    word = word.slice(lead.length);
    let trail = word.match(TRAIL_PUNCT)?.[0] ?? '';
    // Keep the closing dot of abbreviations like "S.A." / "L.L.C." / "Inc." with the word; a sentence-final
    // dot after them is indistinguishable, and the company extractor tidies it.
    if (trail.startsWith('.') && /^(?:[a-z]\.)+[a-z]$/i.test(word.slice(0, -trail.length))) {
      trail = trail.slice(1);
    }
    // A dangling apostrophe is part of the word ("Jones'") only rarely; treat it as punctuation.
    word = trail ? word.slice(0, -trail.length) : word;
    if (!word) {
      if (out.length && (lead + trail).trim()) out[out.length - 1].after += lead + trail;
      continue;
    }
    if (/^[-–—]+$/.test(word)) {
      // A spoken pause written as a dash ("Sure — it's…"): punctuation, not a word.
      if (out.length) out[out.length - 1].after += ',';
      continue;
    }
    const norm = fold(word);
    if (FILLERS.has(norm)) {
      if (trail && out.length) out[out.length - 1].after += trail;
      continue;
    }
    out.push({ raw: word, norm, before: lead, after: trail });
  }
  return out;
}

/**
 * Whether capital letters carry meaning in this transcript. Speech-to-text capitalises sentence starts and
 * proper names; a Title Cased or ALL CAPS transcript capitalises everything, so a capital proves nothing.
 */
export function casingIsInformative(tokens: Token[]): boolean {
  // Asked for every name a turn might hold, so worked out once per turn's tokens.
  let cased = CASING.get(tokens);
  if (cased === undefined) CASING.set(tokens, (cased = judgeCasing(tokens)));
  return cased;
}

const CASING = new WeakMap<Token[], boolean>();

function judgeCasing(tokens: Token[]): boolean {
  const isInner = (t: Token, i: number) => i > 0 && !endsSentence(tokens[i - 1]) && /^\p{L}/u.test(t.raw) && !/^i('|$)/.test(t.norm);
  const inner = tokens.filter(isInner);
  // Function words settle it when there are some: ordinary speech writes them in lower case, Title Case
  // capitalises them too. (A short turn full of names — "Soy Mª José Navarro, de Reformas Navarro" — has a
  // high share of capitals yet is ordinary casing.)
  // A capitalised function word between two capitalised words may belong to a name ("Fix It Felix"); it
  // proves nothing either way.
  const capital = (t: Token | undefined) => !!t && /^\p{Lu}/u.test(t.raw);
  const fn = tokens.filter(
    (t, k) => isInner(t, k) && FUNCTION_WORDS.has(t.norm) && !(capital(t) && capital(tokens[k - 1]) && capital(tokens[k + 1])),
  );
  if (fn.length) return fn.filter((t) => /^\p{Ll}/u.test(t.raw)).length * 2 >= fn.length;
  if (inner.length < 4) return true;
  const caps = inner.filter((t) => /^\p{Lu}/u.test(t.raw)).length;
  // Names and companies are capitalised too, so only a near-total share means Title Case.
  return caps / inner.length <= 0.8;
}

/** Short words that speech-to-text writes in lower case inside a sentence (EN + ES). */
const FUNCTION_WORDS = new Set(
  `the a an and or but of to in on at for with from is are was my your our me it this that be as by
  el la los las un una y o pero de del en con por para es mi tu su que se al lo`.split(/\s+/),
);

/** True when the punctuation after a token closes a phrase (comma included). */
export function breaksAfter(t: Token | undefined): boolean {
  return !!t && /[,.;:!?…]/.test(t.after);
}

/** True when the punctuation after a token ends a sentence. */
export function endsSentence(t: Token | undefined): boolean {
  return !!t && /[.;!?…]/.test(t.after);
}

/** Splits text into sentences (on . ! ? ; and line breaks), keeping each sentence's text. */
export function sentences(text: string): string[] {
  return cleanText(text)
    .split(/(?<=[.!?;…])\s+|\n+/)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Escapes a string for use inside a RegExp. */
export function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Where a phrase occurs as whole words in folded text (accented letters count as letters), or -1. */
export function phraseIndex(foldedText: string, phrase: string): number {
  const re = new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(phrase)}(?![\\p{L}\\p{N}])`, 'u');
  return foldedText.search(re);
}

/**
 * Openers grouped by their first word, each group in list order: a scan asks only the openers that can start
 * at a token instead of every opener at every token (the extractor runs on every chat turn).
 */
export function byFirstWord<T extends [string[], ...unknown[]]>(openers: T[]): Map<string, T[]> {
  const index = new Map<string, T[]>();
  for (const opener of openers) {
    const group = index.get(opener[0][0]);
    if (group) group.push(opener);
    else index.set(opener[0][0], [opener]);
  }
  return index;
}
