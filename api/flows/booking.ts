import type { BookingCreated, BookingRequest, BookingSummary, CheckoutStatus } from '../../model/contracts.js';
import { formatOffsetIso, zonedParts } from '../../model/time.js';
import { buildCalendar } from '../booking/calendar.js';
import { checkSlot, type SlotCheck } from '../booking/slots.js';
import { createBookingOnce, logActivity } from '../crm/index.js';
import type { Deps } from '../deps.js';
import { bookingConfirmation, bookingDossier } from '../email/templates.js';
import { ApiError, badRequest } from '../errors.js';
import { mapEmployeeCount, mapIndustry } from '../lead/profile.js';
import { scoreLead } from '../lead/score.js';
import type { JobContext } from '../store/jobs.js';
import { getJson, putJson } from '../store/kv.js';
import { CALENDAR_LOCK, businessDateOf, deleteLedger, loadCalendar, readCrmCalendar, readLedgerEntry, slotRules, writeLedger } from './calendar.js';
import { attributionSummary, sendOnce, settleAll, splitName, toE164, upsertLeadLocked, withPartner, type RequestMeta } from './common.js';

const REASONS: Record<Exclude<SlotCheck, { ok: true }>['reason'], string> = {
  invalid: 'That is not a valid start time.',
  'off-grid': 'Meetings start on the hour or half hour.',
  'outside-hours': 'That time is outside business hours.',
  'closed-day': 'We are closed that day.',
  blocked: 'That day is not available.',
  past: 'That time has passed.',
  'too-soon': 'That time is too soon; please pick a later one.',
  'beyond-horizon': 'That date is too far ahead.',
  taken: 'That time was just taken.',
};

/** Idempotency and checkout records: kept past the booking horizon (30 days by default) and Stripe's retries. */
const RECORD_TTL_SECONDS = 45 * 86400;

export interface BookingJob {
  ref: string;
  request: BookingRequest;
  start: string;
  end: string;
  businessDate: string;
  startTime: string;
  endTime: string;
  payment?: { sessionId: string; amountCents: number | null; status: string; conflict?: boolean };
  meta: RequestMeta;
}

type Held = Extract<SlotCheck, { ok: true }>;

/** Checks the slot against the calendar under the calendar lock and runs `reserve` while still holding it. */
async function withSlot<T>(deps: Deps, req: BookingRequest, reserve: (slot: Held) => Promise<T>, ownRef?: string): Promise<T> {
  const start = new Date(req.start);
  // Checked before any calendar maths: a start in year 9999 overflowed it (a 500) instead of being refused.
  const daysAhead = (start.getTime() - deps.clock.now().getTime()) / 86_400_000;
  if (daysAhead > deps.config.BOOKING_HORIZON_DAYS + 1) throw badRequest({ start: REASONS['beyond-horizon'] });
  if (daysAhead < -1) throw badRequest({ start: REASONS.past });
  const day = businessDateOf(deps, start);
  // Fresh: the CRM may have moved or cancelled a booking since availability was cached (its admin writes NCB
  // directly), and the ledger only defers to the row it finds there; a cached read let a create take a slot a
  // reschedule had just filled. The CRM's rows are read before the lock, so concurrent creates read NCB side by
  // side rather than one after another; our own bookings are in the ledger, read under the lock. With NCB down
  // and nothing cached this answers 503 before the lock: no create waits behind another's NCB retries.
  const crm = await readCrmCalendar(deps, day, day);
  return deps.locks.withLock(CALENDAR_LOCK, async () => {
    const state = await loadCalendar(deps, day, day, { crm, ownRef });
    const slot = checkSlot({ state, rules: slotRules(deps), type: req.type, start, now: deps.clock.now() });
    if (!slot.ok) {
      if (slot.reason === 'taken') throw new ApiError(409, 'slot_taken', 'That time was just taken. Please pick another one.');
      throw badRequest({ start: REASONS[slot.reason] });
    }
    return reserve(slot);
  });
}

