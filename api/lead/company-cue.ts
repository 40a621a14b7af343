/**
 * Business names with no trade word, read from structure rather than vocabulary:
 * - the whole answer to a business question, led by an article or a possessive ("the good earth",
 *   "mi ranchito");
 * - the place where the visitor's trouble happens, opening the sentence ("so at harbor light we keep missing
 *   calls", "aquí en la esperanza se nos pierden llamadas");
 * - after a cue of belonging ("i'm with", "i'm from", "over at", "soy de", "somos", "we're"), a short span that
 *   ends where the phrase does, when the visitor then speaks as a business ("…, we do boat repairs", "…, a small
 *   freight outfit", "…, queremos…").
 * Places, times, people and ordinary words are kept out by word classes, never by names of businesses.
 */
import type { Span } from './email.js';
import { ACKS, COMPANY_HINTS, FIRST_NAMES, GENERIC_WORDS, NON_NAME, PLACES, ROLE_WORDS } from './lexicon.js';
import { isDigitWord } from './numbers.js';
import { formatCompany } from './company-format.js';
import { breaksAfter, endsSentence, type Token } from './text.js';

type Read = (tokens: Token[], start: number, strength: 'strong' | 'medium' | 'weak') => Span<string> | null;

/** Times, idioms and parts of a day or a home: "at night", "at first", "en la noche", "en la casa". */
const NOT_A_PLACE_OF_WORK = new Set(
  `night nights morning mornings evening evenings weekend weekends lunch lunchtime noon midnight first least last
  most best worst times once all this that these those moment point end start beginning peak rush
  noche noches manana mananas tarde tardes madrugada semana fin dia dias mediodia temporada realidad general
  serio cuanto verdad principio final momento casa cocina oficina calle parque escuela
  colonia barrio centro ciudad pueblo zona fraccionamiento avenida street avenue road neighborhood city town side
  front desk reception billing upstairs downstairs warehouse headquarters hq corporate dispatch payroll recursos humanos`.split(/\s+/),
);

/** Words that open the clause telling what happens there ("…we keep missing", "…se nos pierden", "…no contestamos"). */
const CLAUSE_OPENERS = new Set(
  `we our us i i'm im we're we've my they their people everybody everyone nobody the phones phone calls
  se nos no nosotros tenemos hay siempre casi todos todo nadie los las el la mis nuestros nuestras`.split(/\s+/),
);

/** Lead words before a sentence-opening "at X" / "en X": fillers and acknowledgements. */
const LEADS = new Set(['so', 'yeah', 'well', 'um', 'uh', 'and', 'but', 'here', 'over', 'aqui', 'alla', 'pues', 'bueno', 'este', 'y', 'pero', 'hi', 'hey', 'hola', 'oh', 'look', 'listen', 'mire', 'mira', 'oiga', 'fijese', 'eh']);

/** A span of name words fit to stand for a business with no trade word: no ordinary, place, role or time words. */
function plainName(norms: string[], allowArticle: boolean): boolean {
  // (Joiners inside are no words of their own: "ferretería el martillo", "rosas y más".)
  const body = (allowArticle && ['la', 'el', 'los', 'las'].includes(norms[0]) ? norms.slice(1) : norms).filter((n, k) => k === 0 || !['el', 'la', 'los', 'las', 'y', 'and', 'de', 'del', 'of', '&'].includes(n));
  if (!body.length || body.length > 4) return false;
  if (body.some((n) => GENERIC_WORDS.has(n) || NOT_A_PLACE_OF_WORK.has(n) || ROLE_WORDS.has(n) || isDigitWord(n) || (NON_NAME.has(n) && !COMPANY_HINTS.has(n)))) return false;
  if (body.every((n) => PLACES.has(n))) return false;
  // "…from accounting": trade words alone name a department or a kind, not a business.
  if (body.every((n) => COMPANY_HINTS.has(n))) return false;
  // "i'm with john smith": a given name and a surname is a person (not "la esperanza", with its article).
  if (body !== norms) return true;
  if (body.length === 2 && FIRST_NAMES.has(body[0]) && !COMPANY_HINTS.has(body[1])) return false;
  if (body.length === 1 && FIRST_NAMES.has(body[0])) return false;
  return true;
}

/**
 * "the good earth", "the church of the living waters", "mi ranchito" answering a business question: the
 * whole answer is the name; an English leading article is dropped, a possessive that is part of the name kept.
 */
