/**
 * Whether an assistant question asks for the visitor's business, in the many short ways a voice agent
 * asks it ("And the business?", "What's the gym called?", "¿A qué se dedica?", "¿Cómo se llama la
 * clínica?"). Read on folded text (lower case, no accents). A bare "What's your name?" / "¿Cómo se llama?"
 * is a person's name and stays out.
 */

import type { Ask } from './context.js';
import { COMPANY_HINTS, FIRST_NAMES, GENERIC_WORDS, NON_NAME } from './lexicon.js';
import { fold } from './text.js';
import { JOINERS } from './company-format.js';

/** Kinds of business a question may name instead of "business" ("the name of the practice?", "Hotel name?"). */
const KINDS = [
  ...'bar pub inn spa business company practice shop store salon studio restaurant gym clinic office firm agency franchise brand organization organisation nonprofit church cafe bakery place outfit team spa farm hotel ranch llc'.split(' '),
  ...'negocio empresa compania tienda clinica consultorio despacho taller restaurante panaderia peluqueria estetica gimnasio escuela academia agencia oficina iglesia finca local colegio granja hotel'.split(' '),
  ...[...COMPANY_HINTS].filter((w) => /^[a-z]{4,}$/.test(w)),
].join('|');

const ASKS_COMPANY: RegExp[] = [
  // "the name of the practice", "your salon's name", "and the office name?", "name of the med spa?"
  new RegExp(`\\bname of (?:the|your|that) (?:\\p{L}+ )?(?:${KINDS})\\b`, 'u'),
  // "¿nombre del negocio?", "¿nombre del bar?", "¿el nombre de la clínica?"
  new RegExp(`\\bnombre (?:del|de la|de su|de tu) (?:${KINDS})\\b`),
  new RegExp(`\\b(?:the|your|that) (?:${KINDS})(?:'s)? name\\b`),
  // "what's the gym called?", "what is your practice called?"
  new RegExp(`\\b(?:the|your) (?:${KINDS}) called\\b`),
  // "and the business?", "your practice?", "what business?", "business?"
  // (also with the visitor's name after it: "¿su negocio, tomás?"; without the comma see KIND_THEN_NAME)
  new RegExp(`(?:^|[.!?,]\\s*|\\b(?:and|the|your|what|which|y|su|tu|el|la|que|de que)\\s+)(?:${KINDS})(?:,\\s*\\p{L}+)?\\s*\\?`, 'u'),
  // "Store name?", "Practice name?": the kind and "name", said alone.
  new RegExp(`(?:^|[.!?]\\s*)(?:and\\s+)?(?:${KINDS})(?:'s)? name\\s*\\?`),
  // "what is his business?", "¿qué tienda, pedro?"
  new RegExp(`\\b(?:his|her|their) (?:${KINDS})\\s*\\?`),
  new RegExp(`\\bque (?:${KINDS})(?:,?\\s*\\p{L}+)?\\s*\\?`, 'u'),
  // "what kind of business do you have?", "what business are you calling about?", "tell me about your business"
  /\b(?:what|which) (?:kind|type|sort) of (?:business|company|practice|shop)\b/,
  /\bwhat (?:business|company)\b/,
  new RegExp(`\\bwhich (?:${KINDS})\\b`),
  /\babout your (?:business|company)\b/,
  /\bwhat do you do\b/,
  /\bwhat business are you in\b/,
  /\bwhat (?:does|do) (?:your|the) (?:business|company|shop|practice) do\b/,
  /\bwhat kind of work\b/,
  /\bque (?:hace|hacen) (?:su|tu|el|la) (?:negocio|empresa)\b/,
  // "are you with mitchell realty?"
  /\bare you with\b/,
  /\bwhat(?:'s| is) it called\b/,
  /\bwhats it called\b/,
  // "is that your cafe?", "is that the business name…"
  new RegExp(`\\bis (?:that|this|it) (?:your|the) (?:${KINDS})\\b`),
  // ES: "¿a qué se dedica (su negocio)?", "¿qué (tipo de) negocio tiene?", "¿de qué negocio?", "¿tiene un negocio?"
  /\ba que se dedica/,
  /\bque (?:tipo de |clase de )?(?:negocio|empresa)\b/,
  /\btiene (?:un |una )?(?:negocio|empresa)\b/,
  // "do you have a business", "are you with a company"
  /\bdo you (?:have|own|run) (?:a |your own )?(?:business|company|shop|practice)\b/,
  // "¿cómo se llama la panadería?", "¿es su empresa, …?"
  new RegExp(`\\bcomo se llama (?:la|el|su|tu) (?:${KINDS})\\b`),
  /\bes (?:su|tu) (?:empresa|negocio)\b/,
  // "whats the vineyard called", "and the trucks are called", "¿cómo se llama el bufete?": any noun for the place.
  /\bwhat(?:'s| is) (?:the|your) \p{L}+(?: \p{L}+)? called\b/u,
  /\b(?:the|your) \p{L}+(?: \p{L}+)? (?:is|are) called\b/u,
  /\bcomo se llama (?:el|la|su|tu) (?!hij|espos|jef|perr|gat|mam|pap|herman|novi|amig|marido|mujer|senor|ti[ao]|abuel|prim[ao]|sobrin|suegr|cunad|gerente|duen|soci)\p{L}+\s*\?/u,
  new RegExp(`\\btiene (?:un|una|su) (?:${KINDS})\\b`),
  new RegExp(`\\b(?:su|tu|your) (?:${KINDS}) (?:es|is)\\b`),
  // "¿y su negocio cómo se llama?", "your shop, what's it called?": the kind first, then the question.
  new RegExp(`\\b(?:su|tu|your) (?:${KINDS}),? (?:como se llama|cual es (?:el|su) nombre|what(?:'s| is) (?:it|the name))\\b`),
  // "who are you calling on behalf of?", "where do you work?", "¿dónde trabaja?"
  /\bwho (?:are you|is this) (?:calling |reaching out |writing )?on behalf of\b/,
  /\bwhere do you work\b/,
  /\bdonde trabaja\b/,
  // "y usted trabaja en paz seguros", "do you work at X"
  /\b(?:usted|you) (?:trabaja|work) (?:en|at|for)\b/,
  // "¿de dónde nos llama?": in a business call, which business.
  /\bde donde (?:nos |me )?(?:llama|habla|escribe)\b/,
];

/** The question with its business-name phrases taken out, so what is left shows whether a person's name is asked too. */
const BUSINESS_NAME_PHRASES = [
  new RegExp(`\\bname of (?:the|your|that) (?:\\p{L}+ )?(?:${KINDS})\\b`, 'gu'),
  new RegExp(`\\bnombre (?:del|de la|de su|de tu) (?:${KINDS})\\b`, 'g'),
  new RegExp(`\\b(?:the|your|that) (?:${KINDS})(?:'s)? name\\b`, 'g'),
  new RegExp(`\\bcomo se llama (?:la|el|su|tu) (?:${KINDS})\\b`, 'g'),
  new RegExp(`(?:^|[.!?]\\s*)(?:and\\s+)?(?:${KINDS})(?:'s)? name\\s*\\?`, 'g'),
  new RegExp(`\\b(?:su|tu|your) (?:${KINDS}),? (?:como se llama|cual es (?:el|su) nombre|what(?:'s| is) (?:it|the name))\\b`, 'g'),
];

/**
 * Transcribed agents often drop the question mark ("and the company", "and your company lucas"): a last
 * sentence with no closing mark reads as the question it is.
 */
const asQuestion = (folded: string) => (/[.!?]\s*$/.test(folded) ? folded : `${folded.trimEnd()}?`).replace(/\bwhats\b/g, "what's");

export function withoutBusinessName(foldedQuestion: string): string {
  return BUSINESS_NAME_PHRASES.reduce((q, re) => q.replace(re, ' '), asQuestion(foldedQuestion));
}

const KIND_WORDS = new Set(KINDS.split('|'));
/** "¿su negocio tomás?": the kind and a word, no comma — the visitor's name ("slowing the shop down?" is no ask). */
const KIND_THEN_NAME = new RegExp(`(?:^|[.!?,]\\s*|\\b(?:and|the|your|what|which|y|su|tu|el|la|que|de que)\\s+)(?:${KINDS})\\s+(\\p{L}+)\\s*\\?`, 'u');

export function asksForCompany(foldedQuestion: string): boolean {
  const q = asQuestion(foldedQuestion);
  if (ASKS_COMPANY.some((re) => re.test(q))) return true;
  // ("and the roofing company?": the word after is another kind word.)
  const named = KIND_THEN_NAME.exec(q);
  return !!named && (FIRST_NAMES.has(named[1]) || KIND_WORDS.has(named[1]));
}

/** Questions about what the visitor does ("What do you do?", "¿A qué se dedica?"): the answer may describe before it names. */
const ASKS_TRADE = [
  /\bwhat business are you in\b/,
  /\bwhat kind of work\b/,
  /\bwhat (?:does|do) (?:your|the) (?:business|company|shop|practice) do\b/,
  /\bque (?:hace|hacen) (?:su|tu|el|la) (?:negocio|empresa)\b/,
  /\bque hacen\b/,
  /\ba que se dedican\b/,
  /\bwhat do you do\b/, /\b(?:what|which) (?:kind|type|sort) of (?:business|company)\b/, /\ba que se dedica/, /\bque (?:tipo|clase) de (?:negocio|empresa)\b/, /\bque negocio tiene\b/, /\babout your (?:business|company)\b/];

export function asksWhatTheyDo(foldedQuestion: string): boolean {
  const q = asQuestion(foldedQuestion);
  return ASKS_TRADE.some((re) => re.test(q));
}

/**
 * A bare "¿Cómo se llama?" / "What's it called?" / "What's the name?" with no "your name" in it: after a
 * business question answered with only a description, it asks for the business's name.
 */
export function asksNameOfIt(folded: string): boolean {
  const foldedQuestion = asQuestion(folded);
  return (
    /\b(?:como se llama|what(?:'s| is) (?:the |its )?name|whats (?:the )?name|y el nombre|what(?:'s| is) it called|whats it called|(?:a |any )?name for it|tiene nombre)\s*\?/.test(foldedQuestion) ||
    // "and the name?", "¿nombre?", "¿y el nombre?"
    /(?:^|[.!?,]\s*)¿?\s*(?:and |y )?(?:the |el )?(?:name|nombre)\s*\?/.test(foldedQuestion)
  ) && !/\b(?:your|tu|su|usted)\b/.test(foldedQuestion);
}

/**
 * "Is that King Moving?" — "yeah king moving and storage": the visitor repeats a name the agent offered
 * (capitalised words inside its question) and goes on with a trade word — the business, said in full.
 */
export function extendsOfferedName(question: string, answer: string): boolean {
  const offered = (question.match(/(?<=\S\s)(?:\p{Lu}[\p{L}'&-]*\s?){2,}/gu) ?? []).map((p) => fold(p).trim().split(/\s+/));
  const said = fold(answer).replace(/[^\p{L}\p{N}'&\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  const start = said.findIndex((w) => !ACK_WORDS.has(w));
  return offered.some((words) => {
    if (start < 0 || !words.every((w, k) => said[start + k] === w)) return false;
    const more = said.slice(start + words.length, start + words.length + 3);
    return more.length > 0 && more.some((w) => COMPANY_HINTS.has(w));
  });
}
const ACK_WORDS = new Set(['yes', 'yeah', 'yep', 'yup', 'right', 'correct', 'exactly', 'si', 'claro', 'eso', 'es', 'well', 'so', 'uh', 'um', 'oh']);

/**
 * "hi pete, what is ironwood?", "greenleaf what?", "bayside...?": the agent repeats a word the visitor just
 * said, and the answer says it again with more words — the business, said in full.
 */
export function echoesBusiness(question: string, previousAnswer: string, answer: string, known: string[] = []): boolean {
  if (!asQuestion(fold(question)).includes('?')) return false;
  const words = (s: string) => fold(s).replace(/[^\p{L}\p{N}'&\s-]/gu, ' ').split(/\s+/).filter(Boolean);
  const before = new Set(words(previousAnswer));
  const echoed = words(question).filter((w) => w.length >= 4 && before.has(w) && !NON_NAME.has(w) && !GENERIC_WORDS.has(w) && !FIRST_NAMES.has(w) && !ACK_WORDS.has(w) && !known.includes(w));
  // (Not a read-back of an address or a number: "¿l.garcia@brightpath.io?", "nina at ninakdesign dot studio".)
  if (!echoed.length || words(question).length > 8 || /[@\d]/.test(question) || /\b(?:at|arroba)\b.*\b(?:dot|punto)\b/.test(fold(question))) return false;
  const said = words(answer).filter((w) => !ACK_WORDS.has(w));
  const at = said.findIndex((w) => echoed.includes(w));
  // ("my blacksmith shop fitzgerald forge": the kind may come first in a short answer.)
  return at >= 0 && (at < 2 || (at < 4 && said.length <= 6)) && said.length > at + 1;
}

/** "tengo un restaurante en medellín", "we run a senior living community": the visitor has a business, unnamed yet. */
export function mentionsOwnBusiness(folded: string): boolean {
  return new RegExp(`\\b(?:tengo|tenemos|manejo|have|own|run|i have|we have) (?:un|una|a|an) (?:\\p{L}+ ){0,2}(?:${KINDS})\\b`, 'u').test(folded);
}

const YES = /^(?:yes|yep|yeah|yup|correct|right|that's right|thats right|exactly|si|claro|exacto|correcto|asi es|eso es)\b/;
/**
 * "is gould interiors your business" — "yep", "¿y su empresa es grupo vega?" — "sí": the agent offers a name
 * read from an address, the visitor confirms it. Returns the name as the agent wrote it, or null.
 */
export function confirmedCompany(question: string | undefined, answer: string): string | null {
  if (!question || !YES.test(fold(answer).trim())) return null;
  const q = asQuestion(fold(question));
  const m =
    new RegExp(`\\bis (?:that |this )?((?:\\p{L}+ ){1,4}?)(?:your|the) (?:${KINDS})\\s*\\?`, 'u').exec(q) ??
    new RegExp(`\\b(?:and |so )?((?:\\p{L}+ ){1,4}?)is your (?:${KINDS})\\s*\\?`, 'u').exec(q) ??
    new RegExp(`\\b(?:su|tu) (?:${KINDS}) es ((?:\\p{L}+ ?){1,5})\\s*\\?`, 'u').exec(q) ??
    // "¿la agencia se llama viajes sol y mar?", "so the shop is called x?"
    new RegExp(`\\b(?:la|el|su|tu) (?:${KINDS}) se llama ((?:\\p{L}+ ?){1,5})\\s*\\?`, 'u').exec(q) ??
    new RegExp(`\\b(?:the|your) (?:${KINDS}) is called ((?:\\p{L}+ ?){1,5})\\s*\\?`, 'u').exec(q);
  const words = m?.[1].trim().split(/\s+/) ?? [];
  // (Joiners inside are name words: "viajes sol y mar".)
  if (!words.length || words.some((w, k) => NON_NAME.has(w) && !COMPANY_HINTS.has(w) && !(k > 0 && k < words.length - 1 && JOINERS.has(w)))) return null;
  return words.join(' ');
}

/**
 * The asks of a question, with a bare "¿Cómo se llama?" read as the business's name while one is pending,
 * and an offered name the answer extends read as the business.
 */
export function followUpAsk(asked: Set<Ask>, question: string | undefined, companyPending: boolean, answer = '', previousAnswer = '', known: string[] = []): Set<Ask> {
  if (question && !asked.has('company') && extendsOfferedName(question, answer)) return new Set<Ask>([...asked, 'company']);
  if (question && !asked.has('company') && echoesBusiness(question, previousAnswer, answer, known)) return new Set<Ask>([...asked, 'company']);
  if (!companyPending || !question || !asksNameOfIt(fold(question))) return asked;
  return new Set<Ask>(['company']);
}
