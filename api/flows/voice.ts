import type { AgentAction, CapturedLead, ChatRequest, ChatResponse, ContactUpdate, Locale } from '../../model/contracts.js';
import { computeRoi, DEFAULT_INPUTS, TASK_IDS, VOICE_DEFAULTS } from '../../model/roi.js';
import { addDays, isValidDate, isValidTimeZone, zonedParts } from '../../model/time.js';
import { type DialogueState, observe, recordReply } from '../agent/dialogue.js';
import { stateFromUserTurns } from '../agent/memory.js';
import { summarizeConversation } from '../agent/insights.js';
import { chooseSlots, partOfDay } from '../agent/slot-choice.js';
import { speakTimes } from '../agent/speak-times.js';
import type { AgentTools, OpenSlot, Turn } from '../agent/types.js';
import { computeAvailability } from '../booking/slots.js';
import { logActivity, upsertVoiceSession } from '../crm/index.js';
import type { Deps } from '../deps.js';
import { voiceLeadDossier } from '../email/templates.js';
import { extractLead, type ExtractedLead, type LeadTurn } from '../lead/extract.js';
import { leadExtractorFor, type LeadExtractor } from '../lead/llm.js';
import { saysUnreadAddress } from '../lead/address-said.js';
import { extractProfile, type Profile } from '../lead/profile.js';
import { scoreLead } from '../lead/score.js';
import type { JobContext } from '../store/jobs.js';
import { getJson, putJson } from '../store/kv.js';
import { loadCalendar, businessRange, slotRules } from './calendar.js';
import { bookingTools, bookingTurn, type BookingGate, type BookingState } from './voice-booking.js';
import { attributionSummary, sendOnce, toE164, upsertLeadLocked, withPartner, type RequestMeta } from './common.js';

/** A conversation as the API keeps it in KV (sliding one-hour TTL); the whole transcript up to a cap. */
export interface VoiceSession {
  id: string;
  language: Locale;
  startedAt: string;
  lastAt: string;
  turns: (Turn & { at: string })[];
  actions: string[];
  intents: string[];
  topics: string[];
  /** Details the visitor typed or corrected in the widget; they win over extraction. */
  contact: Partial<CapturedLead>;
  page?: { url?: string; title?: string };
  attribution?: ChatRequest['attribution'];
  userAgent?: string | null;
  endedAt?: string;
  /** When the conversation was found idle (no turn for IDLE_MS): it ends for the dossier, and may carry on. */
  idleAt?: string;
  /** When the one pending idle check fires: a turn schedules none while one is due (the check follows lastAt). */
  idleCheckDue?: string;
  /** Its key in the CRM (the voice session's external id): the tab's id, suffixed for a later conversation under the same id. */
  conversation?: string;
  /** Bumped on every save: a sync job writes the CRM row only when its snapshot is newer than the last written. */
  version?: number;
  /** The booking dialogue (offered times, pick, proposal, what was booked): state, not prose. */
  booking?: BookingState;
  /** What the conversation means so far (offer pending, tier, estimate, what was said): returned by the responder. */
  dialogue?: DialogueState;
  /** What extraction found in turns[0, turns): each turn extracts only the new turns (plus a little context). */
  known?: { lead: VoiceLead; turns: number };
  /** The visitor's zone as last sent (valid IANA), else BUSINESS_TIMEZONE. */
  timezone?: string;
}

/**
 * The idle check for a conversation: one pending at a time, due IDLE_MS after a turn. When it fires after a later
 * turn it moves itself to that turn's lastAt + IDLE_MS. (`version` is read by nothing: jobs queued before.)
 */
export interface VoiceIdleJob {
  conversation: string;
  due?: string;
  version?: number;
}

/** A conversation with no turn for this long has ended, for the dossier (#14). */
export const IDLE_MS = 30 * 60_000;

/** A voice-sync job names the snapshot (queues reorder and cap messages at 128 KB; a transcript can be larger). */
export interface VoiceSyncJob {
  conversation: string;
  version: number;
}

