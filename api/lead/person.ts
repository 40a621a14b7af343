/**
 * The visitor's own name in a user turn: after an opener ("my name is", "I'm", "this is", "me llamo",
 * "soy"), as a bare answer to the assistant's "what's your name?", or as a spelled correction ("no, it's
 * spelled S-M-Y-T-H"). Weak openers ("I'm", "soy", "this is") only count when the next word looks like a
 * name (capitalised, a known given name, or spelled), so "I'm interested in pricing" yields nothing.
 */
import type { Ask } from './context.js';
import { ACKS, COMPANY_HINTS, FIRST_NAMES, LEGAL_SUFFIX, NAME_PARTICLES, NON_NAME, PLACES, ROLE_WORDS, SURNAME_WORDS } from './lexicon.js';
import { isCapitalised, isNameWord, similarity } from './names.js';
import { isDigitWord } from './numbers.js';
import { breaksAfter, byFirstWord, casingIsInformative, endsSentence, fold, type Token } from './text.js';

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
  /** Restated after a correction word ("Jenny, sorry, Jennifer"): replaces what came before in the turn. */
  correction?: boolean;
  /** How many of `words` are the given name, when the visitor said which ("salinas, beatriz"). */
  given?: number;
}

type Strength = 'strong' | 'weak';
const BUSINESS_NOUNS = new Set(['company', "company's", 'business', "business's", 'firm', "firm's", 'shop', 'store', 'brand', 'agency']);
const INTROS: [string[], Strength, NameMode][] = [
  [['my', 'name', 'is'], 'strong', 'full'],
  [['my', "name's"], 'strong', 'full'],
  [['my', 'full', 'name', 'is'], 'strong', 'full'],
  [['my', 'real', 'name', 'is'], 'strong', 'full'],
  [['my', 'legal', 'name', 'is'], 'strong', 'full'],
  [['my', 'actual', 'name', 'is'], 'strong', 'full'],
  [['the', 'name', 'is'], 'strong', 'full'],
  [['the', "name's"], 'strong', 'full'],
  // Speech-to-text drops the apostrophe: "the names florian batista".
  [['the', 'names'], 'strong', 'full'],
  [['my', 'names'], 'strong', 'full'],
  // "hey there, names deshawn": "my" dropped too (only opening a phrase: see findNamesIn).
  [['names'], 'weak', 'full'],
  // "…0187, oh and its obinna by the way": mid-turn, only as an aside (see findNamesIn).
  [['its'], 'weak', 'full'],
  [["it's"], 'weak', 'full'],
  [['name', 'is'], 'weak', 'full'],
  [["name's"], 'weak', 'full'],
  [['under', 'the', 'name'], 'strong', 'full'],
  [['put', 'it', 'under'], 'weak', 'full'],
  // "put doctor ellen frost, she's the owner", "ponga leticia ramos": the name to write down.
  [['put', 'down'], 'weak', 'full'],
  [['put'], 'weak', 'full'],
  [['ponga'], 'weak', 'full'],
  // "dispatch lead is me ray ortega", "yes thats me takeshi nakamura".
  [['is', 'me'], 'weak', 'full'],
  [['thats', 'me'], 'weak', 'full'],
  [["that's", 'me'], 'weak', 'full'],
  // "who should i ask for?" — "ask for ray".
  [['ask', 'for'], 'weak', 'full'],
  [['pregunte', 'por'], 'weak', 'full'],
  [['apuntale'], 'weak', 'full'],
  [['anotale'], 'weak', 'full'],
  [['ponle'], 'weak', 'full'],
  [['pon'], 'weak', 'full'],
  [['anote'], 'weak', 'full'],
  [['apunte'], 'weak', 'full'],
  [['book', 'it', 'under'], 'weak', 'full'],
  [['call', 'me'], 'weak', 'full'],
  [['my', 'first', 'name', 'is'], 'strong', 'first'],
  [['first', 'name', 'is'], 'strong', 'first'],
  [['my', 'last', 'name', 'is'], 'strong', 'last'],
  [['my', 'last', "name's"], 'strong', 'last'],
  [['last', "name's"], 'strong', 'last'],
  [['my', 'first', "name's"], 'strong', 'first'],
  [['first', "name's"], 'strong', 'first'],
  [['my', "surname's"], 'strong', 'last'],
  [['last', 'name', 'is'], 'strong', 'last'],
  [['my', 'surname', 'is'], 'strong', 'last'],
  [['last', 'name'], 'strong', 'last'],
  [['first', 'name'], 'strong', 'first'],
  // "first is bo, last is dawson" answering "your first and last name?" (only then: see findNamesIn).
  [['first', 'is'], 'strong', 'first'],
  [['last', 'is'], 'strong', 'last'],
  [['apellido'], 'weak', 'last'],
  [['de', 'apellido'], 'strong', 'last'],
  [['de', 'nombre'], 'strong', 'first'],
  [['y', 'de', 'nombre'], 'strong', 'first'],
  [['you', 'can', 'call', 'me'], 'strong', 'full'],
  [["you're", 'speaking', 'with'], 'strong', 'full'],
  [['youre', 'speaking', 'with'], 'strong', 'full'],
  [["you're", 'talking', 'to'], 'strong', 'full'],
  [['youre', 'talking', 'to'], 'strong', 'full'],
  [['you', 'are', 'speaking', 'with'], 'strong', 'full'],
  [['you', 'are', 'talking', 'to'], 'strong', 'full'],
  [['just', 'call', 'me'], 'strong', 'first'],
  [['i', 'go', 'by'], 'strong', 'first'],
  [["i'm"], 'weak', 'full'],
  [['im'], 'weak', 'full'],
  [['i', 'am'], 'weak', 'full'],
  [['this', 'is'], 'weak', 'full'],
  [['me', 'llamo'], 'strong', 'full'],
  // "a nombre de Aurelio Cantú" (a booking or an order in their name).
  [['a', 'nombre', 'de'], 'strong', 'full'],
  [['mi', 'nombre', 'es'], 'strong', 'full'],
  [['mi', 'nombre', 'completo', 'es'], 'strong', 'full'],
  [['mi', 'primer', 'nombre', 'es'], 'strong', 'first'],
  [['mi', 'apellido', 'es'], 'strong', 'last'],
  [['el', 'apellido', 'es'], 'weak', 'last'],
  [['mis', 'apellidos', 'son'], 'strong', 'last'],
  [['soy'], 'weak', 'full'],
  [['le', 'habla'], 'strong', 'full'],
  [['le', 'escribe'], 'strong', 'full'],
  [['te', 'escribe'], 'strong', 'full'],
  [['les', 'escribe'], 'strong', 'full'],
  [['les', 'habla'], 'strong', 'full'],
  [['le', 'saluda'], 'strong', 'full'],
  [['te', 'saluda'], 'strong', 'full'],
  [['te', 'habla'], 'strong', 'full'],
  [['habla'], 'weak', 'full'],
];

/** Openers a bare answer may carry ("Sure, it's Dana", "Claro, soy Ana"). */
const BARE_OPENERS: string[][] = [
  ["it's"], ['its'], ['it', 'is'], ["i'm"], ['i', 'am'], ['im'], ['this', 'is'], ['my', 'name', 'is'], ['my', "name's"],
  ['me', 'llamo'], ['mi', 'nombre', 'es'], ['soy'], ['es'], ['con'], ['just'], ['call', 'me'], ['you', 'can', 'call', 'me'],
  ['mi', 'apellido', 'es'], ['my', 'last', 'name', 'is'], ['my', 'first', 'name', 'is'], ['last', 'name'], ['first', 'name'],
  ['yo', 'soy'], ['a', 'la'], ['a', 'el'], ['the', 'name', 'is'], ['the', "name's"], ['name', 'is'], ['y'], ['and'],
  ['put', 'it', 'under'], ['book', 'it', 'under'], ['under'], ['put'], ['put', 'down'], ['apuntale'], ['anotale'], ['apunte'], ['anote'], ['ponga'], ['ponle'], ['que', 'tal'], ['nombre'], ['the', 'names'], ['names'],
  ["you're", 'speaking', 'with'], ['youre', 'speaking', 'with'], ["you're", 'talking', 'to'], ['youre', 'talking', 'to'], ['you', 'are', 'speaking', 'with'], ['you', 'are', 'talking', 'to'], ['habla'], ['le', 'habla'],
  // "¿con quién tengo el gusto?" — "aquí rafael ontiveros".
  ['aqui'],
  // Fillers and asides before the answer: "claro que sí, es…", "mire, soy…", "sorry, yeah, its…", "let me see…".
  ['thing'], ['que', 'si'], ['mire'], ['mira'], ['oiga'], ['a', 'ver'], ['este'], ['sorry'], ['perdon'], ['perdone'], ['disculpe'], ['let', 'me', 'see'], ["let's", 'see'], ['lets', 'see'],
];

/** Words that open a self-correction ("Jenny, sorry, Jennifer…", "Villalobos, perdón, Villanueva"). */
const CORRECTION_OPENERS: string[][] = [
  // Not a bare "no": "Alejandra, no Alejandro" negates the second name.
  ['sorry'], ['i', 'mean'], ['actually'], ['rather'], ['or', 'rather'], ['oops'], ['wait'], ['my', 'bad'], ['no', 'wait'], ['no', 'sorry'], ['no', 'perdon'],
  ['perdon'], ['perdona'], ['disculpa'], ['bueno'], ['mejor', 'dicho'], ['o', 'sea'], ['quiero', 'decir'],
  // Only before a whole name (see correctionAfter): "jimmy or james holloway", "ted well theodore banks".
  ['or'], ['well'], ['o'],
];
const FULL_ONLY = new Set(['or', 'well', 'o']);

