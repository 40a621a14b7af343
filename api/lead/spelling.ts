/**
 * Joins spelled-out words back together: "d-a-n-a", "j o h n", "D as in David, A, N, A". Speech-to-text
 * writes spelled names and e-mail addresses as separate letters; every extractor wants the word.
 */
import { fold, type Token } from './text.js';

/** Single letters that are also words on their own (English "a", "I"; Spanish "y", "o", "e", "u", "a"). */
const WORD_LETTERS = new Set(['a', 'i', 'y', 'o', 'e', 'u']);

/** Spanish letter names (folded) and the letter each names. */
export const SPANISH_LETTERS: Record<string, string> = {
  be: 'b', ce: 'c', de: 'd', efe: 'f', ge: 'g', hache: 'h', jota: 'j', ka: 'k', ele: 'l', eme: 'm', ene: 'n', pe: 'p', cu: 'q', erre: 'r', ese: 's',
  te: 't', uve: 'v', ve: 'v', equis: 'x', ye: 'y', zeta: 'z',
};
/** Letter names no ordinary Spanish word shares, so a run holding one is surely a spelling. */
const DISTINCT = new Set(['efe', 'hache', 'jota', 'ka', 'ele', 'eme', 'ene', 'erre', 'equis', 'zeta', 'uve']);

/**
 * A run of single letters and Spanish letter names ("p e eñe a" → "peña"): at least three letters, two of them
 * said as single letters, and one letter name no ordinary word shares. "eñe" keeps its tilde.
 */
function spanishRun(tokens: Token[], i: number): { word: string; end: number } | null {
  let j = i;
  let word = '';
  let singles = 0;
  let distinct = false;
  while (j < tokens.length) {
    const t = tokens[j];
    const single = /^\p{L}$/u.test(t.raw) ? fold(t.raw) : null;
    const eñe = t.raw.toLowerCase() === 'eñe';
    const named = eñe ? 'ñ' : SPANISH_LETTERS[t.norm];
    if (!single && !named) break;
    if (single === 'y' && word.length >= 3 && CLAUSE_AFTER_AND.has(tokens[j + 1]?.norm ?? '')) break;
    word += single ?? named;
    if (single) singles++;
    if (eñe || DISTINCT.has(t.norm)) distinct = true;
    j++;
    if (/[.;!?,]/.test(t.after)) break;
  }
  return word.length >= 3 && singles >= 2 && distinct ? { word, end: j } : null;
}

const DIGRAPHS = new Set(['ch', 'll', 'rr', 'th', 'sh', 'ph']);
/** Words that start a clause after a Spanish "y": "… y el apellido…", "… y mi correo…". */
const CLAUSE_AFTER_AND = new Set(['el', 'la', 'los', 'las', 'mi', 'mis', 'su', 'sus', 'tu', 'de', 'del', 'es', 'ya', 'luego', 'despues', 'apellido', 'correo', 'telefono']);

const DESCRIBE_CUES = new Set(['no', 'with', 'without', 'sin', 'con']);
const APOSTROPHE = new Set(['apostrophe', 'apostrofe', 'apostrofo']);

function letterOf(t: Token): string | null {
  return /^\p{L}$/u.test(t.raw) ? fold(t.raw) : null;
}

/** "d as in david" / "d like david" / "d de dedo": the letter, and how many tokens the phrase used. */
function letterPhrase(tokens: Token[], i: number): { letter: string; used: number } | null {
  const l = letterOf(tokens[i]);
  if (!l) return null;
  const a = tokens[i + 1]?.norm;
  const b = tokens[i + 2]?.norm;
  if (a === 'as' && b === 'in' && tokens[i + 3]) return { letter: l, used: 4 };
  if ((a === 'like' || a === 'de' || a === 'como') && tokens[i + 2] && tokens[i + 2].norm.startsWith(l)) {
    return { letter: l, used: 3 };
  }
  return { letter: l, used: 1 };
}

function hyphenSpelled(t: Token): string | null {
  const parts = t.raw.split('-');
  return parts.length >= 2 && parts.every((p) => /^\p{L}$/u.test(p)) ? fold(parts.join('')) : null;
}

export function joinSpelled(tokens: Token[]): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < tokens.length; ) {
    const hy = hyphenSpelled(tokens[i]);
    if (hy) {
      out.push({ ...tokens[i], raw: hy, norm: hy, spelled: true });
      i++;
      continue;
    }
    // "Mark with a C" / "Jon with an H": the article and the letter name the fix, they are not spelled.
    if (tokens[i - 1]?.norm === 'with' && tokens[i].norm === 'a' && letterOf(tokens[i + 1] ?? tokens[i]) && tokens[i + 1] && /[,.;!?]/.test(tokens[i + 1].after)) {
      out.push(tokens[i], tokens[i + 1]);
      i += 2;
      continue;
    }
    // "thompson no p, t h o m s o n": a letter described alone ends at its pause; the spelling follows.
    // ("ester con hache, e s t h e r": a letter name after "con" / "sin" is the description, the run follows.)
    if (DESCRIBE_CUES.has(tokens[i - 1]?.norm ?? '') && ((letterOf(tokens[i]) && /[,.;!?]/.test(tokens[i].after)) || (SPANISH_LETTERS[tokens[i].norm] && tokens[i].norm.length > 2))) {
      out.push(tokens[i]);
      i++;
      continue;
    }
    // Collect a run of single letters (with "as in" phrases), stopping at sentence ends.
    const letters: string[] = [];
    let j = i;
    let phrases = 0;
    while (j < tokens.length) {
      // "o apostrophe b r i e n": the apostrophe is part of the spelling.
      if (letters.length && APOSTROPHE.has(tokens[j].norm) && tokens[j + 1] && letterOf(tokens[j + 1])) {
        letters.push("'");
        j++;
        continue;
      }
      // "ch r i s t i n a": a two-letter sound said as one, opening a run of single letters.
      if (!letters.length && DIGRAPHS.has(tokens[j].norm) && tokens[j + 1] && letterOf(tokens[j + 1]) && letterOf(tokens[j + 2] ?? tokens[j])) {
        letters.push(...tokens[j].norm);
        j++;
        continue;
      }
      const lp = letterPhrase(tokens, j);
      if (!lp) break;
      // "… t i n a y el apellido es…": the Spanish "y" (and) before a clause ends the run.
      if (lp.letter === 'y' && letters.length >= 3 && CLAUSE_AFTER_AND.has(tokens[j + 1]?.norm ?? '')) break;
      letters.push(lp.letter);
      if (lp.used > 1) phrases++;
      j += lp.used;
      if (/[.;!?]/.test(tokens[j - 1].after)) break;
    }
    // "p e eñe a", "ce hache e ve a": Spanish letter names inside a run of single letters.
    const named = spanishRun(tokens, i);
    if (named && named.end > j) {
      out.push({ raw: named.word, norm: named.word, before: tokens[i].before, after: tokens[named.end - 1].after, spelled: true });
      i = named.end;
      continue;
    }
    const strong = letters.some((l) => !WORD_LETTERS.has(l) && l !== "'");
    if (letters.length >= 3 || (letters.length === 2 && strong) || phrases > 0) {
      const word = letters.join('');
      out.push({ raw: word, norm: word, before: tokens[i].before, after: tokens[j - 1].after, spelled: true });
      i = j;
      continue;
    }
    out.push(tokens[i]);
    i++;
  }
  return out;
}
