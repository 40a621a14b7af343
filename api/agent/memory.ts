/**
 * What the conversation so far means for this turn: which of our sentences the visitor already heard (so an
 * answer is not read out twice in full), what we just offered (so "yes" has a meaning), which kind of
 * booking is under way, and whether the visitor declined to give contact details.
 * Read from the history alone, so it works with any responder's earlier turns.
 */
import type { TierId } from '../../model/contracts.js';
import { detect, priorIntent } from './detect.js';
import { TIERS } from './knowledge.js';
import { normalize } from './normalize.js';
import { OFFERS, PHRASES, type Offer } from './phrases.js';
import { social } from './social.js';
import type { Turn } from './types.js';

export interface Memory {
  /** True when an earlier assistant turn contained this sentence (either language). */
  said(text: string): boolean;
  /** True when the last assistant turn contained it. */
  saidLast(text: string): boolean;
  /** The offer our last turn ended with, if any. */
  pendingOffer: Offer | null;
  /** The tier the visitor last named, for "is it worth it?" about it. */
  tier: TierId | null;
  /** The kind of booking the visitor last named, for "ok, book it". */
  bookingType: 'consultation' | 'assessment' | null;
  contactDeclined: boolean;
  /** We already gave an ROI estimate in this conversation (maybe on a "yes", so no user turn shows it). */
  estimated: boolean;
  /** The tier our last estimate was on, so new numbers keep the visitor on it. */
  estimateTier: TierId | null;
  /** We already opened the booking calendar. */
  bookingOpened: boolean;
  userTurns: string[];
}

// Only an estimate speaks of hours saved a week.
const ESTIMATE = /\b(hours saved a week|horas ahorradas por semana)\b/;
const squash = (s: string) => normalize(s).replace(/[^\p{L}\p{N}$]+/gu, ' ').trim();

export function recall(history: readonly Turn[]): Memory {
  const assistant = history.filter((t) => t.role === 'assistant').map((t) => squash(t.content));
  const last = assistant[assistant.length - 1] ?? '';
  const userTurns = history.filter((t) => t.role === 'user').map((t) => t.content);
  let bookingType: Memory['bookingType'] = null;
  let tier: TierId | null = null;
  userTurns.forEach((text, i) => {
    const d = detect(text, priorIntent(userTurns.slice(0, i)));
    if (d.tiers.length === 1) tier = d.tier;
    if (d.bookingTypeExplicit && (d.booking || d.topics.includes('assessment') || d.topics.includes('consultation'))) bookingType = d.bookingType;
  });
  const estimates = assistant.filter((a) => ESTIMATE.test(a));
  const lastEstimate = estimates[estimates.length - 1] ?? '';
  const estimateTier = TIERS.find((t) => lastEstimate.includes(squash(t.name.en)) || lastEstimate.includes(squash(t.name.es)))?.id ?? null;
  const rawLast = [...history].reverse().find((t) => t.role === 'assistant')?.content ?? '';
  const pendingOffer = (Object.keys(OFFERS) as Offer[]).find((o) => rawLast.trimEnd().endsWith(OFFERS[o].en) || rawLast.trimEnd().endsWith(OFFERS[o].es)) ?? null;
  return {
    said: (text) => assistant.some((a) => a.includes(squash(text))),
    saidLast: (text) => last.includes(squash(text)),
    pendingOffer,
    bookingType,
    tier,
    contactDeclined: userTurns.some((t) => social(t).declinesContact),
    estimated: estimates.length > 0,
    estimateTier,
    bookingOpened: [PHRASES.calendarOpened, PHRASES.calendarOpenedNoSlots, PHRASES.confirmInCalendar].some((p) =>
      assistant.some((a) => a.includes(squash(p.en)) || a.includes(squash(p.es))),
    ),
    userTurns,
  };
}