function summary(deps: Deps, ref: string, req: BookingRequest, start: Date, end: Date, status: BookingSummary['status']): BookingSummary {
  return {
    id: ref,
    type: req.type,
    start: formatOffsetIso(start, req.timezone),
    end: formatOffsetIso(end, req.timezone),
    timezone: req.timezone,
    businessTimezone: deps.config.BUSINESS_TIMEZONE,
    status,
    name: req.name,
    email: req.email,
    location: locationOf(deps, req),
  };
}

/** Where the meeting happens: the visitor's address for the on-site visit, else the video room. */
const locationOf = (deps: Deps, req: BookingRequest) => (req.type === 'assessment' ? req.address : deps.config.MEETING_URL);

function calendarFor(deps: Deps, ref: string, req: BookingRequest, start: Date, end: Date) {
  const assessment = req.type === 'assessment';
  const cal = buildCalendar({
    uid: `${ref}@kre8tion.com`,
    start,
    end,
    title: assessment ? `On-site AI Assessment — ${req.name}` : `Strategy Call — ${req.name}`,
    description: assessment
      ? 'AI KRE8TION Partners: 3-hour on-site AI assessment. Reply to the confirmation email to reschedule.'
      : 'AI KRE8TION Partners: 30-minute strategy call. Reply to the confirmation email to reschedule.',
    location: locationOf(deps, req),
    url: assessment ? deps.config.SITE_URL : deps.config.MEETING_URL,
    now: deps.clock.now(),
  });
  return { ics: cal.icsDataUri, google: cal.google, outlook: cal.outlook };
}

const clean = (req: BookingRequest, deps: Deps, meta: RequestMeta): BookingRequest => {
  const { website_hp: _hp, fillMs: _f, turnstileToken: _t, ...rest } = req;
  return { ...rest, phone: toE164(req.phone) ?? undefined, attribution: withPartner(deps, req.attribution, meta) };
};

/** What an idempotency record holds: the answer, and which request it answers (a reused id must not get it). */
interface SubmissionRecord extends BookingCreated {
  fingerprint?: string;
}

async function sha256Hex(s: string): Promise<string> {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('');
}

/**
 * The server's id for a submission: a hash of the whole submissionId, so a client cannot make two submissions
 * share a ref (the first 20 hex digits of its own id used to be the ref), while a retry keeps its ref.
 */
export async function refOf(prefix: 'bk' | 'hold', submissionId: string): Promise<string> {
  return `${prefix}_${(await sha256Hex(`kre8-booking:${submissionId.toLowerCase()}`)).slice(0, 32)}`;
}

/** The request as it matters for the booking (spam signals and the client's timing vary between retries). */
const fingerprintOf = (req: BookingRequest) => {
  const { fillMs: _f, website_hp: _h, turnstileToken: _t, ...rest } = req;
  return sha256Hex(JSON.stringify(rest));
};

const reused = () => new ApiError(409, 'submission_reused', 'This submission id was already used for a different booking. Please start again.', { submissionId: 'Already used with different details' });

async function answered(deps: Deps, idemKey: string, fingerprint: string): Promise<BookingCreated | null> {
  const prior = await getJson<SubmissionRecord>(deps.kv, idemKey);
  if (!prior) return null;
  if (prior.fingerprint !== undefined && prior.fingerprint !== fingerprint) throw reused();
  const { fingerprint: _fp, ...result } = prior;
  return result;
}

/**
 * POST /api/booking/create: the slot is ours once this answers 201; the CRM row, lead and emails follow.
 * Everything that can fail runs before the ledger holds the slot, and a failure after the hold releases it.
 */
