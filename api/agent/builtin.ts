/**
 * The default responder: deterministic, no keys, EN and ES. It answers only from knowledge.ts and the two
 * tools, so nothing a visitor types can make it reveal internal data or follow injected instructions
 * (D26, D28): an injected "system:" line is just more words to match against the same fixed answers.
 *
 * A turn is: thanks for details just given, the social part (how are you, an apology to a rude visitor, a
 * declined email respected), the answers asked for, a booking or an estimate, and at most one question at
 * the end — an offer ("Would you like me to…?") or one contact detail, never both and never in every turn.
 */
import type { AgentAction, Locale, TierId } from '../../model/contracts.js';
import { addDays, weekdayOf } from '../../model/time.js';
import { knowledgeAnswers, moreAnswer } from './answers.js';
import { CONTACT_ASKS, acknowledgement, nextContactAsk } from './contact.js';
import { type Detection, type RoiNumbers, detect, extractRoiNumbers, intentsOf, priorIntent } from './detect.js';
import { MORE_FACTS, RECAPS, TIERS, money } from './knowledge.js';
import { type DialogueState, closingAllowed, observe, recordReply } from './dialogue.js';
import { toUsted } from './register.js';
import { type Memory, recall, stateFromUserTurns } from './memory.js';
import { normalize } from './normalize.js';
import { OFFERS, type Offer, PAIN_LINES, PHRASES, PROMPTS, RUDE, SCROLLED, UNKNOWN, fill } from './phrases.js';
import { DEFER, DEFER_AGAIN, inScope } from './scope.js';
import { confirmDomain, likelyDomain } from './email-check.js';
import { matchesRequest } from './slot-choice.js';
import { SLOT_PHRASES, unmetRequest } from './slot-phrases.js';
import { type Social, social } from './social.js';
import { speakTimes } from './speak-times.js';
import { toSpeakable } from './speakable.js';
import type { AgentInput, AgentOutput, AgentTools, OpenSlot, Responder, SlotQuery } from './types.js';
import { type When, onlyWeekendDays, requestedWhen } from './when.js';

export const DEFAULT_TIMEZONE = 'America/Los_Angeles';

async function bookingAnswer(d: Detection, input: AgentInput, tools: AgentTools, mem: Memory): Promise<string> {
  const locale = input.language;
  // The agent cannot book (D28): the visitor confirms the time they named in the calendar.
  if (d.bookingFollowUp) return PHRASES.confirmInCalendar[locale];
  const intro = d.bookingType === 'assessment' ? PHRASES.bookingAssessment[locale] : PHRASES.bookingConsultation[locale];
  // Asked again ("just show me the times"): the times, without the welcome they already heard.
  const opening = mem.said(intro) ? '' : intro;
  const timezone = input.timezone || DEFAULT_TIMEZONE;
  const when = requestedWhen(input.message, mem.userTurns, tools.now(), timezone, locale);
  const request = when ? { day: when.day, through: when.through, partOfDay: when.partOfDay } : {};
  let slots: OpenSlot[] = [];
  let searched = false;
  try {
    slots = (await tools.findOpenSlots({ type: d.bookingType, timezone, limit: 3, ...definedOnly(request) })).slice(0, 3);
    searched = true;
  } catch {
    // No slots to quote; the calendar itself still works.
  }
  // The tool answers a request it cannot meet with the nearest open times: say so before offering them.
  const unmet = when && !slots.some((s) => matchesRequest(s, request)) ? when : null;
  const weekendsClosed = unmet !== null && searched && onlyWeekendDays(unmet) && (await opensOnWeekends(tools, { type: d.bookingType, timezone }, unmet)) === false;
  const full = unmet ? unmetRequest(unmet, locale, weekendsClosed) : '';
  if (slots.length === 0) return [opening, full, PHRASES.calendarOpenedNoSlots[locale]].filter(Boolean).join(' ');
  const spoken = speakTimes(
    slots.map((s) => s.start),
    timezone,
    locale,
  );
  const many = slots.length > 1;
  const template = full ? (many ? SLOT_PHRASES.nearestMany : SLOT_PHRASES.nearestOne) : when ? (many ? SLOT_PHRASES.offerMany : SLOT_PHRASES.offerOne) : many ? PHRASES.slotsMany : PHRASES.slotsOne;
  const offer = fill(template[locale], { slots: spoken });
  const opened = mem.saidLast(PHRASES.calendarOpened[locale]) ? '' : PHRASES.calendarOpened[locale];
  return [opening, full, offer, opened].filter(Boolean).join(' ');
}

