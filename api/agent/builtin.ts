/**
 * The default responder: deterministic, no keys, EN and ES. It answers only from knowledge.ts and the two
 * tools, so nothing a visitor types can make it reveal internal data or follow injected instructions
 * (D26, D28): an injected "system:" line is just more words to match against the same fixed answers.
 */
import type { AgentAction, Locale, TierId } from '../../model/contracts.js';
import { CONTACT_ASKS, acknowledgement, nextContactAsk } from './contact.js';
import { type Detection, type RoiNumbers, type Topic, detect, extractRoiNumbers, intentsOf, priorIntent } from './detect.js';
import { ASSESSMENT, CONSULTATION, FACTS, TIERS, listJoin, money, tierById, tierPriceSentence } from './knowledge.js';
import { PHRASES, SCROLLED, fill } from './phrases.js';
import { toSpeakable } from './speakable.js';
import type { AgentInput, AgentOutput, AgentTools, Responder } from './types.js';

export const DEFAULT_TIMEZONE = 'America/Los_Angeles';
const MAX_KNOWLEDGE_ANSWERS = 2;

function tierAnswer(id: TierId, locale: Locale): string {
  const tier = tierById(id);
  return `${tierPriceSentence(tier, locale)} ${PHRASES.includes[locale]} ${listJoin(tier.includes[locale], locale)}.`;
}

function pricingAnswer(locale: Locale): string {
  return [PHRASES.pricingIntro[locale], ...TIERS.map((t) => tierPriceSentence(t, locale)), PHRASES.pricingOutro[locale]].join(' ');
}

/** Knowledge answers for the topics asked, most specific first. */
function knowledgeAnswers(d: Detection, locale: Locale): string[] {
  const has = (t: Topic) => d.topics.includes(t);
  const out: string[] = [];
  if (d.tier) out.push(tierAnswer(d.tier, locale));
  // With an ROI estimate coming, "cost" meant labour cost, not our prices.
  else if (d.pricing && !(d.roi && !d.booking)) out.push(pricingAnswer(locale));
  if (has('assessment') && !d.booking) out.push(ASSESSMENT.text[locale]);
  if (has('consultation') && !d.booking) out.push(CONSULTATION.text[locale]);
  if (has('guarantee')) out.push(FACTS.guarantee[locale]);
  if (has('after_term')) out.push(FACTS.afterTerm[locale]);
  if (has('process')) out.push(FACTS.process[locale]);
  if (has('services')) out.push(FACTS.services[locale]);
  if (has('industries')) out.push(FACTS.industries[locale]);
  if (has('support')) out.push(FACTS.support[locale]);
  if (has('case_studies')) out.push(FACTS.caseStudies[locale]);
  return out.slice(0, MAX_KNOWLEDGE_ANSWERS);
}

async function bookingAnswer(d: Detection, input: AgentInput, tools: AgentTools): Promise<string> {
  const locale = input.language;
  // The agent cannot book (D28): the visitor confirms the time they named in the calendar.
  if (d.bookingFollowUp) return PHRASES.confirmInCalendar[locale];
  const intro = d.bookingType === 'assessment' ? PHRASES.bookingAssessment[locale] : PHRASES.bookingConsultation[locale];
  let labels: string[] = [];
  try {
    const slots = await tools.findOpenSlots({ type: d.bookingType, timezone: input.timezone || DEFAULT_TIMEZONE, limit: 3 });
    labels = slots.slice(0, 3).map((s) => s.label);
  } catch {
    // No slots to quote; the calendar itself still works.
  }
  if (labels.length === 0) return `${intro} ${PHRASES.calendarOpenedNoSlots[locale]}`;
  const list = new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(labels);
  const offer = fill((labels.length > 1 ? PHRASES.slotsMany : PHRASES.slotsOne)[locale], { slots: list });
  return `${intro} ${offer} ${PHRASES.calendarOpened[locale]}`;
}