export async function createConsultation(deps: Deps, raw: BookingRequest, meta: RequestMeta): Promise<BookingCreated> {
  if (raw.type !== 'consultation') throw badRequest({ type: 'Use /api/booking/checkout for the paid assessment' });
  const req = clean(raw, deps, meta);
  const idemKey = `booking-sub:${req.submissionId}`;
  const fingerprint = await fingerprintOf(req);
  const prior = await answered(deps, idemKey, fingerprint);
  if (prior) return prior;
  const ref = await refOf('bk', req.submissionId);
  return withSlot(deps, req, async (slot) => {
    const again = await answered(deps, idemKey, fingerprint);
    if (again) return again;
    const now = deps.clock.now().toISOString();
    const result: BookingCreated = { booking: summary(deps, ref, req, slot.start, slot.end, 'confirmed'), calendar: calendarFor(deps, ref, req, slot.start, slot.end) };
    const job = jobOf(ref, req, slot, meta);
    const start = slot.start.toISOString();
    await writeLedger(deps, { ref, kind: 'booking', type: req.type, start, end: slot.end.toISOString(), writtenAt: now });
    try {
      // The job before the idempotency record: a crash between them must not leave a retry answered 201 with no job.
      await deps.jobs.enqueue('booking-confirmed', job, { key: `booking:${ref}`, mode: 'once' });
    } catch (e) {
      await deleteLedger(deps, start, ref).catch(() => undefined); // no job, so no booking: the slot is free again
      throw e;
    }
    await putJson(deps.kv, idemKey, { ...result, fingerprint } satisfies SubmissionRecord, { ttlSeconds: RECORD_TTL_SECONDS });
    return result;
  }, ref);
}

function jobOf(ref: string, req: BookingRequest, slot: Held, meta: RequestMeta, payment?: BookingJob['payment']): BookingJob {
  return { ref, request: req, start: slot.start.toISOString(), end: slot.end.toISOString(), businessDate: slot.businessDate, startTime: slot.startTime, endTime: slot.endTime, payment, meta };
}

interface CheckoutRecord {
  holdRef: string;
  request: BookingRequest;
  slot: { start: string; end: string; businessDate: string; startTime: string; endTime: string };
  meta: RequestMeta;
  status: 'open' | 'paid' | 'expired';
  result?: BookingCreated;
}

/** POST /api/booking/checkout: hold the slot, then send the visitor to Stripe Checkout (top-level redirect). */
export async function startCheckout(deps: Deps, raw: BookingRequest, meta: RequestMeta): Promise<{ url: string }> {
  if (raw.type !== 'assessment') throw badRequest({ type: 'Only the assessment is paid; book the call with /api/booking/create' });
  if (!raw.returnUrl) throw badRequest({ returnUrl: 'Required: the page to come back to after payment' });
  const returnUrl = new URL(raw.returnUrl);
  if (!deps.config.allowedOrigins.includes(returnUrl.origin)) throw badRequest({ returnUrl: 'Not on an allowed origin' });
  if (!raw.address) throw badRequest({ address: 'Required for the on-site assessment: where we visit (a city is enough)' });
  const req = clean(raw, deps, meta);
  // A submission id names one visitor's checkout: the same id with other details is a 409, as for /create.
  const subKey = `checkout-sub:${req.submissionId}`;
  const fingerprint = await fingerprintOf(req);
  const prior = await getJson<{ fingerprint: string; session?: string }>(deps.kv, subKey);
  if (prior && prior.fingerprint !== fingerprint) throw reused();
  const holdRef = await refOf('hold', req.submissionId);
  return withSlot(deps, req, async (slot) => {
    const now = deps.clock.now();
    const expiresAt = new Date(now.getTime() + deps.config.CHECKOUT_HOLD_MINUTES * 60_000);
    const start = slot.start.toISOString();
    await writeLedger(deps, { ref: holdRef, kind: 'hold', type: 'assessment', start, end: slot.end.toISOString(), expiresAt: expiresAt.toISOString(), writtenAt: now.toISOString() });
    try {
      const session = await deps.payments.createCheckout({
        holdId: holdRef,
        customerEmail: req.email,
        successUrl: returnTo(returnUrl, 'kre8_checkout_session={CHECKOUT_SESSION_ID}'),
        cancelUrl: returnTo(returnUrl, 'kre8_checkout=cancelled'),
        expiresAt,
        description: 'On-site AI Assessment (3 hours)',
        metadata: {
          booking_type: 'assessment',
          hold_ref: holdRef,
          start,
          email: req.email.slice(0, 500),
          name: req.name.slice(0, 500),
          // What the local checkout page shows (api/routes/local-checkout.ts): the visitor's zone and language.
          end: slot.end.toISOString(),
          timezone: req.timezone,
          locale: req.locale ?? 'en',
        },
      });
      const rec: CheckoutRecord = { holdRef, request: req, slot: { start, end: slot.end.toISOString(), businessDate: slot.businessDate, startTime: slot.startTime, endTime: slot.endTime }, meta, status: 'open' };
      await putJson(deps.kv, `checkout:${session.id}`, rec, { ttlSeconds: RECORD_TTL_SECONDS });
      await putJson(deps.kv, subKey, { fingerprint, session: session.id }, { ttlSeconds: RECORD_TTL_SECONDS });
      return { url: session.url };
    } catch (e) {
      // No session the visitor can reach: the hold would only keep the slot from everyone else.
      await deleteLedger(deps, start, holdRef).catch(() => undefined);
      throw e;
    }
  });
}

