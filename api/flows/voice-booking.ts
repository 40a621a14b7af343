/**
 * Booking in the conversation, two-phase (D28): a pick of an offered (or named open) time becomes ONE read-back
 * proposal; only the visitor's very next message, if it is a clear yes, runs the booking — through the same
 * flow as the form (createConsultation / startCheckout: ledger, lock, 409, emails, CRM rows, lead link). A reply
 * that says "booked" exists only on that flow's success; the paid assessment is only ever "held".
 */
import { randomUUID } from 'node:crypto';
import type { z } from 'zod';
import type { AgentAction, BookingCreated, BookingRequest, BookingType, CapturedLead, ChatRequest, Locale } from '../../model/contracts.js';
import { zonedParts } from '../../model/time.js';
import { asksForTime, isAffirmation, isDeferral, isRefusal, pickOf, placeOf, resolvePick, slotAtClock, type Pick } from '../agent/booking-dialog.js';
import { detect } from '../agent/detect.js';
import { ASSESSMENT, money } from '../../model/catalog.js';
import { BOOKING_PHRASES as P, MEETING } from '../agent/booking-phrases.js';
import { CONTACT_ASKS, type ContactField } from '../agent/contact.js';
import { fill } from '../agent/phrases.js';
import { toUsted } from '../agent/register.js';
import { speakTimes, zoneName } from '../agent/speak-times.js';
import type { AgentTools, BookingToolResult, OpenSlot } from '../agent/types.js';
import { requestedWhen } from '../agent/when.js';
import type { Deps } from '../deps.js';
import { ApiError } from '../errors.js';
import { checkoutOfSubmission, createConsultation, startCheckout } from './booking.js';
import { BookingRequestSchema } from '../routes/schemas.js';
import type { RequestMeta } from './common.js';

/** The booking part of the dialogue state, kept in the voice session (never read back from reply prose). */
export interface BookingState {
  /** The times our last reply offered, exactly and in order ("the second one" is offered[1]). */
  offered?: { type: BookingType; slots: OpenSlot[] };
  /** A picked time waiting for the name, email or place; valid for the visitor's next message only. */
  pending?: { type: BookingType; slot: OpenSlot; asked: 'name' | 'email' | 'address' };
  /** Where the on-site visit happens (a city is enough), as the visitor said it. */
  address?: string;
  /** The one proposal read back; valid for the visitor's next message only. */
  proposal?: { type: BookingType; slot: OpenSlot; name: string; email: string; submissionId: string };
  /** At most one meeting of each type per conversation. */
  booked?: Partial<Record<BookingType, { start: string; ref: string; email: string }>>;
  /** The assessment held for checkout (not paid, not booked); gone once its hold expires (a new pick can hold again). */
  held?: { start: string; url: string; expiresAt?: string; submissionId?: string };
}

export interface BookingTurnInput {
  message: string;
  language: Locale;
  timezone: string;
  lead: CapturedLead;
  earlierUserTurns: string[];
  page?: ChatRequest['page'];
  attribution?: ChatRequest['attribution'];
  /** Where the on-site visit happens, when the caller knows it (the chat asks for it otherwise). */
  address?: string;
  /** The visitor says "usted" (Spanish): our own words follow, before any of their details are filled in. */
  formal?: boolean;
  /** The form's gate (rate limits, Turnstile), passed at the confirming message; throws an ApiError to refuse. */
  gate?: BookingGate;
}

export type BookingGate = (type: BookingType) => Promise<void>;

export interface BookingTurnOutput {
  reply: string;
  /** The contact detail this reply asked for (one at a time). */
  asked?: ContactField[];
  actions: AgentAction[];
  booking?: BookingCreated;
  intents: string[];
}

/** Our phrase in the visitor's register: usted is applied to the template, never to the details filled into it. */
const sayer = (input: { language: Locale; formal?: boolean }) => (l: Record<Locale, string>) => (input.language === 'es' && input.formal ? toUsted(l.es) : l[input.language]);

const fullName = (l: CapturedLead) => [l.firstName, l.lastName].filter(Boolean).join(' ');

/** "7:00 AM Pacific Time" / "7:00 (hora del Pacífico)": the clock alone, for the business zone beside the visitor's. */
function clockIn(start: string, timeZone: string, locale: Locale): string {
  const at = new Date(start);
  const time = new Intl.DateTimeFormat(locale === 'es' ? 'es-US' : 'en-US', { timeZone, hour: 'numeric', minute: '2-digit', ...(locale === 'es' ? { hourCycle: 'h23' as const } : { hour12: true }) }).format(at).replace(/^0(?=\d)/, '');
  return locale === 'es' ? `${time}, ${zoneName(timeZone, locale, at)}` : `${time} ${zoneName(timeZone, locale, at)}`;
}

