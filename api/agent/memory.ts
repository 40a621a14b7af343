/**
 * What the conversation so far means for this turn, read from the dialogue state (dialogue.ts) the session
 * keeps — never from earlier reply sentences: which of our sentences the visitor already heard (so an answer is
 * not read out twice in full), what we just offered (so "yes" has a meaning), which kind of booking is under
 * way, and whether the visitor declined to give contact details.
 */
import { priorIntent } from './detect.js';
import { type DialogueState, emptyDialogue, observe, wasSaid } from './dialogue.js';
import type { Offer } from './phrases.js';
import type { Turn } from './types.js';

/** What a responder reads: the dialogue state's facts as they are, and its sentences behind `said`/`saidLast`. */
export interface Memory extends Pick<DialogueState, 'tier' | 'bookingType' | 'contactDeclined' | 'estimated' | 'estimateTier' | 'bookingOpened'> {
  /** True when an earlier reply contained this sentence (as composed). */
  said(text: string): boolean;
  /** True when the last reply contained it. */
  saidLast(text: string): boolean;
  /** The offer our last turn ended with, if any. */
  pendingOffer: Offer | null;
  userTurns: string[];
}

/**
 * The state of a conversation that has none yet (a responder called without a session): what the visitor's
 * own turns say; nothing about our replies is guessed from their wording.
 */
export function stateFromUserTurns(history: readonly Turn[]): DialogueState {
  const userTurns = history.filter((t) => t.role === 'user').map((t) => t.content);
  return userTurns.reduce((s, text, i) => observe(s, text, priorIntent(userTurns.slice(0, i))), emptyDialogue());
}

export function recall(history: readonly Turn[], state: DialogueState = stateFromUserTurns(history)): Memory {
  return {
    said: (text) => wasSaid(state, text),
    saidLast: (text) => wasSaid(state, text, true),
    pendingOffer: state.offer,
    bookingType: state.bookingType,
    tier: state.tier,
    contactDeclined: state.contactDeclined,
    estimated: state.estimated,
    estimateTier: state.estimateTier,
    bookingOpened: state.bookingOpened,
    userTurns: history.filter((t) => t.role === 'user').map((t) => t.content),
  };
}