/** Possessives before "name is" that make it someone else's name ("her name is Emily"). */
const OTHERS_POSSESSIVE = new Set(['his', 'her', 'their', 'your', 'its', 'our', 'su', 'sus', 'tu']);

/** Articles before a role ("I'm the dispatcher, Keisha", "soy la recepcionista, Daniela"). */
const ROLE_ARTICLES = new Set(['the', 'a', 'an', 'la', 'el', 'un', 'una']);

const GREETINGS = new Set(['hiya', 'howdy', 'heya', 'hi', 'hello', 'hey', 'hola', 'buenas', 'buenos', 'dias', 'tardes', 'noches', 'good', 'morning', 'afternoon', 'evening', 'yes', 'yeah', 'si', 'oh', 'ok', 'okay', 'there', 'so']);

/** Titles before a name ("Dr. Ellen Park", "la licenciada Marisol Vega"): skipped, never kept. */
/** Titles said before a given name as often as a surname ("pastor mike", "coach dave", "chef lorenzo mancuso"). */
const GIVEN_TITLES = ['father', 'fr', 'pastor', 'pastora', 'coach', 'chef', 'reverend', 'rev', 'captain', 'padre', 'maestro', 'maestra', 'profe', 'deacon', 'bishop', 'rabbi', 'imam', 'diacono', 'obispo'];
const TITLES = new Set(['comandante', 'capitan', 'teniente', 'coronel', 'sargento', 'officer', 'sergeant', 'sgt', 'detective', 'deputy', 'judge', 'sheriff', 'dr', 'doctor', 'doctora', 'mr', 'mrs', 'ms', 'miss', 'mister', 'sr', 'sra', 'srta', 'senor', 'senora', 'senorita', 'lic', 'licenciado', 'licenciada', 'ing', 'ingeniero', 'ingeniera', 'arq', 'arquitecto', 'arquitecta', 'don', 'dona', 'prof', 'professor', ...GIVEN_TITLES]);
/**
 * Professions used as a title before a name in Mexico and elsewhere ("química sandra rosas"): only before a
 * known given name, since "soy contador público" names nobody.
 */
const PROFESSION_TITLES = new Set(['quimico', 'quimica', 'nutriologo', 'nutriologa', 'contador', 'contadora', 'mtro', 'mtra', 'enfermero', 'enfermera']);

/** "dr nguyen", "la doctora ibarra": a title and one word name the surname. */
function titled(tokens: Token[], at: number, words: string[], mode: NameMode): NameMode {
  const end = skipTitle(tokens, at);
  // "don fernando", "doña amparo", "la señora amparo": these titles go with a given name too.
  const givenToo = (t: Token) => GIVEN_TITLES.includes(t.norm) || ['don', 'dona'].includes(t.norm) || (['senora', 'senor', 'senorita'].includes(t.norm) && FIRST_NAMES.has(fold(words[0] ?? '')));
  const surnameTitle = tokens.slice(at, end).some((t) => !givenToo(t) && !['la', 'el'].includes(t.norm));
  return mode === 'full' && words.length === 1 && surnameTitle ? 'last' : mode;
}

function skipTitle(tokens: Token[], i: number): number {
  let j = i;
  if (['la', 'el'].includes(tokens[j]?.norm ?? '') && TITLES.has(tokens[j + 1]?.norm ?? '')) j++;
  while (tokens[j] && (TITLES.has(tokens[j].norm) || (PROFESSION_TITLES.has(tokens[j].norm) && nameFollows(tokens, j + 1))) && tokens[j + 1]) j++;
  return j;
}

/** A known given name, or two name words closing the phrase ("química renata solís"), starts at `k`. */
function nameFollows(tokens: Token[], k: number): boolean {
  const [a, b] = [tokens[k], tokens[k + 1]];
  if (!a || NON_NAME.has(a.norm)) return false;
  if (FIRST_NAMES.has(a.norm)) return true;
  const word = (t: Token | undefined) => !!t && isNameWord(t.raw) && t.norm.length >= 2 && !NON_NAME.has(t.norm);
  return word(a) && !breaksAfter(a) && word(b) && (k + 2 >= tokens.length || breaksAfter(b!));
}

function matchAt(tokens: Token[], i: number, words: string[]): boolean {
  return words.every((w, k) => tokens[i + k]?.norm === w);
}

function looksLikeNameStart(t: Token, strength: Strength, casing: boolean, next?: Token): boolean {
  if (t.spelled) return true;
  if (!isNameWord(t.raw) || NAME_PARTICLES.has(t.norm)) return false;
  // "her name's june ortiz": a given name that is also a word, after an opener that promises a name.
  if (NON_NAME.has(t.norm)) return strength === 'strong' && FIRST_NAMES.has(t.norm) && !!next && isNameWord(next.raw) && !NON_NAME.has(next.norm);
  if (strength === 'strong') return true;
  // Weak openers: a known given name, or a capitalised word when capitals mean something — never a word
  // like "interested" / "calling" or a place ("I'm Texas-based").
  if (FIRST_NAMES.has(t.norm)) return true;
  if (PLACES.has(t.norm)) return false;
  // "I'm interested" / "this is calling…" are verbs; short or hyphenated capitalised names ("Mei-Ling",
  // "Ming") merely end the same way.
  if (/(ing|ed|ly)$/.test(t.norm) && !(casing && isCapitalised(t.raw) && (t.norm.length < 7 || t.norm.includes('-')))) return false;
  return casing && isCapitalised(t.raw);
}