/**
 * Where Stripe sends the visitor back: the page they left, without our old parameters, with `params` added
 * to the query — before any #fragment, where the widget reads it (appending after the hash lost the session).
 */
export function returnTo(page: URL, params: string): string {
  const u = new URL(page);
  for (const k of ['kre8_checkout_session', 'kre8_checkout']) u.searchParams.delete(k);
  return `${u.origin}${u.pathname}${u.search ? `${u.search}&` : '?'}${params}${u.hash}`;
}

/**
 * A paid Checkout Session becomes a confirmed booking, once per session (Stripe may deliver twice, and the
 * status endpoint may get there first). The hold already reserved the slot, so this cannot double-book.
 */
export async function completeCheckout(deps: Deps, sessionId: string): Promise<CheckoutStatus> {
  return deps.locks.withLock(`checkout:${sessionId}`, async () => {
    const rec = await getJson<CheckoutRecord>(deps.kv, `checkout:${sessionId}`);
    if (!rec) return { status: 'unpaid' };
    if (rec.status === 'paid' && rec.result) return { status: 'paid', ...rec.result };
    const session = await deps.payments.retrieveSession(sessionId);
    if (!session) return { status: 'unpaid' };
    if (session.paymentStatus !== 'paid') {
      if (session.status === 'expired') {
        await releaseHold(deps, rec);
        await putJson(deps.kv, `checkout:${sessionId}`, { ...rec, status: 'expired' }, { ttlSeconds: RECORD_TTL_SECONDS });
        return { status: 'expired' };
      }
      if (session.status !== 'complete') return { status: 'unpaid' };
      // A delayed method (bank debit) settles in days via async_payment_succeeded/failed: keep the slot held until then.
      await extendHold(deps, rec);
      return { status: 'pending' };
    }
    const start = new Date(rec.slot.start);
    const end = new Date(rec.slot.end);
    const ref = rec.holdRef.replace(/^hold_/, 'bk_');
    // Stripe can report a payment after the hold lapsed. The visitor has paid, so the booking stands, but if the
    // slot went to someone else meanwhile the team is told to reschedule (never a silent double booking).
    const result: BookingCreated = { booking: summary(deps, ref, rec.request, start, end, 'confirmed'), calendar: calendarFor(deps, ref, rec.request, start, end) };
    const conflict = await deps.locks.withLock(CALENDAR_LOCK, async () => {
      const day = businessDateOf(deps, start);
      const state = await loadCalendar(deps, day, day, { fresh: true, ownRef: rec.holdRef });
      const busy = state.busy.some((b) => b.start < end && b.end > start);
      await writeLedger(deps, { ref: rec.holdRef, kind: 'booking', type: 'assessment', start: rec.slot.start, end: rec.slot.end, writtenAt: deps.clock.now().toISOString() });
      return busy;
    });
    const payment = { sessionId, amountCents: session.amountTotal, status: 'paid', conflict };
    await deps.jobs.enqueue('booking-confirmed', jobOf(rec.holdRef, rec.request, { ...rec.slot, ok: true, start, end }, rec.meta, payment), { key: `booking:${rec.holdRef}`, mode: 'once' });
    await putJson(deps.kv, `checkout:${sessionId}`, { ...rec, status: 'paid', result }, { ttlSeconds: RECORD_TTL_SECONDS });
    return { status: 'paid', ...result };
  });
}

