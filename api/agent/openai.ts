/**
 * Responder over any OpenAI-compatible chat-completions endpoint, with function calling for three tools:
 * find_open_slots, estimate_roi, suggest_action. There is no tool that books, charges or emails (D28): the
 * model can only suggest that the visitor's own browser opens the calendar. Tool arguments are parsed and
 * validated defensively; bad ones go back to the model as a tool error (D30). Any upstream failure falls back
 * to the built-in responder, so the visitor always gets an answer.
 */
import { z } from 'zod';
import type { AgentAction, TierId } from '../../model/contracts.js';
import { respondBuiltIn, DEFAULT_TIMEZONE } from './builtin.js';
import { detect, intentsOf, priorIntent, type Detection } from './detect.js';
import { observe, recordReply } from './dialogue.js';
import { stateFromUserTurns } from './memory.js';
import { BOOKING_TARGETS, PARTS_OF_DAY, SCROLL_TARGETS, TOOL_DEFINITIONS, safeTimeZone, systemPrompt } from './prompt.js';
import { matchesRequest } from './slot-choice.js';
import { speakTimes } from './speak-times.js';
import { toSpeakable } from './speakable.js';
import { claimsBooking } from './booking-dialog.js';
import { fieldsAskedIn } from './contact.js';
import type { AgentInput, AgentOutput, AgentTools, Responder } from './types.js';

export interface OpenAiResponderOptions {
  baseUrl: string;
  apiKey: string;
  model: string;
  fetch?: typeof fetch;
  /** Budget for the whole turn, tool rounds included. */
  timeoutMs?: number;
  /** Told why a turn fell back to the built-in answer: a short reason code, never content or keys. */
  onFallback?: (reason: string) => void;
}

export const MAX_TOOL_ROUNDS = 3;
const MAX_HISTORY_TURNS = 20;
const MAX_TURN_CHARS = 2000;

const ToolCall = z.object({
  id: z.string().min(1),
  type: z.literal('function').optional(),
  function: z.object({ name: z.string(), arguments: z.string().optional() }),
});
type ToolCall = z.infer<typeof ToolCall>;

const Completion = z.object({
  choices: z
    .array(
      z.object({
        message: z.object({
          content: z.string().nullish(),
          tool_calls: z.array(ToolCall).nullish(),
        }),
      }),
    )
    .min(1),
});

type ChatMessage =
  | { role: 'system' | 'user'; content: string }
  | { role: 'assistant'; content: string | null; tool_calls?: ToolCall[] }
  | { role: 'tool'; tool_call_id: string; content: string };

const IsoDay = z.string().regex(/^\d{4}-\d{2}-\d{2}$/);
const FindSlotsArgs = z.object({
  type: z.enum(BOOKING_TARGETS).default('consultation'),
  timezone: z.string().optional(),
  day: IsoDay.optional(),
  through: IsoDay.optional(),
  partOfDay: z.enum(PARTS_OF_DAY).optional(),
});
const EstimateArgs = z.object({
  hourlyLaborCost: z.number().positive().max(1000).optional(),
  employees: z.number().int().positive().max(100000).optional(),
  tier: z.enum(['discovery', 'foundation', 'architect']).optional(),
  weeklyAdminHours: z.number().min(0).max(5000).optional(),
});
const BookingArgs = z.object({ type: z.enum(BOOKING_TARGETS), start: z.string().min(10).max(40) });
const ActionArgs = z.union([
  z.object({ type: z.literal('open-booking'), target: z.enum(BOOKING_TARGETS).optional() }),
  z.object({ type: z.literal('open-roi-calculator') }),
  z.object({ type: z.literal('scroll-to'), target: z.enum(SCROLL_TARGETS) }),
]);

class UpstreamError extends Error {
  constructor(readonly reason: string) {
    super(reason);
  }
}

interface TurnState {
  actions: AgentAction[];
  toolsCalled: Set<string>;
  /** The summary propose_booking returned this turn: the reply reads it back exactly. */
  proposal?: string;
  /** The tier of an estimate the model was given this turn. */
  estimateTier?: TierId;
}

/** JSON.parse that never throws: an empty string is "no arguments". */
function parseArguments(raw: string | undefined): { ok: true; value: unknown } | { ok: false } {
  if (raw === undefined || raw.trim() === '') return { ok: true, value: {} };
  try {
    return { ok: true, value: JSON.parse(raw) };
  } catch {
    return { ok: false };
  }
}