/**
 * Whether the business meets at weekends at all, judged by the weekend after the one asked for: a full weekend
 * is "nothing open", a closed one "we don't meet on weekends". Null when the calendar cannot say.
 */
async function opensOnWeekends(tools: AgentTools, query: Pick<SlotQuery, 'type' | 'timezone'>, asked: When): Promise<boolean | null> {
  const last = asked.through ?? asked.day!;
  const saturday = addDays(last, 6 - weekdayOf(last) || 7);
  const probe = { day: saturday, through: addDays(saturday, 1) };
  try {
    return (await tools.findOpenSlots({ ...query, limit: 1, ...probe })).some((s) => matchesRequest(s, probe));
  } catch {
    return null;
  }
}

function definedOnly<T extends object>(o: T): Partial<T> {
  return Object.fromEntries(Object.entries(o).filter(([, v]) => v !== undefined)) as Partial<T>;
}

/** "With 12 people at $30 an hour,": the visitor's own numbers that went into the estimate. */
function roiBasis(numbers: RoiNumbers, locale: Locale): string {
  const people = numbers.employees;
  const wage = numbers.hourlyLaborCost !== undefined ? money(numbers.hourlyLaborCost, locale) : undefined;
  const hours = numbers.weeklyAdminHours;
  if (people !== undefined && wage) return fill(PHRASES.roiBasisFull[locale], { people, wage });
  if (people !== undefined) return fill(PHRASES.roiBasisPeople[locale], { people });
  if (hours !== undefined && wage) return fill(PHRASES.roiBasisHoursWage[locale], { hours, wage });
  if (hours !== undefined) return fill(PHRASES.roiBasisHours[locale], { hours });
  if (wage) return fill(PHRASES.roiBasisWage[locale], { wage });
  return PHRASES.roiBasisNone[locale];
}

function roiAnswer(numbers: RoiNumbers, tier: TierId | null, locale: Locale, tools: AgentTools, mem: Memory): { text: string; asksNumbers: boolean; tier?: TierId } {
  try {
    const est = tools.estimateRoi({ ...numbers, ...(tier ? { tier } : {}) });
    const basis = roiBasis(numbers, locale);
    const people = numbers.employees;
    const wage = numbers.hourlyLaborCost;
    const tierFacts = TIERS.find((t) => t.id === est.tier);
    // "about 23 hours", not "about 23.1 hours": nobody speaks a decimal of an estimate.
    const digits = est.weeklyHoursSaved >= 10 ? 0 : 1;
    const hours = new Intl.NumberFormat(locale === 'es' ? 'es-US' : 'en-US', { maximumFractionDigits: digits }).format(est.weeklyHoursSaved);
    const parts = [
      fill(PHRASES.roiBody[locale], {
        basis,
        tier: tierFacts ? tierFacts.name[locale] : est.tier,
        hours,
        annual: money(Math.round(est.annualBenefit), locale),
        roi: Math.round(est.roi),
      }),
    ];
    if (est.paybackWeeks !== null && est.paybackWeeks > 0) parts.push(fill(PHRASES.roiPayback[locale], { weeks: est.paybackWeeks }));
    const complete = people !== undefined && wage !== undefined;
    const asksNumbers = !complete && !mem.saidLast(PHRASES.roiAskNumbers[locale]);
    if (asksNumbers) parts.push(PHRASES.roiAskNumbers[locale]);
    else if (!mem.saidLast(PHRASES.roiOpened[locale])) parts.push(PHRASES.roiOpened[locale]);
    return { text: parts.join(' '), asksNumbers, tier: est.tier as TierId };
  } catch {
    return { text: PHRASES.roiUnavailable[locale], asksNumbers: false };
  }
}