const TTL_SECONDS = 3600;
/** Caps on what one session stores, so neither a turn nor the CRM sync grows without bound (#22). */
export const MAX_TURNS = 200;
export const MAX_STORED_CHARS = 40_000;
/** The responder reads the recent conversation only: its cost per turn must not grow with the transcript. */
export const RESPONDER_HISTORY_TURNS = 20;
/** Turns before the new ones that extraction re-reads, so "my email is…" after our ask keeps its context. */
const EXTRACTION_CONTEXT_TURNS = 3;
const key = (id: string) => `voice:${id}`;
const conversationOf = (s: VoiceSession) => s.conversation ?? s.id;

export type VoiceLead = CapturedLead & Pick<Profile, 'industry' | 'employeeCount'>;

const NO_LEAD: VoiceLead = { firstName: null, lastName: null, email: null, phone: null, companyName: null, industry: null, employeeCount: null };

/** Turns the LLM-assisted extractor sends the model at most, whatever the window (see extractedWith). */
const LLM_EXTRACTION_TURNS = 8;
/** One extractor per configuration: rules alone, or the model checked against the visitor's words (LLM_*). */
const extractors = new WeakMap<Deps['config'], LeadExtractor>();
function leadExtractorOf(deps: Deps): LeadExtractor {
  let x = extractors.get(deps.config);
  if (!x) {
    x = leadExtractorFor(deps.config, { maxTurns: LLM_EXTRACTION_TURNS, timeoutMs: 4000, onFallback: (reason) => deps.log.warn('lead extraction: model not used', { reason }) });
    extractors.set(deps.config, x);
  }
  return x;
}

/** The turns extraction has not folded in yet, with a few before them as context; null when none. */
function pendingWindow(s: Pick<VoiceSession, 'known'>, turns: readonly Turn[]): { known: VoiceLead; window: LeadTurn[] | null } {
  const known = s.known && s.known.turns <= turns.length ? s.known : { lead: NO_LEAD, turns: 0 };
  if (known.turns === turns.length) return { known: known.lead, window: null };
  return { known: known.lead, window: turns.slice(Math.max(0, known.turns - EXTRACTION_CONTEXT_TURNS)).map(({ role, content }) => ({ role, content })) };
}

/** A value found in the window replaces the known one (a correction); the profile comes from the rules. */
function foldIn(known: VoiceLead, window: LeadTurn[], extracted: ExtractedLead, language: Locale): VoiceLead {
  const profile = extractProfile(window, { language });
  const found: Partial<VoiceLead> = { ...extracted, industry: profile.industry, employeeCount: profile.employeeCount };
  const merged = { ...known };
  for (const [k, v] of Object.entries(found) as [keyof VoiceLead, string | null][]) if (v) (merged as Record<string, string | null>)[k] = v;
  return merged;
}

/**
 * Extraction folded over the turns, incrementally, by the rules alone: what `known` holds plus the turns
 * after it (with a few turns before them as context).
 */
export function extractedOf(s: Pick<VoiceSession, 'known' | 'language'>, turns: readonly Turn[]): VoiceLead {
  const { known, window } = pendingWindow(s, turns);
  return window ? foldIn(known, window, extractLead(window, { language: s.language, defaultCountry: 'US' }), s.language) : known;
}

/**
 * The same fold with the configured extractor (LLM-assisted when LLM_* is set): it too reads only the new
 * turns and their context, and sends the model at most LLM_EXTRACTION_TURNS of them.
 */
export async function extractedWith(extract: LeadExtractor, s: Pick<VoiceSession, 'known' | 'language'>, turns: readonly Turn[]): Promise<VoiceLead> {
  const { known, window } = pendingWindow(s, turns);
  return window ? foldIn(known, window, await extract(window, { language: s.language, defaultCountry: 'US' }), s.language) : known;
}

