/**
 * The surnames first, then the given name, the order a form or an ID uses: "soy pérez gonzález, juan carlos",
 * "gonzález ruiz, mariana, de laboratorio…", "gonzález martínez, nombre ximena". Read this way only when the
 * agent then calls the visitor by the given name ("mucho gusto juan carlos"), which settles the order.
 */
import { FIRST_NAMES, NON_NAME } from './lexicon.js';
import { isNameWord, properSurname, properWord } from './names.js';
import { breaksAfter, fold, tokenize, type Token } from './text.js';

interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

/** Words that may open the answer before the surnames ("soy", "pues", "buenas tardes,"). */
const LEAD_INS = new Set(['soy', 'pues', 'ok', 'okay', 'bueno', 'es', 'yo', 'si', 'claro', 'mire']);
/** Labels between the surnames and the given name ("…, nombre ximena", "…, de nombre ana", "…, y ana"). */
const LABELS = [['de', 'nombre'], ['nombre'], ['y']];
const GREETING = /\b(gracias|mucho gusto|un gusto|encantad[oa]|perfecto|hola|listo|muy bien|thanks|thank you|nice to meet you|hi)[\s,]+/;

const nameWord = (t: Token | undefined) => !!t && isNameWord(t.raw) && t.norm.length >= 2 && !NON_NAME.has(t.norm);

/** The given name said after the surnames in `tokens`, with those surnames, when the agent uses it next. */
function readAt(tokens: Token[], i: number, reply: string): { first: string; last: string } | null {
  for (const k of [2, 1]) {
    const surnames = tokens.slice(i, i + k);
    if (surnames.length < k || !surnames.every(nameWord) || surnames.some((t) => FIRST_NAMES.has(t.norm))) continue;
    if (surnames.slice(0, -1).some(breaksAfter) || surnames[k - 1].after !== ',') continue;
    let g = i + k;
    const label = LABELS.find((l) => l.every((w, d) => tokens[g + d]?.norm === w));
    if (label) g += label.length;
    // One or two given names, the first a known one, then a pause, the end, or what follows ("con equis", "de…").
    for (const n of [2, 1]) {
      const given = tokens.slice(g, g + n);
      if (given.length < n || !given.every(nameWord) || !FIRST_NAMES.has(given[0].norm) || given.slice(0, -1).some(breaksAfter)) continue;
      const next = tokens[g + n];
      if (next && !breaksAfter(given[n - 1]) && !['con', 'de', 'del', 'y'].includes(next.norm)) continue;
      const called = given.map((t) => t.norm).join(' ');
      const m = GREETING.exec(fold(reply));
      if (!m || !fold(reply).slice(m.index + m[0].length).startsWith(called)) continue;
      return { first: given.map((t) => properWord(t.raw)).join(' '), last: properSurname(surnames.map((t) => t.raw)) };
    }
  }
  return null;
}

export function surnamesFirst(turns: Turn[]): { first: string; last: string } | null {
  for (let ti = 0; ti + 1 < turns.length; ti++) {
    if (turns[ti].role !== 'user' || turns[ti + 1].role !== 'assistant') continue;
    // (Cheap checks first: the agent's greeting and a comma in the answer.)
    if (!GREETING.test(fold(turns[ti + 1].content ?? '')) || !(turns[ti].content ?? '').includes(',')) continue;
    const tokens = tokenize(turns[ti].content ?? '');
    for (let i = 0; i < tokens.length; i++) {
      // The surnames open the answer or follow a pause or a lead-in word.
      if (i > 0 && !breaksAfter(tokens[i - 1]) && !LEAD_INS.has(tokens[i - 1].norm)) continue;
      const found = readAt(tokens, i, turns[ti + 1].content ?? '');
      if (found) return found;
    }
  }
  return null;
}
