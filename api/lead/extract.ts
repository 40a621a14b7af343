/**
 * extractLead: the visitor's own contact details from a voice-agent conversation (speech-to-text, EN/ES).
 *
 * Only user turns are read for values; the assistant turn before each user turn is read for what it asked,
 * so a bare "Dana Whitfield" / "five one two…" / "Whitfield HVAC" answer is understood. Each field keeps
 * the first value the visitor gives, and a later turn — or a correction inside the same turn ("sorry,
 * it's…", "actually…", "perdón…") — replaces it. Values that belong to someone else ("my partner's email
 * is…", "his number", "my old email") or are negated ("not …") are skipped.
 *
 * Deterministic, no network: it runs in the Worker on every chat turn.
 */
import { restoreAccents } from './accents.js';
import { nameByAddress } from './address-name.js';
import { agentNames } from './agent-name.js';
import { confirmedCompany, followUpAsk, mentionsOwnBusiness } from './company-ask.js';
import { asksOf } from './context.js';
import { appositiveAfter, findCompanies, formatCompany } from './company.js';
import { withAccents } from './company-accents.js';
import { notThePrincipals, speaksForSomeone } from './company-owner.js';
import { findDescribedSpellings } from './described.js';
import { confirmedName, confirmedSurname, echoedGivenName } from './echo.js';
import { editedAddress } from './email-edit.js';
import { danglingLocal, findDomainFixes, findEmails, findLocalFix, leadingDomain, PROVIDERS } from './email.js';
import { givenName, isNameWord, properWord, similarity, splitFullName, properSurname } from './names.js';
import { claimsInContrast, deadAfter, isSomeoneElses, withoutBackRemarks } from './ownership.js';
import { compoundGiven, pairBeforeLastName, surnameInBusiness } from './given-compound.js';
import { fullGivenName, withFullGivenNames } from './nickname.js';
import { withSecondSurname } from './second-surname.js';
import { surnamesFirst } from './surname-first.js';
import { givenNameFixed } from './given-fix.js';
import { findNames } from './person.js';
import { isDigitWord, wordsToDigits as numberWordsToDigits } from './numbers.js';
import { acceptedReadBack } from './readback.js';
import { findPhoneRuns, PHONE_CUE, toE164 } from './phone.js';
import { asPrincipals, findPrincipal, isSpeakersOwnName, principalAnswer } from './proxy.js';
import { joinSpelled } from './spelling.js';
import { breaksAfter, endsSentence, fold, tokenize, type Token } from './text.js';

export interface LeadTurn {
  role: 'user' | 'assistant';
  content: string;
}
export interface ExtractOptions {
  language?: 'en' | 'es';
  /** ISO country for numbers said without a country code; default "US". */
  defaultCountry?: string;
}
export interface ExtractedLead {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  companyName: string | null;
}
type Field = keyof ExtractedLead;

const CORRECTION =
  /\b(sorry|actually|correction|i mean|wait|scratch that|my mistake|my bad|oops|perdon|perdona|disculpa|disculpe|mejor dicho|quiero decir|corrijo|en realidad|me equivoque|but now|pero ahora|mejor|better use|rather)\b|^\s*no\b/;
