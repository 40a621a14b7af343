/**
 * The built-in responder's answers from the knowledge base for one turn: the topics asked, most specific
 * first, at most two, short enough to be spoken. What the visitor already heard in full comes back as a
 * one-sentence recap, so asking twice does not replay the same paragraph.
 */
import type { Locale } from '../../model/contracts.js';
import { type Detection, PRIVACY_POLICY, type Topic } from './detect.js';
import {
  ASSESSMENT,
  CONSULTATION,
  FACTS,
  MORE_FACTS,
  RECAPS,
  TIERS,
  listJoin,
  money,
  pricingRecap,
  resultsAnswer,
  tierById,
  tierCompareSentence,
  tierPriceSentence,
} from './knowledge.js';
import type { Memory } from './memory.js';
import { normalize } from './normalize.js';
import { PHRASES, SCROLLED, type Offer, fill } from './phrases.js';

const MAX_ANSWERS = 2;
const COMPARE = /\b(differen\w*|compare|comparison|vs|versus|diferencia\w*|compar\w*)\b/;
/** A second answer is added only if the two together stay about half a minute of speech. */
const MAX_TWO_ANSWER_CHARS = 480;

export interface KnowledgeReply {
  parts: string[];
  /** Something to offer after these answers, e.g. the pricing section after a repeated price question. */
  offer: Offer | null;
}

function tierAnswer(d: Detection, locale: Locale, mem: Memory): string {
  if (d.tiers.length > 1) return d.tiers.map((id) => tierCompareSentence(tierById(id), locale)).join(' ');
  const tier = tierById(d.tier!);
  const full = `${tierPriceSentence(tier, locale)} ${PHRASES.includes[locale]} ${listJoin(tier.includes[locale], locale)}.`;
  return mem.said(full) ? tierPriceSentence(tier, locale) : full;
}

export function pricingAnswer(locale: Locale): string {
  return [PHRASES.pricingIntro[locale], ...TIERS.map((t) => tierPriceSentence(t, locale)), PHRASES.pricingOutro[locale]].join(' ');
}

function priceObjectionAnswer(locale: Locale): string {
  const t = TIERS[0];
  return fill(PHRASES.priceObjection[locale], { tier: t.name[locale], setup: money(t.setupFee, locale), monthly: money(t.monthlyFee, locale), months: t.minimumMonths });
}

/**
 * "Tell me more": the next thing in the order a visitor usually learns about us that they have not heard
 * yet, so each "more" brings something new; null once they have heard it all.
 */
export function moreAnswer(locale: Locale, mem: Memory): string | null {
  // Right after the prices, "more" is about the tiers: what sets each apart.
  const compare = TIERS.map((t) => tierCompareSentence(t, locale)).join(' ');
  const afterPrices = [pricingAnswer(locale), pricingRecap(locale), SCROLLED.pricing[locale]].some((p) => mem.saidLast(p));
  if (afterPrices && !mem.said(compare)) return compare;
  const sequence = [FACTS.services[locale], MORE_FACTS.examples[locale], FACTS.process[locale], pricingAnswer(locale), FACTS.guarantee[locale], resultsAnswer(locale), FACTS.afterTerm[locale]];
  return sequence.find((s) => !mem.said(s)) ?? null;
}

export function knowledgeAnswers(d: Detection, message: string, locale: Locale, mem: Memory): KnowledgeReply {
  const has = (t: Topic) => d.topics.includes(t);
  const text = normalize(message);
  const out: string[] = [];
  let offer: Offer | null = null;
  const pick = (full: string, recap: string) => (mem.said(full) ? recap : full);

  if (d.priceObjection) {
    out.push(priceObjectionAnswer(locale));
    offer = mem.estimated ? 'call' : 'estimate';
  } else if (d.tier && !(d.roi && !d.pricing)) {
    out.push(tierAnswer(d, locale, mem));
  } else if (d.pricing && !(d.roi && !d.booking) && COMPARE.test(text)) {
    out.push(TIERS.map((t) => tierCompareSentence(t, locale)).join(' '));
  } else if (d.pricing && !(d.roi && !d.booking)) {
    // With an ROI estimate coming, "cost" meant labour cost, not our prices.
    const full = pricingAnswer(locale);
    if (mem.said(full)) {
      out.push(pricingRecap(locale));
      if (!d.scrollTo) offer = 'pricing';
    } else out.push(full);
  }
  if (has('assessment') && !d.booking) out.push(pick(ASSESSMENT.text[locale], RECAPS.assessment[locale]));
  if (has('consultation') && !d.booking) out.push(pick(CONSULTATION.text[locale], RECAPS.consultation[locale]));
  if (d.questionsEstimate && mem.estimated && !d.roi) {
    out.push(pick(MORE_FACTS.estimateMethod[locale], RECAPS.estimateMethod[locale]));
    offer ??= 'call';
  }
  if (d.asksRecommendation && !d.booking) {
    // Between the two visits if they were just discussed, between the tiers otherwise.
    const visits = mem.bookingType !== null || has('assessment') || has('consultation');
    const key = visits ? 'chooseVisit' : 'chooseTier';
    out.push(pick(MORE_FACTS[key][locale], RECAPS[key][locale]));
    if (!visits) offer ??= 'call';
  }
  if (has('comparison')) {
    const key = /\b(chat ?gpt|gpt|chatbots?)\b/.test(text) ? 'chatgpt' : 'difference';
    out.push(pick(MORE_FACTS[key][locale], RECAPS[key][locale]));
  }
  if (has('results')) {
    out.push(pick(resultsAnswer(locale), RECAPS.results[locale]));
    if (!mem.estimated && !d.roi) offer ??= 'estimate';
  }
  if (has('guarantee')) out.push(pick(FACTS.guarantee[locale], RECAPS.guarantee[locale]));
  if (has('after_term')) out.push(pick(FACTS.afterTerm[locale], RECAPS.afterTerm[locale]));
  if (has('process') && !has('results')) out.push(pick(FACTS.process[locale], RECAPS.process[locale]));
  if (has('services')) out.push(pick(FACTS.services[locale], RECAPS.services[locale]));
  if (has('industries') && d.industryAsked) out.push(pick(FACTS.industries[locale], RECAPS.industries[locale]));
  if (has('support')) out.push(pick(FACTS.support[locale], RECAPS.support[locale]));
  if (has('case_studies')) {
    // "Give me an example" wants an example, not a pointer to a page section.
    if (/\b(examples?|ejemplos?)\b/.test(text) && d.scrollTo !== 'case-studies') out.push(pick(MORE_FACTS.examples[locale], RECAPS.examples[locale]));
    else if (d.scrollTo !== 'case-studies') out.push(FACTS.caseStudies[locale]);
    if (d.scrollTo !== 'case-studies') offer ??= 'case-studies';
  }
  if (has('privacy')) {
    // "Do you sell my data?", "GDPR?": not something to guess at; the general answer does not cover it.
    const key = PRIVACY_POLICY.test(text) ? 'privacyPolicy' : 'privacy';
    out.push(pick(MORE_FACTS[key][locale], RECAPS[key][locale]));
  }
  if (has('location')) out.push(pick(MORE_FACTS.location[locale], RECAPS.location[locale]));
  if (has('payment')) out.push(pick(MORE_FACTS.payment[locale], RECAPS.payment[locale]));

  const parts = out.slice(0, MAX_ANSWERS);
  if (parts.length === 2 && parts[0].length + parts[1].length > MAX_TWO_ANSWER_CHARS) parts.pop();
  return { parts, offer };
}
