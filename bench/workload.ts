import type { AvailabilityResponse, BookingCreated, BookingRequest, RoiSubmission } from '../model/contracts.js';
import { addDays, zonedParts } from '../model/time.js';
import { bookingRequest, roiSubmission } from '../api/testing/fixtures.js';
import { buildEvent, type StoredEmail } from '../api/email/local-mailbox.js';
import { signEmailit } from '../api/email/signature.js';
import { postJson, withRetry, WIDGET_RETRY, type RetryPolicy } from './client.js';
import { pick, uuidFrom } from './random.js';

/**
 * The mixed visitor traffic of the fault run: ROI submissions (some emails repeated), consultation bookings on
 * distinct free slots, voice conversations that end with an email, EmailIt webhook batches for leads we have
 * emailed, and re-sends of requests already acknowledged (a widget retrying after a lost answer). Every
 * acknowledged submission is written to the ledger the verifier checks NCB against.
 */
export const VISITOR_TZ = 'America/Los_Angeles';

export type PlanItem =
  | { kind: 'roi'; body: RoiSubmission }
  | { kind: 'booking'; body: BookingRequest }
  | { kind: 'voice'; sessionId: string; email: string; messages: string[] }
  | { kind: 'webhook'; size: number }
  | { kind: 'resend' };

/** What the visitors were told went through (2xx), i.e. what NCB must end up holding exactly once. */
export interface Ledger {
  roi: { submissionId: string; email: string }[];
  bookings: { submissionId: string; ref: string; email: string; start: string }[];
  voice: { sessionId: string; email: string }[];
  events: { eventId: string; email: string; kind: 'opened' | 'clicked' }[];
  /** Re-sent requests, and whether the answer matched the first one (a booking must keep its reference). */
  resends: { kind: string; consistent: boolean }[];
  /** Never acknowledged before the widget gave up, or refused (4xx): the visitor's submission did not go through. */
  failed: { kind: string; id: string; status: number }[];
  /** Webhook items that found no emailed lead to report on (not a failure: nothing to send). */
  skipped: number;
  attempts: number;
}

export const emptyLedger = (): Ledger => ({ roi: [], bookings: [], voice: [], events: [], resends: [], failed: [], skipped: 0, attempts: 0 });

const FIRST = ['Dana', 'Luis', 'Maria', 'Ken', 'Aisha', 'Tom', 'Priya', 'Omar', 'Sofia', 'Jack'];
const LAST = ['Whitfield', 'Garcia', 'Lopez', 'Tanaka', 'Okafor', 'Brennan', 'Shah', 'Haddad', 'Rossi', 'Miller'];

export interface PlanOptions {
  n: number;
  /** Free consultation starts (ISO); each booking takes one, so at most this many bookings are planned. */
  slots: string[];
  rng: () => number;
  /** Share of each kind; the remainder after bookings run out goes to ROI. */
  mix?: { roi: number; booking: number; voice: number; webhook: number; resend: number };
}

export const DEFAULT_MIX = { roi: 0.4, booking: 0.15, voice: 0.25, webhook: 0.12, resend: 0.08 };

export function planWorkload(o: PlanOptions): PlanItem[] {
  const mix = o.mix ?? DEFAULT_MIX;
  const slots = [...o.slots];
  const emails: string[] = [];
  let serial = 0;
  // One email in five belongs to someone who already submitted something: one lead, many records.
  const emailFor = () => {
    if (emails.length && o.rng() < 0.2) return pick(o.rng, emails);
    const e = `visitor${++serial}.${Math.floor(o.rng() * 1e6)}@example.com`;
    emails.push(e);
    return e;
  };
  const nameFor = () => `${pick(o.rng, FIRST)} ${pick(o.rng, LAST)}`;
  const items: PlanItem[] = [];
  const total = mix.roi + mix.booking + mix.voice + mix.webhook + mix.resend;
  for (let i = 0; i < o.n; i++) {
    let r = o.rng() * total;
    const take = (share: number) => (r -= share) < 0;
    if (take(mix.roi)) {
      items.push({ kind: 'roi', body: roiSubmission({ submissionId: uuidFrom(o.rng), email: emailFor(), name: nameFor(), fillMs: 20_000 }) });
    } else if (take(mix.booking) && slots.length) {
      const start = slots.splice(Math.floor(o.rng() * slots.length), 1)[0]!;
      items.push({ kind: 'booking', body: bookingRequest(start, { submissionId: uuidFrom(o.rng), email: emailFor(), name: nameFor(), timezone: VISITOR_TZ }) });
    } else if (take(mix.voice)) {
      const email = emailFor();
      const name = nameFor();
      items.push({ kind: 'voice', sessionId: uuidFrom(o.rng), email, messages: ['Hi, what do you do for small businesses?', `I am ${name}, my email is ${email}`] });
    } else if (take(mix.webhook)) {
      items.push({ kind: 'webhook', size: 1 + Math.floor(o.rng() * 4) });
    } else if (i > 0) {
      items.push({ kind: 'resend' });
    } else {
      items.push({ kind: 'roi', body: roiSubmission({ submissionId: uuidFrom(o.rng), email: emailFor(), name: nameFor(), fillMs: 20_000 }) });
    }
  }
  return items;
}