export function articleLedAnswer(tokens: Token[], j: number, read: Read): Span<string> | null {
  const lead = tokens[j]?.norm;
  if (!lead || !['the', 'mi', 'my'].includes(lead) || breaksAfter(tokens[j])) return null;
  // (Read as a name whatever its first word — "the daily grind" — then checked here.)
  const found = read(tokens, j + 1, 'strong');
  if (!found || found.start !== j + 1) return null;
  const whole = found.end >= tokens.length || breaksAfter(tokens[found.end - 1]);
  if (tokens.slice(found.start, found.end).some((t, k) => isDigitWord(t.norm) || ROLE_WORDS.has(t.norm) || (k > 0 && NON_NAME.has(t.norm) && !COMPANY_HINTS.has(t.norm) && !SMALL.has(t.norm)))) return null;
  if (GENERIC_START_WORDS.has(tokens[found.start].norm)) return null;
  if (!whole) return null;
  const norms = tokens.slice(found.start, found.end).map((t) => t.norm);
  if (GENERIC_WORDS.has(norms[0]) && !COMPANY_HINTS.has(norms[0])) {
    // "the good earth": an ordinary first word only when the rest is no ordinary word.
    if (norms.length < 2 || norms.slice(1).some((n) => GENERIC_WORDS.has(n) && !COMPANY_HINTS.has(n))) return null;
  }
  if (lead === 'the') return found;
  // "mi ranchito": the possessive is part of the name, the rest no ordinary word — said alone ("my competitor,
  // bayview plumbing…" is no name).
  // ("my pottery studio mud and fire": the kind, then the name — see nameAfterKind.)
  if (found.end < tokens.length || !plainName(norms, false) || norms.slice(0, -1).some((n) => COMPANY_HINTS.has(n))) return null;
  return { value: formatCompany(tokens.slice(j, found.end)), start: j, end: found.end };
}

/** Small words a name may hold ("shine on wheels", "rosas y más"). */
const SMALL = new Set(['and', 'y', 'of', 'de', 'del', 'la', 'el', 'los', 'las', 'the', 'on', 'in', 'by', 'for', '&']);
/** First words that open a sentence, not a name. */
const GENERIC_START_WORDS = new Set(['same', 'one', 'none', 'nothing', 'nobody', 'primero', 'luego', 'despues', 'nada', 'ninguno', 'ninguna', 'thats', "that's", 'its', "it's"]);

/** Pronouns, verbs and other words that make an answer a sentence rather than a name. */
const SENTENCE_WORDS = new Set(`i i'm im we we're you he she they it it's its is are was were be have has had do does did
  not no yet just only still sure maybe probably dont don't cant can't haven't havent will would could should
  yo tengo tenemos es son no todavia aun solo quiza tal vez okay ok okey alright pues orale lo le les voy va vamos apenas estoy esta estan hay`.split(/\s+/));

/**
 * "shine on wheels", "pampered paws" answering "what's it called?": a short whole answer with no word of a
 * sentence in it is the name, even where the usual read stops early (at "on") or refuses a first word ("-ed").
 */
export function wholeAnswerName(tokens: Token[], j: number): Span<string> | null {
  const words = tokens.slice(j);
  if (words.length < 2 || words.length > 5 || words.slice(0, -1).some((t) => breaksAfter(t))) return null;
  const norms = words.map((t) => t.norm);
  // Every word a name word: no pronoun, verb, filler or adverb ("se lo digo después", "getting started with…").
  if (norms.some((n) => NON_NAME.has(n) && !SMALL.has(n) && !['a', 'an'].includes(n) && !COMPANY_HINTS.has(n) && !isDigitWord(n)) || GENERIC_START_WORDS.has(norms[0])) return null;
  if (['a', 'an', 'the', 'my', 'our', 'un', 'una', 'mi', 'el', 'la'].includes(norms[0])) return null;
  // ("three dogs and a truck": a number may open a longer name, nowhere else.)
  if (norms.some((n, k) => SENTENCE_WORDS.has(n) || ROLE_WORDS.has(n) || (isDigitWord(n) && (k > 0 || norms.length < 3)) || FIRST_PERSON_VERB.test(n)) || norms.every((n) => GENERIC_WORDS.has(n) || NON_NAME.has(n))) return null;
  if (norms.every((n) => PLACES.has(n) || NON_NAME.has(n))) return null;
  // "john smith": a given name and a surname is a person.
  if (norms.length === 2 && FIRST_NAMES.has(norms[0]) && !COMPANY_HINTS.has(norms[1])) return null;
  return { value: formatCompany(words), start: j, end: tokens.length };
}
const FIRST_PERSON_VERB = /^\p{L}{3,}(?:amos|emos|imos)$/u;

