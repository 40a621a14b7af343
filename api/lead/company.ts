/**
 * The visitor's company name: after an opener ("my company is called", "I work at", "mi empresa se llama",
 * "trabajo en"), after a name ("this is Dana from Acme"), or as a bare answer to "what's your company
 * called?". A generic description ("a bakery", "my own business", "a small team") is not a name.
 * The name is reported as said; an all-lower-case transcript is title-cased, acronyms and legal suffixes
 * ("HVAC", "LLC") upper-cased.
 */
import type { Ask } from './context.js';
import { ACKS, ACRONYMS, FIRST_NAMES, NON_NAME, COMPANY_HINTS, COMPANY_JOIN_TAIL, COMPANY_STOP, GENERIC_WORDS, LEGAL_SUFFIX, PLACES, ROLE_WORDS } from './lexicon.js';
import { isDigitWord } from './numbers.js';
import type { Span } from './email.js';
import { formatCompany, JOINERS, suffixKey } from './company-format.js';
import { describesASpelling, personBefore, readsAsClause, referrersBusiness, saidAsOneWord, stateAfterPlace } from './company-clause.js';
import { nameAfterDescription } from './company-described.js';
import { kindWithTail, tradeWordsAlone } from './company-kind.js';
import { capitalisedBusiness, cutToCapitals } from './company-capitals.js';
import { articleLedAnswer, belongingName, nameAfterKind, placeOfTrouble, tradeEndedAnswer, wholeAnswerName } from './company-cue.js';
import { breaksAfter, byFirstWord, casingIsInformative, endsSentence, type Token } from './text.js';

export { formatCompany };

/** strong: the words can only be a name ("is called"); medium: usually one ("I work at"); weak: only if it looks like one ("we're"). */
export type Strength = 'strong' | 'medium' | 'weak';

const NOUN = ['company', 'business', 'firm', 'shop', 'outfit', 'agency', 'practice', 'store', 'brand', 'llc', 'nonprofit', 'organization'];
const VENUES = ['place', 'bakery', 'studio', 'clinic', 'salon', 'restaurant', 'cafe', 'gym', 'spa', 'office', 'practice', 'school', 'team', 'crew', 'brand', 'label', 'hotel', 'inn', 'bar', 'farm', 'ranch', 'winery', 'vineyard'];
/** Openers that also begin ordinary sentences ("the clinic is open", "i run payroll"). */
const LOOSE = new Set([...VENUES.flatMap((n) => [`the ${n} is`, `my ${n} is`, `our ${n} is`]), 'i run', 'i own', ...['company', 'business', 'firm', 'shop', 'outfit', 'agency', 'practice', 'store', 'brand'].map((n) => `${n} is`)]);
const NOUN_ES = ['empresa', 'negocio', 'compania', 'constructora', 'tienda', 'taller', 'firma', 'agencia'];

const INTROS: [string[], Strength][] = [
  // "there's a bunch of those, ours is crystal clear window washing llc": theirs set against another.
  [['ours', 'is'], 'weak'], [['el', 'nuestro', 'es'], 'weak'], [['la', 'nuestra', 'es'], 'weak'],
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
    // "name is tony russo, business is russo and daughters deli": loose (see LOOSE), "business is slow" is no name.
    [[n, 'is'], 'medium'],
    // "the company's Kowalczyk Concrete" ("company is"); weak, since "my company's website…" is not a name.
    [[`${n}'s`], 'weak'],
  ]),
  ...NOUN_ES.flatMap((n): [string[], Strength][] => [
    [[n, 'se', 'llama'], 'strong'],
    [[n, 'que', 'se', 'llama'], 'strong'],
    [[n, 'llamada'], 'strong'],
    [[n, 'llamado'], 'strong'],
    [['nombre', 'de', 'mi', n, 'es'], 'strong'],
    [['nombre', 'de', 'la', n, 'es'], 'strong'],
    [['nombre', 'del', n, 'es'], 'strong'],
    [[n, 'de', 'mi', 'familia', 'se', 'llama'], 'strong'],
    [['mi', n, 'es'], 'medium'],
    [['nuestra', n, 'es'], 'medium'],
    [['nuestro', n, 'es'], 'medium'],
    [['la', n, 'es'], 'medium'],
    [['el', n, 'es'], 'medium'],
    [['de', 'la', n], 'medium'],
  ]),
  // "the bakery is Sugar Loaf Pastries", "our clinic is called…": a kind of business, then its name.
  ...VENUES.flatMap((n): [string[], Strength][] => [
    [['the', n, 'is'], 'medium'],
    [['my', n, 'is'], 'medium'],
    [['our', n, 'is'], 'medium'],
    [[n, 'is', 'called'], 'strong'],
    [[n, 'called'], 'strong'],
  ]),
  [["we're", 'called'], 'strong'],
  [['we', 'are', 'called'], 'strong'],
  // Medium: "we go by the hour" is no name.
  [['we', 'go', 'by'], 'medium'],
  // "i own two gyms, but the one im calling about is iron forge strength"
  [['calling', 'about', 'is'], 'medium'],
  // "we do business as…", "doing business as…", "d b a…": the trade name.
  [['business', 'as'], 'medium'],
  [['dba'], 'medium'],
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
  // "i own fieldstone masonry": in a lower-case transcript nothing else says it is a name.
  [['i', 'own'], 'medium'],
  [['i', 'represent'], 'weak'],
  [['we', 'represent'], 'weak'],
  [['i', 'run'], 'medium'],
  // The person spoken for (proxy.ts): "she owns achterberg tailoring".
  [['she', 'owns'], 'medium'],
  [['he', 'owns'], 'medium'],
  [['she', 'runs'], 'medium'],
  [['he', 'runs'], 'medium'],
  [['they', 'own'], 'weak'],
  [['they', 'run'], 'weak'],
  [['ellos', 'tienen'], 'weak'],
  [['ella', 'tiene'], 'weak'],
  [['administro'], 'medium'],
  [['a', 'cargo', 'de'], 'weak'],
  [['a', 'cargo', 'del'], 'weak'],
  [['hablo', 'del'], 'medium'],
  [['i', 'manage'], 'weak'],
  [['i', 'operate'], 'weak'],
  [['i', 'co-own'], 'weak'],
  [['co-own'], 'weak'],
  [['co-owner', 'of'], 'medium'],
  [['co-founder', 'of'], 'medium'],
  [['partner', 'at'], 'medium'],
  [['calling', 'for'], 'weak'],
  [['calling', 'on', 'behalf', 'of'], 'medium'],
  [['on', 'behalf', 'of'], 'weak'],
  [['we', 'own'], 'weak'],
  [['we', 'run'], 'medium'],
  [['one', 'is', 'called'], 'medium'],
  [['estoy', 'en'], 'weak'],
  [["we're"], 'weak'],
  [['we', 'are'], 'weak'],
  [['calling', 'from'], 'medium'],
  [['reaching', 'out', 'from'], 'medium'],
  [['writing', 'from'], 'medium'],
  [['razon', 'social', 'es'], 'strong'],
  [['razon', 'social'], 'medium'],
  ...['freelance', 'work', 'business', 'operate', 'trade'].map((v): [string[], Strength] => [[v, 'under', 'the', 'name'], 'medium']),
  [['bajo', 'el', 'nombre', 'de'], 'strong'],
  [['con', 'el', 'nombre', 'de'], 'medium'],
  // "this is for juniper hill farm": only a business-like phrase ("this is for my house" is not one).
  [['this', 'is', 'for'], 'weak'],
  [["it's", 'for'], 'weak'],
  [['its', 'for'], 'weak'],
  [['trabajo', 'en'], 'medium'],
  [['trabajo', 'para'], 'medium'],
  [['dueno', 'de'], 'medium'],
  [['duena', 'de'], 'medium'],
  [['propietario', 'de'], 'medium'],
  [['propietaria', 'de'], 'medium'],
  [['gerente', 'de'], 'weak'],
  [['represento', 'a'], 'medium'],
  [['llamo', 'de'], 'medium'],
  [['de', 'parte', 'de'], 'medium'],
  [['escribo', 'del'], 'medium'],
  [['escribo', 'de', 'la'], 'medium'],
  [['llamo', 'del'], 'medium'],
  [['llamo', 'de', 'la'], 'medium'],
  [['en', 'nombre', 'de'], 'medium'],
  [['hablo', 'de'], 'weak'],
  [['somos'], 'weak'],
  [['nosotros', 'somos'], 'weak'],
  [['soy', 'de'], 'weak'],
  [['somos', 'de'], 'weak'],
  [['vengo', 'de'], 'weak'],
];

/** Adverbs that may sit inside an opener without changing it ("we're just called…", "se llama simplemente…"). */
const INNER_ADVERBS = new Set(['over', 'just', 'simply', 'actually', 'basically', 'officially', 'now', 'really', 'literally', 'solo', 'simplemente', 'ahora']);

/** Openers of a role ("I'm a broker at…", "soy la gerente de…"): the company follows the preposition. */
const SELF = [["i'm"], ['im'], ['i', 'am'], ['soy'], ['yo', 'soy'], ['this', 'is']];
const ROLE_ARTICLES = new Set(['a', 'an', 'the', 'un', 'una', 'el', 'la']);
const ROLE_PREPS = new Set(['with', 'at', 'for', 'en', 'con', 'para', 'de', 'del']);
/** Personal titles: "manager for Dr. Reyes" names a person, not a company. */
const PERSON_TITLES = new Set(['dr', 'mr', 'mrs', 'ms', 'dra', 'sr', 'sra', 'srta', 'don', 'dona', 'doctor', 'doctora', 'licenciado', 'licenciada', 'lic', 'ingeniero', 'ingeniera', 'ing', 'senor', 'senora', 'senorita', 'mister', 'miss', 'pastor', 'maestra', 'maestro']);
/** "los hermanos villarreal", "the smith brothers": people, when an article leads. */
const PEOPLE_GROUPS = new Set(['hermanos', 'hermanas', 'hijos', 'senores', 'doctores', 'brothers', 'sisters']);

/** Whether a read opens with an article and a plain noun, and a business-like "de/of …" follows inside it. */
function departmentFirst(tokens: Token[], found: Span<string>): boolean {
  const words = tokens.slice(found.start, found.end).map((t) => t.norm);
  if (!['la', 'el', 'the'].includes(words[0]) || COMPANY_HINTS.has(words[1] ?? '')) return false;
  const k = words.findIndex((w, n) => n > 1 && ['de', 'del', 'of'].includes(w));
  return k > 0 && isBusinessLike(words.slice(k + 1));
}

