/**
 * Someone speaking for someone else: "I'm calling for my boss, Renata Kohl. Her email is…", "llamo de parte
 * de mi jefe, Arturo Lince. Su correo es…". The lead is the person spoken for, so their name is the lead's
 * and "her / his / su" details are theirs. Without such a cue, a third person's details stay out.
 */
import { COMPANY_HINTS, FIRST_NAMES } from './lexicon.js';
import { readNameAt } from './person.js';
import { joinSpelled } from './spelling.js';
import { breaksAfter, fold, tokenize, type Token } from './text.js';

const tokenizeForProxy = (content: string) => joinSpelled(tokenize(content ?? ''));

const CUES: string[][] = [
  ['calling', 'for'], ['calling', 'on', 'behalf', 'of'], ['on', 'behalf', 'of'], ['writing', 'for'], ['reaching', 'out', 'for'],
  ['assistant', 'to'], ['assistant', 'for'], ['secretary', 'to'], ['set', 'this', 'up', 'for'], ['setting', 'this', 'up', 'for'],
  ['de', 'parte', 'de'], ['de', 'parte', 'del'], ['en', 'nombre', 'de'], ['en', 'nombre', 'del'], ['asistente', 'de'], ['asistente', 'del'], ['secretaria', 'de'], ['secretaria', 'del'],
  ['llamo', 'por'], ['escribo', 'por'], ['por', 'parte', 'de'], ['por', 'parte', 'del'],
  // The speaker's job for someone: "i'm the office manager for dr. lena marsh" (a role or a title must follow).
  ['manager', 'for'], ['receptionist', 'for'], ['coordinator', 'for'], ['scheduler', 'for'], ['recepcionista', 'de'], ['recepcionista', 'del'],
  // "a demo for my boss, marianne kessler": only with a role after it (checked below).
  ['for', 'my'], ['para', 'mi'],
  ['scheduling', 'for'], ['schedule', 'for'], ['booking', 'for'], ['work', 'for'], ['trabajo', 'para'], ['hablo', 'por'],
  // "but book it for dr patel, anjali patel", "the call would be with the partner, rachel harmon" (a role or title must follow).
  ['book', 'it', 'for'], ['book', 'for'], ['call', 'would', 'be', 'with'], ['meeting', 'would', 'be', 'with'],
];
const DETERMINERS = new Set(['my', 'mi', 'the', 'la', 'el', 'our', 'nuestro', 'nuestra']);
const BUSINESS_NOUNS = new Set(['negocio', 'empresa', 'compania', 'tienda', 'local', 'business', 'company', 'shop', 'store', 'place', 'firm']);
const JOB_CUES = new Set(['manager', 'receptionist', 'coordinator', 'scheduler', 'recepcionista']);
/** Who the principal is to the speaker; one of these (or a title) must come before the name. */
const ROLES = new Set([
  'boss', 'manager', 'client', 'employer', 'director', 'owner', 'jefe', 'jefa', 'cliente', 'directora', 'dueno', 'duena', 'patron', 'patrona', 'gerente', 'partner', 'socio', 'socia',
  // Family acting for one another ("calling for my wife…", "llamo por mi papá…").
  'wife', 'husband', 'dad', 'father', 'mom', 'mother', 'son', 'daughter', 'brother', 'sister', 'esposa', 'esposo', 'mama', 'papa', 'hijo', 'hija', 'hermano', 'hermana',
  'grandmother', 'grandma', 'grandfather', 'grandpa', 'aunt', 'uncle', 'abuela', 'abuelo', 'tia', 'tio', 'suegra', 'suegro',
]);
const TITLES = new Set(['arquitecto', 'arquitecta', 'dr', 'doctor', 'doctora', 'mr', 'mrs', 'ms', 'senor', 'senora', 'sr', 'sra', 'lic', 'licenciado', 'licenciada', 'ingeniero', 'ingeniera', 'don', 'dona']);
const FILLER = new Set(['my', 'our', 'mi', 'nuestro', 'nuestra', 'the', 'el', 'la']);
/** "calling for my husband, his name is Gordon Pike" / "llamo por mi mamá, se llama Ofelia Campos". */
const NAMED: string[][] = [
  ['his', 'name', 'is'], ['her', 'name', 'is'], ['their', 'name', 'is'], ['his', "name's"], ['her', "name's"], ['whose', 'name', 'is'],
  ['named'], ['called'], ['se', 'llama'], ['que', 'se', 'llama'], ['su', 'nombre', 'es'], ['el', 'nombre', 'es'],
];