/** Numbers from every user turn, later ones winning ("12 people" then "oh, $30 an hour"). */
function numbersSoFar(userTurns: string[]): RoiNumbers {
  return userTurns.reduce<RoiNumbers>((acc, text) => ({ ...acc, ...extractRoiNumbers(text) }), {});
}

function pushAction(actions: AgentAction[], action: AgentAction): void {
  if (!actions.some((a) => a.type === action.type && a.target === action.target)) actions.push(action);
}

/** Nothing in the turn but its social part ("yes", "ok thanks", "no"). */
function asksNothing(d: Detection): boolean {
  return !d.booking && !d.roi && !d.pricing && !d.scrollTo && !d.openRoiCalculator && d.topics.length === 0 && !d.questionsEstimate;
}

/** "ok, thanks" closes a topic; "yes, thanks" accepts the offer. */
function acceptsOffer(s: Social, message: string): boolean {
  if (!s.affirm || s.bye || s.deny) return false;
  return !(s.thanks && /^(ok|okay|alright|all right|vale|esta bien)\b/.test(normalize(message)));
}

/** The visitor said yes to what we offered: the turn becomes that request. */
function accept(d: Detection, offer: Offer): Detection {
  switch (offer) {
    case 'estimate':
      return { ...d, roi: true, topics: [...d.topics, 'roi'] };
    case 'pricing':
      return { ...d, scrollTo: 'pricing', topics: [...d.topics, 'pricing'] };
    case 'case-studies':
      return { ...d, scrollTo: 'case-studies', topics: [...d.topics, 'case_studies'] };
    case 'call':
      return { ...d, booking: true, bookingType: 'consultation', bookingTypeExplicit: true, topics: [...d.topics, 'booking'] };
  }
}

/** The first phrasing not used yet in the conversation, or at least not in the last turn. */
function rotate(options: readonly Record<Locale, string>[], locale: Locale, mem: Memory): string {
  return (options.find((o) => !mem.said(o[locale])) ?? options.find((o) => !mem.saidLast(o[locale])) ?? options[0])[locale];
}