const NEGATED = /\b(not|instead of|rather than|no es|en vez de|en lugar de)\s*$/;
/** "an email from support@…", "a call from 512…": someone else's address. */
const RECEIVED_FROM = /\b(from|de parte de)\s*$/;
/** "something like name at yourbusiness dot com", "por ejemplo…": an example, not an address. */
const EXAMPLE = /\b(looks? like|something like|such as|for example|for instance|por ejemplo|algo (asi )?como|(an?|un) (e-?mail|address|correo) (like|tipo|como)|tipo)\s*$/;
/** "if i put in test at…", "si escribo maria arroba…": an address supposed, to ask how the product behaves. */
const SUPPOSED = /\b(?:if|say|suppose|si|digamos que|supongamos que) (?:i|we|you|yo )?\s*(?:put|type|enter|write|use|pongo|escribo|meto|uso|pusiera|escribiera)(?: in| down)?\s*$/;
const PLACEHOLDER_LOCAL = /^(?:name|nombre|yourname|your\.name|tunombre|sunombre|firstname|lastname|first\.last|firstlast|first_last|firstnamelastname|firstname\.lastname|myname|nombre\.apellido|nombreapellido|usuario|user|username|ejemplo|example)$/;
/** "do you guys have an email like info at…?", "¿ustedes tienen un correo…?": asking for theirs. */
const ASKS_THEIRS = /\b(you|your|you guys|y'all|ustedes|tienen|tiene usted)\b/;
/** "like if somebody says my name is…", "si un cliente dice…": a name in a made-up example, not the visitor's. */
const HYPOTHETICAL = /\b(if|when|say|suppose|let's say|lets say|si|cuando|digamos|supongamos) (somebody|someone|a customer|a caller|a client|a person|they|alguien|un cliente|una persona|el cliente) (says|said|calls|writes|types|tells|dice|llama|escribe|pone)\b/;
const TAIL_CUE =
  /\b(last (two|three|four)( digits)?( are| is)?|the last (one|part|bit|group) (is|was)|ending in|ends in|ends with|termina en|los ultimos( (dos|tres|cuatro))?( son)?|el ultimo( numero| grupo)? es|al final( es)?)\s*$/;

class Lead {
  readonly values: ExtractedLead = { firstName: null, lastName: null, email: null, phone: null, companyName: null };
  private readonly turnOf: Partial<Record<Field, number>> = {};
  private readonly claimed: Partial<Record<Field, boolean>> = {};

  /**
   * A later turn, or an explicit correction in the same turn, replaces; otherwise the first value stays —
   * unless the new one is claimed against it ("the office email is…, mine is…").
   */
  offer(field: Field, value: string | null, turn: number, correction: boolean, claimed = false): void {
    if (!value) return;
    const at = this.turnOf[field];
    if (at === undefined || turn > at || correction || (claimed && !this.claimed[field])) {
      this.values[field] = value;
      this.turnOf[field] = turn;
      this.claimed[field] = claimed;
    }
  }
}

function text(tokens: Token[], from: number, to: number): string {
  return tokens
    .slice(Math.max(0, from), Math.max(0, to))
    .map((t) => t.norm)
    .join(' ');
}

/** The value sits in a question put to the business ("do you have an email like info at…?"). */
function askingTheirs(tokens: Token[], idx: number): boolean {
  const from = sentenceStart(tokens, idx);
  let to = idx;
  while (to < tokens.length - 1 && !endsSentence(tokens[to])) to++;
  const prefix = text(tokens, from, idx);
  // "like what format, like john at example dot com?": an address asked about as a form, not given.
  return tokens[to]?.after.includes('?') === true && (ASKS_THEIRS.test(prefix) || /\b(like|como|tipo)\s*$/.test(prefix));
}

function sentenceStart(tokens: Token[], idx: number): number {
  let k = idx - 1;
  while (k >= 0 && !endsSentence(tokens[k])) k--;
  return k + 1;
}

export function extractLead(turns: LeadTurn[], opts: ExtractOptions = {}): ExtractedLead {
  const lang = opts.language ?? 'en';
  const country = (opts.defaultCountry ?? 'US').toUpperCase();
  const fallbacks = lang === 'es' ? ['ES', 'MX'].filter((c) => c !== country) : [];
  const lead = new Lead();
  let question: string | undefined;
  // The start of a number the visitor was still dictating when the turn ended ("it's 713…").
  let pendingDigits: string | null = null;
  // The part before the "@" of an address whose turn ended on "at" (email.ts danglingLocal).
  let pendingLocal: string | null = null;
  // Once the visitor says whom they speak for, "her email…" is the lead's (proxy.ts).
  let speaksFor = false;
  // The agent's own name, so "hi ava, liam grady" is Liam's and never Ava's.
  const agent = agentNames(turns.filter((t) => t.role === 'assistant').map((t) => t.content ?? ''));
  // The business was asked for and not yet named ("¿Qué negocio tiene?" — "una panadería"): see company-ask.ts.
  let companyPending = false;
  // Speaking for someone, their business is the lead's (company-owner.ts).
  let companyFor = false;
  // The agent asked for the name in an earlier turn (see findNames' `pending`).
  let nameAsked = false;
  // The visitor's turns so far (echo.ts grounds what the agent says back in them).
  const saidBefore: string[] = [];

  turns.forEach((turn, ti) => {
    if (turn.role !== 'user') {
      question = turn.content;
      return;
    }
    const questionText = question;
    const previousAnswer = saidBefore[saidBefore.length - 1] ?? '';
    // (The visitor's own name echoed back is no business: "¿Ruiz, con zeta?".)
    const known = [lead.values.firstName, lead.values.lastName].flatMap((v) => (v ? fold(v).split(' ') : []));
    const asked = new Set(followUpAsk(asksOf(question), question, companyPending, turn.content ?? '', previousAnswer, known));
    // "¿y a qué se dedican?" once the business is named: the answer describes it, it does not rename it.
    if (asked.has('trade') && lead.values.companyName) asked.delete('company');
    question = undefined;
    const tokens = joinSpelled(tokenize(turn.content ?? ''));
    const whole = text(tokens, 0, tokens.length);
    const principal = findPrincipal(tokens, lang) ?? principalAnswer(tokens, questionText, lang);
    // Spoken for someone in an earlier turn: a name the speaker now gives for themselves is not the lead's.
    const speakerOnly = speaksFor && !principal;
    if (principal) speaksFor = true;
    if (principal || speaksForSomeone(whole)) companyFor = true;

    // Values with a position (emails, phone runs): ownership and correction are read from the words
    // between the previous value (or the sentence start) and this one.
    const emails = findEmails(tokens);
    const found = findPhoneRuns(tokens).filter((r) => !emails.some((e) => r.start < e.end && e.start < r.end));
    // "…cincuenta y cinco" / "cuarenta y ocho" / "diecinueve": a turn of number words alone goes on a number
    // still being dictated, however short.
    const runs = !found.length && pendingDigits && tokens.length && tokens.every((t) => isDigitWord(t.norm) || ['y', 'and'].includes(t.norm))
      ? [{ digits: numberWordsToDigits(tokens.map((t) => t.norm)), start: 0, end: tokens.length }]
      : found;
    // "no, its d a n a dot w": the part before the "@" said again (its words are no name).
    const localFix = lead.values.email && !emails.length ? findLocalFix(tokens) : null;
    const spans = [...emails.map((e) => ({ start: e.start, end: e.end })), ...runs].sort((a, b) => a.start - b.start);
    const nameFree = localFix ? [...spans, { start: localFix.start, end: localFix.end }] : spans;
    const prevEnd = (start: number) => spans.filter((s) => s.end <= start).reduce((m, s) => Math.max(m, s.end), 0);
    const judge = (start: number, introStart = start) => {
      const floor = Math.max(sentenceStart(tokens, introStart), prevEnd(introStart));
      const prefix = text(tokens, floor, start);
      const between = text(tokens, prevEnd(introStart), start);
      return {
        mine: !isSomeoneElses(speaksFor ? asPrincipals(prefix) : prefix) && !NEGATED.test(prefix),
        claimed: claimsInContrast(between),
        received: RECEIVED_FROM.test(prefix),
        example: EXAMPLE.test(prefix) || SUPPOSED.test(prefix) || askingTheirs(tokens, start),
        correction: CORRECTION.test(withoutBackRemarks(between)),
        prefix,
      };
    };

    for (const e of emails) {
      const j = judge(e.start);
      // "nombre arroba gmail punto com", "first dot last at…": a placeholder shows a format.
      if (PLACEHOLDER_LOCAL.test(e.value.split('@')[0])) continue;
      if (j.mine && !j.received && !j.example && !deadAfter(text(tokens, e.end, Math.min(tokens.length, e.end + 8)))) lead.offer('email', e.value, ti, j.correction, j.claimed);
    }
    // "no, perdón, es luis guion bajo morales": the part before the "@" said again replaces it.
    if (localFix && lead.values.email) lead.offer('email', `${localFix.value}@${lead.values.email.split('@')[1]}`, ti, true);
    // "…gmail dot com, no sorry, yahoo dot com": the new domain replaces the one just said.
    for (const fix of findDomainFixes(tokens)) {
      const current = lead.values.email;
      if (current && !emails.some((e) => e.start <= fix.start && fix.start < e.end)) lead.offer('email', `${current.split('@')[0]}@${fix.value}`, ti, true);
    }
    // "no, without the dot", "it's an underscore, not a dot": a separator of the address taken out or swapped.
    if (!emails.length && !localFix) lead.offer('email', editedAddress(tokens, lead.values.email), ti, true);
    // "ok its t h e o at" — "at osei hyphen builders dot com": one address said over two turns.
    const domainOnly = !emails.length && pendingLocal ? leadingDomain(tokens) : null;
    if (domainOnly && pendingLocal) lead.offer('email', `${pendingLocal}@${domainOnly.value}`, ti, true);
    const dangling = emails.length ? null : danglingLocal(tokens);
    pendingLocal = dangling && judge(dangling.start).mine ? dangling.value : null;
    // "theo at osei-builders dot com?" — "yep": the address read back and accepted (readback.ts).
    if (!emails.length && !speakerOnly) lead.offer('email', acceptedReadBack(questionText, turn.content ?? '', saidBefore), ti, true);

    const phoneTalk = asked.has('phone') || PHONE_CUE.test(whole);
    const carried = pendingDigits;
    pendingDigits = null;
    let partial: string | null = null;
    for (const [k, r] of runs.entries()) {
      if (k === 0 && carried && r.start <= 2 && !r.digits.startsWith('+')) {
        const joined = toE164(carried + r.digits, country, fallbacks);
        if (joined) {
          lead.offer('phone', joined, ti, false);
          continue;
        }
        // "four one five" / "three six two" / "seven seven one zero": a number dictated over several turns.
        const sofar = (carried + r.digits).replace(/\D/g, '');
        if (runs.length === 1 && sofar.length < 10 && r.end >= tokens.length - 1) {
          pendingDigits = carried + r.digits;
          continue;
        }
      }
      const j = judge(r.start);
      if (!j.mine || j.received || deadAfter(text(tokens, r.end, Math.min(tokens.length, r.end + 8)))) continue;
      const plain = r.digits.replace(/\D/g, '');
      const current = lead.values.phone;
      // "wait no six seven nine not six seven eight": the group said is swapped for the one it is "not".
      const replaced = runs[k + 1]?.digits.replace(/\D/g, '');
      const swap = plain.length <= 4 && current && replaced && replaced.length === plain.length && /\b(not|no)\s*$/.test(text(tokens, r.end, runs[k + 1].start)) && current.includes(replaced);
      if (swap) {
        const at = current.lastIndexOf(replaced!);
        lead.offer('phone', toE164(current.slice(0, at) + plain + current.slice(at + plain.length), country, fallbacks), ti, true);
        continue;
      }
      if (plain.length <= 4 && current && (j.correction || TAIL_CUE.test(j.prefix))) {
        // "…zero one three four — sorry, zero one four three": the new digits replace the end.
        lead.offer('phone', toE164(current.slice(0, -plain.length) + plain, country), ti, true);
        continue;
      }
      // "…three three seven, um, no sorry, three three seven eight": the group said again, whole, replaces the
      // cut one it starts with.
      // (A reading in the visitor's own country beats one that only fits as a fallback country's.)
      const mended = partial && j.correction && !r.digits.startsWith('+') ? mendGroup(partial, r.digits, country, []) ?? mendGroup(partial, r.digits, country, fallbacks) : null;
      if (mended) {
        lead.offer('phone', mended, ti, true);
        partial = null;
        continue;
      }
      if (!(r.digits.startsWith('+') || plain.length >= 10 || phoneTalk)) continue;
      const e164 = toE164(r.digits, country, phoneTalk ? fallbacks : []);
      partial = !e164 && phoneTalk && plain.length >= 5 && plain.length < 12 ? plain : null;
      if (e164) lead.offer('phone', e164, ti, j.correction, j.claimed);
      else if (phoneTalk && k === runs.length - 1 && plain.length < 10 && r.end >= tokens.length - 1) pendingDigits = r.digits;
    }

    // "sí mire es el cincuenta y cinco" answering the phone question: a number's first group ending the turn.
    if (!runs.length && asked.has('phone')) {
      let k = tokens.length;
      while (k > 0 && (isDigitWord(tokens[k - 1].norm) || (['y', 'and'].includes(tokens[k - 1].norm) && k < tokens.length))) k--;
      const head = k < tokens.length ? numberWordsToDigits(tokens.slice(k).map((t) => t.norm)) : '';
      if (/^\d{2,4}$/.test(head)) pendingDigits = head;
    }

    // "ann, no e" / "hugo con hache": fixes the part it resembles; the description is no name itself.
    // (A one-token "number" at a description's start is its count: "one n jona".)
    const described = findDescribedSpellings(tokens).filter((d) => !spans.some((s) => d.start < s.end && s.start < d.end && !(s.start === d.start && s.end === d.start + 1)));
    // (Names are read with a nickname said beside the full given name replaced by it: nickname.ts.)
    const read = findNames(withFullGivenNames(tokens), asked, lang, agent, nameAsked && !asked.has('name') && !lead.values.firstName);
    // "katherine" … "and last name?" — "sorry its kathryn k a t h r y n": a correction of the given name.
    const names = asked.has('lastName') ? givenNameFixed(read, tokens, lead.values.firstName, lead.values.lastName) : read;
    if (asked.has('name')) nameAsked = true;
    for (const found of names) {
      // "ray ortega r ortega at…": a name read on into the address after it ends where the address starts.
      const cut = nameFree.find((s) => found.start < s.start && s.start < found.end);
      const n = cut && found.end - found.start === found.words.length && cut.start - found.start >= 2 ? { ...found, words: found.words.slice(0, cut.start - found.start), end: cut.start } : found;
      // "it's j o h n at…" is an address being spelled, not a name.
      if (nameFree.some((s) => n.start < s.end && s.start < n.end)) continue;
      // "its anna k, anna dot k at hotmail…": the part before the "@" said first, then the address (a lone
      // letter is no surname; "its tanisha williams, tanisha dot williams at…" is her name, then her address).
      const said = n.words.map(fold).join('');
      const initial = n.words.length > 1 && /^\p{L}$/u.test(n.words[n.words.length - 1]);
      if (initial && emails.some((e) => e.start >= n.end && e.start <= n.end + 1 && e.value.split('@')[0].replace(/[._-]/g, '') === said)) continue;
      // "ann, no e" describes the name just said; "sergio vidal, vidal con v" describes a word said again.
      // In a name of several words the description fixes one of them (applySpelling, below); the name stands.
      // (A description read into the name's words, "elena sin hache", still voids it.)
      const describesLastWord = (d: { start: number; end: number }) => n.words.length > 1 && d.start >= n.end - 1 && d.end > n.end;
      if (described.some((d) => n.start < d.end && d.start < n.end + 1 && !describesLastWord(d) && !(d.start === n.end && fold(d.word) === fold(n.words[n.words.length - 1])))) continue;
      const j = judge(n.start);
      if (NEGATED.test(j.prefix) || HYPOTHETICAL.test(j.prefix)) continue;
      if (speakerOnly && n.mode !== 'spelling' && isSpeakersOwnName(j.prefix, questionText)) continue;
      const correction = j.correction || !!n.correction;
      if (n.mode === 'spelling') {
        applySpelling(lead, n.words[0], n.target, ti, questionText);
        continue;
      }
      if (n.mode === 'first') {
        // "¿su nombre?" — "hernández"; "¿y su nombre de pila?" — "ricardo": the first answer was the surname.
        const earlier = lead.values.firstName;
        const given = givenName(n.words);
        if (asked.has('firstName') && earlier && !lead.values.lastName && given && fold(earlier) !== fold(given)) lead.offer('lastName', earlier, ti, false);
        lead.offer('firstName', given, ti, correction);
      }
      // "¿apellido y correo?" — "lorena ávila, …": the given name known, said again before the surname.
      else if (n.mode === 'last' && n.words.length > 1 && lead.values.firstName && fold(n.words[0]) === fold(lead.values.firstName.split(' ')[0])) {
        lead.offer('lastName', properSurname(n.words.slice(1)), ti, correction);
      } else if (n.mode === 'last') lead.offer('lastName', properSurname(n.words), ti, correction);
      else if (n.given) {
        lead.offer('firstName', n.words.slice(0, n.given).map(properWord).join(' '), ti, correction);
        lead.offer('lastName', properSurname(n.words.slice(n.given)), ti, correction);
      } else {
        const { first, last } = splitFullName(n.words, lang === 'es');
        lead.offer('firstName', first, ti, correction);
        lead.offer('lastName', last, ti, correction);
      }
    }

    // "thanks derek, and your last name?" / "and your last name is chen?" — "yes": what the agent says back and
    // the visitor lets stand (echo.ts), only where the visitor's own words hold it.
    if (questionText && !speaksFor) {
      const given = lead.values.firstName ? null : echoedGivenName(questionText, turn.content ?? '', lead.values.email, agent);
      if (given) lead.offer('firstName', given.split(' ').map(properWord).join(' '), ti, false);
      const surname = lead.values.lastName ? null : confirmedSurname(questionText, turn.content ?? '', saidBefore, lead.values.email, agent);
      if (surname) lead.offer('lastName', properSurname([surname]), ti, false);
      const whole = lead.values.firstName ? null : confirmedName(questionText, turn.content ?? '', saidBefore, lead.values.email, agent);
      if (whole) {
        lead.offer('firstName', properWord(whole[0]), ti, false);
        lead.offer('lastName', properSurname([whole[1]]), ti, false);
      }
    }
    // "yep thats it shana wilkins": the turn signed with a name the visitor's address holds (address-name.ts).
    const signed = names.some((n) => n.mode !== 'spelling') || speaksFor ? null : nameByAddress(tokens, lead.values.email);
    if (signed && !lead.values.lastName && judge(signed.start).mine) {
      lead.offer('firstName', properWord(signed.words[0]), ti, false);
      lead.offer('lastName', properSurname([signed.words[1]]), ti, false);
    }
    // "zúñiga, con zeta" answering "¿y su apellido?" is the surname, whatever it resembles.
    const describedTarget = asked.has('lastName') ? 'last' : asked.has('firstName') ? 'first' : undefined;
    // ("cristian con hache, christian ferrer": the word said again as meant, after it, settles it.)
    const restated = (d: { word: string; end: number }) => names.some((n) => n.start >= d.end && n.mode !== 'spelling' && similarity(fold(n.words[0]), fold(d.word)) >= 0.75);
    // ("¿y tu apellido?" — "cristina con hache, christina, y el apellido…": a fix of the given name just said.)
    const targetOf = (d: { word: string }) => (describedTarget === 'last' && lead.values.firstName && similarity(fold(d.word), fold(lead.values.firstName)) >= 0.75 ? 'first' : describedTarget);
    for (const d of described) if (!describesTheAddress(lead.values, d.word, describedTarget) && !restated(d)) applySpelling(lead, d.word, targetOf(d), ti);
    if (principal) {
      // The person spoken for is the lead, whatever name the speaker gave for themselves.
      const { first, last } = splitFullName(principal.words, lang === 'es');
      lead.offer('firstName', first, ti, true);
      lead.offer('lastName', last, ti, true);
    }

    // (Answering "what do you do?" once the business is named, a "NAME de X" read is no business either.)
    const describing = asked.has('trade') && !!lead.values.companyName;
    const companyStarts = describing ? [] : names.flatMap((n) => (n.companyStart !== undefined ? [n.companyStart] : n.mode === 'spelling' ? [] : appositiveAfter(tokens, n.end)));
    let companySaid = false;
    // "twenty twenty roofing": a short run of number words inside a name is no phone number.
    const details = spans.filter((s) => !('digits' in s) || (s as { digits: string }).digits.replace(/\D/g, '').length >= 7);
    for (const c of findCompanies(tokens, asked, companyStarts, details)) {
      const j = judge(c.start, c.introStart);
      // The person spoken for ("de parte de la licenciada carmen olvera") is a name, not a company.
      const overlaps =
        details.some((s) => c.start < s.end && s.start < c.end) ||
        (!!c.listed && names.some((n) => c.start < n.end && n.start < c.end)) ||
        (!!principal && c.start < principal.end && principal.start < c.end);
      const mine = j.mine || !!c.own || (companyFor && !notThePrincipals(j.prefix) && !NEGATED.test(j.prefix));
      if (mine && !overlaps) {
        // "…, but this is for my own side business, X": a company claimed against one just named replaces it.
        lead.offer('companyName', c.value, ti, j.correction || !!c.restated, j.claimed);
        companySaid = true;
      }
    }
    // (Also after a short answer to "what kind of business?" — "med spa" — a bare "and the name?" asks its name.)
    const kindOnly = asked.has('trade') && companySaid && (lead.values.companyName ?? '').split(' ').length <= 2;
    companyPending = (asked.has('company') && ((!companySaid && !lead.values.companyName) || kindOnly)) || (!companySaid && !lead.values.companyName && mentionsOwnBusiness(whole));
    // "is gould interiors your business" — "yep": the name the agent offered, confirmed.
    const confirmed = !companySaid ? confirmedCompany(questionText, turn.content ?? '') : null;
    if (confirmed) {
      lead.offer('companyName', formatCompany(tokenize(confirmed)), ti, false);
      companySaid = true;
    }
    saidBefore.push(turn.content ?? '');
    // (The domain said again names the business only while none is known.)
    if (!companySaid && !lead.values.companyName) {
      const named = companyFromDomain(tokens, emails, spans);
      if (named) lead.offer('companyName', named, ti, false);
    }
  });
  // "soy javi" … "sí, javier": the full given name once the visitor says it (nickname.ts).
  const full = fullGivenName(lead.values.firstName, saidBefore, turns.filter((t) => t.role === 'assistant').map((t) => t.content ?? ''));
  if (full) lead.values.firstName = properWord(full);
  // "pérez gonzález, juan carlos" … "mucho gusto juan carlos": the surnames said first (surname-first.ts),
  // taken over what was read from the same words.
  const ordered = surnamesFirst(turns);
  const sameWords = (v: string | null) => !v || v.split(' ').every((w) => fold(`${ordered!.first} ${ordered!.last}`).split(' ').includes(fold(w)));
  if (ordered && sameWords(lead.values.firstName) && sameWords(lead.values.lastName)) [lead.values.firstName, lead.values.lastName] = [ordered.first, ordered.last];
  // "ibáñez y el segundo es ochoa": both surnames (second-surname.ts).
  lead.values.lastName = withSecondSurname(lead.values.lastName, saidBefore) ?? lead.values.lastName;
  // "ruth ann miller" … "thanks ruth ann": two given names, when the talk says so (given-compound.ts).
  const compound = compoundGiven(lead.values.firstName, lead.values.lastName, turns, lead.values.email);
  if (compound) [lead.values.firstName, lead.values.lastName] = [compound.first, compound.last];
  lead.values.firstName = pairBeforeLastName(lead.values.firstName, lead.values.lastName, turns) ?? lead.values.firstName;
  const split = surnameInBusiness(lead.values.firstName, lead.values.lastName, lead.values.companyName, lead.values.email);
  if (split) [lead.values.firstName, lead.values.lastName] = [split.first, split.last];
  // A Spanish speaker's "maria garcia" is "María García" (accents.ts); an English speaker's stays as typed.
  if (lang === 'es') {
    lead.values.companyName = withAccents(lead.values.companyName, turns.map((t) => t.content ?? ''));
    lead.values.firstName = restoreAccents(lead.values.firstName);
    lead.values.lastName = restoreAccents(lead.values.lastName);
  }
  return lead.values;
}

/**
 * "otto at reyes glass dot com reyes glass five one two…": a run of details with no opener, where the words
 * right after the visitor's address spell its domain again — the company the domain is named for.
 */
function companyFromDomain(tokens: Token[], emails: { value: string; end: number }[], spans: { start: number; end: number }[]): string | null {
  for (const e of emails) {
    const label = e.value.split('@')[1].split('.')[0];
    if (PROVIDERS.has(label) || label.length < 4) continue;
    let joined = '';
    let k = e.end;
    while (k < tokens.length && k < e.end + 5 && isNameWord(tokens[k].raw) && label.startsWith(joined + tokens[k].norm)) {
      joined += tokens[k].norm;
      k++;
      if (joined === label) break;
    }
    if (joined !== label || k - e.end < 2) continue;
    // The phrase ends there: the turn ends, a pause, or the next detail (a number) starts.
    if (k < tokens.length && !breaksAfter(tokens[k - 1]) && !spans.some((s) => s.start === k)) continue;
    return formatCompany(tokens.slice(e.end, k));
  }
  return null;
}

/** `partial` with its last group (1–4 digits) replaced by `group`, which starts with it; null if no valid number. */
function mendGroup(partial: string, group: string, country: string, fallbacks: string[]): string | null {
  // The cut group is the start of the new one ("…three three seven — three three seven eight")…
  for (let k = Math.min(4, group.length); k >= 1; k--) {
    if (!group.startsWith(partial.slice(-k))) continue;
    const e164 = toE164(partial.slice(0, -k) + group, country, fallbacks);
    if (e164) return e164;
  }
  // …or was misspoken ("…one nine, no wait, one eight eight five"): the only cut that makes a whole number.
  const whole = [1, 2, 3].map((k) => toE164(partial.slice(0, -k) + group, country, fallbacks, false)).filter(Boolean);
  return whole.length === 1 ? whole[0] : null;
}

/**
 * "¿patricia.naba?" — "no, nava con ve chica": a word of the address's local part described, when no name
 * part is like it and no name part was asked for, fixes the address (already right as said), not a name.
 */
function describesTheAddress(values: ExtractedLead, word: string, target: 'first' | 'last' | undefined): boolean {
  const local = values.email?.split('@')[0].split(/[._-]/) ?? [];
  // ("…cafe montaña alta punto co, montana sin eñe": a word of the domain described.)
  const inDomain = fold(word).length >= 4 && (values.email?.split('@')[1] ?? '').includes(fold(word));
  if (target || !(inDomain || local.some((w) => similarity(w, fold(word)) >= 0.75))) return false;
  return ![values.firstName, values.lastName].some((n) => n && n.split(' ').some((w) => similarity(fold(w), fold(word)) >= 0.5));
}

/** The word of a (possibly several-word) name most like `word`. */
function bestPart(word: string, name: string | null): string {
  const parts = (name ?? '').split(' ').filter(Boolean);
  return parts.reduce((best, p) => (similarity(word, p) > similarity(word, best) ? p : best), parts[0] ?? '');
}

/** The agent's question holds a word like `word` (it read the name back). */
function readBack(question: string | undefined, word: string): boolean {
  return tokenize(question ?? '').some((t) => similarity(t.norm, fold(word)) >= 0.5);
}

/** A spelled word fixes the name part it resembles most (or the one the visitor named). */
function applySpelling(lead: Lead, spelled: string, target: 'first' | 'last' | undefined, turn: number, question?: string): void {
  const word = properWord(spelled);
  const { firstName, lastName } = lead.values;
  let field: Field = 'firstName';
  if (target) field = target === 'last' ? 'lastName' : 'firstName';
  else if (firstName && lastName) {
    field = similarity(word, bestPart(word, lastName)) > similarity(word, bestPart(word, firstName)) ? 'lastName' : 'firstName';
  } else if (lastName && similarity(word, bestPart(word, lastName)) >= 0.5) field = 'lastName';
  // "mi nombre es daniela pero el apellido es difícil" — "z u b i r í a": a spelling unlike the given name
  // known fills the surname still missing.
  // (Not when the agent just read a word like it back: "Joel?" — "no, noel, n o e l" fixes the given name.)
  else if (firstName && !lastName && similarity(word, bestPart(word, firstName)) < 0.5 && !readBack(question, word)) field = 'lastName';
  // Otherwise a word unlike the surname known so far is the given name ("courtney, with a c" with only
  // "Vaughn" known).
  // "garcía lópez … lópez con zeta": a spelling fixes the one word it resembles in a two-word surname.
  const current = lead.values[field];
  const parts = current?.split(' ') ?? [];
  const at = parts.indexOf(bestPart(word, current));
  if (parts.length > 1 && at >= 0 && similarity(word, parts[at]) >= 0.5) parts[at] = word;
  lead.offer(field, parts.length > 1 && at >= 0 && parts[at] === word ? parts.join(' ') : word, turn, true);
}