/** The lead as it stands: the visitor's own edits over what extraction found. */
export function leadOf(s: VoiceSession, extracted: VoiceLead = extractedOf(s, s.turns)): VoiceLead {
  const pick = <K extends keyof CapturedLead>(k: K) => (s.contact[k] ?? extracted[k] ?? null) as CapturedLead[K];
  return {
    firstName: pick('firstName'),
    lastName: pick('lastName'),
    email: pick('email'),
    phone: pick('phone'),
    companyName: pick('companyName'),
    industry: extracted.industry ?? null,
    employeeCount: extracted.employeeCount ?? null,
  };
}

/** Drops the oldest turns (keeping the first exchange) past the turn and character caps. */
export function capTurns<T extends Turn>(turns: T[]): T[] {
  let out = turns.length > MAX_TURNS ? [...turns.slice(0, 2), ...turns.slice(-(MAX_TURNS - 2))] : turns;
  let chars = out.reduce((n, t) => n + t.content.length, 0);
  while (chars > MAX_STORED_CHARS && out.length > 4) {
    chars -= out[2]!.content.length + out[3]!.content.length;
    out = [...out.slice(0, 2), ...out.slice(4)];
  }
  return out;
}

export const publicLead = (l: VoiceLead): CapturedLead => ({ firstName: l.firstName, lastName: l.lastName, email: l.email, phone: l.phone, companyName: l.companyName });

/** How far past a requested day the calendar is read, so a full day still has later days to offer instead. */
const SLOT_SEARCH_DAYS = 14;

function tools(deps: Deps, language: Locale, timezone: string): AgentTools {
  return {
    now: () => deps.clock.now(),
    async findOpenSlots({ type, timezone: tz, limit = 3, day, through, partOfDay: part }): Promise<OpenSlot[]> {
      const zone = isValidTimeZone(tz) ? tz : timezone;
      const now = deps.clock.now();
      const from = zonedParts(now, zone).date;
      // A day the model or visitor named that is not a date is no request at all.
      const first = day && isValidDate(day) ? day : undefined;
      const last = first && through && isValidDate(through) && through >= first ? through : first;
      const horizon = addDays(from, deps.config.BOOKING_HORIZON_DAYS + 1);
      const wanted = last ? addDays(last, SLOT_SEARCH_DAYS) : addDays(from, SLOT_SEARCH_DAYS);
      const to = wanted < horizon ? wanted : horizon;
      const range = businessRange(deps, from, to, zone);
      const state = await loadCalendar(deps, range.from, range.to);
      const avail = computeAvailability({ state, rules: slotRules(deps), type, from, to, timezone: zone, now });
      const open = avail.days.flatMap((d) =>
        d.slots.filter((s) => s.available).map((s) => ({ start: s.start, date: d.date, minutes: zonedParts(new Date(s.start), zone).minutes })),
      );
      const chosen = chooseSlots(open, { day: first, through: first ? last : undefined, partOfDay: part }, limit);
      return chosen.map((s) => ({ start: s.start, date: s.date, partOfDay: partOfDay(s.minutes), label: speakTimes([s.start], zone, language) }));
    },
    estimateRoi(args) {
      const base = { ...DEFAULT_INPUTS, ...VOICE_DEFAULTS };
      const hours = { ...base.taskHours };
      if (args.weeklyAdminHours && args.weeklyAdminHours > 0) {
        const total = TASK_IDS.reduce((s, id) => s + hours[id], 0);
        for (const id of TASK_IDS) hours[id] = (hours[id] / total) * args.weeklyAdminHours;
      }
      const inputs = { ...base, taskHours: hours, hourlyLaborCost: args.hourlyLaborCost ?? base.hourlyLaborCost, tier: args.tier ?? base.tier };
      const r = computeRoi(inputs);
      return { roi: r.roi, paybackWeeks: r.paybackWeeks, annualBenefit: r.annualBenefit, weeklyHoursSaved: r.totalWeeklyHoursSaved, investment: r.investment, tier: inputs.tier };
    },
  };
}

