/**
 * Two given names before the surname ("ruth ann miller", "hyun woo kim", "ana karen reyes"). Said bare, a
 * three-word name splits as given + two surnames (or one surname and a middle name); the conversation often
 * says which it is, and then the second word joins the first name:
 *   - the agent calls the visitor by both words ("thanks ruth ann");
 *   - the visitor says so ("hyun woo is my first name", "mi nombre de pila es ana karen");
 *   - the visitor says both words alone, then again with the surname ("ana laura, ana laura soto");
 *   - the visitor's address groups them apart from the surname ("ana karen underscore reyes" → anakaren_reyes)
 *     or skips the second word ("claudia ivonne serrano", claudiaserrano@…);
 *   - both words were the whole answer to the name question and the agent then asked for the last name
 *     ("rosa elena" — "and your last name?" — "maldonado").
 */
import { asksOf } from './context.js';
import { FIRST_NAMES, SURNAME_WORDS } from './lexicon.js';
import { properWord } from './names.js';
import { escapeRe, fold } from './text.js';

interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

/** "hyun woo is my first name", "mis nombres son ana karen" (not the plain "mi nombre es…", said of a whole name). */
const OWN_STATEMENT = (pair: string) =>
  new RegExp(
    `\\b${pair},? (is|are) my first names?\\b|\\bmy first names? (is|are) ${pair}\\b|\\bfirst name ${pair}\\b|\\b${pair} (es mi nombre de pila|son mis nombres)\\b|\\b(mi nombre de pila es|mis nombres son) ${pair}\\b`,
  );
const words = (text: string) => fold(text).split(/[^\p{L}'-]+/u).filter(Boolean);
/** Openers before a bare name answer ("its rosa elena", "soy rosa elena"). */
const ANSWER_OPENER = /^(its|it's|im|i'm|my name is|my names|my name's|this is|soy|me llamo|mi nombre es|es)\s+/;

/** The first name with the surname's first word moved into it, or null when nothing in the talk says so. */
export function compoundGiven(first: string | null, last: string | null, turns: Turn[], email: string | null): { first: string; last: string } | null {
  if (!first || !last || first.includes(' ')) return null;
  const parts = last.split(' ');
  if (parts.length < 2 || parts[0] !== properWord(parts[0])) return null;
  const [w1, w2] = [fold(first), fold(parts[0])];
  const rest = parts.slice(1);
  const w3 = fold(rest[rest.length - 1]);
  const pair = `${escapeRe(w1)} ${escapeRe(w2)}`;
  // Called by both words ("thanks ruth ann, and…"), not the whole name read back ("dana kessler?").
  // ("¿y su correo, ana karen?": or at the end of a question, after a comma.)
  const agentSays = new RegExp(
    `(\\b(thanks|thank you|hi|hello|hey|great|perfect|ok|okay|alright|got it|nice to meet you|hola|gracias|perfecto|listo|mucho gusto|un gusto|encantad[oa]|muy bien)[\\s,]+${pair}(?![\\p{L}'-])(?! ${escapeRe(fold(rest[0]))})|, ${pair}\\s*[?.!]*\\s*$)`,
    'u',
  );
  const aloneThenWhole = new RegExp(`(?<![\\p{L}'-])${pair}[,.;] (\\p{L}+ )?${pair} ${escapeRe(fold(rest[0]))}`, 'u');
  const own = OWN_STATEMENT(pair);
  const user = turns.filter((t) => t.role === 'user').map((t) => fold(t.content ?? ''));
  const agent = turns.filter((t) => t.role === 'assistant').map((t) => fold(t.content ?? ''));
  const local = (email ?? '').split('@')[0];
  const groups = local.split(/[._-]/);
  const evidence =
    agent.some((t) => agentSays.test(t)) ||
    user.some((t) => own.test(t) || aloneThenWhole.test(t)) ||
    (groups.length > 1 && groups.includes(w1 + w2) && groups.includes(rest.map(fold).join(''))) ||
    (rest.length === 1 && local.replace(/[._-]/g, '') === w1 + w3 && !SURNAME_WORDS.has(w2));
  return evidence ? { first: `${first} ${parts[0]}`, last: rest.join(' ') } : null;
}

/**
 * "rosa elena" answered alone, the agent asks for the last name, and another word is given: both words
 * were the first name. (Known only once the surname was replaced, so it is asked of the final values.)
 */
export function pairBeforeLastName(first: string | null, last: string | null, turns: Turn[]): string | null {
  if (!first || !last || first.includes(' ')) return null;
  const w1 = fold(first);
  for (let i = 0; i + 1 < turns.length; i++) {
    if (turns[i].role !== 'user' || turns[i + 1].role !== 'assistant') continue;
    const said = words(fold(turns[i].content ?? '').replace(ANSWER_OPENER, ''));
    // (The second word a known given name: "john smith" — "last name?" — "smithers" fixes the surname instead.)
    if (said.length !== 2 || said[0] !== w1 || !FIRST_NAMES.has(said[1]) || last.split(' ').some((p) => fold(p) === said[1])) continue;
    if (asksOf(turns[i + 1].content ?? '').has('lastName')) return `${first} ${properWord(said[1])}`;
  }
  return null;
}

/**
 * "constructora alba" … "ernesto alba": a second word read as a second given name ("Alba" is one too) that
 * the visitor's business or address carries is their surname.
 */
export function surnameInBusiness(first: string | null, last: string | null, company: string | null, email: string | null): { first: string; last: string } | null {
  if (!first || last) return null;
  const parts = first.split(' ');
  if (parts.length !== 2) return null;
  const second = fold(parts[1]);
  const carried = words(company ?? '').includes(second) || (email ?? '').split('@')[1]?.split('.')[0].includes(second);
  return carried && second.length >= 3 ? { first: parts[0], last: parts[1] } : null;
}
