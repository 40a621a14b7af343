/**
 * A spelling told rather than spelled: "ann, no e", "brian with an i", "hugo con hache", "elena sin hache",
 * "jiménez con jota". The word said with the description is how the name is written; the description
 * itself ("no e", "without the h") is never a name.
 */
import { NON_NAME } from './lexicon.js';
import { isNameWord } from './names.js';
import { isDigitWord } from './numbers.js';
import { SPANISH_LETTERS } from './spelling.js';
import { breaksAfter, type Token } from './text.js';

/** Letters as they are said (folded): single letters, and the Spanish letter names. */
const LETTER_NAMES = new Set(
  `a b c d e f g h i j k l m n o p q r s t u v w x y z
  be ce de efe ge hache jota ka ele eme ene ene o pe cu erre ese te uve ve doble equis ye zeta griega
  ph th ch sh ll rr`.split(/\s+/),
);
/** "one n", "two ls", "double l": a count of a letter describes the spelling too. */
const COUNTS = new Set(['one', 'two', 'double', 'single', 'una', 'dos']);
const WITH = new Set(['with', 'con']);
const WITHOUT = new Set(['no', 'without', 'sin']);
const ARTICLES = new Set(['a', 'an', 'the', 'una', 'la']);
/** Words that may sit between the name and its description ("ann, no e", "steven with a v actually"). */
const NOT_A_NAME = new Set(['its', "it's", 'is', 'es', 'sorry', 'perdon', 'oh', 'no', 'just', 'se', 'escribe', 'spelled', 'like', 'como', 'please', 'thanks', 'gracias', 'ok', 'okay']);

export interface DescribedSpelling {
  /** The name word as said with its description. */
  word: string;
  /** The tokens the word and its description cover. */
  start: number;
  end: number;
}

function letterAt(tokens: Token[], k: number): number {
  let j = k;
  if (ARTICLES.has(tokens[j]?.norm ?? '') && LETTER_NAMES.has(tokens[j + 1]?.norm ?? '')) j++;
  if (!LETTER_NAMES.has(tokens[j]?.norm ?? '')) return -1;
  // "i griega", "doble ve": two words for one letter.
  if (['i', 'doble'].includes(tokens[j].norm) && ['griega', 've', 'u'].includes(tokens[j + 1]?.norm ?? '')) j++;
  // "ve chica", "be larga": which of two letters said alike.
  if (SIZE_WORDS.has(tokens[j + 1]?.norm ?? '')) j++;
  // "con zeta al final", "with an e at the end": where the letter goes is part of the description.
  const place = PLACES_IN_WORD.find((p) => p.every((w, k) => tokens[j + 1 + k]?.norm === w));
  return j + 1 + (place?.length ?? 0);
}

const SIZE_WORDS = new Set(['chica', 'chiquita', 'corta', 'pequena', 'baja', 'grande', 'larga', 'alta']);

const PLACES_IN_WORD: string[][] = [
  ['al', 'final'], ['al', 'principio'], ['al', 'inicio'], ['en', 'medio'], ['at', 'the', 'end'], ['at', 'the', 'start'], ['at', 'the', 'beginning'], ['in', 'the', 'middle'],
];

const SET_ASIDE = new Set(['actually', 'sorry', 'perdon', 'then', 'entonces']);

function countFits(word: string, cue: string, letter: string): boolean {
  if (letter.length !== 1) return false;
  const n = [...word].filter((c) => c === letter).length;
  return ['one', 'single', 'una'].includes(cue) ? n === 1 : n === 2;
}