/**
 * "i'm a realtor with keller williams": after a job title and its preposition, two or more plain words are
 * the employer's name even with no trade word — but not a description ("…with twenty years", "…with my
 * brother", "…for buyers mostly").
 */
function namedAfterRole(tokens: Token[], start: number): Span<string> | null {
  // With informative capitals the weak read already takes a capitalised name; a lower-case one is no name.
  if (casingIsInformative(tokens) && tokens.some((t, k) => k > 0 && /^\p{Lu}/u.test(t.raw) && t.norm !== 'i')) return null;
  const found = readCompany(tokens, start, 'medium');
  if (!found || found.end - found.start < 2 || departmentFirst(tokens, found)) return null;
  const norms = tokens.slice(found.start, found.end).map((t) => t.norm);
  // "…del licenciado mauricio tello", "…for john reyes": a person, not a business.
  const person = FIRST_NAMES.has(norms[0]) || PERSON_TITLES.has(suffixKey(norms[0]));
  const described = norms.some((n) => (GENERIC_WORDS.has(n) && !COMPANY_HINTS.has(n)) || /ly$/.test(n) || isDigitWord(n) || ROLE_WORDS.has(n));
  if (person) return null;
  return described ? null : found;
}

/** Openers of a bare answer to "what's your company called?". */
const BARE_OPENERS: string[][] = [
  ['company', 'name'], ['business', 'name'], ["it's", 'called'], ['its', 'called'], ['it', 'is', 'called'], ["it's"], ['its'], ['it', 'is'], ["we're", 'called'],
  ["we're"], ['we', 'are'], ['the', 'company', 'is'], ['the', 'name', 'is'], ['the', "name's"], ['called'],
  ['se', 'llama'], ['es'], ['somos'], ['la', 'empresa', 'se', 'llama'], ['mi', 'empresa', 'se', 'llama'],
  ['mi', 'empresa', 'es'], ['the', 'business', 'is', 'called'], ["company's", 'called'], ['my', 'company', 'is'],
  // "from Acme" / "de una pequeña empresa…": the preposition is not part of the answer.
  ['from'], ['with'], ['at'], ['for'], ['de'], ['del'], ['para'], ['en'],
  // "soy de agrícola santa fe", "i'm with X" answering "¿de qué empresa?" / "who are you with?"
  ['soy', 'de'], ['soy', 'del'], ['somos', 'de'], ['somos', 'del'], ['vengo', 'de'], ['le', 'hablo', 'de'], ['hablo', 'de'], ["i'm", 'with'], ["i'm", 'from'], ['im', 'with'], ['im', 'from'], ['i', 'am', 'with'], ['i', 'am', 'from'],
];

const GENERIC_START = new Set(
  `a an una un unos unas my mi mis our nuestra nuestro your tu his her their su sus some one this that
  myself yourself you them him us it me nobody none nothing no own just home night self-employed
  i we tengo tenemos have has got soy somos es that's thats there's theres hay parte antes before formerly
  its it's still yet already probably maybe not todavia aun tampoco
  he she they he's she's they're ella ellos ellas eso esto aquello lo le les se nos te apenas tal luego ahorita despues
  id ill i'd i'll i've ive prefiero prefer rather quizas quiza primero digame dime tell let nada ninguno ninguna same mismo misma
  nomas namas solamente well like similar doesn't doesnt not`.split(/\s+/),
);