/** "my husband asked me to call": the role comes first, then this. */
const ASKED_ME: string[][] = [['asked', 'me', 'to', 'call'], ['asked', 'me', 'to', 'reach', 'out'], ['asked', 'me', 'to', 'get', 'in', 'touch'], ['asked', 'me', 'to', 'contact'], ['wanted', 'me', 'to', 'call'], ['wants', 'me', 'to', 'call'], ['me', 'pidio', 'que', 'llamara'], ['me', 'pidio', 'que', 'les', 'llamara'], ['me', 'pidio', 'que', 'hablara'], ['me', 'pidio', 'que', 'escribiera']];

export interface Principal {
  words: string[];
  start: number;
  end: number;
}

function matchAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

export function findPrincipal(tokens: Token[], lang: string): Principal | null {
  return (
    principalBeforeAsk(tokens, lang) ??
    principalAfterCue(tokens, lang) ??
    principalNamedLater(tokens, lang) ??
    principalByRole(tokens, lang) ??
    principalOwning(tokens) ??
    principalOfHelper(tokens, lang)
  );
}

/** The speaker says they assist at a place ("soy la secretaria de la clínica", "i'm the receptionist at…"). */
const HELPER_SELF = /\b(soy|i'm|im|i am) (la |el |the )?(secretaria|secretario|asistente|recepcionista|secretary|assistant|receptionist|front desk)\b/;

/**
 * "yo soy la secretaria de la clínica, el doctor julio cárdenas quiere la evaluación": a helper, then a
 * person named whole with a title in the same turn — the one the helper acts for.
 */
const HELPER_WORDS = new Set(['secretaria', 'secretario', 'asistente', 'recepcionista', 'secretary', 'assistant', 'receptionist', 'desk']);

function principalOfHelper(tokens: Token[], lang: string): Principal | null {
  // (A word test first: the phrase is joined only in the rare turn that has one.)
  if (!tokens.some((t) => HELPER_WORDS.has(t.norm)) || !HELPER_SELF.test(tokens.map((t) => t.norm).join(' '))) return null;
  for (let i = 0; i + 1 < tokens.length; i++) {
    if (!TITLES.has(tokens[i].norm.replace(/\./g, ''))) continue;
    const read = readNameAt(tokens, i + 1, lang);
    if (read && read.words.length >= 2 && read.words.length <= 4 && !read.words.some((w) => COMPANY_HINTS.has(fold(w)))) return { words: read.words, start: i + 1, end: read.end };
  }
  return null;
}

/** Roles someone holds for a person named before them with a possessive. */
const HELPERS = new Set(['assistant', 'secretary', 'receptionist', 'scheduler', 'pa', 'office']);

/** "i'm alan reyes's assistant": the person whose assistant the speaker is. */
function principalOwning(tokens: Token[]): Principal | null {
  for (let i = 1; i + 1 < tokens.length; i++) {
    const t = tokens[i];
    if (!/'s?$/.test(t.raw) || !/s'?$/i.test(t.raw) || !HELPERS.has(tokens[i + 1].norm)) continue;
    const last = t.raw.replace(/'s?$/i, '');
    const first = tokens[i - 1];
    if (!/^\p{L}[\p{L}-]+$/u.test(last) || !first || !/^\p{L}[\p{L}'-]+$/u.test(first.raw) || breaksAfter(first) || ['my', 'the', 'his', 'her', "i'm", 'im', 'am'].includes(first.norm)) continue;
    return { words: [first.raw, last], start: i - 1, end: i + 1 };
  }
  return null;
}

/** Telling the speaker about the business: a referral, not someone the speaker acts for. */
const REFERRAL = /\b(?:told me about|recommended|referred|sent me|me recomendo|me hablo de|me conto de|me platico de|me paso su)\b/;

/** Third-person naming phrases only ("her name is", "se llama"), for a principal named apart from the role. */
const NAMED_THIRD = NAMED.filter((w) => !['named', 'called', 'el'].includes(w[0]));

/**
 * "i'm reaching out for my wife, she has a boutique…, her name is laura bennett", "the franchise owner is the
 * one who signs, her name is denise carter", "le hablo por mi mamá, … se llama rosario medina": a role said
 * earlier in the turn, then the person named in the third person.
 */
function principalNamedLater(tokens: Token[], lang: string): Principal | null {
  // "soy la dueña": the speaker's own role names no one else.
  const ownRole = (i: number) => ['soy', "i'm", 'im', 'am'].includes(tokens[i - 2]?.norm ?? '');
  // "the owner", "the franchise owner", "mi mamá": a determiner before the role, perhaps with a word between.
  const determined = (i: number) => [tokens[i - 1], tokens[i - 2]].some((t) => t && DETERMINERS.has(t.norm));
  const role = tokens.findIndex((t, i) => ROLES.has(t.norm) && determined(i) && !ownRole(i));
  if (role < 0) return null;
  // "my brother in law told me about you guys, his name is victor hale": whoever referred the speaker.
  if (REFERRAL.test(tokens.slice(role + 1).map((t) => t.norm).join(' '))) return null;
  // "mi nombre es carlos, a mi hermano también le dicen carlos pero se llama juan carlos": a relative compared
  // with the speaker ("también", "too"), not someone the speaker acts for.
  if (tokens.slice(role + 1, role + 3).some((t) => ['tambien', 'also', 'too'].includes(t.norm))) return null;
  // "i run it with my partner, her name is…": someone the speaker works beside, not for.
  if (['with', 'con'].includes(tokens[role - 2]?.norm ?? '')) return null;
  for (let k = role + 1; k < tokens.length; k++) {
    const named = NAMED_THIRD.filter((w) => matchAt(tokens, k, w)).sort((x, y) => y.length - x.length)[0];
    // "el negocio se llama…", "the shop's name is…": a business named, not a person.
    const before = tokens[k - 1];
    if (!named || (before && !breaksAfter(before) && (BUSINESS_NOUNS.has(before.norm) || COMPANY_HINTS.has(before.norm)))) continue;
    const read = readNameAt(tokens, k + named.length, lang);
    // Named in full: "my daughter set up our website, her name is Emily" mentions a relative, it books nothing.
    if (!read || read.words.length < 2 || read.words.some((w) => COMPANY_HINTS.has(fold(w)))) continue;
    return { words: read.words, start: k + named.length, end: read.end };
  }
  return null;
}

/** Roles that make someone the decision maker: "la dueña es la doctora inés calderón". */
const OWNERS = new Set(['owner', 'boss', 'dueno', 'duena', 'jefe', 'jefa', 'director', 'directora', 'patron', 'patrona']);
const IS = new Set(['is', 'es', "owner's"]);

/** "el que decide es…", "la que necesita esto es…", "the one who signs is…": who the decision maker is. */
const DECIDER: string[][] = [['el', 'que'], ['la', 'que'], ['quien'], ['the', 'one', 'who'], ['the', 'person', 'who'], ['the', 'decision', 'maker']];

/** Where the name after "the owner is" / "el que decide es" starts, or -1. */
function afterRoleIs(tokens: Token[], i: number): number {
  if (OWNERS.has(tokens[i].norm) && i > 0 && ['the', 'la', 'el', 'my', 'mi', 'our'].includes(tokens[i - 1].norm) && IS.has(tokens[i + 1]?.norm ?? '')) return i + 2;
  const cue = DECIDER.find((w) => matchAt(tokens, i, w));
  if (!cue) return -1;
  // Up to four words of what they do, then "es" / "is".
  for (let k = i + cue.length; k < tokens.length && k <= i + cue.length + 4; k++) {
    if (IS.has(tokens[k].norm)) return k + 1;
    if (breaksAfter(tokens[k])) return -1;
  }
  return -1;
}

function principalByRole(tokens: Token[], lang: string): Principal | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    let k = afterRoleIs(tokens, i);
    if (k < 0) continue;
    while (tokens[k] && (FILLER.has(tokens[k].norm) || TITLES.has(tokens[k].norm.replace(/\./g, '')))) k++;
    const titled = k > i + 2 && TITLES.has(tokens[k - 1].norm.replace(/\./g, ''));
    const read = tokens[k] ? readNameAt(tokens, k, lang) : null;
    // A title or a whole name: "the owner is great" / "la dueña es muy amable" name nobody.
    if (!read || (!titled && read.words.length < 2) || read.words.some((w) => COMPANY_HINTS.has(fold(w)))) continue;
    return { words: read.words, start: k, end: read.end };
  }
  return null;
}

/** "my boss, terrence vail, asked me to reach out": the role, the name between commas, then the request. */
function principalBeforeAsk(tokens: Token[], lang: string): Principal | null {
  for (let i = 0; i + 2 < tokens.length; i++) {
    if (!['my', 'mi'].includes(tokens[i].norm) || !ROLES.has(tokens[i + 1].norm) || tokens[i + 1].after !== ',') continue;
    const read = readNameAt(tokens, i + 2, lang);
    // "mi mamá, graciela ochoa, tiene el restaurante y me pidió que llamara": the request may come later on.
    const asked = read && tokens.slice(read.end, read.end + 10).some((_, d) => ASKED_ME.some((w) => matchAt(tokens, read.end + d, w)));
    if (read && read.words.length >= 2 && asked) return { words: read.words, start: i + 2, end: read.end };
  }
  return null;
}

/** ("…for dr lena whitman at whitman dermatology": a preposition before the trade word starts another phrase.) */
const PREPOSITIONS = new Set(['at', 'from', 'with', 'of', 'in', 'for', 'de', 'del', 'en', 'con', 'para']);

function principalAfterCue(tokens: Token[], lang: string): Principal | null {
  for (let i = 0; i < tokens.length; i++) {
    const askedBy = ['my', 'mi'].includes(tokens[i].norm) && ROLES.has(tokens[i + 1]?.norm ?? '') && ASKED_ME.some((w) => matchAt(tokens, i + 2, w));
    const cue = askedBy ? ['my'] : CUES.find((w) => matchAt(tokens, i, w));
    if (!cue) continue;
    let k = i + cue.length;
    // "assistant to …", "de parte de …": the cue itself says the name that follows is someone else's.
    // "for my …" needs the role itself; the filler loop below sees it.
    if (cue[0] === 'for' || cue[0] === 'para') k = i + 1;
    if (askedBy) k = i;
    let introduced = cue.some((w) => ['assistant', 'secretary', 'asistente', 'secretaria', 'behalf', 'parte'].includes(w));
    while (tokens[k]) {
      const norm = tokens[k].norm.replace(/\./g, '');
      // "for my boss actually, doctor…", "our executive director, …": an aside, or a word qualifying the role.
      const aside = norm === 'actually' || (!breaksAfter(tokens[k]) && ROLES.has(tokens[k + 1]?.norm ?? '') && !ROLES.has(norm));
      // "él" (he) is no article: "llamo por mi papá, él tiene un taller…".
      if (!(FILLER.has(norm) || ROLES.has(norm) || TITLES.has(norm) || aside) || tokens[k].raw.toLowerCase() === 'él') break;
      if (ROLES.has(norm) || TITLES.has(norm)) introduced = true;
      k++;
    }
    if (!introduced || !tokens[k]) continue;
    // "my boss, marianne kessler" / "my husband asked me to call, his name's …".
    if (ASKED_ME.some((w) => matchAt(tokens, k, w))) k += ASKED_ME.find((w) => matchAt(tokens, k, w))!.length;
    // "for my client, a dentist named dr. omar siddiqui": a few words about them, then "named".
    const about = [1, 2, 3].find((d) => ['named', 'called', 'llamado', 'llamada'].includes(tokens[k + d]?.norm ?? '') && !tokens.slice(k, k + d).some((t) => breaksAfter(t)));
    if (about !== undefined) k += about;
    const named = NAMED.filter((w) => matchAt(tokens, k, w)).sort((x, y) => y.length - x.length)[0];
    if (named) k += named.length;
    if (!tokens[k]) continue;
    const read = readNameAt(tokens, k, lang);
    // "on behalf of Greenway Property Management": a business, not a person.
    // ("…of silver lining home care": a trade word a few words on, in the same phrase.)
    const tradeAhead = !!read && [0, 1, 2].some((d) => COMPANY_HINTS.has(tokens[read.end + d]?.norm ?? '') && !tokens.slice(read.end - 1, read.end + d).some((t, k) => breaksAfter(t) || (k > 0 && PREPOSITIONS.has(t.norm))));
    if (!read || tradeAhead || read.words.some((w) => COMPANY_HINTS.has(fold(w)))) continue;
    // "the office manager for Dr. Reyes, we're Reyes Pediatrics" names the practice she works at; booking for
    // someone is said with their whole name.
    if (JOB_CUES.has(cue[0]) && read.words.length < 2) continue;
    return { words: read.words, start: k, end: read.end };
  }
  return null;
}

const SELF_INTRO = /\b(?:i'm|im|i am|my name is|my name's|my names|this is|me llamo|soy|yo soy|mi nombre es|le habla|habla)\s*$/;
const ASKS_THE_SPEAKER = /\b(?:your|you|tu|usted)\b/;

/**
 * Once the visitor has said whom they speak for, a name they give for themselves ("i'm brianna, his
 * assistant", or answering "and your name?") is the speaker's, not the lead's.
 */
export function isSpeakersOwnName(prefix: string, question: string | undefined): boolean {
  if (SELF_INTRO.test(prefix)) return true;
  const q = (question ?? '').toLowerCase();
  return /\bname\b|\bnombre\b|\bllama/.test(q) && ASKS_THE_SPEAKER.test(q) && !/\b(?:his|her|their|boss|client|su jef|del cliente)\b/.test(q);
}

/** The assistant asks for the name of the person the visitor speaks for ("What's your boss's name?"). */
const ES_ROLES = 'jefe|jefa|esposo|esposa|mama|papa|cliente|duena|dueno|doctora?|licenciad[oa]|abuel[oa]|ti[oa]|suegr[oa]|herman[oa]|hij[oa]|gerente|director[a]?|encargad[oa]|abogad[oa]|contador[a]?|ingenier[oa]|doctor';
// ("whats dr lees full name": a title and a surname, possessive with or without the apostrophe.)
const ASKS_THEIR_NAME = new RegExp(
  `\\b(his|her|their)( full)? name\\b|\\b(boss|owner|manager|client|husband|wife|mom|dad|mother|father|son|daughter|grandmother|grandma|grandfather|grandpa|aunt|uncle|doctor|dentist|director|principal|pastor|partner|supervisor|employer|attorney|lawyer)('s)? (full )?name\\b|\\b(dr|doctor|mr|mrs|ms)\\.? [a-z]+'?s (full )?name\\b|\\bnombre (completo )?(del|de (su|tu|la|el)) (${ES_ROLES})\\b|\\bcomo se llama (su|tu|la|el) (${ES_ROLES})\\b`,
);
/** "who should we follow up with?": answered in the third person ("her name is…"), the person spoken for. */
const ASKS_WHO_TO_CONTACT = /\bwho (should|do) (we|i) (follow up with|contact|call|ask for|reach out to|speak to|talk to)\b|\bcon quien (nos comunicamos|hablamos|damos seguimiento)\b/;
const THIRD_PERSON_OPENERS = new Set(['his', 'her', 'their', 'se', 'su']);
const ANSWER_OPENERS = new Set(['his', 'her', 'their', 'name', 'is', "name's", 'its', "it's", 'se', 'llama', 'su', 'nombre', 'es', 'that', 'thats', "that's", 'would', 'be', "that'd"]);

/** "his name is curtis ward" answering "What's your boss's name?": the person spoken for, named in full. */
export function principalAnswer(tokens: Token[], question: string | undefined, lang: string): Principal | null {
  if (!question) return null;
  const third = ASKS_WHO_TO_CONTACT.test(fold(question)) && THIRD_PERSON_OPENERS.has(tokens[0]?.norm ?? '');
  if (!ASKS_THEIR_NAME.test(fold(question)) && !third) return null;
  let k = 0;
  while (tokens[k] && (ANSWER_OPENERS.has(tokens[k].norm) || FILLER.has(tokens[k].norm) || ROLES.has(tokens[k].norm) || TITLES.has(tokens[k].norm.replace(/\./g, '')))) k++;
  const read = tokens[k] ? readNameAt(tokens, k, lang) : null;
  // Asked for a person's name, a given name that is also a trade word ("luz marina ocampo") is still a name.
  const trade = (w: string, i: number) => COMPANY_HINTS.has(fold(w)) && !(i < read!.words.length - 1 && FIRST_NAMES.has(fold(w)));
  if (!read || read.words.length < 2 || read.words.some(trade)) return null;
  return { words: read.words, start: k, end: read.end };
}

/** "her email is…" said for the principal reads as "my email is…" for the ownership check. */
export function asPrincipals(prefix: string): string {
  // "calling for my wife helen… she owns…": the principal's role is no third party here.
  return prefix.replace(new RegExp(`\\b(my|mi) (${[...ROLES].join('|')})\\b`, 'g'), 'my').replace(/\b(her|his|their|su|sus|him|he|she|el|ella)\b/g, 'my');
}

/**
 * A note for the lead when its details were given by someone acting for them (for the CRM's notes), in the
 * conversation's language; null when the visitor spoke for themselves.
 */
export function proxyNote(turns: { role: 'user' | 'assistant'; content: string }[], lang: 'en' | 'es' = 'en'): string | null {
  const said = turns.some((t) => t.role === 'user' && findPrincipal(tokenizeForProxy(t.content), lang));
  if (!said) return null;
  return lang === 'es' ? 'Datos dados en su nombre por otra persona (asistente o colega) en el chat.' : 'Details given on their behalf by someone else (an assistant or colleague) in the chat.';
}