export async function respondBuiltIn(input: AgentInput, tools: AgentTools): Promise<AgentOutput> {
  const locale: Locale = input.language === 'es' ? 'es' : 'en';
  const state: DialogueState = input.state ?? stateFromUserTurns(input.history);
  const mem = recall(input.history, state);
  const earlier = mem.userTurns;
  // An estimate or a calendar we opened on a "yes" counts like one the visitor asked for in words.
  const asked = priorIntent(earlier);
  const prior = { ...asked, roi: asked.roi || mem.estimated, booking: asked.booking || mem.bookingOpened };
  const s = social(input.message);
  let d = detect(input.message, prior);

  // What this message says about the visitor (tier, meeting type, a declined contact), for later turns.
  const seen = observe(state, input.message, asked);
  if (d.internal) return { reply: PHRASES.refusal[locale], actions: [], intents: intentsOf(d), topics: [], state: recordReply({ ...seen, offer: null }, [PHRASES.refusal[locale]]) };

  const accepted = mem.pendingOffer && asksNothing(d) && acceptsOffer(s, input.message) ? mem.pendingOffer : null;
  // "no thanks" to an offer, to a question, or to nothing in particular: taken gracefully, never the menu.
  const saidNo = asksNothing(d) && s.deny;
  if (accepted) d = accept(d, accepted);
  // "ok, book it" after talking about the assessment books the assessment.
  if (d.booking && !d.bookingTypeExplicit && mem.bookingType) d = { ...d, bookingType: mem.bookingType };
  const intents = intentsOf(d);
  const text = normalize(input.message);

  // opening: thanks for details, small talk; body: what answers the turn. A turn whose body is empty gets a
  // greeting, a prompt or the menu.
  const opening: string[] = [];
  const body: string[] = [];
  const actions: AgentAction[] = [];
  const ack = acknowledgement(input.message, input.lead, locale);
  if (ack) opening.push(ack);
  // An address just given with a misspelt common domain: asked about once, instead of any other question.
  const likely = ack && input.lead.email && normalize(input.message).includes(input.lead.email.toLowerCase()) ? likelyDomain(input.lead.email) : null;
  const domainCheck = likely && !mem.said(confirmDomain(input.lead.email!, likely, locale)) ? confirmDomain(input.lead.email!, likely, locale) : null;
  if (s.howAreYou) opening.push(PHRASES.howAreYou[locale]);
  if (d.topics.includes('industries') && !d.industryAsked && !mem.said(PHRASES.industryMention[locale])) opening.push(PHRASES.industryMention[locale]);

  if (s.asksIfBot) body.push(mem.said(MORE_FACTS.bot[locale]) ? RECAPS.bot[locale] : MORE_FACTS.bot[locale]);
  if (s.declinesContact && mem.contactDeclined) body.push(PHRASES.declinedAgain[locale]);
  else if (s.declinesContact) {
    body.push(PHRASES.declined[locale]);
    if ((d.booking || prior.booking) && !input.lead.email) body.push(PHRASES.declinedBooking[locale]);
  }
  if (d.scrollTo) {
    pushAction(actions, { type: 'scroll-to', target: d.scrollTo });
    body.push(SCROLLED[d.scrollTo][locale]);
  }
  const pain = PAIN_LINES.find(([re]) => re.test(text))?.[1][locale];
  if (pain && !mem.said(pain)) body.push(pain);

  const knowledge = knowledgeAnswers(d, input.message, locale, mem);
  body.push(...knowledge.parts);
  if (s.wantsMore && asksNothing(d)) {
    const more = moreAnswer(locale, mem);
    if (more) body.push(more);
  }
  let offer: Offer | null = knowledge.offer;

  let asksNumbers = false;
  let closingId: string | null = null;
  let estimateTier: TierId | undefined;
  if (d.booking) {
    body.push(await bookingAnswer(d, { ...input, language: locale }, tools, mem));
    pushAction(actions, d.bookingType === 'assessment' ? { type: 'open-booking', target: 'assessment' } : { type: 'open-booking' });
  } else if (d.roi || d.openRoiCalculator) {
    // New numbers refine the last estimate, on its tier; "is it worth it?" after hearing about a tier means
    // that tier.
    const gaveNumbers = Object.keys(d.numbers).length > 0;
    const tier = d.tier ?? (gaveNumbers ? mem.estimateTier : (mem.tier ?? mem.estimateTier));
    const roi = roiAnswer(numbersSoFar([...earlier, input.message]), tier, locale, tools, mem);
    body.push(roi.text);
    asksNumbers = roi.asksNumbers;
    estimateTier = roi.tier;
    pushAction(actions, { type: 'open-roi-calculator' });
  } else if (pain && !offer && !mem.estimated) {
    // A pain named but nothing asked: the natural next step is what fixing it is worth.
    offer = 'estimate';
  }

  const answered = body.length > 0;
  const closing = s.bye && !d.booking;
  if (!answered) {
    // With details just given, the thanks is in the acknowledgement: the greeting is only "Hi!" (no thanks twice).
    if (d.greeting) opening.unshift(ack ? (locale === 'es' ? '¡Hola!' : 'Hi!') : PHRASES.greeting[locale]);
    if (s.thanks) body.push(PHRASES.thanks[locale]);
    if (closing) body.push(PHRASES.bye[locale]);
    else if (saidNo) body.push(PHRASES.noProblem[locale]);
    else if (s.rude) body.push(rotate(RUDE, locale, mem));
    else if (d.injection) body.push(PHRASES.injection[locale]);
    else if (s.affirm && !s.thanks) body.push(PHRASES.okay[locale]);
  }

  // One detail at a time, and only from a visitor who is booking or estimating, is not leaving, annoyed or
  // unwilling, and was not just asked something else. An estimate alone earns one ask in the conversation;
  // a booking needs the details, so it may ask again.
  const askedBefore = Object.values(state.asked ?? {}).some((n) => n > 0);
  const ask =
    mem.contactDeclined || s.declinesContact || s.rude || closing || asksNumbers || d.priceObjection
      ? null
      : nextContactAsk({
          lead: input.lead,
          asked: state.asked ?? {},
          askedLast: state.askedLast ?? [],
          interest: d.booking || prior.booking || ((d.roi || prior.roi) && earlier.length > 0 && !askedBefore),
          answeringQuestion: (d.question && !d.booking) || d.injection,
        });

  // After a turn we could not answer: the menu the first time, then short prompts; an unanswerable question
  // gets a plain "I can't help with that"; an annoyed visitor gets the apology alone.
  if (!answered && !closing && !ask && !s.rude) {
    const small = ack || s.thanks || s.howAreYou || saidNo || (s.affirm && !s.thanks);
    // An in-scope question without the facts to answer it is deferred to the call, every time, in fresh words.
    const defer = () => rotate([DEFER, ...DEFER_AGAIN], locale, mem);
    if (d.question && !small && !d.greeting && !d.injection) body.push(inScope(input.message) ? defer() : rotate(UNKNOWN, locale, mem));
    else if (!small && !d.greeting && !d.injection && inScope(input.message) && !mem.said(DEFER[locale])) body.push(DEFER[locale]);
    else if (!small && !mem.said(PHRASES.help[locale]) && !mem.said(PHRASES.helpStatement[locale])) {
      // The menu ends with a question only when no closing question ended a recent reply.
      const asks = closingAllowed(state, 'help');
      body.push(asks ? PHRASES.help[locale] : PHRASES.helpStatement[locale]);
      if (asks) closingId = 'help';
    }
    else if (s.howAreYou) body.push(mem.said(PHRASES.help[locale]) ? PHRASES.howCanIHelp[locale] : PHRASES.help[locale]);
    else {
      // "Anything else?" is a closing question: rationed, and never the same one twice in a row.
      const prompt = rotate(PROMPTS, locale, mem);
      const id = `prompt:${PROMPTS.findIndex((p) => p[locale] === prompt)}`;
      // Details just given are the content of the reply: no "Anything else?" after them.
      if (!ack && closingAllowed(state, id)) {
        body.push(prompt);
        closingId = id;
      }
    }
  }
  const parts = [...opening, ...body];
  // An offer only when this turn asks nothing else, the last one offered nothing (no pressing), and no closing
  // question ended a recent reply.
  const offers = offer && !ask && !domainCheck && !mem.pendingOffer && !closing && !/\?$/.test(parts.join(' ').trim()) && closingAllowed(state, `offer:${offer}`);
  if (offers) {
    parts.push(OFFERS[offer!][locale]);
    closingId = `offer:${offer}`;
  }
  // A visitor saved from an empty reply: the prompt is the fallback when nothing else was said.
  if (parts.length === 0) parts.push(rotate(PROMPTS, locale, mem));
  if (domainCheck) parts.push(domainCheck);
  else if (ask) parts.push(CONTACT_ASKS[ask][locale]);

  const next: DialogueState = {
    ...seen,
    offer: offers ? offer : null,
    estimated: seen.estimated || estimateTier !== undefined,
    estimateTier: estimateTier ?? seen.estimateTier,
    bookingOpened: seen.bookingOpened || d.booking,
  };
  // Spoken as the visitor speaks: "usted" when they use it — on our sentences only; the thanks that says their
  // details back (a name like "Ti", an email like tu.negocio@…) is never rewritten. (Email-domain checks name
  // only the closed list of misspelt domains.)
  const spoken = locale === 'es' && next.formal ? parts.map((p) => (p === ack ? p : toUsted(p))) : parts;
  const reply = toSpeakable(spoken.join(' '));
  return { reply, actions, intents, topics: d.topics, state: recordReply(next, parts, { closing: closingId, asked: ask && !domainCheck ? [ask] : [] }) };
}

export function createBuiltInResponder(): Responder {
  return { name: 'builtin', respond: respondBuiltIn };
}