function toolError(message: string): string {
  return JSON.stringify({ error: message });
}

async function runTool(call: ToolCall, input: AgentInput, tools: AgentTools, state: TurnState): Promise<string> {
  const name = call.function.name;
  const parsed = parseArguments(call.function.arguments);
  if (!parsed.ok) return toolError('arguments were not valid JSON; call the tool again with a JSON object');
  state.toolsCalled.add(name);
  switch (name) {
    case 'find_open_slots': {
      const args = FindSlotsArgs.safeParse(parsed.value);
      if (!args.success) return toolError('invalid arguments: type must be consultation or assessment');
      const timezone = safeTimeZone(args.data.timezone) ?? safeTimeZone(input.timezone) ?? DEFAULT_TIMEZONE;
      const { type, day, through, partOfDay } = args.data;
      const request = { ...(day ? { day } : {}), ...(day && through ? { through } : {}), ...(partOfDay ? { partOfDay } : {}) };
      try {
        const slots = (await tools.findOpenSlots({ type, timezone, limit: 3, ...request })).slice(0, 3);
        const asked = day !== undefined || partOfDay !== undefined;
        return JSON.stringify({
          type,
          timezone,
          // false: what was asked is full, and these are the nearest open times instead.
          ...(asked ? { requestedTimesOpen: slots.some((s) => matchesRequest(s, request)) } : {}),
          spoken: speakTimes(
            slots.map((s) => s.start),
            timezone,
            input.language === 'es' ? 'es' : 'en',
          ),
          slots: slots.map((s) => ({ start: s.start, label: s.label, date: s.date, partOfDay: s.partOfDay })),
        });
      } catch {
        return toolError('availability is unavailable right now; invite the visitor to pick a time in the calendar');
      }
    }
    // The model only proposes: the server books when the visitor says yes to the read-back, before any model runs.
    case 'propose_booking': {
      const args = BookingArgs.safeParse(parsed.value);
      if (!args.success) return toolError('invalid arguments: type consultation or assessment, and start as find_open_slots returned it');
      if (!tools.proposeBooking) return toolError('booking in the chat is unavailable; call suggest_action with open-booking');
      const result = await tools.proposeBooking(args.data).catch(() => ({ ok: false as const, error: 'booking is unavailable right now' }));
      if (!result.ok) return toolError(result.error);
      state.proposal = result.reply;
      return JSON.stringify({ ok: true, say: result.reply });
    }
    case 'estimate_roi': {
      const args = EstimateArgs.safeParse(parsed.value);
      if (!args.success) return toolError('invalid arguments: numbers must be positive and tier one of discovery, foundation, architect');
      try {
        const est = tools.estimateRoi(args.data);
        state.estimateTier = est.tier as TierId;
        return JSON.stringify(est);
      } catch {
        return toolError('the estimate is unavailable right now');
      }
    }
    case 'suggest_action': {
      const args = ActionArgs.safeParse(parsed.value);
      if (!args.success) return toolError('invalid action or target');
      const action: AgentAction = 'target' in args.data && args.data.target ? { type: args.data.type, target: args.data.target } : { type: args.data.type };
      // A consultation is the calendar's default: no target keeps one shape for "open the booking".
      if (action.type === 'open-booking' && action.target === 'consultation') delete action.target;
      if (!state.actions.some((a) => a.type === action.type && a.target === action.target)) state.actions.push(action);
      return JSON.stringify({ ok: true });
    }
    default:
      return toolError(`unknown tool ${name.slice(0, 40)}`);
  }
}

function intentsFromTools(state: TurnState): string[] {
  const out: string[] = [];
  if (state.toolsCalled.has('find_open_slots') || state.actions.some((a) => a.type === 'open-booking')) out.push('booking_intent');
  if (state.toolsCalled.has('estimate_roi') || state.actions.some((a) => a.type === 'open-roi-calculator')) out.push('roi_intent');
  if (state.actions.some((a) => a.type === 'scroll-to' && a.target === 'pricing')) out.push('pricing_inquiry');
  return out;
}

