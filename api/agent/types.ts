/** The voice agent's seam: the API calls a Responder; built-in and LLM responders implement it. */
import type { AgentAction, CapturedLead, Locale, TierId } from '../../model/contracts.js';

export interface Turn {
  role: 'user' | 'assistant';
  content: string;
}

export interface OpenSlot {
  /** ISO with offset. */
  start: string;
  /** e.g. "Tue Nov 24, 9:00 AM PST", in the visitor's language and zone. */
  label: string;
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
  /** Real open slots from the same availability module the booking widget uses (the API wires it). */
  findOpenSlots(opts: { type: 'consultation' | 'assessment'; timezone: string; limit?: number }): Promise<OpenSlot[]>;
  /** An estimate from the shared ROI model (model/roi.ts computeRoi with VOICE_DEFAULTS for anything not given). */
  estimateRoi(args: RoiEstimateArgs): RoiEstimate;
}

export interface AgentInput {
  language: Locale;
  /** Previous turns, oldest first. */
  history: Turn[];
  /** This user turn. */
  message: string;
  lead: CapturedLead & { industry?: string | null; employeeCount?: string | null };
  timezone?: string;
  page?: { url?: string; title?: string };
}

export interface AgentOutput {
  /** ≤ 1000 chars, speakable: no markdown, no URLs read out, no [ACTION] tags. */
  reply: string;
  actions: AgentAction[];
  /** e.g. 'pricing_inquiry', 'booking_intent', 'roi_intent', 'info'. */
  intents: string[];
  topics: string[];
}

export interface Responder {
  readonly name: string;
  respond(input: AgentInput, tools: AgentTools): Promise<AgentOutput>;
}