function whenOf(deps: Deps, start: string, tz: string, locale: Locale, withBusiness: boolean) {
  const when = speakTimes([start], tz, locale);
  const biz = deps.config.BUSINESS_TIMEZONE;
  const differs = zonedParts(new Date(start), biz).minutes !== zonedParts(new Date(start), tz).minutes || zoneName(biz, locale) !== zoneName(tz, locale);
  const business = withBusiness && differs ? fill(P.businessZone[locale], { time: clockIn(start, biz, locale) }) : '';
  return { when, business };
}

/**
 * The booking part of one turn, or null when the turn is not about a pick or a proposal (the responder answers
 * it). Mutates `state` (the caller saves it with the turn).
 */
export async function bookingTurn(deps: Deps, state: BookingState, input: BookingTurnInput, tools: AgentTools, meta: RequestMeta): Promise<BookingTurnOutput | null> {
  const { message, language: locale, timezone: tz, lead } = input;
  const say = sayer(input);
  const proposal = state.proposal;
  state.proposal = undefined;
  // Our one question (name, email, place) is answered by the next message or not at all: a later message is
  // never read as its answer.
  const pending = state.pending;
  state.pending = undefined;
  if (proposal && isAffirmation(message)) return execute(deps, state, proposal, input, tools, meta);
  const pick = pickOf(message);
  if (proposal && isRefusal(message) && !pick && !message.includes('?')) return { reply: say(P.declined), actions: [], intents: ['booking_intent'] };

  let chosen: { type: BookingType; slot: OpenSlot } | null = null;
  const offered = state.offered ?? (proposal ? { type: proposal.type, slots: [proposal.slot] } : undefined);
  // A day and a time asked for with nothing offered yet ("could we talk next Thursday at 2pm?"): that time, read back.
  const direct = pick?.kind === 'clock' && !(offered && offered.slots.length > 0) && asksForTime(message) ? await namedTime(pick, state, input, tools) : null;
  if (direct && 'reply' in direct) return direct;
  if (direct) chosen = direct;
  else if (pick && offered && offered.slots.length > 0) {
    const slot = resolvePick(pick, offered.slots, tz) ?? (await notOffered(pick, offered, input, tools));
    if (!slot) {
      if (pick.kind !== 'clock') return null;
      const time = speakClock(pick.minutes[pick.minutes.length - 1]!, locale);
      return { reply: fill(say(P.notOpen), { time, slots: speakTimes(offered.slots.map((s) => s.start), tz, locale) }), actions: [], intents: ['booking_intent'] };
    }
    chosen = { type: offered.type, slot };
  } else if (pending && !pick) {
    const asked = pending.asked;
    const place = asked === 'address' ? placeAnswer(message, pending.type) : null;
    if (place) state.address = place;
    const gave = asked === 'name' ? !!lead.firstName : asked === 'email' ? !!lead.email : !!place;
    if (!gave) return null;
    chosen = { type: pending.type, slot: pending.slot };
  } else if (!pick && offered?.slots.length === 1 && isAffirmation(message) && !proposal) {
    chosen = { type: offered.type, slot: offered.slots[0]! };
  }
  if (!chosen) return null;

  const done = state.booked?.[chosen.type];
  if (done) {
    const { when } = whenOf(deps, done.start, tz, locale, false);
    return { reply: fill(say(P.alreadyBooked), { meeting: say(MEETING[chosen.type]), when }), actions: [], intents: ['booking_intent'] };
  }
  // One assessment per conversation: a hold awaiting payment is not doubled; its checkout is offered again.
  const hold = chosen.type === 'assessment' ? await holdOf(deps, state) : null;
  if (hold === 'paid') {
    const { when } = whenOf(deps, state.held!.start, tz, locale, false);
    return { reply: fill(say(P.alreadyBooked), { meeting: say(MEETING.assessment), when }), actions: [], intents: ['booking_intent'] };
  }
  if (hold === 'held') {
    const { when } = whenOf(deps, state.held!.start, tz, locale, false);
    return { reply: fill(say(P.alreadyHeld), { when }), actions: [{ type: 'open-checkout', url: state.held!.url }], intents: ['booking_intent'] };
  }
  const { when, business } = whenOf(deps, chosen.slot.start, tz, locale, true);
  const missing = !lead.firstName ? 'name' : !lead.email ? 'email' : null;
  if (missing) {
    state.pending = { ...chosen, asked: missing };
    return { reply: `${fill(say(P.picked), { when })} ${say(CONTACT_ASKS[missing])}`, actions: [], intents: ['booking_intent'], asked: [missing] };
  }
  // The on-site visit needs a place: said earlier ("we're in Fresno"), or one question now.
  if (chosen.type === 'assessment' && !(state.address ??= input.address ?? placeIn([message, ...input.earlierUserTurns.slice().reverse()]))) {
    state.pending = { ...chosen, asked: 'address' };
    return { reply: fill(say(P.askAddress), { when }), actions: [], intents: ['booking_intent'] };
  }
  state.pending = undefined;
  return { reply: propose(state, chosen, lead, locale, when, business, say), actions: [], intents: ['booking_intent'] };
}

