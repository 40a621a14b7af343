/**
 * What the conversation means so far, as structured state (#14): kept in the voice session next to the booking
 * state, passed to the responder with each turn and returned by it. Both responders read and write it, so
 * nothing is recovered by matching earlier reply sentences: a reworded phrase changes no behaviour, and a turn
 * answered by the LLM counts the same as one answered by the built-in responder.
 */
import type { TierId } from '../../model/contracts.js';
import { type Detection, type PriorIntent, detect } from './detect.js';
import { normalize } from './normalize.js';
import type { ContactField } from './contact.js';
import type { Offer } from './phrases.js';
import { formalOf } from './register.js';
import { social } from './social.js';

export interface DialogueState {
  /** The offer our last reply ended with ("Would you like an estimate?"), so a bare "yes" has a meaning. */
  offer: Offer | null;
  /** The tier the visitor last named, for "is it worth it?" about it. */
  tier: TierId | null;
  /** The kind of meeting the visitor last named, for "ok, book it". */
  bookingType: 'consultation' | 'assessment' | null;
  contactDeclined: boolean;
  /** An estimate was given (maybe on a "yes", so no user turn shows it), and on which tier. */
  estimated: boolean;
  estimateTier: TierId | null;
  /** The booking calendar was opened (or its times offered) in this conversation. */
  bookingOpened: boolean;
  /** What has been answered: fingerprints of the sentences of our replies as composed (before rewording for speech). */
  said: string[];
  /** The same, for the last reply only. */
  last: string[];
  /** The visitor writes "usted" (Spanish): replies mirror it. */
  formal?: boolean;
  /** The closing question of each recent reply (an offer or prompt id; null for none), oldest first. */
  closings?: (string | null)[];
  /** How often each contact detail was asked for, and which the last reply asked for. */
  asked?: Partial<Record<ContactField, number>>;
  askedLast?: ContactField[];
}

export const emptyDialogue = (): DialogueState => ({
  offer: null,
  tier: null,
  bookingType: null,
  contactDeclined: false,
  estimated: false,
  estimateTier: null,
  bookingOpened: false,
  said: [],
  last: [],
  formal: false,
  closings: [],
});

/** How many recent replies a closing question is rationed over: at most one in this many. */
export const CLOSING_EVERY = 5;

/** A closing question may end this reply: none in the last four replies, and never the one used last. */
export function closingAllowed(state: Pick<DialogueState, 'closings'>, id: string): boolean {
  const recent = (state.closings ?? []).slice(-(CLOSING_EVERY - 1));
  const last = (state.closings ?? []).filter(Boolean).at(-1);
  return !recent.some(Boolean) && last !== id;
}

/** Enough sentences for a long conversation; the oldest are forgotten first (they may be said again in full). */
const MAX_SAID = 300;

/** A short, stable fingerprint of a sentence (FNV-1a over its letters and digits): state, not a transcript. */
function fingerprint(sentence: string): string {
  let h = 0x811c9dc5;
  for (const ch of sentence) {
    h ^= ch.codePointAt(0)!;
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h.toString(16).padStart(8, '0');
}

function sentencesOf(text: string): string[] {
  return text
    .split(/(?<=[.!?])\s+/)
    .map((s) => normalize(s).replace(/[^\p{L}\p{N}$]+/gu, ' ').trim())
    .filter(Boolean)
    .map(fingerprint);
}

/** Every sentence of `text` was in a reply (the whole conversation, or the last reply only). */
export function wasSaid(state: Pick<DialogueState, 'said' | 'last'>, text: string, lastOnly = false): boolean {
  const pool = new Set(lastOnly ? state.last : state.said);
  const prints = sentencesOf(text);
  return prints.length > 0 && prints.every((p) => pool.has(p));
}

/** What the visitor's own message tells us (either responder, and the booking flow): tier, meeting type, a declined contact. */
export function observe(state: DialogueState, message: string, prior?: PriorIntent, d: Detection = detect(message, prior)): DialogueState {
  const next = { ...state };
  if (d.tiers.length === 1) next.tier = d.tier;
  if (d.bookingTypeExplicit && (d.booking || d.topics.includes('assessment') || d.topics.includes('consultation'))) next.bookingType = d.bookingType;
  if (social(message).declinesContact) next.contactDeclined = true;
  const formal = formalOf(message);
  if (formal !== null) next.formal = formal;
  return next;
}

/**
 * Our reply as composed (its parts), recorded as said; it becomes the last reply. `closing`: the closing question
 * it ended with; `asked`: the contact details it asked for.
 */
export function recordReply(state: DialogueState, parts: readonly string[], o: { closing?: string | null; asked?: readonly ContactField[] } = {}): DialogueState {
  const last = [...new Set(parts.flatMap(sentencesOf))];
  const said = [...new Set([...state.said, ...last])].slice(-MAX_SAID);
  const asked = { ...state.asked };
  for (const f of o.asked ?? []) asked[f] = (asked[f] ?? 0) + 1;
  return { ...state, said, last, closings: [...(state.closings ?? []), o.closing ?? null].slice(-CLOSING_EVERY), asked, askedLast: [...(o.asked ?? [])] };
}
