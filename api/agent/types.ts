/** The voice agent's seam: the API calls a Responder; built-in and LLM responders implement it. */
import type { AgentAction, BookingType, CapturedLead, Locale, TierId } from '../../model/contracts.js';
import type { DialogueState } from './dialogue.js';

export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

/** Morning is before 12:00, afternoon 12:00–17:00, evening from 17:00, on the visitor's clock. */
export type PartOfDay = 'morning' | 'afternoon' | 'evening';

export interface OpenSlot {
  /** ISO with the visitor's offset. */
  start: string;
  /** e.g. "Tuesday, November 24 at 9:00 AM Pacific Time": speakable, in the visitor's language and zone. */
  label: string;
  /** The visitor-local day (YYYY-MM-DD) and part of day it falls in, so a caller can tell an alternative from a match. */
  date: string;
  partOfDay: PartOfDay;
}

export interface SlotQuery {
  type: 'consultation' | 'assessment';
  timezone: string;
  limit?: number;
  /** Visitor-local YYYY-MM-DD: only that day's times, or the nearest open ones when it has none. */
  day?: string;
  /** With `day`, a span (a week asked for): the first day in [day, through] with open times. */
  through?: string;
  partOfDay?: PartOfDay;
}

export interface RoiEstimateArgs {
  hourlyLaborCost?: number;
  employees?: number;
  tier?: TierId;
  weeklyAdminHours?: number;
}

export interface RoiEstimate {
  roi: number;
  paybackWeeks: number | null;
  annualBenefit: number;
  weeklyHoursSaved: number;
  investment: number;
  tier: string;
}

export interface AgentTools {
  /**
   * Real open slots from the same availability module the booking widget uses (the API wires it). With a day
   * and/or part of day: the times that match, or else the nearest open times (whose date/partOfDay then differ).
   */
  findOpenSlots(opts: SlotQuery): Promise<OpenSlot[]>;
  /** An estimate from the shared ROI model (model/roi.ts computeRoi with VOICE_DEFAULTS for anything not given). */
  estimateRoi(args: RoiEstimateArgs): RoiEstimate;
  /** The API's clock, so "tomorrow" means the same day to the responder and to the calendar. */
  now(): Date;
  /**
   * Booking for a model (D28): propose reads one validated time back (for the visitor's own name and email).
   * Nothing a model calls books: the server books when the visitor says yes to that read-back. Absent outside a
   * chat session.
   */
  proposeBooking?(args: { type: BookingType; start: string }): Promise<BookingToolResult>;
}

export type BookingToolResult = { ok: true; reply: string } | { ok: false; error: string };

export interface AgentInput {
  language: Locale;
  /** Previous turns, oldest first. */
  history: Turn[];
  /** This user turn. */
  message: string;
  lead: CapturedLead & { industry?: string | null; employeeCount?: string | null };
  timezone?: string;
  page?: { url?: string; title?: string };
  /** What the conversation means so far (kept in the session); absent outside a session (then read from the user turns). */
  state?: DialogueState;
}

export interface AgentOutput {
  /** ≤ 1000 chars, speakable: no markdown, no URLs read out, no [ACTION] tags. */
  reply: string;
  actions: AgentAction[];
  /** e.g. 'pricing_inquiry', 'booking_intent', 'roi_intent', 'info'. */
  intents: string[];
  topics: string[];
  /** The dialogue state after this turn, saved with it. */
  state: DialogueState;
  /** The reply is the summary propose_booking returned (else a proposal made this turn is dropped: never confirmed unheard). */
  proposalReadBack?: boolean;
}

export interface Responder {
  readonly name: string;
  respond(input: AgentInput, tools: AgentTools): Promise<AgentOutput>;
}