const isWordish = (raw: string) => /^[\p{L}\p{N}&'./-]+$/u.test(raw);

function matchAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

/** Where an opener matched at `i` ends, allowing adverbs between its words; -1 when it does not match. */
function openerEnd(tokens: Token[], i: number, words: string[]): number {
  if (tokens[i]?.norm !== words[0]) return -1;
  let j = i + 1;
  for (const w of words.slice(1)) {
    while (tokens[j] && INNER_ADVERBS.has(tokens[j].norm) && tokens[j].norm !== w) j++;
    if (tokens[j]?.norm !== w) return -1;
    j++;
  }
  return j;
}

/** "Acme, Inc." / "Luna y Sol, S.A. de C.V.": a comma before a legal suffix does not end the name. */
function suffixFollows(t: Token, next: Token | undefined): boolean {
  return !!next && /,/.test(t.after) && !/[.;!?]/.test(t.after) && suffixKey(next.norm) in LEGAL_SUFFIX;
}

/** "…del centro s. de r.l.": the dot of a suffix's first letter does not end the name. */
function suffixLetterAt(tokens: Token[], j: number): boolean {
  return tokens[j]?.norm === 's' && tokens[j + 1]?.norm === 'de' && suffixKey(tokens[j + 2]?.norm ?? '') in LEGAL_SUFFIX;
}

/** A legal suffix (perhaps "de" and another) from `j` on: "s a de c v" may run past the usual length of a name. */
function suffixTail(tokens: Token[], j: number): boolean {
  return suffixKey(tokens[j]?.norm ?? '') in LEGAL_SUFFIX || (tokens[j]?.norm === 'de' && suffixKey(tokens[j + 1]?.norm ?? '') in LEGAL_SUFFIX) || suffixLetterAt(tokens, j);
}

/**
 * "Bright Spark Electric", "Delmar Auto Repair": a name, then its trade word(s), says where it ends in a
 * lower-case transcript ("…electric down on main street"). A Spanish-style name opening with its trade
 * ("Ferretería El Tornillo") goes on after it.
 */
/** Words that close a company name as a trade word does ("Banner Sign Company give me a call"). */
const NAME_ENDERS = new Set(['company', 'group', 'enterprises', 'industries', 'holdings', 'collective', 'compania', 'grupo']);

function endsWithTrade(parts: Token[]): boolean {
  if (parts.length < 2) return false;
  const last = parts[parts.length - 1].norm;
  return (COMPANY_HINTS.has(last) || NAME_ENDERS.has(last)) && !COMPANY_HINTS.has(parts[0].norm);
}

/** Discourse words a speaker ends a phrase with ("…dental okay so", "…guadalajara pues"); never inside a name. */
const TRAILERS = new Set(['okay', 'ok', 'okey', 'alright', 'pues', 'orale', 'mostly', 'mainly', 'usually', 'basically', 'generally', 'primarily', 'exclusively', 'principalmente', 'mayormente']);
/** "…y queremos cotizar": a Spanish first-person plural verb opens a new clause, it is no name word. */
const FIRST_PLURAL_VERB = /^\p{L}{3,}(?:amos|emos|imos)$/u;
const TASK_VERBS = new Set(['manage', 'run', 'operate', 'handle', 'administro', 'manejo']);
const SPANISH_FIRST_PERSON = new Set('llevo hago vendo doy voy estoy ofrezco manejo trabajo administro dirijo atiendo ayudo reparo instalo limpio preparo cocino corto trabaje tuve abri empece estuve fui hice compre vendi cerre quiero busco necesito'.split(' '));
const TLDS = new Set(['com', 'net', 'org', 'co', 'io', 'us', 'mx', 'es', 'biz', 'info']);
const SELF_REPAIR = new Set(['bueno', 'digo', 'perdon']);
const REPAIR_NEXT = new Set(['se', 'ahora', 'es', 'no', 'now', "it's", 'its']);
const TIME_NOUNS = new Set(['year', 'week', 'month', 'spring', 'summer', 'fall', 'winter', 'time', 'night', 'season']);
/** "…gimnasio titán se nos van los socios": a clitic pronoun opens the clause after the name. */
const CLITICS = new Set(['se', 'nos', 'les', 'te']);
const endsName = (n: string) => COMPANY_STOP.has(n) || TRAILERS.has(n) || CLITICS.has(n);

/** After "and"/"y": one to three name words that end the phrase ("…and finch upholstery", "…y aluminios cantú"). */
function tailEndsPhrase(tokens: Token[], k: number): boolean {
  if (FIRST_PLURAL_VERB.test(tokens[k]?.norm ?? '') && !/^\p{Lu}/u.test(tokens[k].raw)) return false;
  // "…el güero y la güera": an article may open the tail.
  // (Then only when the tail ends the phrase: not "…y la verdad es que…".)
  const article = ['el', 'la', 'los', 'las'].includes(tokens[k]?.norm ?? '') && !!tokens[k + 1] && !breaksAfter(tokens[k]);
  if (article) k++;
  let n = 0;
  // A trade word ends the tail even when it is no person's name ("…and barley brewing company").
  const nameWord = (t: Token) => (!NON_NAME.has(t.norm) || COMPANY_HINTS.has(t.norm) || NAME_ENDERS.has(t.norm)) && !FIRST_PLURAL_VERB.test(t.norm);
  // "…y recubrimientos del golfo": "de"/"del" may join the tail's words (not first, not last).
  const inner = (m: number) => m > 0 && ['de', 'del'].includes(tokens[k + m]?.norm ?? '') && !breaksAfter(tokens[k + m]) && !!tokens[k + m + 1] && nameWord(tokens[k + m + 1]) && !endsName(tokens[k + m + 1].norm);
  let joiners = 0;
  while (tokens[k + n] && n - joiners < 4 && isWordish(tokens[k + n].raw) && !endsName(tokens[k + n].norm) && (nameWord(tokens[k + n]) || inner(n))) {
    if (!nameWord(tokens[k + n])) joiners++;
    n++;
    if (breaksAfter(tokens[k + n - 1])) break;
  }
  if (n - joiners < 1 || n - joiners > 3) return false;
  const after = tokens[k + n];
  return !after || breaksAfter(tokens[k + n - 1]) || (!article && endsName(after.norm)) || (after.norm === 'by' && tokens[k + n + 1]?.norm === 'the');
}

/** Reads a company name from token `i`; null when what follows is no name. */
const QUESTION_WORDS = new Set(
  'what how why when where who which whose do does did is are was were can could would will should may might que como cuanto cuanta cuantos cuando donde quien cual cuales'.split(' '),
);

/** One name word at `k`, then the phrase ends ("…la constructora pedregal", "…la constructora pedregal y…"). */
function singleWordAfter(tokens: Token[], k: number): boolean {
  const t = tokens[k];
  if (!t || endsName(t.norm) || !isWordish(t.raw)) return false;
  const next = tokens[k + 1];
  return breaksAfter(t) || !next || endsName(next.norm);
}

export function readCompany(tokens: Token[], start: number, strength: Strength): Span<string> | null {
  let i = start;
  // "de la empresa Construcciones López" / "the company Acme": the noun is not part of the name.
  // But "la constructora pedregal": a trade word with a single word after it opens the name.
  const tradeOpensName = COMPANY_HINTS.has(tokens[i + 1]?.norm ?? '') && NOUN_ES.includes(tokens[i + 1]?.norm ?? '') && singleWordAfter(tokens, i + 2);
  if (['the', 'la', 'el'].includes(tokens[i]?.norm ?? '') && [...NOUN, ...NOUN_ES].includes(tokens[i + 1]?.norm ?? '') && !tradeOpensName) i += 2;
  // "trabajo en la tortillería hernández": a Spanish article before a trade word is not part of the name
  // (but "La Michoacana", where no trade word follows, keeps it).
  if (['la', 'el', 'los', 'las'].includes(tokens[i]?.norm ?? '') && COMPANY_HINTS.has(tokens[i + 1]?.norm ?? '') && !/^\p{Lu}/u.test(tokens[i + 1].raw) && !PEOPLE_GROUPS.has(tokens[i + 1].norm)) i += 1;
  // A question is never a company name ("I'm Dana Whitfield. What does the Foundation tier include?").
  if (QUESTION_WORDS.has(tokens[i]?.norm ?? '')) return null;
  const parts: Token[] = [];
  const cased = casingIsInformative(tokens);
  let j = i;
  while (j < tokens.length && (parts.length < 7 || (parts.length < 10 && suffixTail(tokens, j)))) {
    const t = tokens[j];
    const n = t.norm;
    const next = tokens[j + 1];
    // "Smith and Sons", and in a cased transcript "Apex Concrete and Foundation" (but not "Acme and I…").
    const joinsName =
      !!next &&
      !breaksAfter(t) &&
      (COMPANY_JOIN_TAIL.has(next.norm) ||
        // "d and d auto sales", "b & b": initials joined.
        (parts.length === 1 && /^\p{L}$/u.test(parts[0].norm) && /^\p{L}$/u.test(next.norm)) ||
        // "valley heating and plumbing", "moving and storage": two trades joined.
        (parts.length > 0 && COMPANY_HINTS.has(parts[parts.length - 1].norm) && COMPANY_HINTS.has(next.norm)) ||
        (parts.length > 0 && parts.every((p) => /^\p{Lu}/u.test(p.raw)) && /^\p{Lu}/u.test(next.raw) && !NON_NAME.has(next.norm) && next.norm !== 'i'));
    if ((n === 'and' || n === 'y' || n === '&' || n === 'e') && parts.length && (joinsName || tailEndsPhrase(tokens, j + 1))) {
      parts.push(t, tokens[j + 1]);
      j += 2;
      if (breaksAfter(tokens[j - 1]) && !suffixFollows(tokens[j - 1], tokens[j])) break;
      continue;
    }
    // In a transcript whose capitals mean something, a capitalised word inside the name is part of it even
    // when it is usually a stop word ("Fix It Felix Handyman").
    const inName = parts.length > 0 && cased && /^\p{Lu}/u.test(t.raw) && /^\p{Lu}/u.test(parts[parts.length - 1].raw) && n !== 'i';
    // "cell world", "phone doctor": a contact word opening a name (not "…, cell is five one two").
    const contactOpens = parts.length === 0 && ['cell', 'phone'].includes(n) && !!next && !breaksAfter(t) && !endsName(next.norm) && !isDigitWord(next.norm) && !/^\d/.test(next.norm);
    if (n === 'as' || (endsName(n) && !inName && !contactOpens) || !isWordish(t.raw)) break;
    // "…lather and leaf by the way…", "speak up una escuela de inglés": an aside or a description starts.
    if (parts.length && n === 'by' && next?.norm === 'the' && tokens[j + 2]?.norm === 'way') break;
    if (parts.length && ['a', 'an', 'un', 'una'].includes(n) && !['double', 'triple'].includes(parts[parts.length - 1].norm) && !/^\p{L}$/u.test(parts[parts.length - 1].norm) && tokens.slice(j + 1, j + 4).some((x) => isTradeNoun(x.norm))) break;
    // "…double r roofing dot com": a web address said after the name.
    if (parts.length && ['dot', 'punto'].includes(n) && TLDS.has(next?.norm ?? '')) break;
    // "…ridgeline fitness last year", "…next month": a time phrase after the name.
    if (parts.length && ['last', 'next'].includes(n) && TIME_NOUNS.has(next?.norm ?? '')) break;
    // "casa rural el llosón bueno se llama casa llosón": a self-repair word, then the name said again.
    if (parts.length && SELF_REPAIR.has(n) && REPAIR_NEXT.has(next?.norm ?? '')) break;
    if (!cased && endsWithTrade(parts) && !COMPANY_HINTS.has(n) && !(suffixKey(n) in LEGAL_SUFFIX) && !ACRONYMS.has(n)) break;
    parts.push(t);
    j++;
    if (breaksAfter(t)) {
      // "Acme, Inc." keeps its suffix; any other comma or stop ends the name.
      if (suffixFollows(t, tokens[j]) || suffixLetterAt(tokens, j - 1)) continue;
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
  // ("uñas y estilo": "uñas" folds to "unas", the Spanish "some".)
  if (GENERIC_START.has(first) && !(first === 'unas' && /ñ/i.test(parts[0].raw))) return null;
  // "llevo la gestoría…", "hacemos envíos…": a Spanish first-person verb opens a sentence, not a name.
  if (strength !== 'strong' && !/^\p{Lu}/u.test(parts[0].raw) && (SPANISH_FIRST_PERSON.has(first) || FIRST_PLURAL_VERB.test(first))) return null;
  // "the office manager for Dr. Reyes": a person.
  if (strength !== 'strong' && PERSON_TITLES.has(suffixKey(first))) return null;
  // "trabajo en el área de ventas": an article and an ordinary noun open no name.
  if (strength !== 'strong' && ['la', 'el', 'los', 'las'].includes(first) && GENERIC_WORDS.has(norms[1] ?? '') && !COMPANY_HINTS.has(norms[1] ?? '')) return null;
  // "…de la doctora montserrat vidal", "para los hermanos villarreal": an article, then a title or a family.
  if (strength !== 'strong' && ['la', 'el', 'los', 'las', 'the'].includes(first) && (PERSON_TITLES.has(suffixKey(norms[1] ?? '')) || PEOPLE_GROUPS.has(norms[1] ?? ''))) return null;
  if (first === 'the' && strength !== 'strong' && !(parts[1] && /^\p{Lu}/u.test(parts[1].raw))) {
    // "the wren hotel", "yes the cozy corner cafe": a business-like name keeps, its leading article dropped.
    if (parts.length >= 3 && isBusinessLike(norms.slice(1)) && !GENERIC_WORDS.has(norms[1])) return readCompany(tokens, i + 1, strength);
    // "the hotel is the palm grove suites": after an opener, "the" and two or more plain words ending the phrase.
    const ends = j >= tokens.length || breaksAfter(tokens[j - 1]);
    if (strength === 'medium' && ends && parts.length >= 3 && norms.slice(1).every((n) => !GENERIC_WORDS.has(n) && !NON_NAME.has(n) && !FIRST_NAMES.has(n))) return readCompany(tokens, i + 1, strength);
    return null;
  }
  const content = norms.filter((n) => !JOINERS.has(n));
  // "twenty twenty roofing", "4 seasons landscaping": a number opening a name that ends in a trade word.
  const numberedTrade =
    parts.length >= 2 && (isDigitWord(first) || /^\d/.test(first)) && (COMPANY_HINTS.has(norms[norms.length - 1]) || NAME_ENDERS.has(norms[norms.length - 1])) && !COMPANY_HINTS.has(norms[1]) && !JOINERS.has(norms[1]);
  if (!content.length || (!numberedTrade && content.every((n) => GENERIC_WORDS.has(n) || isDigitWord(n) || /^\d+$/.test(n)))) return null;
  // Every word capitalised in a transcript that uses capitals: written as a name ("Two Rivers Bed & Breakfast",
  // "Little Sprouts Daycare", "State Farm"), even when its first word is ordinary.
  const named = cased && parts.length >= 2 && parts.every((p) => /^\p{Lu}/u.test(p.raw) || JOINERS.has(p.norm) || p.norm === '&');
  // "i work for john smith": a given name and a surname, nothing business-like, is a person.
  const personShape = parts.length === 2 || (parts.length === 3 && FIRST_NAMES.has(norms[1]));
  if (strength !== 'strong' && !named && personShape && FIRST_NAMES.has(first) && !isBusinessLike(norms) && !norms.some((n) => JOINERS.has(n))) return null;
  // "Sterling and Vance Law": a verb-like first word is a person's name when a partner's name and a trade follow.
  const firm = parts[1] && ['and', '&', 'y'].includes(parts[1].norm) && !/(ing|ed|ly)$/.test(norms[2] ?? 'ing') && isBusinessLike(norms);
  // "double r roofing": "double" / "triple" before a letter are no number.
  const numberFirst = isDigitWord(first) && !(['double', 'triple'].includes(first) && parts[1] && !isDigitWord(parts[1].norm));
  // "pampered paws grooming", "reed farm supply": three or more words ending in a trade word are a name.
  const tradeName =
    parts.length >= 3 &&
    parts.length <= 4 &&
    COMPANY_HINTS.has(norms[norms.length - 1]) &&
    norms.slice(1, -1).every((n) => !/(ing|ed)$/.test(n) && !NON_NAME.has(n) && !JOINERS.has(n));
  if (strength !== 'strong' && !named && (((numberFirst || /^\d/.test(first)) && !numberedTrade) || (/^\p{L}{3,}(ing|ed|ly)$/u.test(first) && !firm && !tradeName && !FIRST_NAMES.has(first) && !COMPANY_HINTS.has(first)))) return null;
  if (strength === 'weak') {
    // Only when it looks like a name: capitalised (if capitals mean anything here) or business-like, and not
    // an adjective ("We're Open 24/7") or a place.
    const capitalised = casingIsInformative(tokens) && parts.some((p) => /^\p{Lu}/u.test(p.raw));
    const business = isBusinessLike(norms);
    if (!(capitalised || business || (parts.length === 1 && saidAsOneWord(tokens, j))) || content.every((n) => PLACES.has(n))) return null;
    // "new hope community church", "little sprouts daycare": an ordinary first word is fine in a longer name
    // ending in a trade word.
    const longTrade = parts.length >= 3 && COMPANY_HINTS.has(parts[parts.length - 1].norm) && !GENERIC_START.has(first);
    if (GENERIC_WORDS.has(first) && !COMPANY_HINTS.has(first) && !named && !longTrade) return null;
    // "compras de Materiales Hernández": a capitalised name starts later; this is not its start.
    if (cased && !/^\p{Lu}/u.test(parts[0].raw) && parts.some((p) => /^\p{Lu}/u.test(p.raw))) return null;
    // "Dana Whitfield, Project Manager": a job title.
    if (content.some((n) => ROLE_WORDS.has(n))) return null;
  }
  if (strength !== 'strong' && PLACES.has(first) && content.length === 1) return null;
  // "la estética", "the pharmacy": a trade word alone, uncapitalised, says what kind of business, not which.
  if (strength !== 'strong' && content.length === 1 && COMPANY_HINTS.has(content[0]) && !/^\p{Lu}/u.test(parts.find((p) => p.norm === content[0])!.raw)) return null;
  // "yo manejo las redes", "buenas tardes este tengo…": a sentence, not a name (company-clause.ts).
  if (readsAsClause(parts) || describesASpelling(tokens, i, parts) || stateAfterPlace(tokens, i, parts)) return null;
  return { value: formatCompany(parts), start: i, end: j };
}

/**
 * Whether folded words read as a business name: a trade word ("Roofing"), a legal suffix ("LLC") or a
 * possessive lead ("Gus's Auto Glass", "jamal's mobile detailing").
 */
export function isBusinessLike(norms: string[]): boolean {
  if (norms.some((n) => COMPANY_HINTS.has(n) || suffixKey(n) in LEGAL_SUFFIX)) return true;
  return norms.length >= 2 && /^\p{L}+'s$/u.test(norms[0]);
}


/**
 * The opener starting at `i` that reaches furthest, also looking at openers that start inside it:
 * "my company is called Acme" is read through "company is called", not "my company is".
 */
const INTROS_BY_FIRST = byFirstWord(INTROS);

function bestIntroAt(tokens: Token[], i: number): { end: number; strength: Strength; loose: boolean } | null {
  let best: { end: number; strength: Strength; loose: boolean } | null = null;
  const consider = (k: number) => {
    for (const [words, strength] of INTROS_BY_FIRST.get(tokens[k]?.norm ?? '') ?? []) {
      const end = openerEnd(tokens, k, words);
      if (end >= 0 && (!best || end > best.end)) best = { end, strength, loose: LOOSE.has(words.join(' ')) };
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
  /** One part of a listed answer: taken only when it is not the name said in the same list. */
  listed?: boolean;
  /** Claimed by the speaker's own verb right before ("yo tengo una cafetería, X"): theirs whatever came before. */
  own?: boolean;
  /** Said again after a self-correction in the same turn ("lácteos el páramo… bueno, ahora se llama…"): it replaces. */
  restated?: boolean;
}

/**
 * Starts of companies dictated as an aside after a name: "Rob Lindqvist, Lindqvist and Sons Plumbing, …".
 * Only a phrase that reads as a business (a trade word or legal suffix) counts.
 */
export function appositiveAfter(tokens: Token[], nameEnd: number): number[] {
  const prev = tokens[nameEnd - 1];
  // After a comma, or as the next sentence ("I'm Raj. Raj Malhotra. Malhotra & Sons Hardware, …").
  if (!prev || !(prev.after === ',' || prev.after === '.') || !tokens[nameEnd]) return [];
  // "…doctora montserrat vidal, de la clínica dental vidal", "…, from x": a preposition may lead.
  const lead = ['de', 'del', 'from', 'with', 'at'].includes(tokens[nameEnd].norm) ? (tokens[nameEnd + 1]?.norm === 'la' ? 2 : 1) : 0;
  nameEnd += lead;
  if (!tokens[nameEnd]) return [];
  const found = readCompany(tokens, nameEnd, 'weak');
  if (!found) return [];
  const words = tokens.slice(found.start, found.end).map((t) => t.norm.replace(/\./g, ''));
  return words.some((w) => COMPANY_HINTS.has(w) || w in LEGAL_SUFFIX) ? [nameEnd] : [];
}

/** `details`: where the turn's addresses and numbers lie, which also separate the parts of a listed answer. */
export function findCompanies(tokens: Token[], asked: Set<Ask>, extraStarts: number[], details: { start: number; end: number }[] = []): CompanyFind[] {
  const out: CompanyFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    // The longest opener at this position wins ("my company is called" over "my company is").
    const best = bestIntroAt(tokens, i);
    if (!best) continue;
    let found = readCompany(tokens, best.end, best.strength);
    // "the clinic is open until five", "i run payroll": after these loose openers only a name-like phrase
    // counts — not one opening with an ordinary word, nor a single word that is no business.
    if (found && best.loose) {
      const norms = tokens.slice(found.start, found.end).map((t) => t.norm);
      if ((GENERIC_WORDS.has(norms[0]) && !COMPANY_HINTS.has(norms[0])) || (norms.length === 1 && !isBusinessLike(norms))) found = null;
    }
    // "i manage social media for a few restaurants": a task done for others, not a business.
    if (found && TASK_VERBS.has(tokens[best.end - 1].norm) && ['for', 'para'].includes(tokens[found.end]?.norm ?? '')) found = null;
    if (found) {
      // ("my partner handles the tech, but … we're iyer and shah accounting": "we're" says whose it is.)
      const ours = ["we're", 'somos'].includes(tokens[i].norm) || (tokens[i].norm === 'we' && tokens[i + 1]?.norm === 'are');
      out.push({ ...found, strength: best.strength, introStart: i, own: ours || undefined });
      i = found.end - 1;
    } else i = best.end - 1;
  }
  // "tengo un restaurante que se llama la casona", "a shop called…": a kind of business, then its name.
  for (let i = 1; i + 1 < tokens.length; i++) {
    // ("el gimnasio se llama fitness vega", "el truck se llama…": a bare "se llama" after a determined business noun.)
    // ("tengo una agencia de marketing en bogotá se llama…": or the speaker's own business said a few words before.)
    // (After a pause, "…, se llama" is read by the paused rule below, with its own checks.)
    let op: string[] | undefined;
    for (const w of NAMING_OPENERS) if (matchAt(tokens, i, w)) op = w;
    if (!op && bareSeLlama(tokens, i)) op = SE_LLAMA;
    // "una tienda de ropa en línea, se llama moda paisa", "a tutoring center for math, it's called…": after a
    // pause, the business noun may be further back in the sentence.
    const paused = !op && i > 0 && tokens[i - 1].after.startsWith(',') ? PAUSED_CALLED.find((w) => matchAt(tokens, i, w)) : undefined;
    if (!(op || paused) || out.some((f) => f.introStart <= i && i < f.end)) continue;
    // The noun may sit a few words back: "a bakery downtown called…", "una tienda de ropa que se llama…".
    // ("i run a food pantry called second helping": what one runs or owns is a business, whatever its noun.)
    // (Not a pet or a person: "i have a dog named max".)
    const owned =
      op && op[0] !== 'named' &&
      [2, 3, 4].find((d) => ['a', 'an', 'un', 'una'].includes(tokens[i - d]?.norm ?? '') && OWNING.has(tokens[i - d - 1]?.norm ?? '') && !tokens.slice(i - d, i).some((t) => breaksAfter(t) || PERSON_NOUNS.has(t.norm)));
    const noun = op ? (owned ? i - 1 : businessNounBefore(tokens, i, 3)) : businessNounInSentence(tokens, i, 12);
    if (noun < 0) continue;
    // "tengo una tienda y una hija, se llama ana": a person (or a pet) named after the business noun.
    if (paused && tokens.slice(noun + 1, i).some((t) => PERSON_NOUNS.has(t.norm))) continue;
    if (paused) i += paused.length - 1;
    const at = op ? i + op.length : i + 1;
    const found = readCompany(tokens, at, 'strong');
    if (found && !out.some((f) => f.start === found.start)) out.push({ ...found, strength: 'strong', introStart: noun });
  }
  // "My business, Tall Pines Tree Service, has…" / "for my restaurant, Casa Oaxaca,": an aside after the noun.
  for (let i = 0; i + 2 < tokens.length; i++) {
    // Also "i have a bakery, X" / "tengo una carpintería, X"; "my own company, X".
    // Also "the owner of a hair salon, X", "trabajo en una constructora, X": a role or a workplace before it.
    const before = tokens[i - 1]?.norm ?? '';
    const owned =
      ['a', 'an', 'un', 'una'].includes(tokens[i].norm) &&
      (OWNING.has(before) ||
        (['of', 'de'].includes(before) && ROLE_WORDS.has(tokens[i - 2]?.norm ?? '')) ||
        (WORKPLACE_PREPS.has(before) && (WORK_VERBS.has(tokens[i - 2]?.norm ?? '') || firstPersonClause(tokens, i - 1))) ||
        // "le hablo desde una empresa de transporte, X", "calling from a roofing company, X"
        (['from', 'desde'].includes(before) && CALLING_VERBS.has(tokens[i - 2]?.norm ?? '')) ||
        // "with a company, hometown lending" answering "independent or with a company?"
        (['with', 'for', 'at', 'con', 'para', 'en'].includes(before) && tokens.slice(0, i - 1).every((t) => ACKS.has(t.norm))));
    let n = i + 1;
    while (n < i + 3 && ASIDE_QUALIFIERS.has(tokens[n].norm) && tokens[n + 1] && !breaksAfter(tokens[n])) n++;
    // "we're a two person shop, north fork bicycle repair": a few words may describe the business first.
    if (owned) for (let q = i + 1; q < i + 4 && tokens[q + 1] && !breaksAfter(tokens[q]); q++) if (tokens[q + 1] && (ASIDE_NOUNS.has(tokens[q + 1].norm) || isTradeNoun(tokens[q + 1].norm))) n = q + 1;
    // "my own thing, keller handyman services": "own" makes "thing" a business.
    const ownThing = tokens[n].norm === 'thing' && tokens[n - 1]?.norm === 'own';
    const noun = ASIDE_NOUNS.has(tokens[n].norm) || ownThing || (owned && isTradeNoun(tokens[n].norm));
    // "una tienda de celulares, X", "una asesoría fiscal con mi socio, X": the pause may come a few words on.
    const noun0 = n;
    if (owned && noun) for (let q = n; q < n + 4 && tokens[q + 1] && !breaksAfter(tokens[q]); q++) if (breaksAfter(tokens[q + 1])) n = q + 1;
    if ((['my', 'our', 'mi', 'nuestra', 'nuestro'].includes(tokens[i].norm) || owned) && noun && tokens[n].after.startsWith(',') && tokens[n + 1]) {
      // "a food truck, it's called taco loco": the name after "it's called" is a name whatever its words.
      const called = CALLED.find((w) => matchAt(tokens, n + 1, w)) ?? (['called', 'named'].includes(tokens[n + 1].norm) ? [tokens[n + 1].norm] : undefined);
      // (A person named between the noun and the pause — "con mi socio, X" — leaves only a business-like X.)
      const personBetween = tokens.slice(noun0 + 1, n + 1).some((t) => PERSON_NOUNS.has(t.norm));
      // "un bar de tapas, el rincón de pepa": the leading article is dropped (the naming convention).
      const at = n + 1 + (called?.length ?? 0);
      const from = ['el', 'la', 'los', 'las', 'the'].includes(tokens[at]?.norm ?? '') && tokens[at + 2] && !breaksAfter(tokens[at]) && !breaksAfter(tokens[at + 1]) ? at + 1 : at;
      const found = called ? readCompany(tokens, from, 'strong') : readCompany(tokens, from, 'weak') ?? (personBetween ? null : appositiveName(tokens, from, from > at));
      // ("…, que es mi amigo, yo tengo una cafetería también, X": the speaker's own verb makes it theirs.)
      const own = owned && firstPersonOwning(tokens, i - 1) && !personBetween;
      if (found && !out.some((f) => f.start === found.start)) out.push({ ...found, strength: called ? 'strong' : 'weak', introStart: i, own: own || undefined });
    }
  }
  // "fairbanks freight is the name of the company", "pinturas olmo es el nombre de la empresa": the name first.
  for (let k = 1; k + 3 < tokens.length + 1; k++) {
    const label = NAME_AFTER.find((w) => matchAt(tokens, k, w));
    const noun = label ? tokens[k + label.length]?.norm ?? '' : '';
    // "the good earth is the name": the label alone, ending the phrase, when the business was asked for.
    const bare = !label && asked.has('company') && NAME_IS.some((w) => matchAt(tokens, k, w) && (!tokens[k + w.length] || breaksAfter(tokens[k + w.length - 1])));
    if (!bare && (!label || !(NOUN.includes(noun) || NOUN_ES.includes(noun)))) continue;
    let s = k - 1;
    while (s > 0 && !breaksAfter(tokens[s - 1]) && k - s < 6) s--;
    while (s < k && (ACKS.has(tokens[s].norm) || (bare && tokens[s].norm === 'the'))) s++;
    const found = readCompany(tokens, s, 'medium');
    if (found && found.end === k && !out.some((f) => f.start === found.start)) out.push({ ...found, strength: 'medium', introStart: s });
  }
  // "the mad hatter tea room is ours", "la ferretería es mía": the name, then whose it is.
  for (let k = 1; k + 1 < tokens.length; k++) {
    if (!OURS.some((w) => matchAt(tokens, k, w))) continue;
    let s = k - 1;
    while (s > 0 && !breaksAfter(tokens[s - 1]) && k - s < 7) s--;
    while (s < k && (ACKS.has(tokens[s].norm) || tokens[s].norm === 'the')) s++;
    const found = readCompany(tokens, s, 'medium');
    const words = tokens.slice(found?.start ?? s, k).map((t) => t.norm);
    if (found && found.end === k && (isBusinessLike(words) || words.length >= 3) && !out.some((f) => f.start === found.start)) out.push({ ...found, strength: 'medium', introStart: s });
  }
  // "it used to be tri county roofing, now it's tri county exteriors": after a rename, the new name.
  if (RENAME_CUE.test(tokens.map((t) => t.norm).join(' '))) {
    for (let k = 0; k < tokens.length; k++) {
      const op = RENAMED.filter((w) => matchAt(tokens, k, w)).sort((x, y) => y.length - x.length)[0];
      const found = op ? readCompany(tokens, k + op.length, 'medium') : null;
      // A one-word remainder is more often a state ("now it's hard to…") than a new name.
      if (found && found.end - found.start >= 2 && !out.some((f) => f.start === found.start)) out.push({ ...found, strength: 'medium', introStart: k });
    }
  }
  // Typed labels: "Company: Oyelowo Security Services." / "Empresa: Techos del Sur".
  for (let i = 0; i + 1 < tokens.length; i++) {
    const label = [['company'], ['company', 'name'], ['business'], ['business', 'name'], ['empresa'], ['negocio'], ['nombre', 'de', 'la', 'empresa']].find(
      (w) => matchAt(tokens, i, w) && tokens[i + w.length - 1].after.startsWith(':'),
    );
    if (!label) continue;
    const found = readCompany(tokens, i + label.length, 'strong');
    if (found && !out.some((f) => f.start === found.start)) out.push({ ...found, strength: 'strong', introStart: i });
  }
  // "I handle ops at Bright Harbor Dental": a first-person sentence, a preposition, then a business.
  for (let i = 1; i + 1 < tokens.length; i++) {
    if (!['at', 'for', 'with', 'en', 'para', 'con'].includes(tokens[i].norm) || out.some((f) => f.introStart <= i && i < f.end)) continue;
    let k = i - 1;
    let self = false;
    let heard = false;
    for (; k >= 0 && k >= i - 8 && !(k < i - 1 && endsSentence(tokens[k])); k--) {
      if (FIRST_PERSON_SUBJECT.has(tokens[k].norm)) self = true;
      if (REFERRAL.has(tokens[k].norm)) heard = true;
      // "i want to know if you work with dental offices": the preposition is the other's.
      if (!self && ['you', 'usted', 'ustedes', 'they'].includes(tokens[k].norm)) heard = true;
    }
    // "i heard about you from joe at summit roofing": whoever referred them works there, not the visitor.
    if (!self || heard) continue;
    let found = readCompany(tokens, i + 1, 'weak');
    if (!found) continue;
    // "una empresa de transportes en monterrey transportes garza e hijos": after a business described, a place
    // opening the read is where it is; the name follows it.
    if (PLACES.has(tokens[found.start].norm) && businessNounBefore(tokens, i, 6) >= 0) {
      const rest = readCompany(tokens, found.start + 1, 'weak');
      if (rest && rest.end - rest.start >= 2 && isBusinessLike(tokens.slice(rest.start, rest.end).map((t) => t.norm))) found = rest;
    }
    const norms = tokens.slice(found.start, found.end).map((t) => t.norm);
    if (isBusinessLike(norms) && !out.some((f) => f.start <= found.start && found.start < f.end)) out.push({ ...found, strength: 'weak', introStart: i });
  }
  // "I'm a broker at Summit Realty Group", "I'm an independent agent with State Farm".
  for (let i = 0; i < tokens.length; i++) {
    const self = SELF.find((w) => matchAt(tokens, i, w));
    // "soy contadora en el despacho …": a role word straight after "soy" / "i'm" needs no article.
    const bare = !!self && ROLE_WORDS.has(tokens[i + self.length]?.norm ?? '');
    if (!self || !(ROLE_ARTICLES.has(tokens[i + self.length]?.norm ?? '') || bare)) continue;
    let fallback: Span<string> | null = null;
    let found: Span<string> | null = null;
    let firstPrep = true;
    for (let k = i + self.length + (bare ? 0 : 1); k < Math.min(tokens.length, i + self.length + 9); k++) {
      // ("…manager for dr. kim at …": the dot of a title is no pause.)
      if (breaksAfter(tokens[k - 1]) && !(tokens[k - 1].after === '.' && PERSON_TITLES.has(tokens[k - 1].norm))) break;
      if (!ROLE_PREPS.has(tokens[k].norm)) continue;
      // "el encargado de compras de Materiales Hernández": the first "de" may still be part of the role.
      found = readCompany(tokens, k + 1, 'weak');
      // "el encargado de la bodega de distribuidora lópez": a part of the business ("la bodega"), then its name.
      if (found && departmentFirst(tokens, found)) found = null;
      if (found) break;
      // Only right after the role's own preposition ("…manager of the lodge at pine hollow" names no employer).
      if (firstPrep && ROLE_WORDS.has(tokens[k - 1].norm)) fallback = namedAfterRole(tokens, k + 1);
      firstPrep = false;
    }
    const role = found ?? fallback;
    if (role && !out.some((f) => f.start <= role.start && role.start < f.end)) out.push({ ...role, strength: 'weak', introStart: i });
  }
  out.push(...ownedJointly(tokens, out));
  // "…lucía serna, de la clínica dental serna", "…marcus hale, at the x food bank": after a pause, a
  // preposition and a business-like name.
  for (let i = 1; i + 2 < tokens.length; i++) {
    if (!tokens[i - 1].after.startsWith(',') || !['de', 'del', 'at', 'from'].includes(tokens[i].norm)) continue;
    // ("…, at the cedar valley food bank": the English article is dropped by the read itself.)
    const at = ['la', 'el'].includes(tokens[i + 1].norm) ? i + 2 : i + 1;
    if (out.some((f) => f.start <= at && at < f.end)) continue;
    const found = readCompany(tokens, at, 'weak');
    if (found && found.end - found.start >= 2) out.push({ ...found, strength: 'weak', introStart: i });
  }
  // "we do gutters Hunter Gutter Co": a capitalised business name in the speaker's own sentence (company-capitals.ts).
  for (const c of capitalisedBusiness(tokens, isTradeNoun)) {
    if (!out.some((f) => f.start < c.end && c.start < f.end)) out.push({ ...c, strength: 'medium', introStart: c.start });
  }
  // "i run a home care agency Caring Hands Home Health": the name straight after the kind (company-described.ts).
  for (const c of nameAfterDescription(tokens, readCompany, isTradeNoun)) {
    if (!out.some((f) => f.start < c.end && c.start < f.end)) out.push({ ...c, strength: 'medium' });
  }
  // (Reads from after a person's name: a bare answer is still read over them — "ruiz de castilla abogados".)
  const named = out.length;
  for (const s of extraStarts) {
    const found = readCompany(tokens, s, 'weak');
    if (found && !out.some((f) => f.introStart <= s && s < f.end)) out.push({ ...found, strength: 'weak', introStart: s - 1 });
  }
  if (asked.has('company') && asked.has('name')) {
    out.push(...listedSegments(tokens, out, details));
  } else if (asked.has('company')) {
    // "the company? yeah it's called…": the question echoed back is not the answer.
    const echo = tokens.slice(0, 4).findIndex((t) => t.after.includes('?'));
    const echoed = echo >= 0 && tokens[echo + 1] && tokens.slice(0, echo + 1).some((t) => ECHO_WORDS.has(t.norm));
    let j = echoed ? echo + 1 : 0;
    for (let guard = 0; guard < 5; guard++) {
      // "it's just hatfield mobile detailing": an adverb after the opener is not the name.
      // "este, se llama…": the Spanish filler "este" before a pause.
      const filler = (tokens[j]?.norm === 'este' && breaksAfter(tokens[j])) || ATTENTION.has(tokens[j]?.norm ?? '');
      if (tokens[j] && (ACKS.has(tokens[j].norm) || filler || (j > 0 && INNER_ADVERBS.has(tokens[j].norm)))) {
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
    // "it's called nine lives pet care": after "called" whatever follows is the name, digits and all.
    const called = j > 0 && ['called', 'llama', 'named'].includes(tokens[j - 1].norm);
    const read = j < tokens.length && named === 0 ? readCompany(tokens, j, called ? 'strong' : 'medium') : null;
    // A read that runs into an address or a number is the start of a list of details, not the name.
    let found = read && !details.some((d) => read.start < d.end && d.start < read.end) ? read : null;
    // "the good earth", "mi ranchito": the whole answer, led by an article or a possessive (company-cue.ts).
    if (!read && named === 0) found = articleLedAnswer(tokens, j, readCompany) ?? tradeEndedAnswer(tokens, j, readCompany) ?? nameAfterKind(tokens, j, readCompany, isTradeNoun) ?? wholeAnswerName(tokens, j);
    // "shine on wheels": the read stopped at a small word, and the whole short answer is the name.
    if (read && read.start === j && read.end < tokens.length && !breaksAfter(tokens[read.end - 1]) && !endsWithTrade(tokens.slice(read.start, read.end))) {
      const whole = wholeAnswerName(tokens, j);
      if (whole && !tokens.slice(read.end).some((t) => PLACES.has(t.norm))) found = whole;
    }
    // "transporte, tenemos camiones, campos trucking", "barber shop. fresh cutz barber lounge": the kind of
    // business first, its name as the last phrase.
    // ("its called gridline studio, we are…": after "called" it is the name, whatever was asked.)
    const trade = asked.has('trade') && !called;
    // "cleaning service residential mostly": the kind, then more about it (company-kind.ts).
    if (found && trade && found.start === j && (kindWithTail(tokens.slice(j)) || tradeWordsAlone(tokens.slice(j)))) found = null;
    if (found && describesKind(tokens, found, trade)) {
      // Only trade words ("auto repair", "medical spa") are no name at all; a plain word ("transporte") may be one.
      const tradeOnly = tradeWordsOnly(tokens, found, trade);
      const last = lastNamedPhrase(tokens, found.end, details, tradeOnly);
      if (last || tradeOnly) found = last;
    }
    if (found) {
      out.push({ ...found, strength: 'medium', introStart: 0 });
      // "ferretería el clavo, bueno, ferretería y tlapalería el clavo": said again, fuller (see fullerLater).
      const again = saidAgain(tokens, found);
      if (again) out.push({ ...again, strength: 'medium', introStart: again.start });
    } else if (!out.length) {
      // "oh we're just getting started, it's called Bright Path Tutoring": the answer later in the turn.
      for (let k = 1; k < tokens.length && !out.length; k++) {
        const op = CALLED.find((w) => matchAt(tokens, k, w));
        // ("si un cliente dice que se llama pedro pérez": a person is named, not the business.)
        const later = op && !personBefore(tokens, k) ? readCompany(tokens, k + op.length, 'strong') : null;
        if (later) out.push({ ...later, strength: 'medium', introStart: k });
      }
      // "pues es una tiendita, abarrotes lupita": a description, then the name as the turn's last phrase.
      const last = lastNamedPhrase(tokens, j + 1, details, true, true);
      if (!out.length && last) out.push({ ...last, strength: 'medium', introStart: last.start });
      // "lucía fernández lucia arroba gmail punto com y textiles fernández": details listed, the company among them.
      if (!out.length && details.length) out.push(...listedSegments(tokens, out, details));
    }
  }
  // "rick dunham dunham plumbing", "una lavandería lavandería aguilar": a word said twice, the second time
  // opening a business-like name.
  // ("i'm with evergreen, um, evergreen dental group": also across a comma.)
  for (let k = 1; k < tokens.length; k++) {
    if (tokens[k].norm !== tokens[k - 1].norm || (breaksAfter(tokens[k - 1]) && !/^,+$/.test(tokens[k - 1].after)) || out.some((f) => f.start <= k && k < f.end)) continue;
    const c = readCompany(tokens, k, 'weak');
    if (c && c.start === k && c.end - c.start >= 2 && isBusinessLike(tokens.slice(c.start, c.end).map((t) => t.norm))) out.push({ ...c, strength: 'weak', introStart: k });
  }
  // Names with no trade word, read from where they stand (company-cue.ts).
  for (const c of [...placeOfTrouble(tokens, readCompany), ...belongingName(tokens, readCompany, asked.has('name'), asked.has('company'))]) {
    if (out.some((f) => f.introStart <= c.start && c.start < f.end) || details.some((d) => c.start < d.end && d.start < c.end)) continue;
    // (Read after a person's name, it gives way to that name's surname, like a part of a listed answer.)
    out.push({ ...c, strength: 'weak', introStart: Math.max(0, c.start - 1), listed: 'afterName' in c && c.afterName ? true : undefined });
  }
  // "we're called abc, like the letters, a b c home inspections": said again, fuller, after a pause.
  // (Only when its first word comes back later in the turn: a cheap test before reading at every pause.)
  for (const f of [...out]) {
    const comesBack = f.end - f.start <= 2 && tokens.some((t, k) => k >= f.end && t.norm === tokens[f.start].norm);
    const again = comesBack ? saidAgain(tokens, f) : null;
    if (again && !out.some((g) => g.start === again.start)) out.push({ ...again, strength: f.strength, introStart: f.introStart });
  }
  out.push(...restatedAfterCorrection(tokens, out));
  // (Cut to a run of capitals where the transcript's capitals mark names: company-capitals.ts.)
  // "a pediatric therapy clinic, speech and occupational, it's called little steps therapy": a weak read that
  // is no business-like name gives way to a name said with "it's called" / "se llama" in the same turn.
  const called = out.some((f) => f.strength === 'strong');
  const outranked = (f: CompanyFind) => called && f.strength === 'weak' && !isBusinessLike(tokens.slice(f.start, f.end).map((t) => t.norm));
  return fullerLater(tokens, out.filter((f) => !formerPlace(tokens, f) && !referrersBusiness(tokens, f.start) && !outranked(f)))
    .map((f) => cutToCapitals(tokens, f))
    .sort((a, b) => a.start - b.start);
}

/** After a pause (and fillers), the same name said again with more words; null when none. */
function saidAgain(tokens: Token[], found: Span<string>): Span<string> | null {
  const first = tokens.slice(found.start, found.end).map((t) => t.norm).filter((n) => !JOINERS.has(n));
  for (let k = found.end; k < tokens.length; k++) {
    if (!breaksAfter(tokens[k - 1])) continue;
    let s = k;
    while (s < tokens.length && (ACKS.has(tokens[s].norm) || ['i', 'mean', 'or', 'rather', 'eh', 'este', 'digo', 'sorry', 'perdon'].includes(tokens[s].norm))) s++;
    const c = readCompany(tokens, s, 'medium');
    if (!c) continue;
    const words = tokens.slice(c.start, c.end).map((t) => t.norm);
    if (c.end - c.start > found.end - found.start && first.every((w) => words.includes(w))) return c;
  }
  return null;
}

/**
 * "ferretería el clavo, bueno, ferretería y tlapalería el clavo": a name said again later in the turn with
 * more words (all of the first among them) is the fuller form, and the first is dropped.
 */
function fullerLater(tokens: Token[], found: CompanyFind[]): CompanyFind[] {
  const words = (f: CompanyFind) => tokens.slice(f.start, f.end).map((t) => t.norm).filter((n) => !JOINERS.has(n));
  return found.filter((f) => {
    const mine = words(f);
    // Said again later with more words, or read as the tail of a longer read ("ruiz de castilla abogados").
    const contained = found.some((g) => g.start < f.start && g.end >= f.end);
    return !contained && !found.some((g) => g.start >= f.end && g.end - g.start > f.end - f.start && mine.every((w) => words(g).includes(w)));
  });
}

/** "pues mire, …", "look, …": words that call for attention before the answer. */
const ATTENTION = new Set(['mire', 'mira', 'oiga', 'oye', 'fijese', 'look', 'listen', 'sorry', 'perdon', 'perdona']);

/** "…, confidencial": words that withhold the name rather than say it. */
const WITHHELD = new Set(['confidencial', 'confidential', 'private', 'privado', 'privada', 'secret', 'secreto', 'pending', 'pendiente', 'unnamed', 'undecided', 'tbd']);

/** Words that end a description, not a name ("handyman stuff", "that kind of thing"). */
const VAGUE = new Set(['stuff', 'thing', 'things', 'kind', 'sort', 'cosas', 'cosa', 'etc', 'everything', 'todo']);

const PHRASE_OPENERS: string[][] = [["it's"], ['its'], ['it', 'is'], ["it's", 'called'], ['its', 'called'], ['se', 'llama'], ['es'], ["we're"], ['we', 'are'], ['somos'], ['called']];

/** Whether a bare answer only says what kind of business it is ("medical spa", "transporte", "pintura de casas"). */
function describesKind(tokens: Token[], found: Span<string>, trade = false): boolean {
  return !isBusinessLike(tokens.slice(found.start, found.end).map((t) => t.norm)) || tradeWordsOnly(tokens, found, trade);
}

/**
 * "medical spa. botox…", "auto repair, mostly…": one or two trade words, then more said — a kind of business.
 * (Said alone, "Stone Law Group" is a name made of trade words.)
 */
function tradeWordsOnly(tokens: Token[], found: Span<string>, trade = false): boolean {
  const words = tokens.slice(found.start, found.end);
  const more = tokens.slice(found.end - 1, -1).some((t) => breaksAfter(t));
  const content = words.filter((t) => !JOINERS.has(t.norm));
  // Answering "what kind of business?", "physical therapy. …": a trade said first, then more.
  if (trade && content.length <= 2 && more && COMPANY_HINTS.has(content[content.length - 1]?.norm ?? '')) return true;
  // ("retail. like a store…": one plain word said first is a kind too.)
  if (trade && content.length === 1 && more && !/^\p{Lu}/u.test(content[0].raw)) return true;
  return content.length <= 2 && more && content.every((t) => COMPANY_HINTS.has(t.norm) || GENERIC_WORDS.has(t.norm));
}

/**
 * The name said as the answer's last phrase, after a description: business-like ("campos trucking"), or —
 * when `afterNoun` and the words before name a kind of business ("una guardería, pequeños pasos") — any
 * two or more name words.
 */
function lastNamedPhrase(tokens: Token[], from: number, details: { start: number; end: number }[], afterNoun: boolean, asked = false): Span<string> | null {
  const detailAt = new Set(details.map((d) => d.start));
  for (let k = Math.max(1, from); k < tokens.length; k++) {
    if (!breaksAfter(tokens[k - 1]) || endsSentence(tokens[k - 1]) && tokens[k - 1].after.includes('?')) continue;
    // "…, it's ledgerline bookkeeping", "…, se llama X": an opener before the name.
    const op = PHRASE_OPENERS.filter((w) => matchAt(tokens, k, w)).sort((x, y) => y.length - x.length)[0];
    const at = k + (op?.length ?? 0);
    // "…, el rincón de oaxaca": a leading article is dropped (the naming convention), unless it is all there is.
    const bareArticle = ['el', 'la', 'los', 'las', 'the'].includes(tokens[at]?.norm ?? '') && tokens[at + 2] && !breaksAfter(tokens[at]);
    // Read as a name ("a food truck, rolling smoke bbq": a verb-like first word is fine here); the checks follow.
    const c = readCompany(tokens, bareArticle ? at + 1 : at, 'strong');
    if (!c || !(c.end >= tokens.length || detailAt.has(c.end) || (breaksAfter(tokens[c.end - 1]) && tokens.slice(c.end).every((t) => !isWordish(t.raw) || ACKS.has(t.norm) || TRAILERS.has(t.norm))))) continue;
    // "…, ¿ustedes contratan?": a question back is no name.
    if (tokens[c.end - 1].after.includes('?')) continue;
    if (details.some((d) => c.start < d.end && d.start < c.end)) continue;
    const norms = tokens.slice(c.start, c.end).map((t) => t.norm);
    // "…, handyman stuff": an ordinary last word makes it a description.
    const lastWord = norms[norms.length - 1];
    if (VAGUE.has(lastWord)) continue;
    // "…, accounting firm": trade words alone at the end describe the business just named.
    if (norms.every((n) => COMPANY_HINTS.has(n) || GENERIC_WORDS.has(n) || JOINERS.has(n))) continue;
    const named = isBusinessLike(norms) && !describesKind(tokens, c);
    // Any two or more name words, when the question or the words before named a kind of business.
    // "…, doy clases particulares": a first-person verb opens a sentence, not a name.
    if (SPANISH_FIRST_PERSON.has(norms[0]) || FIRST_PLURAL_VERB.test(norms[0])) continue;
    const plain =
      afterNoun &&
      norms.length >= 2 &&
      !GENERIC_WORDS.has(norms[0]) &&
      // "…, wants faster responses": a verb opens a clause, not a name.
      !(NON_NAME.has(norms[0]) && /s$/.test(norms[0])) &&
      // "working from home": a verb and its preposition.
      !(/ing$/.test(norms[0]) && ['from', 'on', 'in', 'at', 'with', 'for', 'out', 'by'].includes(norms[1])) &&
      !/ly$/.test(norms[norms.length - 1]) &&
      !norms.some((n) => isDigitWord(n) || ROLE_WORDS.has(n)) &&
      (asked || tokens.slice(0, k).some((t) => isBusinessNoun(t.norm)));
    // "a nail salon, polished": one plain word ending the answer, after a kind of business, when it was asked.
    const single =
      afterNoun && asked && norms.length === 1 && c.end >= tokens.length && !GENERIC_WORDS.has(norms[0]) && !NON_NAME.has(norms[0]) && !/ly$/.test(norms[0]) && !isDigitWord(norms[0]) &&
      !PLACES.has(norms[0]) && !WITHHELD.has(norms[0]) && tokens.slice(0, k).some((t) => isBusinessNoun(t.norm));
    if (named || plain || single) return c;
  }
  return null;
}

/**
 * Asked for several details at once, the visitor lists them: "nora ellis, nora@…, ellis floors, 512…". A
 * comma-separated part that reads as a company and is all its part holds is the company; the extractor
 * drops parts that are the name, the address or the number (they overlap those spans).
 */
function listedSegments(tokens: Token[], found: CompanyFind[], details: { start: number; end: number }[]): CompanyFind[] {
  if (found.length) return [];
  const out: CompanyFind[] = [];
  // A part also starts right after an address or a number, with or without "and" ("…one two one two and becker builders").
  const afterDetail = new Set(details.flatMap((d) => (['and', 'y', '&'].includes(tokens[d.end]?.norm ?? '') ? [d.end + 1] : [d.end])));
  const detailAt = new Set(details.map((d) => d.start));
  for (let i = 1; i < tokens.length; i++) {
    if (tokens[i - 1].after !== ',' && !afterDetail.has(i)) continue;
    // "con natalia, de grupo médico…": the preposition is no part of the name.
    if (['de', 'del', 'from', 'with'].includes(tokens[i].norm) && tokens[i + 1]) i++;
    const c = readCompany(tokens, i, 'medium');
    if (!c || !(c.end >= tokens.length || breaksAfter(tokens[c.end - 1]) || detailAt.has(c.end))) continue;
    // "…punto com, ¿el sistema lo guarda?": a question put to the agent is no part of a list of details.
    if (tokens[c.end - 1].after.includes('?') || tokens[i].before.includes('¿')) continue;
    out.push({ ...c, strength: 'medium', introStart: i, listed: true });
  }
  return out;
}

const ECHO_WORDS = new Set([...NOUN, ...NOUN_ES, 'name', 'nombre']);

// ("ese es el nombre viejo, ahora se llama…", "the old name, now it's called…": the old name was said first.)
const RENAME_CUE = /\b(used to be|was called|were called|formerly|antes era|antes eramos|se llamaba|nos llamabamos|old name|nombre viejo|nombre anterior|changed the name|cambiamos el nombre|cambio de nombre|before that|antes de eso)\b/;
const RENAMED: string[][] = [
  ['now', "it's"], ['now', 'its'], ['now', 'it', 'is'], ['now', "we're"], ['now', 'we', 'are'], ['now', "it's", 'called'], ['now', 'we', 'go', 'by'],
  ['ahora', 'es'], ['ahora', 'somos'], ['ahora', 'se', 'llama'], ['ahora', 'nos', 'llamamos'],
  // "before that i was a trainer at X, now i have Y": the business the visitor has now.
  ['now', 'i', 'have'], ['now', 'i', 'own'], ['now', 'i', 'run'], ['ahora', 'tengo'],
];

const OURS: string[][] = [['is', 'ours'], ['is', 'mine'], ['es', 'nuestro'], ['es', 'nuestra'], ['es', 'mio'], ['es', 'mia']];

const NAME_AFTER: string[][] = [
  ['is', 'the', 'name', 'of', 'the'], ['is', 'the', 'name', 'of', 'my'], ['is', 'the', 'name', 'of', 'our'],
  ['es', 'el', 'nombre', 'de', 'la'], ['es', 'el', 'nombre', 'de', 'mi'], ['es', 'el', 'nombre', 'del'],
];

const NAME_IS: string[][] = [['is', 'the', 'name'], ['es', 'el', 'nombre']];

const CALLED: string[][] = [["it's", 'called'], ['its', 'called'], ['it', 'is', 'called'], ['se', 'llama'], ["we're", 'called'], ['we', 'are', 'called']];

/** Nouns a visitor puts their business's name after, as an aside ("my restaurant, Casa Oaxaca, …"). */
const ASIDE_NOUNS = new Set([
  ...NOUN, ...NOUN_ES, 'nonprofit', 'non-profit', 'charity', 'organization', 'organizacion', 'asociacion', 'cooperativa', 'fundacion', 'restaurant', 'salon', 'clinic', 'bakery', 'cafe', 'studio', 'gym', 'spa', 'bar', 'hotel',
  'farm', 'team', 'crew', 'restaurante', 'clinica', 'estetica', 'panaderia', 'despacho', 'consultorio', 'hotel',
  'office', 'oficina', 'truck', 'cocina', 'puesto', 'local', 'franchise', 'franquicia', 'boutique', 'tienda',
]);
/**
 * "the owner of a hair salon, shear elegance": right after the business noun and its comma, a phrase that
 * ends there (a pause or the turn's end) names it, trade word or not — unless it opens with an ordinary word
 * ("…, family style", "…, mostly cakes").
 */
function appositiveName(tokens: Token[], start: number, articled = false): Span<string> | null {
  const found = readCompany(tokens, start, 'medium');
  if (!found || /ly$/.test(tokens[found.start].norm)) return null;
  const words = tokens.slice(found.start, found.end).map((t) => t.norm);
  // "we have a restaurant, the good table, farm to table…": an article sets a name apart whatever its first word.
  const last = found.end >= tokens.length || endsSentence(tokens[found.end - 1]) || articled;
  // "we own a daycare, little acorns": an ordinary first word only in the turn's (or sentence's) last
  // words, the rest no ordinary words ("…, small one", "…, family style, about forty seats" are not names).
  if (GENERIC_WORDS.has(words[0]) && !(last && words.length >= 2 && words.slice(1).every((w) => !GENERIC_WORDS.has(w) && !GENERIC_START.has(w)))) return null;
  return last || breaksAfter(tokens[found.end - 1]) ? found : null;
}

/** Verbs of owning or starting a business, said with a joint subject ("me and my brother run…"). */
const JOINT_VERBS = new Set(['run', 'own', 'started', 'founded', 'operate', 'manage']);
const HAVE_ES = new Set(['tengo', 'tenemos', 'manejo', 'manejamos', 'administro', 'administramos']);

/**
 * "me and my brother run hendricks brothers roofing", "my partner and i started ridgeline fitness": the
 * visitor with someone else owns or started it. "(mi esposo y yo) tenemos la taquería el paisa": a definite
 * article, a trade word and a proper part name one particular business (not "tenemos la idea…", not "el
 * taller mecánico" with no proper part).
 */
function ownedJointly(tokens: Token[], found: CompanyFind[]): CompanyFind[] {
  const out: CompanyFind[] = [];
  const free = (k: number) => !found.some((f) => f.introStart <= k && k < f.end) && !out.some((f) => f.introStart <= k && k < f.end);
  for (let v = 2; v + 1 < tokens.length; v++) {
    const verb = tokens[v].norm;
    if (JOINT_VERBS.has(verb) && free(v)) {
      // "…and i started X" / "me and my brother run X": "i" right before, or "me and" within the four before.
      const joint = tokens[v - 1].norm === 'i' || tokens.slice(Math.max(0, v - 5), v - 2).some((t, k, arr) => t.norm === 'me' && arr[k + 1]?.norm === 'and');
      if (!joint) continue;
      const c = readCompany(tokens, v + 1, 'weak');
      if (c) out.push({ ...c, strength: 'weak', introStart: v });
    } else if (HAVE_ES.has(verb) && ['la', 'el'].includes(tokens[v + 1].norm) && COMPANY_HINTS.has(tokens[v + 2]?.norm ?? '') && free(v)) {
      const c = readCompany(tokens, v + 2, 'medium');
      const words = c ? tokens.slice(c.start, c.end).map((t) => t.norm) : [];
      if (c && words.some((w, k) => k > 0 && !COMPANY_HINTS.has(w) && !GENERIC_WORDS.has(w) && !JOINERS.has(w))) out.push({ ...c, strength: 'medium', introStart: v });
    }
  }
  return out;
}

/** Past-tense work words: "i used to work at X", "antes trabajaba en X" name a former employer, not the visitor's. */
const PAST_WORK = /\b(?:used to|worked|formerly|previously|retired from|before that|trabajaba|trabaje|solia|antes era|antes estaba|antes de eso)\b/;

/** Whether the words before a company in its phrase (up to eight back) say it was the visitor's before. */
function formerPlace(tokens: Token[], f: CompanyFind): boolean {
  let k = Math.min(f.introStart, f.start);
  while (k > 0 && f.start - k < 8 && !breaksAfter(tokens[k - 1])) k--;
  const before = tokens.slice(k, f.start).map((t) => t.norm).join(' ');
  // A rename ("it used to be X, now it's Y") is read by its own rule, which takes the new name.
  return PAST_WORK.test(before) && !/\bused to be (?:called )?$/.test(before);
}

/** "i handle the phones for a…": a first-person subject among the few words before `k`, in the same phrase. */
function firstPersonClause(tokens: Token[], k: number): boolean {
  for (let q = k - 1; q >= 0 && q >= k - 5; q--) {
    if (q < k - 1 && breaksAfter(tokens[q])) return false;
    if (['i', "i'm", 'im', 'we', "we're", 'yo'].includes(tokens[q].norm)) return true;
  }
  return false;
}

const WORKPLACE_PREPS = new Set(['at', 'for', 'en', 'para']);
const WORK_VERBS = new Set(['work', 'trabajo', 'trabajamos']);

/** Where a business noun sits among the `span` words before `i` in the same phrase ("a bakery downtown"); -1 when none. */
function businessNounBefore(tokens: Token[], i: number, span: number): number {
  for (let k = i - 1; k >= 0 && k >= i - span; k--) {
    if (k < i - 1 && breaksAfter(tokens[k])) return -1;
    if (isBusinessNoun(tokens[k].norm)) return k;
  }
  return -1;
}

/** The same, across pauses but not across a sentence end ("tengo una tiendita y hacemos envíos, se llama…"). */
function businessNounInSentence(tokens: Token[], i: number, span: number): number {
  for (let k = i - 1; k >= 0 && k >= i - span; k--) {
    if (k < i - 1 && endsSentence(tokens[k])) return -1;
    if (isBusinessNoun(tokens[k].norm)) return k;
  }
  return -1;
}

/** A trade word, also in the plural ("car washes", "food trucks"). */
function isTradeNoun(norm: string): boolean {
  if (COMPANY_HINTS.has(norm) || ASIDE_NOUNS.has(norm)) return true;
  if (!/s$/.test(norm)) return false;
  const stems = [norm.slice(0, -1), norm.replace(/es$/, '')];
  return stems.some((s) => COMPANY_HINTS.has(s) || ASIDE_NOUNS.has(s) || COMPANY_HINTS.has(`${s}ing`));
}

/** A kind of business, also as a Spanish diminutive ("tiendita", "escuelita", "taquerita"). */
function isBusinessNoun(norm: string): boolean {
  if (COMPANY_HINTS.has(norm) || ASIDE_NOUNS.has(norm)) return true;
  const base = /^(\p{L}{3,})it([ao])s?$/u.exec(norm);
  return !!base && [`${base[1]}a`, `${base[1]}o`].some((w) => COMPANY_HINTS.has(w) || ASIDE_NOUNS.has(w));
}

/** "tengo una agencia … se llama": an owning verb, an article and a business noun in the few words before `i`, no person among them. */
function ownedKindBefore(tokens: Token[], i: number): boolean {
  for (let k = Math.max(1, i - 8); k < i - 1; k++) {
    if (!['un', 'una', 'a', 'an'].includes(tokens[k].norm) || !OWNING.has(tokens[k - 1].norm) || !isBusinessNoun(tokens[k + 1].norm)) continue;
    const between = tokens.slice(k, i);
    return !between.some((t) => PERSON_NOUNS.has(t.norm)) && !between.slice(0, -1).some((t) => endsSentence(t));
  }
  return false;
}

/** "tengo", "tenemos", "i have", "we run": an owning verb whose subject is the speaker. */
function firstPersonOwning(tokens: Token[], k: number): boolean {
  const verb = tokens[k]?.norm ?? '';
  if (['tengo', 'tenemos', 'manejo', 'llevo', 'llevamos', 'somos', "we're"].includes(verb)) return true;
  return OWNING.has(verb) && ['i', 'we', 'yo'].includes(tokens[k - 1]?.norm ?? '');
}

const NAMING_OPENERS = [['que', 'se', 'llama'], ['llamado'], ['llamada'], ['called'], ['named']];
const SE_LLAMA = ['se', 'llama'];

/** A bare "se llama" (no pause before it) after a determined business noun or the speaker's own business. */
function bareSeLlama(tokens: Token[], i: number): boolean {
  if (tokens[i].norm !== 'se' || tokens[i + 1]?.norm !== 'llama' || breaksAfter(tokens[i - 1])) return false;
  return (isBusinessNoun(tokens[i - 1].norm) && DETERMINERS.has(tokens[i - 2]?.norm ?? '')) || ownedKindBefore(tokens, i);
}
const DETERMINERS = new Set(['el', 'la', 'mi', 'su', 'tu', 'nuestro', 'nuestra', 'the', 'my', 'our']);
const PERSON_NOUNS = new Set(
  'son daughter wife husband partner boss friend brother sister kid kids dog cat manager owner hijo hija esposa esposo socio socia jefe jefa amigo amiga hermano hermana perro perrita perrito gato mama papa dueno duena gerente'.split(' '),
);

/** "…, se llama X" / "…, it's called X": openers that name the business only after a pause. */
const PAUSED_CALLED: string[][] = [['se', 'llama'], ["it's", 'called'], ['its', 'called'], ['it', 'is', 'called']];

const ASIDE_QUALIFIERS = new Set(['own', 'little', 'small', 'family', 'side', 'propia', 'propio', 'pequena', 'pequeno']);
const OWNING = new Set(['have', 'has', 'own', 'owns', 'run', 'runs', 'manage', 'got', 'operate', 'tiene', 'tienen', 'tengo', 'tenemos', 'manejo', 'llevo', 'llevamos', "we're", 'are', 'somos']);
const CALLING_VERBS = new Set(['calling', 'writing', 'hablo', 'llamo', 'escribo', 'habla']);
const REFERRAL = new Set(['heard', 'referred', 'recommended', 'told', 'from', 'by', 'recomendo', 'recomendaron', 'supe']);
const FIRST_PERSON_SUBJECT = new Set(['i', "i'm", 'im', 'we', "we're", 'yo', 'trabajo', 'somos', 'soy']);

const CORRECTION_WORDS: string[][] = [
  ['scratch', 'that'], ['sorry'], ['actually'], ['i', 'mean'], ['correction'], ['perdon'], ['mejor', 'dicho'], ['quiero', 'decir'], ['wait'], ['no', 'wait'],
  // ("car wash los hermanos… no, se llama splash car wash", "…bueno ahora se llama…": Spanish self-repairs.)
  ['no'], ['bueno'], ['digo'],
];
const RESTATE_OPENERS: string[][] = [["it's"], ['its'], ['it', 'is'], ["we're"], ['we', 'are'], ['es'], ['somos'], ['se', 'llama'], ['now', "it's"]];

/**
 * "The company is Apex Electric. Scratch that, we rebranded, it's Apex Power Solutions now.": after a
 * company and a correction word, an "it's …" within the next few words restates the company.
 */
function restatedAfterCorrection(tokens: Token[], found: CompanyFind[]): CompanyFind[] {
  if (!found.length) return [];
  const out: CompanyFind[] = [];
  const after = Math.max(...found.map((f) => f.end));
  for (let i = after; i < tokens.length; i++) {
    const fix = CORRECTION_WORDS.find((w) => matchAt(tokens, i, w));
    if (!fix) continue;
    // "no sorry, …", "no perdón, …": correction words said together count as one.
    let at = i + fix.length;
    for (let more = CORRECTION_WORDS.find((w) => matchAt(tokens, at, w)); more; more = CORRECTION_WORDS.find((w) => matchAt(tokens, at, w))) at += more.length;
    // "northgate plumbing, sorry, northgate plumbing and drain": the name said again right after the word.
    const direct = readCompany(tokens, at, 'medium');
    const firstWords = new Set(found.map((f) => tokens[f.start].norm));
    // ("northside tire, no sorry, northgate tire and lube": a word of the name said before comes back.)
    const said = new Set(found.flatMap((f) => tokens.slice(f.start, f.end).map((t) => t.norm)).filter((n) => !JOINERS.has(n)));
    const directWords = direct ? tokens.slice(direct.start, direct.end).map((t) => t.norm) : [];
    if (direct && (firstWords.has(tokens[direct.start].norm) || isBusinessLike(directWords) || (directWords.length >= 2 && directWords.some((n) => said.has(n))))) {
      out.push({ ...direct, strength: 'medium', introStart: i, restated: true });
      break;
    }
    for (let k = at; k < Math.min(tokens.length, at + 6); k++) {
      const op = RESTATE_OPENERS.filter((w) => matchAt(tokens, k, w)).sort((a, b) => b.length - a.length)[0];
      if (!op) continue;
      const c = readCompany(tokens, k + op.length, 'medium');
      if (c) out.push({ ...c, strength: 'medium', introStart: i, restated: true });
      break;
    }
    break;
  }
  return out;
}