/**
 * "yes a cleaning service tidy nest cleaning", "my blacksmith shop fitzgerald forge", "es mi agencia paz
 * seguros": the kind of business, then its name running to the answer's end with no pause between.
 */
export function nameAfterKind(tokens: Token[], j: number, read: Read, isTrade: (norm: string) => boolean): Span<string> | null {
  if (!['a', 'an', 'un', 'una', 'my', 'our', 'mi', 'nuestra', 'nuestro'].includes(tokens[j]?.norm ?? '')) return null;
  for (let k = j + 1; k < Math.min(tokens.length - 1, j + 4); k++) {
    if (breaksAfter(tokens[k - 1])) return null;
    if (!isTrade(tokens[k].norm)) continue;
    // The kind may run on ("a cleaning service"): the name starts after its last trade word.
    let s = k + 1;
    while (s < tokens.length - 1 && s < k + 2 && isTrade(tokens[s].norm) && !breaksAfter(tokens[s - 1])) s++;
    // ("una pequeña empresa de limpieza": what follows the kind is more description, not a name.)
    if (SMALL.has(tokens[s]?.norm ?? '')) return null;
    const found = read(tokens, s, 'strong');
    if (found && found.start === s && found.end === tokens.length && found.end - found.start >= 1 && !breaksAfter(tokens[s - 1])) {
      const norms = tokens.slice(found.start, found.end).map((t) => t.norm);
      if (norms.some((n) => SENTENCE_WORDS.has(n) || GENERIC_WORDS.has(n) && !COMPANY_HINTS.has(n))) return null;
      // ("una clínica veterinaria": a trade word alone goes on describing the kind.)
      if (norms.length === 1 && isTrade(norms[0]) && !/^\p{Lu}/u.test(tokens[found.start].raw)) return null;
      return found;
    }
  }
  return null;
}

/**
 * "still water yoga" answering "what's the studio called?": the whole answer, two to five words ending in a
 * trade word, is the name even when its first word is an ordinary one.
 */
export function tradeEndedAnswer(tokens: Token[], j: number, read: Read): Span<string> | null {
  if (!tokens[j] || ['a', 'an', 'my', 'our', 'your', 'i', 'we', 'it', 'this', 'that', 'the', 'un', 'una', 'mi', 'su', 'nuestro', 'nuestra', 'es', 'no', 'not'].includes(tokens[j].norm)) return null;
  // ("still water yoga": an ordinary first word that opens no read is taken with the rest.)
  const direct = read(tokens, j, 'strong');
  const rest = direct ? null : read(tokens, j + 1, 'strong');
  const found = direct ?? (rest && rest.start === j + 1 && !breaksAfter(tokens[j]) ? { value: formatCompany(tokens.slice(j, rest.end)), start: j, end: rest.end } : null);
  if (!found || found.start !== j || found.end < tokens.length) return null;
  const norms = tokens.slice(found.start, found.end).map((t) => t.norm);
  if (norms.length < 2 || norms.length > 6 || !COMPANY_HINTS.has(norms[norms.length - 1])) return null;
  if (norms.some((n) => ROLE_WORDS.has(n) || isDigitWord(n))) return null;
  return found;
}

/**
 * "so at harbor light we keep missing calls", "here at zentrix our front desk…", "aquí en la esperanza se nos
 * pierden llamadas": a sentence opening (after fillers) with "at" / "en", a short name, then the clause.
 * In Spanish "en" also says where in town, so a name with no trade word needs its article ("en la esperanza").
 */
