/**
 * What the agent says back about the visitor's name, and the visitor lets stand: "thanks derek, and your
 * last name?" after "derek at brightline hvac dot com", or "and your last name is chen?" — "yes". The agent's
 * word only counts when the visitor's own words hold it (their address, or a turn of theirs), so a name the
 * agent guessed or invented is never taken.
 */
import { COMPANY_HINTS, NON_NAME, PLACES, ROLE_WORDS } from './lexicon.js';
import { fold } from './text.js';

/** Words after which the agent addresses the visitor by name ("thanks derek", "hi soledad", "gracias ana"). */
const VOCATIVE_AFTER = /(?:^|[\s,.!¡¿])(?:thanks|thank you|hi|hello|hey|great|perfect|ok|okay|alright|got it|nice to meet you|hola|gracias|perfecto|listo|mucho gusto)[\s,]+([\p{L}'-]+)(?![\p{L}'-]|@|\.\p{L})/giu;
/** "…and your last name mark?", "best number rick": the visitor named at the very end of a question. */
const VOCATIVE_END = /\b(?:name|number|email|phone|address|business|company|correo|telefono|nombre|apellido)[\s,]+([\p{L}'-]+(?: [\p{L}'-]+)?)\s*[?.!]?\s*$/iu;
/** "¿su nombre es eduardo paz?", "so your name is dana reyes?" — the whole name proposed. */
const PROPOSED_NAME = /\b(?:your name is|your full name is|is your name|su nombre es|tu nombre es|usted es)\s+([\p{L}'-]+)\s+([\p{L}'-]+)\s*[?.!]?\s*$/iu;
/** "and your last name is chen?", "is your last name kowalski", "¿su apellido es ochoa?". */
const PROPOSED_SURNAME = /\b(?:your last name is|is your last name|your surname is|su apellido es|tu apellido es|apellido es)\s+([\p{L}'-]+)\s*[?.!]?\s*$/iu;
const YES = /^\s*(?:yes|yeah|yep|yup|correct|right|that's right|thats right|exactly|si|sí|correcto|exacto|asi es|así es|eso es)\b/iu;
const NO = /^\s*(?:no|nope|not|actually|its actually|it's actually)\b/iu;

function plausible(norm: string, agent: Set<string>): boolean {
  return norm.length >= 2 && !NON_NAME.has(norm) && !COMPANY_HINTS.has(norm) && !ROLE_WORDS.has(norm) && !PLACES.has(norm) && !agent.has(norm);
}

/** The visitor's own words (folded, whole words), and the parts of an address they gave. */
export function saidByVisitor(norm: string, userTexts: string[], email: string | null): boolean {
  const local = (email ?? '').split('@')[0].split(/[._-]/);
  if (local.includes(norm)) return true;
  return userTexts.some((t) => fold(t).split(/[^\p{L}'-]+/u).includes(norm));
}

/**
 * The given name the agent calls the visitor by in `question`, when the visitor's reply does not object and
 * their own address holds it.
 */
export function echoedGivenName(question: string, reply: string, email: string | null, agent: Set<string>): string | null {
  if (NO.test(fold(reply))) return null;
  const words = [...question.matchAll(VOCATIVE_AFTER)].map((m) => m[1]);
  const end = VOCATIVE_END.exec(question);
  if (end) words.push(end[1]);
  for (const word of words) {
    const norm = fold(word);
    // "y su apellido andrés felipe" after "andres felipe arroba…": two words, the address holds them joined.
    if (norm.includes(' ')) {
      const joined = norm.split(' ');
      if (joined.every((w) => plausible(w, agent)) && (email ?? '').split('@')[0].split(/[._-]/).includes(joined.join(''))) return word;
      continue;
    }
    if (!plausible(norm, agent)) continue;
    // Only a name the visitor's own address holds: one they merely mentioned may be someone else's
    // ("my colleague sarah told me to call" — "thanks sarah").
    if ((email ?? '').split('@')[0].split(/[._-]/).includes(norm)) return word;
  }
  return null;
}

/** The surname the agent proposes ("and your last name is chen?") when the visitor answers yes and said it. */
export function confirmedSurname(question: string, reply: string, userTexts: string[], email: string | null, agent: Set<string>): string | null {
  const m = PROPOSED_SURNAME.exec(question);
  if (!m || !YES.test(fold(reply))) return null;
  const norm = fold(m[1]);
  if (!plausible(norm, agent)) return null;
  const inAddress = (email ?? '').split('@')[0].includes(norm);
  return inAddress || saidByVisitor(norm, userTexts, null) ? m[1] : null;
}

/** The whole name the agent proposes ("¿su nombre es eduardo paz?") when the visitor answers yes and said both words. */
export function confirmedName(question: string, reply: string, userTexts: string[], email: string | null, agent: Set<string>): [string, string] | null {
  const m = PROPOSED_NAME.exec(question);
  if (!m || !YES.test(fold(reply))) return null;
  const words: [string, string] = [m[1], m[2]];
  const ok = words.every((w) => plausible(fold(w), agent) && saidByVisitor(fold(w), userTexts, email));
  return ok ? words : null;
}