/** One chat turn. Turns of one session are serialised, and both messages are saved in one write (D32). */
export async function chatTurn(deps: Deps, req: ChatRequest, meta: RequestMeta, gate: BookingGate): Promise<ChatResponse> {
  return deps.locks.withLock(key(req.sessionId), async () => {
    const now = deps.clock.now().toISOString();
    const s: VoiceSession = (await getJson<VoiceSession>(deps.kv, key(req.sessionId))) ?? {
      id: req.sessionId,
      conversation: await conversationKey(deps, req.sessionId, now),
      language: req.language,
      startedAt: now,
      lastAt: now,
      turns: [],
      actions: [],
      intents: [],
      topics: [],
      contact: {},
      page: req.page,
      attribution: withPartner(deps, req.attribution, meta),
      userAgent: meta.userAgent,
    };
    s.language = req.language;
    const timezone = req.timezone && isValidTimeZone(req.timezone) ? req.timezone : deps.config.BUSINESS_TIMEZONE;
    s.timezone = timezone;
    // The responder must see details given in this very message (to thank for them, and not ask again).
    const userTurn = { role: 'user' as const, content: req.message, at: now };
    const extracted = await extractedWith(leadExtractorOf(deps), s, [...s.turns, userTurn]);
    const before = leadOf(s, extracted);
    const state: BookingState = (s.booking ??= {});
    // The times the responder offered this turn, exactly as offered (the last search that offered several).
    const seen: { offered?: NonNullable<BookingState['offered']> } = {};
    const base = tools(deps, req.language, timezone);
    const watched: AgentTools = {
      ...base,
      async findOpenSlots(q) {
        const found = await base.findOpenSlots(q);
        if ((q.limit ?? 3) > 1) seen.offered = { type: q.type, slots: found.slice(0, q.limit ?? 3) };
        return found;
      },
    };
    const history = s.turns.slice(-RESPONDER_HISTORY_TURNS).map(({ role, content }) => ({ role, content }));
    const earlierUserTurns = history.filter((t) => t.role === 'user').map((t) => t.content);
    // A session saved before dialogue state existed: what its visitor's turns say.
    const dialogue = s.dialogue ?? stateFromUserTurns(history);
    const observed = observe(dialogue, req.message);
    const turnInput = { message: req.message, language: req.language, timezone, lead: before, earlierUserTurns, page: req.page, attribution: s.attribution, gate, formal: observed.formal };
    const booked = await bookingTurn(deps, state, turnInput, watched, meta);
    Object.assign(watched, bookingTools(deps, state, turnInput, base));
    const out = booked
      ? { ...booked, topics: ['booking'], state: recordReply({ ...observed, offer: null }, [booked.reply], { asked: booked.asked }) }
      : await deps.responder.respond({ language: req.language, history, message: req.message, lead: before, timezone, page: req.page, state: dialogue }, watched);
    s.dialogue = out.state;
    // A proposal a model made but whose summary the visitor did not hear (a fallback answered) cannot be confirmed.
    if (!booked && state.proposal && !('proposalReadBack' in out && out.proposalReadBack)) state.proposal = undefined;
    if (!booked && seen.offered) state.offered = seen.offered;
    const reply = out.reply.slice(0, 1000);
    s.turns.push(userTurn, { role: 'assistant', content: reply, at: deps.clock.now().toISOString() });
    s.known = { lead: extracted, turns: s.turns.length };
    const capped = capTurns(s.turns);
    if (capped !== s.turns) {
      s.known = { lead: extracted, turns: capped.length };
      s.turns = capped;
    }
    s.actions = [...new Set([...s.actions, ...out.actions.map(actionTag)])];
    s.intents = [...new Set([...s.intents, ...out.intents])];
    s.topics = [...new Set([...s.topics, ...out.topics])];
    s.lastAt = deps.clock.now().toISOString();
    const idleCheck = idleCheckToSchedule(deps, s, extracted);
    await enqueueSync(deps, s);
    if (idleCheck) await enqueueIdle(deps, idleCheck);
    const made = booked?.booking;
    return { reply, actions: out.actions, lead: publicLead(leadOf(s, extracted)), ...(made ? { booking: made } : {}) };
  });
}

/**
 * The tab keeps its id across an idle hour, so a conversation that starts after one gets its own CRM row
 * instead of overwriting the earlier transcript.
 */