export async function expireCheckout(deps: Deps, sessionId: string) {
  await deps.locks.withLock(`checkout:${sessionId}`, async () => {
    const rec = await getJson<CheckoutRecord>(deps.kv, `checkout:${sessionId}`);
    if (!rec || rec.status !== 'open') return;
    await releaseHold(deps, rec);
    await putJson(deps.kv, `checkout:${sessionId}`, { ...rec, status: 'expired' }, { ttlSeconds: RECORD_TTL_SECONDS });
  });
}

/** Holds the slot until the meeting itself: by then Stripe has reported the delayed payment either way. */
async function extendHold(deps: Deps, rec: CheckoutRecord) {
  await deps.locks.withLock(CALENDAR_LOCK, async () => {
    const e = await readLedgerEntry(deps, rec.slot.start, rec.holdRef);
    if (e?.kind === 'hold' && e.expiresAt !== rec.slot.end) await writeLedger(deps, { ...e, expiresAt: rec.slot.end });
  });
}

async function releaseHold(deps: Deps, rec: CheckoutRecord) {
  await deps.locks.withLock(CALENDAR_LOCK, async () => {
    const e = await readLedgerEntry(deps, rec.slot.start, rec.holdRef);
    if (e?.kind === 'hold') await deleteLedger(deps, rec.slot.start, rec.holdRef);
  });
}

/**
 * What became of the checkout a submission started, as our records know it (no call to the provider): 'paid'
 * once the signed event completed it, 'expired', 'open', or null when there is no record.
 */
export async function checkoutOfSubmission(deps: Deps, submissionId: string): Promise<CheckoutRecord['status'] | null> {
  const sub = await getJson<{ session?: string }>(deps.kv, `checkout-sub:${submissionId}`);
  const rec = sub?.session ? await getJson<CheckoutRecord>(deps.kv, `checkout:${sub.session}`) : null;
  return rec?.status ?? null;
}

/** GET /api/booking/checkout-status: asks Stripe (never the URL) whether the session was paid. */
export async function checkoutStatus(deps: Deps, sessionId: string): Promise<CheckoutStatus> {
  const rec = await getJson<CheckoutRecord>(deps.kv, `checkout:${sessionId}`);
  if (!rec) return { status: 'unpaid' };
  if (rec.status === 'paid' && rec.result) return { status: 'paid', ...rec.result };
  if (rec.status === 'expired') return { status: 'expired' };
  return completeCheckout(deps, sessionId);
}