/** "ls", "t's", "tes": a letter said in the plural after a count. */
function pluralLetter(t: Token | undefined): string | null {
  if (!t) return null;
  const m = /^(\p{L})(?:'?s|es)?$/u.exec(t.norm);
  // "dos eles", "dos erres": Spanish letter names in the plural.
  return m ? m[1] : (SPANISH_LETTERS[t.norm.replace(/s$/, '')] ?? null);
}

/**
 * "elliot with two ls and two ts": counts of letters the word has, fixing it ("Elliott"). Returns the word as
 * meant and where the description ends, or null.
 */
function countedLetters(tokens: Token[], i: number, word: string): { word: string; end: number } | null {
  let k = i + 1;
  let fixed = word;
  let groups = 0;
  while (COUNTS.has(tokens[k]?.norm ?? '') && pluralLetter(tokens[k + 1])) {
    const count = ['one', 'single', 'una'].includes(tokens[k].norm) ? 1 : 2;
    const letter = pluralLetter(tokens[k + 1])!;
    const lower = fixed.toLowerCase();
    const at = lower.indexOf(letter);
    if (at < 0) return null;
    const twice = lower.includes(letter + letter);
    if (count === 2 && !twice) fixed = fixed.slice(0, at + 1) + letter + fixed.slice(at + 1);
    if (count === 1 && twice) fixed = fixed.slice(0, at) + fixed.slice(at + 1);
    groups++;
    k += 2;
    if (['and', 'y'].includes(tokens[k]?.norm ?? '') && COUNTS.has(tokens[k + 1]?.norm ?? '')) k++;
  }
  return groups ? { word: fixed, end: k } : null;
}

export function findDescribedSpellings(tokens: Token[]): DescribedSpelling[] {
  const out: DescribedSpelling[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const cue = tokens[i].norm;
    // "elliot with two ls and two ts", "ana con dos enes"… counts of letters after "with".
    const prevWord = tokens[i - 1];
    const counted = WITH.has(cue) && prevWord && /^[\p{L}'-]{2,}$/u.test(prevWord.raw) && !NOT_A_NAME.has(prevWord.norm) ? countedLetters(tokens, i, prevWord.raw) : null;
    if (counted && (!tokens[counted.end] || breaksAfter(tokens[counted.end - 1]))) {
      out.push({ word: counted.word, start: i - 1, end: counted.end });
      i = counted.end - 1;
      continue;
    }
    if (!WITH.has(cue) && !WITHOUT.has(cue) && !COUNTS.has(cue)) continue;
    const end = letterAt(tokens, i + 1);
    // "no with a ph geoff", "one n jona": the description first, then the word as written, ending the turn.
    const after = end > 0 ? tokens[end] : undefined;
    const fits = !COUNTS.has(cue) || countFits(after?.norm ?? '', cue, tokens[end - 1]?.norm ?? '');
    // ("no de morelia" answers where from: "de" there is the preposition, not the letter.)
    const preposition = tokens[end - 1]?.norm === 'de' && end === i + 2;
    if (after && fits && !preposition && end + 1 === tokens.length && opensPhrase(tokens, i) && !isDigitWord(after.norm) && after.norm.length >= 2 && /^[\p{L}'-]+$/u.test(after.raw) && !NOT_A_NAME.has(after.norm) && !LETTER_NAMES.has(after.norm)) {
      out.push({ word: after.raw, start: i, end: end + 1 });
      continue;
    }
    // "cristina con hache, christina": the word said again as the description means it, right after.
    const meant = WITH.has(cue) && end > 0 ? restatedAfter(tokens, i - 1, end) : null;
    if (meant) {
      out.push({ word: meant.word, start: i - 1, end: meant.end });
      continue;
    }
    // The description ends the phrase ("…with an i", "…sin hache, gracias"): "with a team of five" is not one.
    if (end < 0 || (tokens[end] && !tokens[end - 1].after && !['actually', 'please', 'thanks', 'gracias', 'not', 'ok'].includes(tokens[end].norm))) continue;
    // "aron actually, one a": the word may sit before a correction word.
    let w = i - 1;
    if (SET_ASIDE.has(tokens[w]?.norm ?? '') && w > 0) w--;
    const prev = tokens[w];
    if (!prev || NOT_A_NAME.has(prev.norm) || LETTER_NAMES.has(prev.norm) || prev.norm.length < 2 || !/^[\p{L}'-]+$/u.test(prev.raw)) continue;
    // A count must fit the word it describes ("aron, one a"; "one a" after "aaron" describes another word).
    if (COUNTS.has(cue) && !countFits(prev.norm, cue, tokens[end - 1].norm)) continue;
    // "thompson no p": the word said is the one spelled wrong; without the letter it is as meant.
    // ("montana sin eñe": said without the ñ, the word is as meant — the fold of "eñe" is "ene".)
    const letterSaid = tokens[end - 1].raw.toLowerCase() === 'eñe' ? 'ñ' : tokens[end - 1].norm;
    out.push({ word: WITHOUT.has(cue) ? withoutLetter(prev.raw, letterSaid) : prev.raw, start: w, end });
  }
  return out;
}


/** Words that may come before a description said first ("no, with a ph, geoff", "its one n, jona"). */
const LEAD_INS = new Set(['no', 'nope', 'its', "it's", 'sorry', 'actually', 'oh', 'and', 'y', 'es', 'perdon', 'just']);

/**
 * The description opens its phrase (only lead-ins before it): "can you help with a website?" describes
 * no letter, the "a" there is an article.
 */
function opensPhrase(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && !breaksAfter(tokens[k]) && LEAD_INS.has(tokens[k].norm)) k--;
  return k < 0 || breaksAfter(tokens[k]);
}

/** The word without the letter the visitor says it lacks ("thompson" without "p"), when it has it. */
function withoutLetter(word: string, letterName: string): string {
  const letter = SPANISH_LETTERS[letterName] ?? letterName;
  if (letter.length !== 1 || !word.toLowerCase().includes(letter)) return word;
  const kept = [...word].filter((c) => c.toLowerCase() !== letter).join('');
  return kept.length >= 2 ? kept : word;
}

/**
 * "cristina con hache, christina", "cristina con hache eh c h r i s t i n a": after the description, the
 * word again as meant — like the word said (same start), holding the described letter more often.
 */
function restatedAfter(tokens: Token[], w: number, end: number): { word: string; end: number } | null {
  const said = tokens[w];
  const again = tokens[end];
  const letterName = tokens[end - 1]?.norm ?? '';
  const letter = SPANISH_LETTERS[letterName] ?? letterName;
  if (!said || !again || letter.length !== 1 || !/^[\p{L}'-]{3,}$/u.test(said.raw) || !/^[\p{L}'-]{3,}$/u.test(again.raw)) return null;
  // ("cristina con hache christina mateos": the whole name said again is read as a name, not here.)
  const next = tokens[end + 1];
  if (next && !breaksAfter(again) && next.norm.length >= 2 && isNameWord(next.raw) && !NON_NAME.has(next.norm)) return null;
  const count = (x: string) => [...x].filter((c) => c === letter).length;
  const close = again.norm[0] === said.norm[0] && Math.abs(again.norm.length - said.norm.length) <= 2 && again.norm !== said.norm;
  return close && count(again.norm) > count(said.norm) && again.norm.replaceAll(letter, '') === said.norm.replaceAll(letter, '') ? { word: again.raw, end: end + 1 } : null;
}