async function conversationKey(deps: Deps, sessionId: string, now: string): Promise<string> {
  const seen = `voice-seen:${sessionId}`;
  const earlier = await deps.kv.get(seen);
  await deps.kv.put(seen, now, { ttlSeconds: 400 * 86400 });
  return earlier ? `${sessionId}:${Date.parse(now)}` : sessionId;
}

/** The visitor confirmed or corrected their details in the widget. */
export async function updateContact(deps: Deps, u: ContactUpdate): Promise<{ lead: CapturedLead }> {
  return deps.locks.withLock(key(u.sessionId), async () => {
    const s = await getJson<VoiceSession>(deps.kv, key(u.sessionId));
    if (!s) return { lead: { firstName: null, lastName: null, email: null, phone: null, companyName: null } };
    const phone = u.phone === undefined ? undefined : toE164(u.phone);
    for (const [k, v] of Object.entries({ ...u, phone, sessionId: undefined })) if (v !== undefined && k !== 'sessionId') (s.contact as Record<string, unknown>)[k] = v || null;
    await enqueueSync(deps, s);
    return { lead: publicLead(leadOf(s)) };
  });
}

/** The transcript and lead of a live session, so the panel restores the conversation after a reload. */
export async function sessionHistory(deps: Deps, sessionId: string): Promise<{ messages: Turn[]; lead: CapturedLead }> {
  const s = await getJson<VoiceSession>(deps.kv, key(sessionId));
  // An ended session still restores: a reload sends the end beacon, and the conversation carries on after it.
  if (!s) return { messages: [], lead: publicLead(NO_LEAD) };
  return { messages: s.turns.slice(-RESPONDER_HISTORY_TURNS * 2).map(({ role, content }) => ({ role, content })), lead: publicLead(leadOf(s)) };
}

/** The page was hidden (sendBeacon): the conversation ends; its final state is synced. */
export async function endConversation(deps: Deps, sessionId: string) {
  await deps.locks.withLock(key(sessionId), async () => {
    const s = await getJson<VoiceSession>(deps.kv, key(sessionId));
    if (!s || s.endedAt) return;
    s.endedAt = deps.clock.now().toISOString();
    await enqueueSync(deps, s);
  });
}

/**
 * After a turn: if the dossier could still go (an email known, no end, no booking, not yet idle) and no check is
 * pending, one is due IDLE_MS from now (recorded in the session, which the caller saves). A check whose time
 * has passed counts as gone (a lost or late job never stops the next one; a duplicate only finds idleAt set).
 */
function idleCheckToSchedule(deps: Deps, s: VoiceSession, extracted: VoiceLead): (VoiceIdleJob & { due: string }) | null {
  if (s.endedAt || s.idleAt || s.booking?.booked || !leadOf(s, extracted).email) return null;
  const now = deps.clock.now().getTime();
  if (s.idleCheckDue && Date.parse(s.idleCheckDue) > now) return null;
  s.idleCheckDue = new Date(now + IDLE_MS).toISOString();
  return { conversation: conversationOf(s), due: s.idleCheckDue };
}

function enqueueIdle(deps: Deps, job: VoiceIdleJob & { due: string }) {
  const delayMs = Math.max(0, Date.parse(job.due) - deps.clock.now().getTime());
  return deps.jobs.enqueue('voice-idle', job, { key: `voice-idle:${job.conversation}:${job.due}`, mode: 'once', delayMs });
}

/**
 * The conversation's idle check: once IDLE_MS has passed since the last turn (only turns move lastAt; a contact
 * edit does not), the conversation counts as ended for the dossier, which then goes once with the sync
 * (runVoiceSyncJob). A turn since the check was scheduled moves it to that turn's lastAt + IDLE_MS.
 */