/**
 * The conversation's assessment checkout as it stands: 'paid' (the signed event completed it), 'held' (still
 * within its hold), or null — an expired hold is forgotten here so a new pick can hold again.
 */
async function holdOf(deps: Deps, state: BookingState): Promise<'held' | 'paid' | null> {
  const held = state.held;
  if (!held) return null;
  const status = held.submissionId ? await checkoutOfSubmission(deps, held.submissionId) : null;
  if (status === 'paid') return 'paid';
  if (status === 'expired' || (held.expiresAt && deps.clock.now().getTime() >= Date.parse(held.expiresAt))) {
    state.held = undefined;
    return null;
  }
  return 'held';
}

/** The one read-back: the proposal is stored (valid for the visitor's next message only) and its summary returned. */
function propose(state: BookingState, chosen: { type: BookingType; slot: OpenSlot }, lead: CapturedLead, locale: Locale, when: string, business: string, say: ReturnType<typeof sayer>): string {
  state.proposal = { ...chosen, name: fullName(lead), email: lead.email!, submissionId: randomUUID() };
  const template = chosen.type === 'assessment' ? P.proposalAssessment : P.proposal;
  return fill(say(template), { meeting: say(MEETING[chosen.type]), when, business, name: fullName(lead), email: lead.email!, address: state.address ?? '', price: money(ASSESSMENT.priceUsd, locale) });
}

/**
 * The answer to "where should we meet you?": a place said as one ("we're in Fresno", a street), or a bare
 * answer ("Sacramento") — but not a question, another topic, the other meeting, a no or a "let me think".
 */
function placeAnswer(message: string, type: BookingType): string | null {
  const said = placeOf(message);
  if (said) return said;
  const d = detect(message);
  const elsewhere = d.question || d.topics.length > 0 || (d.bookingTypeExplicit && d.bookingType !== type);
  return elsewhere || isRefusal(message) || isDeferral(message) ? null : placeOf(message, true);
}

/** The latest place the visitor named in their own messages, if any. */
function placeIn(messages: readonly string[]): string | undefined {
  for (const m of messages) {
    const p = placeOf(m);
    if (p) return p;
  }
  return undefined;
}


/**
 * The LLM responder's one booking tool (D28). propose_booking: a time validated against real availability,
 * for the name and email the visitor gave (never ones the model supplies), read back as one summary. The model
 * cannot book: a yes to that summary is executed by bookingTurn, on the next message, before any responder runs.
 */
export function bookingTools(deps: Deps, state: BookingState, input: BookingTurnInput, tools: AgentTools) {
  const { language: locale, timezone: tz, lead } = input;
  return {
    async proposeBooking(args: { type: BookingType; start: string }): Promise<BookingToolResult> {
      const at = Date.parse(args.start);
      if (!Number.isFinite(at)) return { ok: false, error: 'start must be an ISO date-time taken from find_open_slots' };
      if (state.booked?.[args.type] || (args.type === 'assessment' && (await holdOf(deps, state)))) return { ok: false, error: `this conversation already booked a ${args.type}; do not book another` };
      const day = zonedParts(new Date(at), tz).date;
      const open = await tools.findOpenSlots({ type: args.type, timezone: tz, day, limit: 48 }).catch(() => []);
      const slot = open.find((s) => Date.parse(s.start) === at);
      if (!slot) return { ok: false, error: 'that time is not open; offer the times find_open_slots returns' };
      const missing = !lead.firstName ? 'name' : !lead.email ? 'email' : null;
      if (missing) {
        state.pending = { type: args.type, slot, asked: missing };
        return { ok: false, error: `ask the visitor for their ${missing} first (one question), then propose again` };
      }
      if (args.type === 'assessment' && !(state.address ??= input.address ?? placeIn([input.message, ...input.earlierUserTurns.slice().reverse()]))) {
        state.pending = { type: args.type, slot, asked: 'address' };
        return { ok: false, error: 'ask where the on-site visit happens (a city is enough), then propose again' };
      }
      const { when, business } = whenOf(deps, slot.start, tz, locale, true);
      return { ok: true, reply: propose(state, { type: args.type, slot }, lead, locale, when, business, sayer(input)) };
    },
  };
}