export function placeOfTrouble(tokens: Token[], read: Read): Span<string>[] {
  const out: Span<string>[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const prep = tokens[i].norm;
    if (prep !== 'at' && prep !== 'en') continue;
    let s = i - 1;
    while (s >= 0 && LEADS.has(tokens[s].norm) && !endsSentence(tokens[s])) s--;
    // (After a sentence's end or a pause: "tenemos un spa, aquí en spa loto blanco las clientas…".)
    if (s >= 0 && !breaksAfter(tokens[s])) continue;
    // The name runs to the clause's first word ("…harbor light we…", "…la esperanza se nos…").
    // An article opens the clause only when no pronoun or verb does ("…taquería los compadres no damos…",
    // but "…spa loto blanco las clientas reservan…").
    const opens = (p: number) => CLAUSE_OPENERS.has(tokens[p].norm) || AS_A_BUSINESS.test(tokens[p].norm);
    const article = (p: number) => ['los', 'las', 'el', 'la', 'the'].includes(tokens[p].norm);
    let stop = -1;
    for (let p = i + 2; p < tokens.length && p < i + 7 && !breaksAfter(tokens[p - 1]); p++) {
      if (opens(p) && !article(p)) {
        stop = p;
        break;
      }
      if (stop < 0 && article(p)) stop = p;
    }
    if (stop < 0) {
      stop = i + 2;
      while (stop < tokens.length && stop < i + 6 && !breaksAfter(tokens[stop - 1])) stop++;
    }
    const found = read(tokens.slice(0, stop), i + 1, 'strong');
    if (!found || found.start !== i + 1 || found.end - found.start > 4) continue;
    const next = tokens[found.end];
    const norms = tokens.slice(found.start, found.end).map((t) => t.norm);
    const business = norms.some((n) => COMPANY_HINTS.has(n)) || /^\p{L}+'s$/u.test(norms[0]);
    // The name runs to the clause's first word ("…harbor light we…"); after a pause, only a business-like name.
    if (!next || breaksAfter(tokens[found.end - 1]) ? !business : !opens(found.end)) continue;
    if (norms[0] === 'the') continue;
    if (prep === 'en' && !business && !['la', 'el', 'los', 'las'].includes(norms[0])) continue;
    if (!business && !plainName(norms, prep === 'en')) continue;
    out.push(found);
  }
  return out;
}

/** Cues of belonging to a business: the name follows. */
const BELONGING: string[][] = [
  ["i'm", 'with'], ['im', 'with'], ['i', 'am', 'with'], ["i'm", 'from'], ['im', 'from'], ['i', 'am', 'from'],
  ["we're"], ['we', 'are'], ['soy', 'de'], ['somos', 'de'], ['somos'], ['hablo', 'de'], ['vengo', 'de'],
];
/** Cues that say a workplace by themselves ("over at X", "my company's X", "calling from X", "le escribo de X"). */
const WORKPLACE: string[][] = [
  ["i'm", 'over', 'at'], ['im', 'over', 'at'], ['over', 'here', 'at'], ['here', 'at'], ['over', 'at'],
  ['my', "company's"], ['our', "company's"], ['my', "business's"], ['calling', 'from'], ['calling', 'on', 'behalf', 'of'], ['on', 'behalf', 'of'],
  ['le', 'hablo', 'de'], ['te', 'hablo', 'de'], ['llamo', 'de'], ['escribo', 'de'], ['le', 'escribo', 'de'], ['les', 'escribo', 'de'],
];
/** Words a visitor introduces themselves with, before "NAME from X". */
const SELF_INTRO = new Set(["it's", 'its', 'this', "i'm", 'im', 'soy', 'habla', 'llamo']);
/** Where a workplace's name may stop without a pause: the next words go on about the call. */
const GOES_ON = new Set(['about', 'regarding', 'to', 'because', 'and', 'on', 'in', 'near', 'by', 'off', 'downtown', 'sobre', 'para', 'porque', 'y']);

/** The visitor speaking as a business after the name: "we…", "our…", "queremos…", "se nos…", "nosotros…". */
const AS_A_BUSINESS = /^(?:we|we're|weve|we've|our|us|nosotros|somos|nuestro|nuestra|nuestros|nuestras|nos|\p{L}{3,}(?:amos|emos|imos))$/u;

/** A description of a business right after the name: "…, a small freight outfit", "…, una panadería de barrio". */
function describedAsBusiness(tokens: Token[], k: number): boolean {
  if (!['a', 'an', 'un', 'una'].includes(tokens[k]?.norm ?? '')) return false;
  for (let q = k + 1; q < Math.min(tokens.length, k + 6); q++) {
    if (COMPANY_HINTS.has(tokens[q].norm) || ['company', 'business', 'outfit', 'shop', 'store', 'firm', 'agency', 'empresa', 'negocio', 'tienda', 'startup'].includes(tokens[q].norm)) return true;
    if (breaksAfter(tokens[q])) return false;
  }
  return false;
}

export interface CueFind extends Span<string> {
  /** Read after "de" / "with" following a person's name: dropped where it is that person's surname ("soy roberto de la garza"). */
  afterName?: boolean;
}