export async function runVoiceIdleJob(deps: Deps, job: VoiceIdleJob) {
  const snap = await getJson<VoiceSession>(deps.kv, snapshotKey(job.conversation));
  if (!snap) return;
  await deps.locks.withLock(key(snap.id), async () => {
    const live = await getJson<VoiceSession>(deps.kv, key(snap.id));
    const s = live && conversationOf(live) === job.conversation ? live : snap;
    // An ended, booked or already idle conversation needs no check.
    if (s.endedAt || s.idleAt || s.booking?.booked) return;
    const due = Date.parse(s.lastAt) + IDLE_MS;
    if (deps.clock.now().getTime() < due) {
      s.idleCheckDue = new Date(due).toISOString();
      if (s === live) await putJson(deps.kv, key(s.id), s, { ttlSeconds: TTL_SECONDS });
      await enqueueIdle(deps, { conversation: job.conversation, due: s.idleCheckDue });
      return;
    }
    s.idleAt = deps.clock.now().toISOString();
    s.idleCheckDue = undefined;
    // The old snapshot (the live session is gone, or is a later conversation) is synced only: writing it to the
    // live key would bring the old conversation back under the tab's id.
    await enqueueSync(deps, s, { live: s === live });
  });
}

function actionTag(a: AgentAction) {
  return (a.type === 'scroll-to' ? `SCROLL_TO_${a.target ?? ''}` : a.type).toUpperCase().replace(/-/g, '_');
}

const snapshotKey = (conversation: string) => `voice-snap:${conversation}`;
const syncedKey = (conversation: string) => `voice-synced:${conversation}`;
/** Snapshots outlive the session's idle hour so a job retried through a long outage still finds its transcript. */
const SNAPSHOT_TTL_SECONDS = 30 * 86400;

/** Debounced CRM sync: the latest snapshot is stored, and one pending job per conversation points at it. */
async function enqueueSync(deps: Deps, s: VoiceSession, o: { live: boolean } = { live: true }) {
  s.version = (s.version ?? 0) + 1;
  const conversation = conversationOf(s);
  if (o.live) await putJson(deps.kv, key(s.id), s, { ttlSeconds: TTL_SECONDS });
  await putJson(deps.kv, snapshotKey(conversation), s, { ttlSeconds: SNAPSHOT_TTL_SECONDS });
  return deps.jobs.enqueue('voice-sync', { conversation, version: s.version } satisfies VoiceSyncJob, { key: `voice-sync:${conversation}`, mode: 'coalesce' });
}

/**
 * The voice session upserted by its conversation key (the session lock plus the coalesced job mean two racing
 * turns can never create two rows), then the lead — as soon as an email or phone is known — linked to it.
 */
export async function runVoiceSyncJob(deps: Deps, job: VoiceSyncJob, ctx: JobContext) {
  const { conversation } = job;
  // The stored snapshot is the newest; a job finding it already synced (a reordered or duplicated message) does
  // nothing. The mark is set only once everything below succeeded, so a retry after a partial failure redoes it.
  const s = await getJson<VoiceSession>(deps.kv, snapshotKey(conversation));
  const synced = (await getJson<number>(deps.kv, syncedKey(conversation))) ?? 0;
  if (!s || (s.version ?? 0) <= synced) return;
  await syncSnapshot(deps, conversation, s, ctx);
  await deps.locks.withLock(`voice-row:${conversation}`, async () => {
    const now = (await getJson<number>(deps.kv, syncedKey(conversation))) ?? 0;
    if ((s.version ?? 0) > now) await putJson(deps.kv, syncedKey(conversation), s.version ?? 0, { ttlSeconds: SNAPSHOT_TTL_SECONDS });
  });
}

