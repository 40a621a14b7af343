/**
 * Words a business name never holds, so a read that contains them has run into a sentence instead: a subject
 * pronoun or a finite first-person verb ("yo manejo las redes" — but not "escuela de manejo", "sumercé tengo una quesera"), a greeting
 * ("buenas tardes este tengo…") or a word about the details themselves ("ese es el nombre viejo",
 * "apellido primero", "…punto com todo junto", a web address read on: "studionine dot salon"). Only words written in lower case count: a capitalised one is written as a name.
 */
import type { Token } from './text.js';

const CLAUSE_WORDS = new Set(
  `yo usted ustedes nosotros nosotras tengo tienes tenemos tenia tenian tuve trabajaba trabajabamos estoy
  estamos soy somos llevo hago vendo ofrezco quiero queria busco necesito
  nombre apellido apellidos correo name's surname junto juntos pegado dot punto arroba`.split(/\s+/),
);
/** "buenas tardes", "buenos días", "buen día": a greeting, however it goes on. */
const GREETING_FIRST = new Set(['buenas', 'buenos', 'buen']);
const GREETING_TIME = new Set(['tardes', 'dias', 'noches', 'dia']);

export function readsAsClause(parts: Token[]): boolean {
  if (GREETING_FIRST.has(parts[0]?.norm ?? '') && GREETING_TIME.has(parts[1]?.norm ?? '')) return true;
  return parts.some((p) => CLAUSE_WORDS.has(p.norm) && !/^\p{Lu}/u.test(p.raw));
}

/** People a naming verb may be about: "si un cliente dice que se llama…", "someone's called…". */
const PEOPLE = new Set(
  `cliente clienta clientes alguien persona personas senor senora muchacho muchacha chavo chava customer customers client clients
  someone somebody person guy lady man woman kid`.split(/\s+/),
);

/** Whether a person is named among the few words before the naming verb at `k` ("un cliente dice que se llama"). */
export function personBefore(tokens: Token[], k: number): boolean {
  return tokens.slice(Math.max(0, k - 4), k).some((t) => PEOPLE.has(t.norm));
}

/** "katherine with a k", "con a de árbol": the letters joined after "with" describe a spelling, not a business. */
export function describesASpelling(tokens: Token[], start: number, parts: Token[]): boolean {
  return parts.length === 1 && !!parts[0].spelled && /^a\p{L}$/u.test(parts[0].norm) && ['with', 'con'].includes(tokens[start - 1]?.norm ?? '');
}

/** Words of being sent by someone: "vengo recomendado por el dueño de…", "referred by the owner of…". */
const REFERRED = new Set(['recomendado', 'recomendada', 'recomendados', 'referred', 'recommended', 'referido', 'referida', 'mandado', 'mandada']);
const SELF = new Set(['i', "i'm", 'im', 'we', "we're", 'my', 'our', 'yo', 'mi', 'nuestro', 'nuestra', 'tengo', 'tenemos', 'somos', 'soy']);

/**
 * "vengo recomendado por el dueño de café tierra": a business named after a word of referral, with no word
 * of the speaker's own between, is the referrer's.
 */
export function referrersBusiness(tokens: Token[], start: number): boolean {
  for (let k = start - 1; k >= 0 && k >= start - 8; k--) {
    if (SELF.has(tokens[k].norm)) return false;
    if (REFERRED.has(tokens[k].norm)) return true;
  }
  return false;
}

/** "…en washington, d c, somos…": two letters after a place and a pause are its state, not a business. */
export function stateAfterPlace(tokens: Token[], start: number, parts: Token[]): boolean {
  if (parts.length !== 1 || !parts[0].spelled || parts[0].norm.length !== 2) return false;
  const prev = tokens[start - 1];
  return !!prev && prev.after.includes(',') && ['en', 'in', 'de', 'from'].includes(tokens[start - 2]?.norm ?? '');
}

const ONE_WORD = [['one', 'word'], ['all', 'one', 'word'], ['todo', 'junto'], ['una', 'sola', 'palabra'], ['en', 'una', 'palabra']];

/** "the company's glowworks, one word": the speaker tells how the word is written — it is a name. */
export function saidAsOneWord(tokens: Token[], end: number): boolean {
  return ONE_WORD.some((w) => w.every((x, k) => tokens[end + k]?.norm === x));
}