/** Reads name words from `i`; returns them (raw, spelled ones folded) and where the name ended. */
function readName(tokens: Token[], start: number, strength: Strength, lang: string): { words: string[]; end: number; companyStart?: number } | null {
  const i = skipTitle(tokens, start);
  if (!tokens[i]) return null;
  // "i'm sven from nordlys heating": an unknown lower-case word still reads as a name when a business follows.
  const byBusiness =
    strength === 'weak' && (looksLikeNameStart(tokens[i], 'strong', false) || FIRST_NAMES.has(tokens[i].norm)) && !breaksAfter(tokens[i]) && ['from', 'with'].includes(tokens[i + 1]?.norm ?? '') && businessAt(tokens, i + 2);
  // "will, will osei", "rose. rose tran": a word said, then again with a surname, is a name whatever else it means.
  const again = tokens[i + 2];
  const saidTwice =
    strength === 'strong' && breaksAfter(tokens[i]) && tokens[i + 1]?.norm === tokens[i].norm && !!again && isNameWord(again.raw) && !NON_NAME.has(again.norm) && isNameWord(tokens[i].raw);
  if (!saidTwice && !byBusiness && !looksLikeNameStart(tokens[i], strength, casingIsInformative(tokens), tokens[i + 1]) && !(strength === 'weak' && standsAlone(tokens, i))) return null;
  const words: string[] = [];
  let j = i;
  let lastSpelled = false;
  // Five name words at most; particles ("vázquez de la garza") do not count.
  while (j < tokens.length && words.filter((w) => !NAME_PARTICLES.has(fold(w))).length < 5) {
    const t = tokens[j];
    // "…whitfield d a n a at whitfield hvac…": a spelled word before "at" starts an address.
    if (t.spelled && words.length && AT_WORDS.has(tokens[j + 1]?.norm ?? '')) break;
    if (t.spelled && words.length && !lastSpelled) {
      // "Dana, D-A-N-A": the spelling settles how a word already said is written — usually the one before
      // it, but "oluwaseun adeyemi, o l u w a s e u n" spells the first.
      const prev = words[words.length - 1];
      const same = words.findIndex((w) => fold(w) === t.norm);
      const like = words.findIndex((w) => similarity(t.raw, w) >= 0.6);
      if (same >= 0) {
        // Same letters: keep the word as first written (it may carry accents the spelling lost).
      } else if (like >= 0) {
        words[like] = t.raw;
      } else if (similarity(t.raw, prev) >= 0.5 || t.raw[0] === prev[0]?.toLowerCase()) {
        words[words.length - 1] = t.raw;
      } else words.push(t.raw);
      lastSpelled = true;
      j++;
      if (breaksAfter(t) && !(tokens[j] && isNameWord(tokens[j].raw) && !NON_NAME.has(tokens[j].norm)) && !particleSurnameAt(tokens, j)) break;
      continue;
    }
    // "hailey carter dash lewis": a hyphen said between two surnames.
    const afterHyphen = tokens[j + 1];
    if (HYPHEN_WORDS.has(t.norm) && words.length && !breaksAfter(tokens[j - 1]) && afterHyphen && afterHyphen.norm !== 'bajo' && isNameWord(afterHyphen.raw) && !NON_NAME.has(afterHyphen.norm)) {
      words[words.length - 1] = `${words[words.length - 1]}-${tokens[j + 1].raw}`;
      lastSpelled = false;
      j += 2;
      if (breaksAfter(tokens[j - 1])) break;
      continue;
    }
    if (t.norm === 'o' && words.length && tokens[j + 1] && tokens[j + 1].norm !== 'sea' && isNameWord(tokens[j + 1].raw) && !NON_NAME.has(tokens[j + 1].norm) && !breaksAfter(t)) {
      // "liam o brien": the apostrophe was lost in transcription.
      words.push(`o'${tokens[j + 1].raw}`);
      lastSpelled = false;
      j += 2;
      if (breaksAfter(tokens[j - 1])) break;
      continue;
    }
    if (!isNameWord(t.raw)) break;
    const n = t.norm;
    // "colm, c o l m, colm brady": the word said again after its spelling is not a second word.
    if (words.length === 1 && n === fold(words[0]) && j > start && (tokens[j - 1].spelled || tokens[j - 1].norm === n)) {
      lastSpelled = false;
      j++;
      continue;
    }
    if (words.length >= 2 && fold(words[0]) === n && AT_WORDS.has(tokens[j + 1]?.norm ?? '')) break;
    // "rick dunham dunham plumbing": the surname said again starts the business named for them.
    if (words.length >= 2 && !t.spelled && n === fold(words[words.length - 1])) break;
    // "josé luis josé luis navarro": a two-word given name said again, then the surname.
    if (words.length === 2 && !t.spelled && n === fold(words[0]) && tokens[j + 1]?.norm === fold(words[1]) && !breaksAfter(tokens[j + 1])) {
      j += 2;
      continue;
    }
    // "dorothy pennington two ns in the middle": a count of letters after the name is no part of it.
    if (words.length && !t.spelled && isDigitWord(n)) break;
    // "eleanor whitaker attorney at law", "fernando ruiz de castilla abogado": a job after the name.
    if (words.length >= 2 && !t.spelled && ROLE_WORDS.has(n)) break;
    if (NAME_PARTICLES.has(n) && words.length) {
      // "de la Cruz", "van der Berg": a particle needs a surname after it. A Spanish "de" before a business
      // ("soy Ana de Construcciones López") is where the company starts instead.
      const next = tokens[j + 1];
      // ("st. pierre": the abbreviation's full stop ends no sentence.)
      const abbreviation = n === 'st' && t.after === '.';
      if (!next || (breaksAfter(t) && !abbreviation) || !isNameWord(next.raw)) break;
      const nextIsParticle = NAME_PARTICLES.has(next.norm);
      // "fermín rosales de grúas rosales": a name word said again after "de" is the company named for them.
      const repeats = tokens.slice(j + 1, j + 5).some((t) => words.some((w) => fold(w) === t.norm));
      if (n === 'de' && !nextIsParticle && (COMPANY_HINTS.has(next.norm) || strength === 'weak' || repeats)) break;
      // "samuel betancourt de la iglesia vida nueva": "de la" before a business word starts the business.
      if (n === 'de' && nextIsParticle && COMPANY_HINTS.has(tokens[j + 2]?.norm ?? '')) break;
      if (n === 'la' || n === 'las' || n === 'los') {
        if (fold1(words[words.length - 1]) !== 'de' && !(lang === 'es' && words.length === 0)) break;
      }
      words.push(t.raw);
      lastSpelled = false;
      j++;
      continue;
    }
    // "gordon price.", "dustin reed", "amara stone, she's…": a surname that is also a word (or looks like a
    // verb) closing the phrase after a known given name.
    const surnameWord = words.length === 1 && FIRST_NAMES.has(fold(words[0])) && (SURNAME_WORDS.has(n) || /(ing|ed)$/.test(n)) && (j + 1 >= tokens.length || breaksAfter(t));
    if (words.length && !t.spelled && !surnameWord) {
      if (NON_NAME.has(n) || (COMPANY_HINTS.has(n) && !FIRST_NAMES.has(n))) break;
      if (/(ing|ed)$/.test(n) && !isCapitalised(t.raw)) break;
    } else if (!t.spelled && NON_NAME.has(n) && !surnameWord && !(j === i && (saidTwice || byBusiness || looksLikeNameStart(t, strength, false, tokens[j + 1])))) break;
    words.push(t.raw);
    lastSpelled = !!t.spelled;
    j++;
    if (breaksAfter(t)) {
      const next = tokens[j];
      const initial = /^\p{L}$/u.test(t.raw) && t.after === '.' && words.length > 1;
      // "Bill. Bill Hardesty." / "Lauren, Lauren Cho": the name said again in full.
      const repeat = words.length === 1 && next?.norm === n && tokens[j + 1] && isNameWord(tokens[j + 1].raw) && !NON_NAME.has(tokens[j + 1].norm) && !AT_WORDS.has(tokens[j + 1].norm);
      if (repeat) {
        j++;
        continue;
      }
      // "Lopez. Daniela Lopez.": the surname first, then the whole name.
      // "ruiz, ana ruiz": also after a comma, when the whole name follows.
      const again = words.length === 1 && (endsSentence(t) || t.after === ',') ? surnameRestated(tokens, j, n) : null;
      if (again) {
        words.splice(0, 1, ...again.words);
        j = again.end;
        break;
      }
      if (!(next && next.spelled) && !initial) break;
    }
  }
  while (words.length && NAME_PARTICLES.has(fold1(words[words.length - 1]))) {
    words.pop();
    j--;
  }
  // "robert james jr", "juan pérez hijo": a generational suffix is no part of the surname.
  if (words.length > 2 || (words.length === 2 && !GENERATION.has(fold(words[0])))) {
    while (words.length > 1 && GENERATION.has(fold(words[words.length - 1]).replace(/\.$/, ''))) words.pop();
  }
  if (!words.length) return null;
  const after = tokens[j];
  let companyStart: number | undefined;
  // "This is Dana from Acme", "Soy Ana Torres, de Plomería Torres": a comma may sit before the company.
  const pause = tokens[j - 1]?.after ?? '';
  if (after && (!pause || pause === ',') && ['from', 'with', 'at', 'de', 'del'].includes(after.norm)) companyStart = j + 1;
  // "Hailey over at Sweet Crumb Bakery", "Ana, desde Plomería Torres".
  else if (after && (!pause || pause === ',') && after.norm === 'over' && tokens[j + 1]?.norm === 'at') companyStart = j + 2;
  return { words, end: j, companyStart };
}

/**
 * "altagracia, a l t a g r a c i a, de la rosa": after a pause, a surname with its particles closing the
 * phrase ("de la X", "del X", "de X") — not a business ("de la panadería").
 */
function particleSurnameAt(tokens: Token[], j: number): boolean {
  let k = j;
  if (tokens[k]?.norm !== 'de' && tokens[k]?.norm !== 'del') return false;
  k++;
  if (tokens[j].norm === 'de' && ['la', 'las', 'los'].includes(tokens[k]?.norm ?? '')) k++;
  const last = tokens[k];
  return !!last && !breaksAfter(tokens[k - 1]) && isNameWord(last.raw) && !NON_NAME.has(last.norm) && !COMPANY_HINTS.has(last.norm) && (k + 1 >= tokens.length || breaksAfter(last));
}

const AT_WORDS = new Set(['at', 'arroba', '@']);
const GENERATION = new Set(['jr', 'junior', 'sr', 'senior', 'ii', 'iii', 'iv', 'hijo']);
const HYPHEN_WORDS = new Set(['dash', 'hyphen', 'guion']);

/**
 * "im noel and the agency is…", "its odette here", "soy ximena.": an unknown lower-case word after a weak
 * opener still reads as a name when the phrase ends right after it (or goes on with "and", "here"), since
 * a verb or adjective there ("I'm interested in…") carries on instead. Common words are in NON_NAME.
 */
/** How someone is, not who ("im hungry and tired", "estoy lista"). */
const STATES = new Set(
  `hungry tired sick bored lost stuck nervous worried afraid scared glad fine alright free available open around online late early away off new sure cool
  stupid dumb silly useless awesome amazing weird crazy ridiculous annoying terrible awful horrible perfect nice cute wild insane fun funny rude broke
  lista listo nueva nuevo cansada cansado curiosa curioso feliz tonto tonta inutil genial
  urgent complicated important serious confusing expensive cheap easy hard difficult simple urgente complicado`.split(/\s+/),
);

function standsAlone(tokens: Token[], i: number): boolean {
  const t = tokens[i];
  // A job ("soy contadora, …") is no name.
  if (t.norm.length < 3 || !isNameWord(t.raw) || NON_NAME.has(t.norm) || NAME_PARTICLES.has(t.norm) || PLACES.has(t.norm) || COMPANY_HINTS.has(t.norm) || ROLE_WORDS.has(t.norm)) return false;
  if (/(ing|ed|ly|ful|ous|ive|able|ish)$/.test(t.norm) || STATES.has(t.norm)) return false;
  const next = tokens[i + 1];
  const then = tokens[i + 2];
  // "this is stupid", "this is awesome": after "this is" a word ending the turn is more often a verdict.
  const thisIs = tokens[i - 1]?.norm === 'is' && tokens[i - 2]?.norm === 'this' && i === 2;
  if (!next || breaksAfter(t)) return !thisIs;
  // A new clause ("this is camden i manage…") also ends the name.
  if (HERE.has(next.norm) || ['and', 'y', 'from', 'with', 'de', 'del', 'i', 'im', "i'm", 'we', "we're", 'btw'].includes(next.norm)) return true;
  // "im hunter by the way", "soy itzel por cierto": an aside closing the introduction.
  if ((next.norm === 'by' && then?.norm === 'the' && tokens[i + 3]?.norm === 'way') || (next.norm === 'por' && then?.norm === 'cierto')) return true;
  // "i'm odessa the manager", "soy lupe, la encargada": the speaker's role follows the name.
  if (['the', 'el', 'la'].includes(next.norm) && then && ROLE_WORDS.has(then.norm)) return true;
  // "im marek nowicki": a second unknown word ending the phrase.
  return !breaksAfter(t) && isNameWord(next.raw) && !NON_NAME.has(next.norm) && !COMPANY_HINTS.has(next.norm) && !/(ing|ed|ly)$/.test(next.norm) && (!then || breaksAfter(next) || HERE.has(then.norm) || ['and', 'y', 'calling', 'from', 'with', 'de', 'del'].includes(then.norm));
}