/** Whether the cue at `i` follows a person introducing themselves ("it's dana from…", "soy roberto de…", "jake miller, with…"). */
function afterSelfIntro(tokens: Token[], i: number, namedAsked: boolean): boolean {
  if (!['from', 'with', 'de', 'del', 'at'].includes(tokens[i].norm) || i < 1) return false;
  // Answering "your name and company?": the name, then "from/with X", opening the answer.
  // ("con jordi, de autoescuela…" answering "¿con quién hablo?")
  const from = ACKS.has(tokens[0].norm) || tokens[0].norm === 'con' ? 1 : 0;
  if (namedAsked && i <= from + 3 && tokens.slice(from, i).every((t) => !NON_NAME.has(t.norm) && !GENERIC_WORDS.has(t.norm)) && tokens.slice(from, i - 1).every((t) => !breaksAfter(t))) return true;
  let q = i - 1;
  while (q >= 0 && q >= i - 4 && !SELF_INTRO.has(tokens[q].norm) && !breaksAfter(tokens[q])) q--;
  // (The words between are a name: "soy de aquí de la colonia…" is no introduction.)
  const between = tokens.slice(q + 1, i).filter((t) => !['is', 'am', 'es'].includes(t.norm));
  return q >= 0 && between.length > 0 && SELF_INTRO.has(tokens[q].norm) && !tokens.slice(q, i - 1).some((t) => breaksAfter(t)) && between.every((t) => !NON_NAME.has(t.norm) && !GENERIC_WORDS.has(t.norm));
}

/**
 * "i'm with harbor light, we do boat repairs", "hola soy de tecnoplus, queremos…", "we're northstar, a small
 * freight outfit", "i'm over at blue heron on main street", "jake miller, with zentrix": after a cue of
 * belonging, a short name with no trade word, when the visitor then speaks as a business, the cue itself
 * names a workplace, or a person just introduced themselves.
 */
/** The words a cue can begin with, so most tokens are passed over at once. */
const CUE_STARTS = new Set([...WORKPLACE, ...BELONGING].map((cue) => cue[0]));

export function belongingName(tokens: Token[], read: Read, namedAsked = false, companyAsked = false): CueFind[] {
  const out: CueFind[] = [];
  for (let i = 0; i < tokens.length; i++) {
    const longest = (cues: string[][]) => cues.filter((w) => w.every((x, k) => tokens[i + k]?.norm === x)).sort((x, y) => y.length - x.length)[0];
    const cueHere = CUE_STARTS.has(tokens[i].norm);
    const work = cueHere ? longest(WORKPLACE) : undefined;
    const cue = work ?? (cueHere ? longest(BELONGING) : undefined);
    const introduced = !cue && afterSelfIntro(tokens, i, namedAsked);
    if (!cue && !introduced) continue;
    let at = i + (cue?.length ?? 1);
    // "…from the good earth": an English article is no part of the name.
    const the = tokens[at]?.norm === 'the';
    if (the) at++;
    const found = read(tokens, at, 'strong');
    if (!found || found.start !== at) continue;
    const norms = tokens.slice(found.start, found.end).map((t) => t.norm);
    // ("the good earth": after the article an ordinary first word, when more words follow.)
    const body = the && norms.length >= 2 && GENERIC_WORDS.has(norms[0]) && !['one', 'same', 'other'].includes(norms[0]) ? norms.slice(1) : norms;
    if (!plainName(body, true)) continue;
    const ends = found.end >= tokens.length || breaksAfter(tokens[found.end - 1]);
    const next = tokens[found.end];
    const joined = !!next && ['and', 'y'].includes(next.norm) && AS_A_BUSINESS.test(tokens[found.end + 1]?.norm ?? '');
    // ("…de speak up una escuela de inglés": a description may follow with no pause.)
    const speaksAsBusiness = joined || describedAsBusiness(tokens, found.end) || (ends && !!next && AS_A_BUSINESS.test(next.norm));
    // After a name, "from" / "de" also say where someone lives ("soy nerea de zaragoza"): only "with" / "at"
    // say a workplace by themselves.
    // (In English, "NAME from X" is how a caller says their business; a city is kept out by PLACES.)
    // A Spanish "NAME, de X" after a pause, X two or more words, is the business ("con jordi, de autoescuela eixample").
    const pausedDe = introduced && ['de', 'del'].includes(tokens[i].norm) && tokens[i - 1].after.startsWith(',') && body.length >= 2;
    const worksThere = (introduced && ['with', 'at', 'from'].includes(tokens[i].norm)) || pausedDe;
    // ("soy paty de la tiendita la esquina": a kind of business and its name say it is one.)
    const tradeNamed = body.length >= 2 && body.some((n) => COMPANY_HINTS.has(n) || /^\p{L}{3,}it[ao]s?$/u.test(n));
    const ok = speaksAsBusiness || ((!!work || worksThere || tradeNamed || (introduced && companyAsked)) && ends) || (!!work && !!next && GOES_ON.has(next.norm));
    if (!ok) continue;
    out.push({ ...found, afterName: introduced || undefined });
  }
  return out;
}