/** The CRM half of a booking: the bookings row, the lead and its link, emails and activities. */
export async function runBookingJob(deps: Deps, job: BookingJob, ctx: JobContext): Promise<void> {
  const r = job.request;
  const start = new Date(job.start);
  const end = new Date(job.end);
  const bizTz = deps.config.BUSINESS_TIMEZONE;
  const bookingId = await ctx.step('booking-row', () =>
    createBookingOnce(deps.ncb, {
      guest: { name: r.name, email: r.email, phone: r.phone },
      type: r.type,
      day: job.businessDate,
      startTime: job.startTime,
      endTime: job.endTime,
      businessTimezone: bizTz,
      company: { name: r.companyName, industry: r.industry, employeeCount: r.employeeCount, websiteUrl: r.websiteUrl },
      challenge: r.challenge,
      referralSource: r.referralSource,
      // The CRM's bookings table has no address column (api/ncb/schema.ts); its notes are shown on /bookings.
      notes: `${job.payment?.conflict ? 'NEEDS RESCHEDULE: paid after its hold lapsed and the slot was taken meanwhile. ' : ''}${r.address ? `On-site address: ${r.address}. ` : ''}Visitor's time zone: ${r.timezone}. Ref ${job.ref}.`,
      meetingLink: r.type === 'consultation' ? deps.config.MEETING_URL : null,
      payment: job.payment,
    }),
  );
  // Once the row exists the rest are independent branches: the ledger note, the lead, and the two emails
  // (each email's activity waits only for the lead and its own send).
  const ledger = ctx.step('ledger', async () => {
    const e = await readLedgerEntry(deps, job.start, job.ref);
    if (e) await writeLedger(deps, { ...e, kind: 'booking', expiresAt: undefined, ncbId: bookingId, writtenAt: deps.clock.now().toISOString() });
    return true;
  });

  const { firstName, lastName } = splitName(r.name);
  const industry = mapIndustry(r.industry);
  const employeeCount = mapEmployeeCount(r.employeeCount);
  const score = scoreLead({ email: r.email, phone: r.phone, firstName, lastName, companyName: r.companyName, industry, employeeCount, intent: { askedForBooking: true, bookedMeeting: true } });
  const local = zonedParts(start, bizTz);
  const what = r.type === 'assessment' ? 'On-site assessment (paid)' : 'Strategy call';
  const when = `${local.date} ${job.startTime} ${bizTz}`;
  const lead = ctx.step('lead', async () =>
    (await upsertLeadLocked(deps, {
      email: r.email,
      firstName,
      lastName,
      phone: r.phone,
      companyName: r.companyName,
      industry,
      employeeCount,
      source: 'other',
      sourceDetail: [`Booking: ${what} ${when}`, attributionSummary(r.attribution)].filter(Boolean).join(' · '),
      score: score.score,
      links: { bookingId },
    })).id,
  );

  const locale = r.locale ?? 'en';
  const confirmation = bookingConfirmation(locale, {
    name: r.name,
    type: r.type,
    start,
    end,
    visitorTimezone: r.timezone,
    businessTimezone: bizTz,
    calendar: calendarFor(deps, job.ref, r, start, end),
    amountCents: job.payment?.amountCents ?? null,
    siteUrl: deps.config.SITE_URL,
    location: locationOf(deps, r),
  });
  const confirmed = (async () => {
    const sent = await sendOnce(deps, ctx, 'confirmation', { to: r.email, ...confirmation });
    const leadId = await lead;
    const subject = sent.skipped ? `Booking confirmation NOT sent to ${r.email} (daily email limit for this address)` : `Booking confirmation sent to ${r.email}`;
    await ctx.step('activity:confirmation', () =>
      logActivity(deps.ncb, { leadId, subject, description: `${what} on ${when}`, dedupeKey: `booking:${job.ref}:confirmation`, kind: sent.skipped ? 'email.skipped' : 'email.sent' }),
    );
  })();
  const dossier = bookingDossier({
    booking: { type: r.type, start, end, businessTimezone: bizTz, visitorTimezone: r.timezone },
    guest: { name: r.name, email: r.email, phone: r.phone ?? null, companyName: r.companyName ?? null, industry: r.industry ?? null, employeeCount: r.employeeCount ?? null, challenge: r.challenge ?? null, referralSource: r.referralSource ?? null, websiteUrl: r.websiteUrl ?? null },
    score: score.score,
    tier: score.tier,
    factors: score.factors,
    attribution: r.attribution,
    amountCents: job.payment?.amountCents ?? null,
  });
  const dossierSent = (async () => {
    await sendOnce(deps, ctx, 'dossier', { to: deps.config.ADMIN_EMAIL, ...dossier });
    const leadId = await lead;
    await ctx.step('activity:dossier', () =>
      logActivity(deps.ncb, { leadId, subject: `Booking dossier sent to the team (${r.name})`, description: `${what} on ${when}; score ${score.score}/100`, dedupeKey: `booking:${job.ref}:dossier`, kind: 'email.sent' }),
    );
  })();
  await settleAll([ledger, lead, confirmed, dossierSent]);
}