/** "Lopez. Daniela Lopez.": two or three name words from `i` whose last is `surname`. */
function surnameRestated(tokens: Token[], at: number, surname: string): { words: string[]; end: number } | null {
  // "ortega, don felipe ortega": a title before the whole name is no part of it.
  const i = skipTitle(tokens, at);
  for (let len = 2; len <= 3; len++) {
    const part = tokens.slice(i, i + len);
    if (part.length < len || part[len - 1].norm !== surname) continue;
    if (part.some((t) => !isNameWord(t.raw) || NON_NAME.has(t.norm))) return null;
    if (part.slice(0, -1).some((t) => breaksAfter(t))) return null;
    return { words: part.map((t) => t.raw), end: i + len };
  }
  return null;
}

function fold1(w: string): string {
  return w.toLowerCase();
}

/** Words a visitor greets the agent with ("hi ava,", "thanks lucía"). */
const VOCATIVE_CUES = new Set([...GREETINGS, ...ACKS, 'thanks', 'thank', 'you', 'gracias']);

/** Skips acknowledgements, greetings and openers from `i`, and the agent's own name greeted (agent-name.ts). */
function skipOpeners(tokens: Token[], i: number, agent: Set<string>): number {
  let j = i;
  for (let guard = 0; guard < 6; guard++) {
    if (tokens[j] && (ACKS.has(tokens[j].norm) || GREETINGS.has(tokens[j].norm))) {
      j++;
      continue;
    }
    // "hi ava, liam grady": the agent greeted by name.
    if (tokens[j] && agent.has(tokens[j].norm) && j > 0 && VOCATIVE_CUES.has(tokens[j - 1].norm)) {
      j++;
      continue;
    }
    if (tokens[j] && VOCATIVE_CUES.has(tokens[j].norm) && agent.has(tokens[j + 1]?.norm ?? '')) {
      j += 2;
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

/**
 * `pending`: the agent asked for the name in an earlier turn and the visitor has not given it yet ("i'd
 * rather not say" … "ok fine, its minh-anh vo").
 */
export function findNames(tokens: Token[], asked: Set<Ask>, lang: string, agent: Set<string> = new Set(), pending = false): NameFind[] {
  return findNamesIn(tokens, asked, lang, agent, pending).filter((f) => !(f.words.length === 1 && agent.has(fold(f.words[0]))));
}

const INTROS_BY_FIRST = byFirstWord(INTROS);

function findNamesIn(tokens: Token[], asked: Set<Ask>, lang: string, agent: Set<string>, pending: boolean): NameFind[] {
  const out: NameFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    for (const [words, strength, mode] of INTROS_BY_FIRST.get(tokens[i].norm) ?? []) {
      if (!matchAt(tokens, i, words)) continue;
      // "Our company name is…", "the business's name is…" introduce a company, not a person.
      if ((words[0] === 'name' || words[0] === "name's") && BUSINESS_NOUNS.has(tokens[i - 1]?.norm ?? '')) break;
      // "the kids call me Coach": a nickname others use; "call me Ray" / "…, call me Ray" is the speaker's.
      if (words[0] === 'call' && i > 0 && !breaksAfter(tokens[i - 1]) && !['just', 'please', 'so', 'and'].includes(tokens[i - 1].norm)) break;
      // "her name is Emily", "my assistant's name is Tom": someone else's name.
      const owner = tokens[i - 1]?.norm ?? '';
      if ((words[0] === 'name' || words[0] === "name's") && (OTHERS_POSSESSIVE.has(owner) || (/'s$/.test(owner) && owner !== "name's"))) break;
      // ("my name is …" / "mi nombre es …" is always the speaker's, whatever was asked.)
      if (words.includes('name') && words[0] !== 'my' && (asked.has('company') && !asked.has('name'))) break;
      if ((words[0] === 'first' || words[0] === 'last') && words[1] === 'is' && !asked.has('name')) break;
      if (words.length === 1 && (words[0] === 'its' || words[0] === "it's") && !asideName(tokens, i)) break;
      if (words.length === 1 && (words[0] === 'names' || words[0] === 'habla') && i > 0 && !breaksAfter(tokens[i - 1]) && !GREETINGS.has(tokens[i - 1].norm)) break;
      // "this is" / "I'm" only introduce the speaker at the start of a phrase ("…and this is great" is not).
      const at = i + words.length;
      // "…, apellido mendoza": a label opening its own phrase is as sure as "my last name is".
      const labelled = mode !== 'full' && i > 0 && breaksAfter(tokens[i - 1]);
      const read = readName(tokens, at, labelled ? 'strong' : strength, lang);
      if (read) {
        // "call me sunny, my real name is sunil": the real name replaces what came before in the turn.
        const restates = ['real', 'legal', 'actual'].includes(words[1]);
        out.push({ mode: titled(tokens, at, read.words, mode), words: read.words, start: at, end: read.end, companyStart: read.companyStart, correction: restates || undefined });
        const fix = correctionAfter(tokens, read.end, lang);
        if (fix) out.push(fix);
        i = (fix?.end ?? read.end) - 1;
      }
      break;
    }
  }
  out.push(...namedBefore(tokens, lang, out, agent));
  const nick = nameAfterNickname(tokens, lang);
  if (nick && !out.some((f) => f.start === nick.start)) out.push(nick);
  out.push(...labelled(tokens, lang, out));
  out.push(...roleAppositives(tokens, lang, out));
  out.push(...standaloneNames(tokens, asked, lang, out, agent));
  // "it's spelled S-M-Y-T-H" / "se escribe G-A-R-C-I-A": a spelling fixes a part already known.
  for (let i = 0; i < tokens.length; i++) {
    if (!tokens[i].spelled) continue;
    const before = tokens.slice(Math.max(0, i - 3), i).map((t) => t.norm);
    // "no, with a k": a letter described, not a name spelled (described.ts reads those).
    if (['with', 'con', 'sin', 'without'].includes(tokens[i - 1]?.norm ?? '')) continue;
    const spellingCue =
      before.includes('spelled') || before.includes('spell') || before.includes('escribe') || before.includes('deletreo') || opensWithCorrection(tokens);
    if (spellingCue || (asked.has('spell') && !out.some((f) => f.start <= i && i < f.end))) {
      const ctx = tokens.slice(0, i).map((t) => t.norm).join(' ');
      // The label said last before the spelling decides ("no thats my last name, first name is duc, d u c").
      const lastAt = Math.max(ctx.lastIndexOf('last name'), ctx.lastIndexOf('surname'), ctx.lastIndexOf('apellido'));
      const firstAt = Math.max(ctx.lastIndexOf('first name'), ctx.lastIndexOf('nombre de pila'));
      const target = (lastAt >= 0 && lastAt > firstAt) || (firstAt < 0 && asked.has('lastName')) ? 'last' : firstAt >= 0 || asked.has('firstName') ? 'first' : undefined;
      out.push({ mode: 'spelling', words: [tokens[i].raw], start: i, end: i + 1, target });
    }
  }
  // A bare answer to "what's your name?" ("Dana Whitfield", "Sure, it's Dana").
  const nameAsk = asked.has('name') ? 'full' : asked.has('firstName') ? 'first' : asked.has('lastName') ? 'last' : null;
  if (nameAsk) {
    const at = skipOpeners(tokens, 0, agent);
    let read = at < tokens.length ? readName(tokens, at, 'strong', lang) : null;
    // "de la cruz, manuel de la cruz": a surname with particles first, then the whole name ending with it.
    if (!read && NAME_PARTICLES.has(tokens[at]?.norm ?? '')) read = particleSurnameRestated(tokens, at, lang) ?? (nameAsk === 'last' ? particleSurname(tokens, at) : null);
    // "this is urgent", "its complicated": a one-word verdict answers nothing about a name.
    const verdict =
      read?.words.length === 1 && !FIRST_NAMES.has(tokens[at].norm) && !(nameAsk === 'last' && SURNAME_WORDS.has(tokens[at].norm)) && (STATES.has(tokens[at].norm) || NO_ANSWER.has(tokens[at].norm) || /(ated|ized|ing|ous|ful|ive|able|ible)$/.test(tokens[at].norm));
    // "price" answering "and your last name?", "rebecca stone", "darnell king": the whole answer is the name even
    // when a word of it is also an ordinary word.
    // ("con don ramiro": a title is no part of the whole answer.)
    const whole = wholeAnswer(tokens, skipTitle(tokens, at), nameAsk);
    if (whole && (!read || read.words.length < whole.length)) read = { words: whole.map((t) => t.raw), end: tokens.length };
    // "and your last name is kim?" — "yep rose kim": a known given name and one more word is the whole name.
    if (read && nameAsk === 'last' && lang === 'en' && read.words.length === 2 && FIRST_NAMES.has(fold(read.words[0])) && read.end >= tokens.length) {
      out.push({ mode: 'full', words: read.words, start: at, end: read.end });
      read = null;
    }
    const reversed = read && nameAsk === 'full' ? (surnameFirst(tokens, read, lang) ?? surnamesThenGiven(tokens, at, read, lang)) : null;
    // "everybody calls me kit but my full name is katherine ambrose": words running on into a sentence
    // that introduces the whole name later are no answer themselves.
    const readEnd = read?.end ?? 0;
    const runsOn =
      !!read &&
      readEnd < tokens.length &&
      !breaksAfter(tokens[readEnd - 1]) &&
      (out.some((f) => f.mode === 'full' && f.words.length >= 2 && f.start >= readEnd) || sentenceGoesOn(tokens, at, readEnd));
    // "¿es obligatorio?": a question back answers nothing.
    const askedBack = !!read && sentenceEndsWithQuestion(tokens, read.end - 1);
    if (askedBack) read = null;
    if (reversed && !askedBack && !out.some((f) => f.start === at)) out.push({ ...reversed, start: at });
    else if (read && !verdict && !runsOn && !out.some((f) => f.start === at)) {
      out.push({ mode: titled(tokens, at, read.words, nameAsk), words: read.words, start: at, end: read.end, companyStart: read.companyStart });
    }
  } else {
    // "Hi, it's Dana Whitfield…" opening a turn: only with a known given name ("it's Monday" is not one).
    let g = 0;
    while (tokens[g] && (GREETINGS.has(tokens[g].norm) || ACKS.has(tokens[g].norm) || SELF_FIX.has(tokens[g].norm))) g++;
    const itsLen = matchAt(tokens, g, ["it's"]) || matchAt(tokens, g, ['its']) ? 1 : matchAt(tokens, g, ['it', 'is']) ? 2 : 0;
    if (itsLen && !out.some((f) => f.start === g + itsLen)) {
      const read = readName(tokens, g + itsLen, 'weak', lang);
      // A known given name; or a capitalised one introducing the speaker ("It's Zeke with Rattlesnake…").
      // Or one the turn confirms by saying it again ("its tanisha williams, tanisha dot williams at…").
      const again = read && tokens.slice(read.end).some((t) => t.norm.split(/[^\p{L}]+/u).includes(fold(read.words[0])));
      const known = FIRST_NAMES.has(tokens[g + itsLen]?.norm ?? '') || !!again;
      // "hi its zubair, i wanted to ask…": the name as its own phrase, then the speaker goes on about themselves.
      // "its soledad im calling about…": speech-to-text may drop that pause before "im".
      const ownPhrase =
        !!read &&
        read.words.length <= 2 &&
        ((breaksAfter(tokens[read.end - 1]) && ['i', 'im', "i'm", 'we', "we're", 'and'].includes(tokens[read.end]?.norm ?? '')) ||
          (read.words.length === 1 && ['im', "i'm"].includes(tokens[read.end]?.norm ?? '') && standsAlone(tokens, g + itsLen)));
      const intro = read && (read.companyStart !== undefined || HERE.has(tokens[read.end]?.norm ?? '') || ownPhrase) && !read.words.some((w) => COMPANY_HINTS.has(fold(w)));
      // The name asked for earlier and held back, now given as a whole phrase of two or three words.
      const late = pending && !!read && read.words.length >= 2 && read.words.length <= 3 && (read.end >= tokens.length || breaksAfter(tokens[read.end - 1]));
      if (read && (known || intro || late)) out.push({ mode: 'full', words: read.words, start: g + itsLen, end: read.end, companyStart: read.companyStart ?? companyAfterHere(tokens, read.end) });
    }
    // "Dana here" / "Dana Whitfield speaking" / "Jess from Little Sprouts here" at the start of a turn.
    const at = skipOpeners(tokens, 0, agent);
    const read = readName(tokens, at, 'weak', lang);
    if (read && !out.some((f) => f.start < read.end && at < f.end)) {
      const next = tokens[read.end]?.norm ?? '';
      // "bertrand ashby calling from ashby glass": the company opener ("calling from") reads the company.
      const calling = next === 'calling' && ['from', 'for', 'with', 'about', 'on'].includes(tokens[read.end + 1]?.norm ?? '');
      if (calling) out.push({ mode: 'full', words: read.words, start: at, end: read.end });
      else if (HERE.has(next)) {
        out.push({ mode: 'full', words: read.words, start: at, end: read.end, companyStart: companyAfterHere(tokens, read.end) });
      } else if (read.companyStart !== undefined && ['from', 'with'].includes(next) && tokens.slice(read.end).some((t) => HERE.has(t.norm))) {
        out.push({ mode: 'full', words: read.words, start: at, end: read.end, companyStart: read.companyStart });
      } else if (read.companyStart !== undefined && at === skipOpeners(tokens, 0, agent) && businessAt(tokens, read.companyStart) && !(read.words.length === 1 && ['de', 'del'].includes(next))) {
        // "Connor at Apex Home Inspections, …" opening the turn: a person introducing themselves by business.
        // ("ruiz de castilla abogados" with no opener is a business named for someone, not "Ruiz, from…".)
        out.push({ mode: 'full', words: read.words, start: at, end: read.end, companyStart: read.companyStart });
      }
    }
  }
  // "well, robert kaminski on paper" / "bueno, josé antonio robles": a known given name and a surname
  // opening a turn restate the name in full (after a nickname, say).
  if (!out.some((f) => f.mode !== 'spelling')) {
    let g = skipOpeners(tokens, 0, agent);
    while (tokens[g] && RESTATE.has(tokens[g].norm)) g = skipOpeners(tokens, g + 1, agent);
    const read = tokens[g] && FIRST_NAMES.has(tokens[g].norm) ? readName(tokens, g, 'strong', lang) : null;
    // "crystal clear windows" answering the business question: a business named with a given name.
    const business = (asked.has('company') && !asked.has('name')) || (!!read && !breaksAfter(tokens[read.end - 1]) && COMPANY_HINTS.has(tokens[read.end]?.norm ?? ''));
    // "grace period on the invoice…?", "hunter green is our color": two words a sentence is about (a verb
    // follows them, or the sentence asks) are no name restated.
    // ("mike gets everything": nor a given name and a verb in -s that the sentence runs on from.)
    const after = read ? tokens[read.end] : undefined;
    const runsOnFrom =
      !!read && !!after && read.words.length === 2 && !breaksAfter(tokens[read.end - 1]) && /[^s]s$/.test(fold(read.words[1])) && !RUN_ON_OK.has(after.norm) && !RESTATE.has(after.norm);
    const subject = !!read && (runsOnFrom || sentenceEndsWithQuestion(tokens, read.end - 1) || (!breaksAfter(tokens[read.end - 1]) && VERBS_AFTER.has(tokens[read.end]?.norm ?? '')));
    // (The given name itself may be a place too: "francisco", "austin"; "austin texas" still is a place.)
    if (read && !business && !subject && read.words.length >= 2 && !read.words.some((w, x) => COMPANY_HINTS.has(fold(w)) || (x > 0 && PLACES.has(fold(w))))) {
      out.push({ mode: 'full', words: read.words, start: g, end: read.end, correction: true });
    }
  }
  // "kyra with a k, k as in kilo, kyra bellweather": a given name said alone, then again with the surname
  // at the end of a later phrase.
  // "jiménez con jota, raúl jiménez": or a surname said alone, then again after the given name.
  // "jhon jairo, con jota hache, jhon jairo cárdenas": two given names said again with the surname.
  for (const f of [...out]) {
    if (f.mode !== 'full' || f.words.length > 2) continue;
    const said = f.words.map(fold);
    for (let k = f.end; k < tokens.length; k++) {
      // ("cristina con hache, christina mateos": said again as the description meant it.)
      const like = tokens[k].norm === said[0] || (said.length === 1 && tokens[k].norm[0] === said[0][0] && similarity(tokens[k].norm, said[0]) >= 0.75);
      if (!like) continue;
      const starts = [k, k - 1].filter((s) => s >= f.end && !out.some((g) => g.start === s) && (s === k || breaksAfter(tokens[s - 1])));
      const found = starts
        .map((s) => ({ s, read: readName(tokens, s, 'strong', lang) }))
        .find(
          ({ s, read }) =>
            read &&
            read.words.length > said.length &&
            (s === k ? said.every((w, x) => fold(read.words[x]) === w || (x === 0 && fold(read.words[0]) === tokens[k].norm)) : said.length === 1 && fold(read.words[1]) === tokens[k].norm) &&
            (read.end >= tokens.length || breaksAfter(tokens[read.end - 1])),
        );
      if (found?.read) {
        // The fuller restatement replaces what was said first in the turn.
        out.push({ mode: 'full', words: found.read.words, start: found.s, end: found.read.end, companyStart: found.read.companyStart, correction: true });
        break;
      }
    }
  }
  // "you can call me dez, desmond okafor", "lupita, guadalupe ortega": a nickname, then the full name as its own phrase.
  for (const f of [...out]) {
    if (f.mode !== 'full' || f.words.length !== 1 || tokens[f.end - 1]?.after !== ',' || out.some((g) => g.start >= f.end && g.start <= f.end + 1)) continue;
    const nickCue = NICKNAME_CUE.test(tokens.slice(0, f.start).map((t) => t.norm).join(' '));
    const read = readName(tokens, f.end, 'strong', lang);
    // Without a cue ("lupita, guadalupe ortega"): a known given name opening the whole rest of the turn.
    const wholeRest = !!read && read.end >= tokens.length && FIRST_NAMES.has(fold(read.words[0]));
    if (read && (nickCue || wholeRest) && read.words.length >= 2 && read.words.length <= 4 && (read.end >= tokens.length || breaksAfter(tokens[read.end - 1]))) {
      const words = !nickCue && isShortFor(read.words[0], f.words[0]) ? [f.words[0], ...read.words.slice(1)] : read.words;
      out.push({ mode: 'full', words, start: f.end, end: read.end, companyStart: read.companyStart, correction: true });
    }
  }
  // "its katie, well katherine technically, katherine doyle", "matt, matthew with two t s, matthew schultz":
  // a short form, then the long form with the surname closing the turn (it shares the short form's start).
  for (const f of [...out]) {
    if (f.mode !== 'full' || f.words.length !== 1 || f.correction || out.some((g) => g.correction && g.start >= f.end)) continue;
    const short = fold(f.words[0]);
    for (let k = f.end; k < tokens.length; k++) {
      if (!breaksAfter(tokens[k - 1]) || out.some((g) => g.start === k)) continue;
      const first = tokens[k].norm;
      const longForm = first.startsWith(short.slice(0, 3)) || (first[0] === short[0] && FIRST_NAMES.has(first));
      if (first === short || short.length < 3 || !longForm) continue;
      const read = readName(tokens, k, 'strong', lang);
      // The long form closes the turn, or a clause about it follows ("…thomas wexler if you need the full thing").
      const closes = !!read && (read.end >= tokens.length || ['if', 'but', 'for', 'on', 'si', 'pero', 'para'].includes(tokens[read.end].norm));
      // "it's vince, vincent": the long form alone closing the turn, when it starts as the short one does.
      const longAlone = !!read && read.words.length === 1 && read.end >= tokens.length && first.startsWith(short.slice(0, 3)) && first.length > short.length && first.length <= short.length + 4;
      if (read && closes && ((read.words.length >= 2 && read.words.length <= 4) || longAlone)) {
        // "concepción, concha flores": said the other way round, the full given name said first stays.
        const words = read.words.length >= 2 && isShortFor(read.words[0], f.words[0]) ? [f.words[0], ...read.words.slice(1)] : read.words;
        out.push({ mode: 'full', words, start: k, end: read.end, companyStart: read.companyStart, correction: true });
        break;
      }
    }
  }
  // "its big mike ha no its michael torres": a correction word, "its", then a whole name closing the phrase.
  // (Not answering the business question, nor restating a word said before: "dunmore painting, no its dunmore coatings".)
  for (let i = 1; i + 2 < tokens.length && !(asked.has('company') && !asked.has('name')); i++) {
    if (!['no', 'sorry', 'actually', 'perdon', 'bueno'].includes(tokens[i].norm)) continue;
    const its = [["it's"], ['its'], ['it', 'is'], ["i'm"], ['im'], ['es'], ['soy']].find((w) => matchAt(tokens, i + 1, w));
    if (!its) continue;
    const at = i + 1 + its.length;
    if (out.some((f) => f.start === at)) continue;
    const read = readName(tokens, at, 'strong', lang);
    const repeats = tokens.slice(0, i).some((t) => t.norm === fold(read?.words[0] ?? ''));
    if (read && !repeats && read.words.length >= 2 && read.words.length <= 3 && (read.end >= tokens.length || breaksAfter(tokens[read.end - 1])) && !read.words.some((w) => COMPANY_HINTS.has(fold(w)))) {
      out.push({ mode: 'full', words: read.words, start: at, end: read.end, correction: true });
    }
  }
  // "lalo vega, eduardo vega": a nickname and the surname, then the given name with the same surname.
  for (const f of [...out]) {
    if (f.mode !== 'full' || f.words.length !== 2 || tokens[f.end - 1]?.after !== ',' || out.some((g) => g.start === f.end)) continue;
    const read = readName(tokens, f.end, 'strong', lang);
    if (read && read.words.length === 2 && fold(read.words[1]) === fold(f.words[1]) && fold(read.words[0]) !== fold(f.words[0]) && FIRST_NAMES.has(fold(read.words[0]))) {
      out.push({ mode: 'full', words: read.words, start: f.end, end: read.end, correction: true });
    }
  }
  // "its jimmy or james holloway", "its ted well theodore banks": a name found any way may be restated.
  for (const f of [...out]) {
    if (f.correction || out.some((g) => g !== f && g.start >= f.end && g.start <= f.end + 3)) continue;
    const fix = correctionAfter(tokens, f.end, lang);
    if (fix) out.push(fix);
  }
  return labelledApart(out).sort((a, b) => a.start - b.start);
}

/**
 * "mi nombre es juan carlos, apellido mendoza": a name followed by its surname said apart is all given name;
 * "delacroix, d e l a c r o i x, first name remy": one followed by the given name said apart is the surname.
 */
function labelledApart(found: NameFind[]): NameFind[] {
  // "gonzález ortiz, y mi nombre es fabián": surnames first, then a lone given name introduced after them.
  const out = found.map((f) => {
    const given = found.find((g) => g.start > f.end && g.mode === 'full' && g.words.length === 1 && FIRST_NAMES.has(fold(g.words[0])));
    const surnames = f.mode === 'full' && f.words.length <= 3 && !f.words.some((w) => FIRST_NAMES.has(fold(w)));
    return given && surnames ? { ...f, mode: 'last' as const } : f;
  });
  return out.map((f) => {
    if (f.mode !== 'full' || f.words.length > 2) return f;
    const label = out.find((g) => (g.mode === 'last' || g.mode === 'first') && g.start >= f.end && g.start <= f.end + 4);
    if (!label || f.words.some((w) => label.words.some((x) => fold(x) === fold(w)))) return f;
    // All the words before "apellido …" are the given name ("ángela maría, y de apellido montoya").
    return label.mode === 'last' ? { ...f, mode: 'full', given: f.words.length } : { ...f, mode: 'last' };
  });
}

/**
 * "salinas, beatriz" / "ochoa medina, rafael" / "martínez, jorge luis": asked for a name, the surname(s), a
 * comma, then a known given name (and maybe a second one) ending the phrase — the order a form or an ID uses.
 */
function surnameFirst(tokens: Token[], read: { words: string[]; end: number }, lang: string): NameFind | null {
  if (read.words.filter((w) => !NAME_PARTICLES.has(fold(w))).length > 2 || tokens[read.end - 1]?.after !== ',' || FIRST_NAMES.has(fold(read.words[0]))) return null;
  const given = readName(tokens, read.end, 'strong', lang);
  // "vince, vincent": a short form, then the given name it is short for, is no surname first.
  // ("dre, andre wilson": the short form may be its end.)
  if (given && read.words.length === 1 && fold(given.words[0]).includes(fold(read.words[0]).slice(0, 3))) return null;
  // "lupita, guadalupe ortega" is a nickname then the name: a second word after the comma is a given name too.
  if (!given || given.words.length > 2 || !given.words.every((w) => FIRST_NAMES.has(fold(w)))) return null;
  if (!(given.end >= tokens.length || breaksAfter(tokens[given.end - 1]))) return null;
  if (given.words.some((w) => read.words.some((r) => fold(r) === fold(w)))) return null;
  return { mode: 'full', words: [...given.words, ...read.words], start: read.end, end: given.end, given: given.words.length };
}

/** "van der berg" answering "last name?": particles, then the surname, to the first pause. */
function particleSurname(tokens: Token[], at: number): { words: string[]; end: number } | null {
  let k = at;
  while (k < tokens.length && NAME_PARTICLES.has(tokens[k].norm) && !breaksAfter(tokens[k])) k++;
  const t = tokens[k];
  if (k === at || !t || !isNameWord(t.raw) || NON_NAME.has(t.norm) || t.spelled) return null;
  return { words: tokens.slice(at, k + 1).map((x) => x.raw), end: k + 1 };
}

function particleSurnameRestated(tokens: Token[], at: number, lang: string): { words: string[]; end: number } | null {
  let b = at;
  while (b < tokens.length && b - at < 5 && !breaksAfter(tokens[b])) b++;
  const surname = tokens.slice(at, b + 1).map((t) => t.norm);
  if (b >= tokens.length || surname.length < 2) return null;
  const whole = readName(tokens, b + 1, 'strong', lang);
  if (!whole || whole.words.length <= surname.length) return null;
  const tail = whole.words.slice(-surname.length).map(fold);
  return tail.every((w, k) => w === surname[k]) ? whole : null;
}

function sentenceEndsWithQuestion(tokens: Token[], i: number): boolean {
  let k = i;
  while (k < tokens.length - 1 && !endsSentence(tokens[k])) k++;
  return tokens[k]?.after.includes('?') === true;
}

/** Words that answer a name question without being a name ("why", "pass", "the same"). */
const NO_ANSWER = new Set(
  `the a an and but or you your my our his her their them they we she he it its this that what who why how when where yes yeah yep nope not none
  nothing same later there here just also maybe sure okay ok fine thanks please pass skip private secret rather prefer nah no why que no nada
  paso despues luego mismo igual gracias claro bueno vale
  anonymous anon anonimo anonima unknown nobody n/a desconocido`.split(/\s+/),
);

/**
 * The whole answer as a name: one word answering "last name?", or a known given name and one more word
 * answering "name?", nothing else in the turn.
 */
function wholeAnswer(tokens: Token[], at: number, ask: NameMode): Token[] | null {
  const rest = tokens.slice(at);
  // "this is april": a known given name alone, even one that is also a word.
  if (ask !== 'last' && rest.length === 1 && FIRST_NAMES.has(rest[0].norm) && !NO_ANSWER.has(rest[0].norm)) return rest;
  const size = ask === 'last' ? 1 : ask === 'full' ? 2 : 0;
  if (rest.length !== size || rest.slice(0, -1).some((t) => breaksAfter(t))) return null;
  if (rest.some((t) => !isNameWord(t.raw) || t.norm.length < 2 || NO_ANSWER.has(t.norm) || STATES.has(t.norm) || ACKS.has(t.norm) || GREETINGS.has(t.norm) || PLACES.has(t.norm))) return null;
  // Two words: a name-like first word (not an ordinary one), then the surname whatever it also means.
  if (size === 2 && (NON_NAME.has(rest[0].norm) || ROLE_WORDS.has(rest[1].norm) || COMPANY_HINTS.has(rest[0].norm) || /(ing|ed|ly)$/.test(rest[0].norm))) return null;
  if (size === 1 && (ROLE_WORDS.has(rest[0].norm) || rest[0].norm.length < 3)) return null;
  return rest;
}

/**
 * "concha" for "concepción", "lupe" for "guadalupe", "kate" for "katherine": a shorter given name holding the
 * first three letters of the long one somewhere. The full given name, said first, stays.
 */
function isShortFor(short: string, long: string): boolean {
  const [s, l] = [fold(short), fold(long)];
  return s.length >= 3 && s.length < l.length && l.includes(s.slice(0, 3));
}

/** Words that may follow a name answered alone ("corwin thanks", "ana, y mi correo…"). */
const AFTER_ANSWER = new Set(['thanks', 'yes', 'yeah', 'yep', 'thank', 'please', 'and', 'here', 'speaking', 'y', 'gracias', 'pues', 'okay', 'ok', 'por', 'para', 'from', 'with', 'de', 'del', 'at', 'over', 'calling', 'again', 'is', 'es', 'o', 'or', 'the', 'el', 'la',
  // A label, a restatement or an aside: "nombre leopoldo apellido…", "ted well theodore…", "kai by the way".
  'apellido', 'last', 'surname', 'well', 'sorry', 'bueno', 'actually', 'perdon', 'i', 'im', "i'm", 'by', 'but', 'pero', 'sea', 'mejor', 'just', 'also', 'tambien', 'my', 'mi']);

/**
 * "hold on a sec", "prefiero no decirlo": one unknown word that a sentence carries on from is a verb or
 * the like, not a name answered alone (a known given name may go on: "dana and my email is…").
 */
function sentenceGoesOn(tokens: Token[], at: number, end: number): boolean {
  if (end - at !== 1 || FIRST_NAMES.has(tokens[at].norm) || tokens[at].spelled) return false;
  const next = tokens[end];
  // "helena con hache", "jon no h": a described spelling follows the name.
  const described = ['con', 'with', 'sin', 'without', 'no'].includes(next?.norm ?? '') && /^\p{L}{1,5}$/u.test(tokens[end + 1]?.norm ?? '') && !NON_NAME.has(tokens[end + 1]?.norm ?? '');
  return !!next && NON_NAME.has(next.norm) && !AFTER_ANSWER.has(next.norm) && !described;
}

/**
 * "ramírez ochoa fernanda" / "quintero mariana": in Spanish, the surname(s) then a known given name, with no
 * comma, as the whole answer — the order a form or an ID uses. The surnames must not be given names.
 */
function surnamesThenGiven(tokens: Token[], at: number, read: { words: string[]; end: number }, lang: string): NameFind | null {
  if (lang !== 'es' || read.words.length < 2 || read.words.length > 3 || read.end < tokens.length) return null;
  const folded = read.words.map(fold);
  const given = folded[folded.length - 1];
  if (!FIRST_NAMES.has(given) || folded.slice(0, -1).some((w) => FIRST_NAMES.has(w) || NAME_PARTICLES.has(w))) return null;
  // Two words are more often a rare given name and a surname ("hermenegildo vera"): only a patronymic
  // ("lópez", "ramírez") before a given name is read surname first.
  if (folded.length === 2 && !/(ez|az|iz|oz)$/.test(folded[0])) return null;
  const words = [read.words[read.words.length - 1], ...read.words.slice(0, -1)];
  return { mode: 'full', words, start: at, end: read.end, given: 1 };
}

/** "Oluwaseun here, from Lagos Logistics": the company may follow the "here" that ends a name at `end`. */
function companyAfterHere(tokens: Token[], end: number): number | undefined {
  if (!HERE.has(tokens[end]?.norm ?? '')) return undefined;
  const k = end + 1;
  return ['from', 'with', 'at'].includes(tokens[k]?.norm ?? '') && (!tokens[end].after || tokens[end].after === ',') ? k + 1 : undefined;
}

/** "everyone calls me red but it's raymond dufresne", "me dicen pepe pero soy josé marín": a nickname, then the name. */
const NICKNAME_CUE = /\b(call|calls|called) me\b|\bgo by\b|\bgoes by\b|\bme dicen\b|\bme llaman\b/;
const NICKNAME_TURN: string[][] = [['but', "it's"], ['but', 'its'], ['but', 'it', 'is'], ['but', "i'm"], ['but', 'im'], ['but', 'really'], ['pero', 'es'], ['pero', 'soy'], ['pero', 'realmente']];

/**
 * "…, oh and its obinna by the way", "…, its priya btw": "its" after a pause (and maybe "oh", "and") with
 * one or two words then "by the way" / "btw" closing the turn.
 */
function asideName(tokens: Token[], i: number): boolean {
  let k = i - 1;
  while (k >= 0 && ['oh', 'and', 'also', 'y'].includes(tokens[k].norm) && !breaksAfter(tokens[k])) k--;
  if (k < 0 || !breaksAfter(tokens[k])) return false;
  for (const len of [1, 2]) {
    const at = i + 1 + len;
    const btw = tokens[at]?.norm === 'btw' ? 1 : matchAt(tokens, at, ['by', 'the', 'way']) ? 3 : 0;
    if (btw && at + btw >= tokens.length && !tokens.slice(i + 1, at - 1).some((t) => breaksAfter(t))) return true;
  }
  return false;
}

const AFTER_PAUSE_TURN: string[][] = [["it's"], ['its'], ['it', 'is'], ['es'], ['soy']];

function nameAfterNickname(tokens: Token[], lang: string): NameFind | null {
  for (let i = 1; i < tokens.length; i++) {
    // "everyone calls me mo, its mohammed el-amin": after a pause, "its" alone turns to the name.
    const turn = NICKNAME_TURN.find((w) => matchAt(tokens, i, w)) ?? (breaksAfter(tokens[i - 1]) ? AFTER_PAUSE_TURN.find((w) => matchAt(tokens, i, w)) : undefined);
    if (!turn || !NICKNAME_CUE.test(tokens.slice(0, i).map((t) => t.norm).join(' '))) continue;
    const start = i + turn.length;
    const read = readName(tokens, start, 'strong', lang);
    if (read && read.words.length >= 2) return { mode: 'full', words: read.words, start, end: read.end, companyStart: read.companyStart, correction: true };
  }
  return null;
}

/** "tunde is my first name and oyelowo is my last", "ledesma es mi apellido": the name said before its label. */
const POST_LABELS: [string[], NameMode][] = [
  [['is', 'my', 'first', 'name'], 'first'], [['is', 'my', 'first'], 'first'], [['is', 'my', 'last', 'name'], 'last'], [['is', 'my', 'last'], 'last'],
  [['is', 'my', 'surname'], 'last'], [['is', 'my', 'name'], 'full'], [['is', 'the', 'last', 'name'], 'last'], [['is', 'the', 'surname'], 'last'],
  [['is', 'the', 'first', 'name'], 'first'], [['es', 'el', 'apellido'], 'last'], [['es', 'mi', 'apellido'], 'last'], [['son', 'mis', 'apellidos'], 'last'],
  [['es', 'mi', 'nombre'], 'full'],
  // "fatima zahra first name and benali last": labels after the words, with no verb.
  [['first', 'name', 'and'], 'first'], [['first', 'name', 'y'], 'first'], [['last', 'name'], 'last'], [['last'], 'last'],
];
/** Labels that only count closing the turn ("…and benali last", not "benali last week"). */
const CLOSING_LABELS = new Set(['last']);

function namedBefore(tokens: Token[], lang: string, found: NameFind[], agent: Set<string>): NameFind[] {
  const out: NameFind[] = [];
  for (let k = 1; k < tokens.length; k++) {
    const hit = POST_LABELS.find(([w]) => matchAt(tokens, k, w) && (!CLOSING_LABELS.has(w[0]) || k + w.length >= tokens.length));
    if (!hit) continue;
    // The phrase starts at the turn's start (after greetings), after "and"/"y", or after a pause.
    let s = k - 1;
    while (s > 0 && !breaksAfter(tokens[s - 1]) && !['and', 'y'].includes(tokens[s - 1].norm) && k - s < 3) s--;
    s = Math.max(s, skipOpeners(tokens, 0, agent));
    if (found.some((f) => f.start <= s && s < f.end)) continue;
    // Read only up to the label ("zepeda es mi apellido": "es" must not join the name).
    const read = readName(tokens.slice(0, k), s, 'strong', lang);
    if (!read || read.end !== k) continue;
    // All the words labelled "first name" are the given name ("fatima zahra first name").
    if (hit[1] === 'first' && read.words.length > 1) out.push({ mode: 'full', words: read.words, start: s, end: k, given: read.words.length });
    else out.push({ mode: hit[1], words: read.words, start: s, end: k });
  }
  return out;
}

/** Words a restated name may run on into ("robert kaminski on paper", "… from acme", "… here"). */
const RUN_ON_OK = new Set(['on', 'here', 'speaking', 'from', 'with', 'at', 'and', 'by', 'y', 'de', 'en', 'para', 'por', 'if', 'but', 'pero', 'calling', 'over']);
/** Verbs that make the words before them a sentence's subject ("sunny days are our busy season"). */
const VERBS_AFTER = new Set(['is', 'are', 'was', 'were', 'has', 'have', 'had', 'will', 'would', 'can', 'could', 'should', 'does', 'do', 'did', 'es', 'son', 'fue', 'era', 'tiene', 'tienen', 'esta', 'estan']);
const RESTATE = new Set(['well', 'actually', 'officially', 'legally', 'formally', 'technically', 'bueno', 'oficialmente', 'realmente', 'pues']);
const HERE = new Set(['here', 'speaking']);
/** Words that open a turn correcting what was just said or asked ("no, with a c", "sorry, it's Aaron"). */
const SELF_FIX = new Set(['sorry', 'actually', 'oops', 'wait', 'no', 'nope', 'perdon', 'perdona', 'disculpa']);

function opensWithCorrection(tokens: Token[]): boolean {
  let g = 0;
  while (tokens[g] && (GREETINGS.has(tokens[g].norm) || ACKS.has(tokens[g].norm)) && !SELF_FIX.has(tokens[g].norm)) g++;
  return SELF_FIX.has(tokens[g]?.norm ?? '') || matchAt(tokens, g, ['not']);
}

/**
 * "I'm Jenny, sorry, Jennifer Walsh" / "Schmidt, I mean Schmitt": a name restated right after a correction
 * word. Several words restate the whole name; one word fixes the part it resembles (as a spelling does).
 */
function correctionAfter(tokens: Token[], end: number, lang: string): NameFind | null {
  // Speech-to-text often leaves no pause: then only a whole name restated counts.
  const paused = breaksAfter(tokens[end - 1]);
  const op = CORRECTION_OPENERS.filter((w) => matchAt(tokens, end, w)).sort((a, b) => b.length - a.length)[0];
  if (!op) return null;
  const wholeOnly = !paused || FULL_ONLY.has(op.join(' '));
  let k = end + op.length;
  // "sorry it's Jennifer", "no wait, its jose": allow the "it's" that often follows.
  if (["it's", 'its', 'es', 'soy'].includes(tokens[k]?.norm ?? '')) k++;
  // "actually put my legal name, its owain…": a few words about the name, then "it's".
  else {
    const its = tokens.slice(k, k + 7).findIndex((t) => ["it's", 'its', 'is', 'es'].includes(t.norm));
    if (its > 0 && tokens.slice(k, k + its).some((t) => t.norm === 'name' || t.norm === 'nombre')) k += its + 1;
  }
  const read = readName(tokens, k, wholeOnly ? 'strong' : 'weak', lang);
  if (!read) return null;
  if (wholeOnly && read.words.length < 2) return null;
  if (read.words.length === 1) return { mode: 'spelling', words: read.words, start: k, end: read.end, correction: true };
  return { mode: 'full', words: read.words, start: k, end: read.end, companyStart: read.companyStart, correction: true };
}

/** "I'm the dispatcher, Keisha." / "yo soy la recepcionista, Daniela": a role, then the name after a comma. */
function roleAppositives(tokens: Token[], lang: string, found: NameFind[]): NameFind[] {
  const out: NameFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const opener = [["i'm"], ['im'], ['i', 'am'], ['soy'], ['yo', 'soy'], ['habla'], ['this', 'is'], ["it's"], ['its'], ['con']].find((w) => matchAt(tokens, i, w));
    if (!opener) continue;
    const art = i + opener.length;
    if (!ROLE_ARTICLES.has(tokens[art]?.norm ?? '')) continue;
    // Up to three role words ("the office manager", "el gerente de la tienda"), the last one followed by a comma.
    if (!ROLE_WORDS.has(tokens[art + 1]?.norm ?? '') && opener[0] === 'con') continue;
    let k = art + 1;
    const most = art + (ROLE_WORDS.has(tokens[art + 1]?.norm ?? '') ? 6 : 4);
    while (k < most && tokens[k] && !breaksAfter(tokens[k]) && /^\p{Ll}/u.test(tokens[k].raw)) k++;
    if (!tokens[k] || tokens[k].after !== ',' || !/^\p{Ll}/u.test(tokens[k].raw)) {
      const bare = roleThenName(tokens, art + 1, lang);
      if (bare && !found.some((f) => f.start === bare.start)) out.push(bare);
      continue;
    }
    const start = k + 1;
    if (found.some((f) => f.start === start)) continue;
    const read = readName(tokens, start, 'weak', lang);
    // The name must be all that phrase holds ("…, Keisha." not "…, Keisha said…").
    if (!read || !(breaksAfter(tokens[read.end - 1]) || read.end >= tokens.length)) continue;
    out.push({ mode: 'full', words: read.words, start, end: read.end });
  }
  return out;
}

/** Words that qualify a role ("the executive director", "the office manager", "el gerente general"). */
const ROLE_MODS = new Set(['executive', 'general', 'office', 'practice', 'operations', 'managing', 'senior', 'store', 'shop', 'sales', 'general', 'de', 'la', 'del', 'ventas']);

/**
 * "im the manager erin walsh", "this is the executive director margaret ellis": role words, then the whole
 * name (two or three words) ending the phrase, with no comma between.
 */
function roleThenName(tokens: Token[], from: number, lang: string): NameFind | null {
  let k = from;
  let roles = 0;
  while (k < from + 3 && tokens[k] && !breaksAfter(tokens[k]) && (ROLE_WORDS.has(tokens[k].norm) || ROLE_MODS.has(tokens[k].norm))) {
    if (ROLE_WORDS.has(tokens[k].norm)) roles++;
    k++;
  }
  if (!roles || !ROLE_WORDS.has(tokens[k - 1]?.norm ?? '') || !tokens[k]) return null;
  const read = readName(tokens, k, 'strong', lang);
  if (!read || read.words.length < 2 || read.words.length > 3 || read.words.some((w) => COMPANY_HINTS.has(fold(w)) || ROLE_WORDS.has(fold(w)))) return null;
  const next = tokens[read.end]?.norm ?? '';
  if (!(read.end >= tokens.length || breaksAfter(tokens[read.end - 1]) || ['from', 'with', 'at', 'and', 'here', 'de', 'y'].includes(next))) return null;
  return { mode: 'full', words: read.words, start: k, end: read.end, companyStart: read.companyStart };
}

/**
 * A name said on its own, as its own sentence: "Hello! Hamish MacLeod, Highland Plumbing…", "…gmail.com.
 * Rafael Ortiz, Ortiz Auto Body.", "Owner of Fresh Cuts here, Darnell Washington." Two or three capitalised
 * name words in a transcript whose capitals mean something, never a company or a place.
 */
function standaloneNames(tokens: Token[], asked: Set<Ask>, lang: string, found: NameFind[], agent: Set<string>): NameFind[] {
  if (asked.has('company') || found.some((f) => f.mode !== 'spelling')) return [];
  const cased = casingIsInformative(tokens);
  const out: NameFind[] = [];
  const first = skipOpeners(tokens, 0, agent);
  for (let i = 0; i < tokens.length; i++) {
    const prev = tokens[i - 1];
    const boundary = i === first || endsSentence(prev) || (prev?.norm === 'here' && breaksAfter(prev));
    // Where capitals prove nothing, only a known given name opening the turn ("Hello! Hamish MacLeod, …").
    if (!boundary || (!cased && !(i === first && FIRST_NAMES.has(tokens[i].norm)))) continue;
    const start = skipTitle(tokens, i);
    let k = start;
    while (k < tokens.length && k - start < 3) {
      const t = tokens[k];
      // A place only counts against the first word ("Austin Texas"); "Washington" is a surname too.
      const ok = isNameWord(t.raw) && isCapitalised(t.raw) && !NON_NAME.has(t.norm) && !COMPANY_HINTS.has(t.norm) && !(k === start && PLACES.has(t.norm)) && !t.spelled;
      if (!ok) break;
      k++;
      if (breaksAfter(t)) break;
    }
    const len = k - start;
    if (len < 2 || len > 3) continue;
    // The phrase ends there: a pause, a full stop or the end of the turn.
    if (!(k >= tokens.length || breaksAfter(tokens[k - 1]))) continue;
    out.push({ mode: 'full', words: tokens.slice(start, k).map((t) => t.raw), start, end: k, companyStart: tokens[k - 1].after === ',' ? k : undefined });
    break;
  }
  return out;
}

/** Whether the words from `i` read as a business: a trade word, a legal suffix or a possessive lead ("Gus's …"). */
function businessAt(tokens: Token[], i: number): boolean {
  const words = tokens.slice(i, i + 6);
  const end = words.findIndex((t) => breaksAfter(t));
  const phrase = end >= 0 ? words.slice(0, end + 1) : words;
  return phrase.some((t) => COMPANY_HINTS.has(t.norm) || t.norm.replace(/\./g, '') in LEGAL_SUFFIX) || (/'s$/.test(phrase[0]?.norm ?? '') && phrase.length >= 2);
}

/** Form-style labels typed into the chat: "Name: Marcus Oyelowo." / "Nombre: Ana Torres". */
function labelled(tokens: Token[], lang: string, found: NameFind[]): NameFind[] {
  const out: NameFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const label = [['name'], ['full', 'name'], ['nombre'], ['nombre', 'completo'], ['first', 'name'], ['last', 'name'], ['apellido'], ['apellidos']].find(
      (w) => matchAt(tokens, i, w) && tokens[i + w.length - 1].after.startsWith(':'),
    );
    // "Company name: Apex Mechanical." labels a company.
    if (!label || BUSINESS_NOUNS.has(tokens[i - 1]?.norm ?? '') || ['empresa', 'negocio', 'compania'].includes(tokens[i - 1]?.norm ?? '')) continue;
    const start = i + label.length;
    if (found.some((f) => f.start === start)) continue;
    const read = readName(tokens, start, 'strong', lang);
    if (!read) continue;
    const mode: NameMode = label[0] === 'first' ? 'first' : label[0] === 'last' || label[0].startsWith('apellido') ? 'last' : 'full';
    out.push({ mode, words: read.words, start, end: read.end });
  }
  return out;
}

/** Name words read at `i` as if an opener had been said (for a name the visitor gives for someone they act for). */
export function readNameAt(tokens: Token[], i: number, lang: string): { words: string[]; end: number } | null {
  const read = readName(tokens, i, 'strong', lang);
  return read ? { words: read.words, end: read.end } : null;
}