function roiAnswer(numbers: RoiNumbers, tier: TierId | null, input: AgentInput, tools: AgentTools): string {
  const locale = input.language;
  const fmt = new Intl.NumberFormat(locale === 'es' ? 'es' : 'en-US', { maximumFractionDigits: 1 });
  try {
    const est = tools.estimateRoi({ ...numbers, ...(tier ? { tier } : {}) });
    const people = numbers.employees;
    const wage = numbers.hourlyLaborCost !== undefined ? money(numbers.hourlyLaborCost, locale) : undefined;
    const basis =
      people !== undefined && wage
        ? fill(PHRASES.roiBasisFull[locale], { people, wage })
        : people !== undefined
          ? fill(PHRASES.roiBasisPeople[locale], { people })
          : wage
            ? fill(PHRASES.roiBasisWage[locale], { wage })
            : PHRASES.roiBasisNone[locale];
    const tierFacts = TIERS.find((t) => t.id === est.tier);
    const parts = [
      fill(PHRASES.roiBody[locale], {
        basis,
        tier: tierFacts ? tierFacts.name[locale] : est.tier,
        hours: fmt.format(est.weeklyHoursSaved),
        annual: money(Math.round(est.annualBenefit), locale),
        roi: Math.round(est.roi),
      }),
    ];
    if (est.paybackWeeks !== null && est.paybackWeeks > 0) parts.push(fill(PHRASES.roiPayback[locale], { weeks: est.paybackWeeks }));
    parts.push(people === undefined || wage === undefined ? PHRASES.roiAskNumbers[locale] : PHRASES.roiOpened[locale]);
    return parts.join(' ');
  } catch {
    return PHRASES.roiUnavailable[locale];
  }
}

/** Numbers from every user turn, later ones winning ("12 people" then "oh, $30 an hour"). */
function numbersSoFar(userTurns: string[]): RoiNumbers {
  return userTurns.reduce<RoiNumbers>((acc, text) => ({ ...acc, ...extractRoiNumbers(text) }), {});
}

function pushAction(actions: AgentAction[], action: AgentAction): void {
  if (!actions.some((a) => a.type === action.type && a.target === action.target)) actions.push(action);
}

export async function respondBuiltIn(input: AgentInput, tools: AgentTools): Promise<AgentOutput> {
  const locale: Locale = input.language === 'es' ? 'es' : 'en';
  const earlier = input.history.filter((t) => t.role === 'user').map((t) => t.content);
  const prior = priorIntent(earlier);
  const d = detect(input.message, prior);
  const intents = intentsOf(d);

  if (d.internal) return { reply: PHRASES.refusal[locale], actions: [], intents, topics: [] };

  const parts: string[] = [];
  const actions: AgentAction[] = [];
  const ack = acknowledgement(input.message, input.lead, locale);
  if (ack) parts.push(ack);

  if (d.scrollTo) {
    pushAction(actions, { type: 'scroll-to', target: d.scrollTo });
    parts.push(SCROLLED[d.scrollTo][locale]);
  }
  const knowledge = knowledgeAnswers(d, locale);
  parts.push(...knowledge);

  if (d.booking) {
    parts.push(await bookingAnswer(d, { ...input, language: locale }, tools));
    pushAction(actions, d.bookingType === 'assessment' ? { type: 'open-booking', target: 'assessment' } : { type: 'open-booking' });
  } else if (d.roi || d.openRoiCalculator) {
    const numbers = numbersSoFar([...earlier, input.message]);
    parts.push(roiAnswer(numbers, d.tier, { ...input, language: locale }, tools));
    pushAction(actions, { type: 'open-roi-calculator' });
  }

  const answered = parts.length > (ack ? 1 : 0);
  // An unanswerable turn (small talk, an injection attempt) gets the menu, not a request for details.
  const ask = nextContactAsk({
    lead: input.lead,
    history: input.history,
    interest: d.booking || d.roi || d.pricing || prior.booking || prior.roi || prior.pricing,
    answeringQuestion: (d.question && !d.booking) || d.injection,
  });
  if (!answered) {
    if (d.greeting) parts.push(PHRASES.greeting[locale]);
    if (!ask) parts.push(ack ? PHRASES.anythingElse[locale] : PHRASES.help[locale]);
  }
  if (ask) parts.push(CONTACT_ASKS[ask][locale]);

  return { reply: toSpeakable(parts.join(' ')), actions, intents, topics: d.topics };
}

export function createBuiltInResponder(): Responder {
  return { name: 'builtin', respond: respondBuiltIn };
}