export function createOpenAiResponder(opts: OpenAiResponderOptions): Responder {
  const endpoint = `${opts.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const timeoutMs = opts.timeoutMs ?? 12_000;
  const report = opts.onFallback ?? ((reason: string) => console.warn(`[agent] LLM unavailable (${reason}); answered with the built-in responder`));

  async function complete(messages: ChatMessage[], toolChoice: 'auto' | 'none', signal: AbortSignal) {
    const doFetch = opts.fetch ?? globalThis.fetch;
    let res: Response;
    try {
      res = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.apiKey}` },
        body: JSON.stringify({
          model: opts.model,
          messages,
          tools: TOOL_DEFINITIONS,
          tool_choice: toolChoice,
          temperature: 0.4,
          max_tokens: 300,
        }),
        signal,
      });
    } catch (err) {
      throw new UpstreamError(signal.aborted ? 'timeout' : `network:${(err as Error)?.name ?? 'error'}`);
    }
    if (!res.ok) throw new UpstreamError(`http_${res.status}`);
    let body: unknown;
    try {
      body = await res.json();
    } catch {
      throw new UpstreamError(signal.aborted ? 'timeout' : 'malformed_json');
    }
    const parsed = Completion.safeParse(body);
    if (!parsed.success) throw new UpstreamError('malformed_response');
    return parsed.data.choices[0].message;
  }

  async function converse(input: AgentInput, tools: AgentTools, d: Detection): Promise<AgentOutput> {
    const signal = AbortSignal.timeout(timeoutMs);
    // What this message says, read once: for the prompt and for the state and intents returned.
    const seen = observe(input.state ?? stateFromUserTurns(input.history), input.message, undefined, d);
    const messages: ChatMessage[] = [
      // The prompt sees this message's register too ("¿Podría…?" is answered in usted at once).
      { role: 'system', content: systemPrompt({ ...input, state: seen }, tools.now()) },
      ...input.history.slice(-MAX_HISTORY_TURNS).map((t) => ({ role: t.role, content: t.content.slice(0, MAX_TURN_CHARS) }) as ChatMessage),
      { role: 'user', content: input.message.slice(0, MAX_TURN_CHARS) },
    ];
    const state: TurnState = { actions: [], toolsCalled: new Set() };
    for (let round = 0; ; round++) {
      const lastChance = round >= MAX_TOOL_ROUNDS;
      const message = await complete(messages, lastChance ? 'none' : 'auto', signal);
      const calls = message.tool_calls ?? [];
      if (calls.length > 0 && !lastChance) {
        messages.push({ role: 'assistant', content: message.content ?? null, tool_calls: calls });
        for (const call of calls) messages.push({ role: 'tool', tool_call_id: call.id, content: await runTool(call, input, tools, state) });
        continue;
      }
      // A booking is spoken only in the server's words: the summary to confirm (a yes is the server's, not ours).
      const reply = toSpeakable(state.proposal ?? message.content ?? '');
      if (!reply) throw new UpstreamError('empty_reply');
      // A model never books, so a reply claiming a booking is not passed on (D28).
      if (claimsBooking(reply)) throw new UpstreamError('unverified_booking_claim');
      const intents = [...new Set([...intentsFromTools(state), ...intentsOf(d)])];
      const topics = new Set<string>(d.topics);
      if (state.toolsCalled.has('find_open_slots')) topics.add('booking');
      if (state.toolsCalled.has('estimate_roi')) topics.add('roi');
      // The same dialogue state the built-in responder keeps, so either can answer the next turn.
      const dialogue = recordReply(
        {
          ...seen,
          offer: null,
          estimated: seen.estimated || state.estimateTier !== undefined,
          estimateTier: state.estimateTier ?? seen.estimateTier,
          bookingOpened: seen.bookingOpened || state.toolsCalled.has('find_open_slots') || state.actions.some((a) => a.type === 'open-booking'),
        },
        [reply],
        // The model asks in its own words: what this reply asks for is recorded now, as state.
        { asked: fieldsAskedIn(reply) },
      );
      return {
        reply,
        actions: state.actions,
        intents: intents.length > 1 ? intents.filter((i) => i !== 'info') : intents,
        topics: [...topics],
        state: dialogue,
        ...(state.proposal ? { proposalReadBack: true } : {}),
      };
    }
  }

  return {
    name: 'openai',
    async respond(input, tools) {
      // Requests for internal data get the fixed refusal without a model call: nothing to leak, nothing to spend.
      const d = detect(input.message, priorIntent(input.history.filter((t) => t.role === 'user').map((t) => t.content)));
      if (d.internal) return respondBuiltIn(input, tools);
      try {
        return await converse(input, tools, d);
      } catch (err) {
        report(err instanceof UpstreamError ? err.reason : 'error');
        return respondBuiltIn(input, tools);
      }
    },
  };
}