/**
 * A day and clock time named with nothing offered: the open slot at that time, or — when it is not open — the
 * day's nearest open times offered instead (so "the first one" works next). Null when no day was named.
 */
async function namedTime(pick: Pick, state: BookingState, input: BookingTurnInput, tools: AgentTools): Promise<{ type: BookingType; slot: OpenSlot } | BookingTurnOutput | null> {
  if (pick.kind !== 'clock') return null;
  const named = requestedWhen(input.message, [], tools.now(), input.timezone, input.language);
  if (!named?.day) return null;
  const d = detect(input.message);
  const type: BookingType = d.bookingTypeExplicit ? d.bookingType : 'consultation';
  let open: OpenSlot[];
  try {
    open = await tools.findOpenSlots({ type, timezone: input.timezone, day: named.day, limit: 48 });
  } catch {
    return null;
  }
  const slot = slotAtClock(pick, open.filter((s) => s.date === named.day), input.timezone);
  if (slot) return { type, slot };
  // Not open: the nearest times to the one asked for (the tool's own list when the day is full).
  const wanted = pick.minutes[pick.minutes.length - 1]!;
  const distance = (s: OpenSlot) => Math.abs(zonedParts(new Date(s.start), input.timezone).minutes - wanted) + (s.date === named.day ? 0 : 1440);
  const nearest = [...open].sort((a, b) => distance(a) - distance(b)).slice(0, 3).sort((a, b) => Date.parse(a.start) - Date.parse(b.start));
  if (nearest.length === 0) return null;
  state.offered = { type, slots: nearest };
  return { reply: fill(P.notOpen[input.language], { time: speakClock(wanted, input.language), slots: speakTimes(nearest.map((s) => s.start), input.timezone, input.language) }), actions: [], intents: ['booking_intent'] };
}

/** A clock time the visitor named, as said back: "12:30 PM" / "12:30". */
function speakClock(minutes: number, locale: Locale): string {
  const h = Math.floor(minutes / 60);
  const mm = String(minutes % 60).padStart(2, '0');
  return locale === 'es' ? `${h}:${mm}` : `${h % 12 || 12}:${mm} ${h < 12 ? 'AM' : 'PM'}`;
}

/** A clock time that was not offered: open on the day the message names, or else on the offered times' day. */
async function notOffered(pick: Pick, offered: NonNullable<BookingState['offered']>, input: BookingTurnInput, tools: AgentTools): Promise<OpenSlot | null> {
  if (pick.kind !== 'clock') return null;
  const named = requestedWhen(input.message, input.earlierUserTurns, tools.now(), input.timezone, input.language);
  const day = named?.day ?? offered.slots[0]!.date;
  try {
    const open = await tools.findOpenSlots({ type: offered.type, timezone: input.timezone, day, limit: 48 });
    return slotAtClock(pick, open.filter((s) => s.date === day), input.timezone);
  } catch {
    return null;
  }
}

/**
 * The chat's booking request through the form's schema. Extras the chat merely passes on (phone, company,
 * attribution) are dropped when the form would refuse them; a refused name, email or address is named.
 */
function formChecked(built: z.input<typeof BookingRequestSchema>): { request: BookingRequest } | { bad: 'name' | 'email' | 'address' | 'other' } {
  let parsed = BookingRequestSchema.safeParse(built);
  if (!parsed.success) {
    const extras = new Set(parsed.error.issues.map((i) => String(i.path[0])).filter((k) => OPTIONAL_EXTRAS.includes(k)));
    if (extras.size > 0) parsed = BookingRequestSchema.safeParse(Object.fromEntries(Object.entries(built).filter(([k]) => !extras.has(k))));
  }
  if (parsed.success) return { request: parsed.data };
  const field = String(parsed.error.issues[0]?.path[0]);
  return { bad: field === 'name' || field === 'email' || field === 'address' ? field : 'other' };
}
const OPTIONAL_EXTRAS = ['phone', 'companyName', 'attribution'];