async function syncSnapshot(deps: Deps, conversation: string, s: VoiceSession, ctx: JobContext) {
  const lead = leadOf(s);
  const turns = s.turns.map(({ role, content }) => ({ role, content }));
  const actions: AgentAction[] = s.actions.map((t) => ({ type: t.startsWith('SCROLL_TO') ? 'scroll-to' : t === 'OPEN_BOOKING' ? 'open-booking' : 'open-roi-calculator' }));
  const insight = summarizeConversation(turns, actions, { ended: !!(s.endedAt || s.idleAt) });
  const end = s.endedAt ?? s.lastAt;
  // The row is written under its lock, and only from a snapshot newer than the one it holds: a slower job
  // carrying an older read can never overwrite a newer transcript.
  const rowKey = `voice-row:${conversation}`;
  const voiceSessionId = await deps.locks.withLock(rowKey, async () => {
    const row = await getJson<{ version: number; id: number }>(deps.kv, rowKey);
    if (row && row.version >= (s.version ?? 0)) return row.id;
    const id = await upsertVoiceSession(deps.ncb, conversation, {
      startedAt: s.startedAt,
      endedAt: end,
      language: s.language,
      userAgent: s.userAgent,
      referrerPage: s.page?.url ?? s.attribution?.referrer ?? null,
      transcript: s.turns,
      actions: s.actions,
      topics: [...new Set([...s.topics, ...insight.topics])],
      intents: [...new Set([...s.intents, ...insight.intents])],
      painPoints: insight.painPoints,
      objections: insight.objections,
      sentiment: insight.sentiment,
      // Only the booking flow's success sets booking_scheduled (a booking row exists for it).
      outcome: s.booking?.booked ? 'booking_scheduled' : insight.outcome,
    });
    await putJson(deps.kv, rowKey, { version: s.version ?? 0, id }, { ttlSeconds: SNAPSHOT_TTL_SECONDS });
    return id;
  });
  if (!lead.email && !lead.phone) return;
  const score = scoreLead({
    ...lead,
    intent: { askedForBooking: s.intents.includes('booking_intent'), ranEstimate: s.intents.includes('roi_intent'), askedPricing: s.intents.includes('pricing_inquiry') },
  });
  const languageName = s.language === 'es' ? 'Spanish' : 'English';
  // The lead this conversation created: a corrected email or phone moves it rather than making a second one.
  const ownKey = `voice-lead:${conversation}`;
  const ownLeadId = (await getJson<number>(deps.kv, ownKey)) ?? undefined;
  // No lead is created under the phone-only placeholder while the visitor said an address the rules could not read (#16).
  if (!lead.email && ownLeadId === undefined && saysUnreadAddress(turns)) return;
  const upserted = await upsertLeadLocked(deps, {
    email: lead.email,
    firstName: lead.firstName,
    lastName: lead.lastName,
    phone: lead.phone,
    companyName: lead.companyName,
    industry: lead.industry,
    employeeCount: lead.employeeCount,
    source: 'voice-agent',
    sourceDetail: [`Voice agent (${languageName}, ${score.tier} priority)`, attributionSummary(s.attribution)].filter(Boolean).join(' · '),
    score: score.score,
    links: { voiceSessionId },
    ownLeadId,
  });
  const leadId = upserted.id;
  if (upserted.created) await putJson(deps.kv, ownKey, leadId, { ttlSeconds: 30 * 86400 });
  await ctx.step('activity', () =>
    logActivity(deps.ncb, {
      leadId,
      type: 'note',
      subject: `Voice agent conversation (${languageName})`,
      description: `${insight.topics.join(', ') || 'General questions'} · sentiment ${insight.sentiment}`,
      dedupeKey: `voice:${conversation}:conversation`,
      kind: 'voice.conversation',
    }),
  );
  // The dossier goes once, with the final details: when the conversation ends (the end beacon, or IDLE_MS idle) or books.
  if (lead.email && (s.endedAt || s.idleAt || s.booking?.booked)) {
    const d = voiceLeadDossier({ lead, score: score.score, tier: score.tier, factors: score.factors, language: s.language, transcriptExcerpt: turns.slice(-12), attribution: s.attribution });
    await sendOnce(deps, ctx, 'dossier', { to: deps.config.ADMIN_EMAIL, ...d });
    await ctx.step('activity:dossier', () =>
      logActivity(deps.ncb, { leadId, subject: `Voice lead dossier sent to the team`, description: `Score ${score.score}/100 (${score.tier})`, dedupeKey: `voice:${conversation}:dossier`, kind: 'email.sent' }),
    );
  }
}