/** Free consultation starts from GET /availability over the next `days` days (62-day windows, the API's cap). */
export async function freeSlots(url: string, days: number, policy: RetryPolicy = WIDGET_RETRY): Promise<string[]> {
  const today = zonedParts(new Date(), VISITOR_TZ).date;
  const out: string[] = [];
  for (let from = today; from <= addDays(today, days); from = addDays(from, 62)) {
    const to = addDays(from, 61);
    const q = new URLSearchParams({ from, to, type: 'consultation', timezone: VISITOR_TZ });
    const res = await withRetry<AvailabilityResponse>(() => fetch(`${url}/api/booking/availability?${q}`), policy);
    if (res.status !== 200 || !res.body) throw new Error(`availability answered ${res.status}`);
    for (const d of res.body.days) for (const s of d.slots) if (s.available) out.push(s.start);
  }
  return out;
}

export interface Target {
  url: string;
  webhookSecret: string;
  adminEmail: string;
}

type Sent = { kind: 'roi' | 'booking' | 'webhook'; send: () => Promise<Response>; ref?: string };

/** Sends plan items the way widgets and EmailIt would, recording what was acknowledged. */
export function createSender(target: Target, ledger: Ledger, rng: () => number, policy: RetryPolicy = WIDGET_RETRY) {
  const acked: Sent[] = [];
  let mail: { at: number; list: StoredEmail[] } = { at: 0, list: [] };

  const attempt = async <T>(send: () => Promise<Response>) => {
    const r = await withRetry<T>(send, policy);
    ledger.attempts += r.attempts;
    return r;
  };

  /** Emails we sent to leads (not to the team): a webhook event can only be about one of these. */
  async function leadMail(): Promise<StoredEmail[]> {
    if (Date.now() - mail.at > 1000) {
      const res = await fetch(`${target.url}/emailit/messages`);
      const list = ((await res.json()) as { data: StoredEmail[] }).data;
      mail = { at: Date.now(), list: list.filter((m) => m.to !== target.adminEmail) };
    }
    return mail.list;
  }

  async function signedPost(body: string) {
    const ts = String(Math.floor(Date.now() / 1000));
    return postJson(`${target.url}/api/webhooks/emailit`, body, {
      'x-emailit-timestamp': ts,
      'x-emailit-signature': await signEmailit(target.webhookSecret, ts, body),
    });
  }

  async function send(item: PlanItem): Promise<void> {
    switch (item.kind) {
      case 'roi': {
        const post = () => postJson(`${target.url}/api/leads/roi`, item.body);
        const r = await attempt(post);
        if (r.status === 202) {
          ledger.roi.push({ submissionId: item.body.submissionId, email: item.body.email });
          acked.push({ kind: 'roi', send: post });
        } else ledger.failed.push({ kind: 'roi', id: item.body.submissionId, status: r.status });
        return;
      }
      case 'booking': {
        const post = () => postJson(`${target.url}/api/booking/create`, item.body);
        const r = await attempt<BookingCreated>(post);
        if (r.status === 201 && r.body?.booking) {
          ledger.bookings.push({ submissionId: item.body.submissionId, ref: r.body.booking.id, email: item.body.email, start: item.body.start });
          acked.push({ kind: 'booking', send: post, ref: r.body.booking.id });
        } else ledger.failed.push({ kind: 'booking', id: item.body.submissionId, status: r.status });
        return;
      }
      case 'voice': {
        for (const message of item.messages) {
          const r = await attempt(() => postJson(`${target.url}/api/voice-agent/chat`, { sessionId: item.sessionId, message, language: 'en' }));
          if (r.status !== 200) return void ledger.failed.push({ kind: 'voice', id: item.sessionId, status: r.status });
        }
        // The visitor leaves: the end beacon is what sends the team's dossier (once, with the final details).
        const end = await attempt(() => postJson(`${target.url}/api/voice-agent/end`, { sessionId: item.sessionId }));
        if (end.status >= 300) return void ledger.failed.push({ kind: 'voice', id: item.sessionId, status: end.status });
        ledger.voice.push({ sessionId: item.sessionId, email: item.email });
        return;
      }
      case 'webhook': {
        let list = await leadMail();
        for (let wait = 0; !list.length && wait < 60; wait++) {
          await new Promise((r) => setTimeout(r, 500));
          list = await leadMail();
        }
        if (!list.length) return void ledger.skipped++;
        const events = Array.from({ length: item.size }, () => {
          const msg = pick(rng, list);
          const kind = rng() < 0.5 ? ('opened' as const) : ('clicked' as const);
          return { msg, kind, event: buildEvent(msg, kind, new Date(), 'https://kre8tion.com/') };
        });
        const body = JSON.stringify(events.map((e) => e.event));
        const post = () => signedPost(body);
        const r = await attempt(post);
        if (r.status === 200) {
          for (const e of events) ledger.events.push({ eventId: e.event.event_id, email: e.msg.to, kind: e.kind });
          acked.push({ kind: 'webhook', send: post });
        } else ledger.failed.push({ kind: 'webhook', id: events[0]!.event.event_id, status: r.status });
        return;
      }
      case 'resend': {
        if (!acked.length) return void ledger.skipped++;
        const prior = pick(rng, acked);
        const r = await attempt<BookingCreated>(prior.send);
        const ok = r.status >= 200 && r.status < 300 && (prior.kind !== 'booking' || r.body?.booking?.id === prior.ref);
        ledger.resends.push({ kind: prior.kind, consistent: ok });
        return;
      }
    }
  }

  return { send };
}