async function execute(deps: Deps, state: BookingState, p: NonNullable<BookingState['proposal']>, input: BookingTurnInput, tools: AgentTools, meta: RequestMeta): Promise<BookingTurnOutput> {
  const locale = input.language;
  const say = sayer(input);
  const built = {
    submissionId: p.submissionId,
    type: p.type,
    start: p.slot.start,
    timezone: input.timezone,
    name: p.name,
    email: p.email,
    phone: input.lead.phone ?? undefined,
    companyName: input.lead.companyName ?? undefined,
    locale,
    attribution: input.attribution,
    address: state.address ?? input.address,
  };
  const intents = ['booking_intent'];
  const { when } = whenOf(deps, p.slot.start, input.timezone, locale, false);
  const calendar: AgentAction = { type: 'open-booking', ...(p.type === 'assessment' ? { target: 'assessment' } : {}), start: p.slot.start };
  // The form's own rules (lengths, a plausible name…): a detail it would refuse is asked for again, never a 500.
  const checked = formChecked(built);
  if ('bad' in checked) {
    const slot = { type: p.type, slot: p.slot };
    if (checked.bad === 'name' || checked.bad === 'email') {
      state.pending = { ...slot, asked: checked.bad };
      return { reply: say(checked.bad === 'name' ? P.badName : P.badEmail), actions: [], intents, asked: [checked.bad] };
    }
    if (checked.bad === 'address') {
      state.address = undefined;
      state.pending = { ...slot, asked: 'address' };
      return { reply: say(P.badAddress), actions: [], intents };
    }
    return { reply: say(p.type === 'assessment' ? P.checkoutFailed : P.failed), actions: [calendar], intents };
  }
  const request = checked.request;
  try {
    await input.gate?.(p.type);
  } catch (e) {
    const code = e instanceof ApiError ? e.code : null;
    // No verification token: the same proposal stays open for a yes that carries one; the calendar is there too.
    if (code === 'turnstile_failed') {
      state.proposal = p;
      return { reply: say(P.verify), actions: [calendar], intents };
    }
    return { reply: say(code === 'rate_limited' ? P.busy : P.failed), actions: [calendar], intents };
  }
  try {
    if (p.type === 'consultation') {
      const created = await createConsultation(deps, request, meta);
      state.booked = { ...state.booked, consultation: { start: p.slot.start, ref: created.booking.id, email: p.email } };
      state.offered = undefined;
      return { reply: fill(say(P.booked), { meeting: say(MEETING.consultation), when, email: p.email }), actions: [], booking: created, intents: [...intents, 'booking_scheduled'] };
    }
    // The on-site visit requires an address: without one the form takes over (it asks for it), nothing held.
    if (!request.address) return { reply: fill(say(P.needsAddress), { when }), actions: [calendar], intents };
    const returnUrl = input.page?.url;
    if (!returnUrl) return { reply: say(P.checkoutFailed), actions: [calendar], intents };
    // Taken before the checkout starts, so the chat never thinks the hold outlives the ledger's.
    const expiresAt = new Date(deps.clock.now().getTime() + deps.config.CHECKOUT_HOLD_MINUTES * 60_000).toISOString();
    const { url } = await startCheckout(deps, { ...request, returnUrl }, meta);
    state.held = { start: p.slot.start, url, expiresAt, submissionId: p.submissionId };
    return { reply: fill(say(P.checkout), { when, minutes: deps.config.CHECKOUT_HOLD_MINUTES }), actions: [{ type: 'open-checkout', url }], intents };
  } catch (e) {
    // Only a 409 means someone else has the slot; a 400 is our request's fault and is not worded as "taken".
    const taken = e instanceof ApiError && e.status === 409;
    if (!taken) return { reply: say(p.type === 'assessment' ? P.checkoutFailed : P.failed), actions: [calendar], intents };
    const near = await tools.findOpenSlots({ type: p.type, timezone: input.timezone, day: p.slot.date, partOfDay: p.slot.partOfDay, limit: 3 }).catch(() => []);
    const others = near.filter((s) => s.start !== p.slot.start).slice(0, 3);
    if (others.length === 0) return { reply: say(P.takenNone), actions: [{ type: 'open-booking', ...(p.type === 'assessment' ? { target: 'assessment' } : {}) }], intents };
    state.offered = { type: p.type, slots: others };
    return { reply: fill(say(P.taken), { slots: speakTimes(others.map((s) => s.start), input.timezone, locale) }), actions: [], intents };
  }
}
