import { z } from 'zod';
import type { Deps } from '../deps.js';
import { applyEngagement, findLeadByEmail, type EngagementKind } from '../crm/index.js';
import { ApiError } from '../errors.js';
import { putJson } from '../store/kv.js';
import { isLeadPending } from './lead-pending.js';

/**
 * EmailIt webhooks, both generations (docs/reference/landing-domain.md §6.4): v1 `{event_id, type, object:{email:{to, subject}, link}}`,
 * v2 batches `[{event_id|id, type, data:{object:{…}}}]`, and the markdown family `{type, data:{recipient}}`.
 * Types map onto one small vocabulary; anything we do not track is acknowledged and ignored.
 */
const TYPE_MAP: Record<string, EngagementKind> = {
  'email.loaded': 'opened',
  'email.opened': 'opened',
  'email.link.clicked': 'clicked',
  'email.clicked': 'clicked',
  'email.delivery.bounce': 'bounced',
  'email.delivery.hardfail': 'bounced',
  'email.bounced': 'bounced',
  'email.complained': 'complained',
  'email.delivery.sent': 'delivered',
  'email.delivered': 'delivered',
  'email.inbound': 'reply',
  'email.received': 'reply',
  'email.replied': 'reply',
  'inbound.received': 'reply',
};

export interface EmailEvent {
  eventId: string;
  kind: EngagementKind;
  /** The lead's address: the recipient of our email, or the sender of a reply. */
  email: string | null;
  at: string;
  subject: string | null;
  url: string | null;
  reason: string | null;
  snippet: string | null;
  from: string | null;
}

const EventShape = z.looseObject({ type: z.string().min(1).max(100) });
export const MAX_EVENTS = 100;

type Obj = Record<string, unknown>;
const obj = (v: unknown): Obj => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Obj) : {});
const str = (v: unknown): string | null => (typeof v === 'string' && v.trim() ? v.trim() : typeof v === 'number' ? String(v) : null);

/** "Dana <dana@x.com>", ["dana@x.com"], {email} → dana@x.com */
export function addressOf(v: unknown): string | null {
  if (Array.isArray(v)) return addressOf(v[0]);
  if (v && typeof v === 'object') return addressOf((v as Obj).email ?? (v as Obj).address);
  const s = str(v);
  if (!s) return null;
  const m = s.match(/<([^>]+)>/) ?? s.match(/([^\s<>,;]+@[^\s<>,;]+)/);
  return m ? m[1]!.toLowerCase() : null;
}

/** Plain text, no tags, at most 500 characters (what the CRM shows of an inbound reply). */
export function snippetOf(text: string | null, html: string | null): string | null {
  const raw =
    text ??
    (html
      ?.replace(/<(script|style)[^>]*>[\s\S]*?<\/\1>/gi, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/&nbsp;/g, ' ')
      .replace(/&lt;/g, '<')
      .replace(/&gt;/g, '>')
      .replace(/&quot;/g, '"')
      .replace(/&#39;/g, "'")
      .replace(/&amp;/g, '&') ?? null);
  if (!raw) return null;
  const s = raw.replace(/<[^>]*>/g, ' ').replace(/\s+/g, ' ').trim();
  return s ? s.slice(0, 500) : null;
}

async function sha256(s: string) {
  const d = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(s));
  return [...new Uint8Array(d)].map((b) => b.toString(16).padStart(2, '0')).join('').slice(0, 32);
}

function timeOf(...vals: unknown[]): string | null {
  for (const v of vals) {
    if (typeof v === 'number' && isFinite(v)) return new Date(v > 1e12 ? v : v * 1000).toISOString();
    if (typeof v === 'string' && v) {
      const n = Number(v);
      if (isFinite(n) && n > 0) return new Date(n > 1e12 ? n : n * 1000).toISOString();
      const d = new Date(v);
      if (!isNaN(d.getTime())) return d.toISOString();
    }
  }
  return null;
}

/** Parses and normalises a webhook body; a malformed one is a 400 (and nothing is written). */
export async function parseEmailitBody(raw: string, now: Date, onRejected?: (index: number, reason: string) => void): Promise<EmailEvent[]> {
  let body: unknown;
  try {
    body = JSON.parse(raw);
  } catch {
    throw new ApiError(400, 'invalid_json', 'The body is not valid JSON.', { _body: 'Expected an event or an array of events' });
  }
  const list = Array.isArray(body) ? body : [body];
  if (list.length < 1 || list.length > MAX_EVENTS) throw new ApiError(400, 'invalid_request', `Expected 1 to ${MAX_EVENTS} events.`, { _body: `${list.length} events` });
  const out: EmailEvent[] = [];
  for (const [i, item] of list.entries()) {
    const parsed = EventShape.safeParse(item);
    if (!parsed.success) throw new ApiError(400, 'invalid_request', 'Each event needs a type.', { [`${i}.type`]: 'Required' });
    // One absurd event (a timestamp of 1e20, nesting too deep to hash) is refused alone, never the batch.
    try {
      const e = await normalise(parsed.data as Obj, now);
      if (e) out.push(e);
    } catch (err) {
      onRejected?.(i, err instanceof Error ? err.message : String(err));
    }
  }
  return out;
}

async function normalise(ev: Obj, now: Date): Promise<EmailEvent | null> {
  const kind = TYPE_MAP[ev.type as string];
  if (!kind) return null;
  const o = obj(ev.object ?? obj(ev.data).object ?? ev.data);
  const email = obj(o.email && typeof o.email === 'object' ? o.email : o);
  const eventId = str(ev.event_id) ?? str(ev.id) ?? str(ev.webhook_request_id) ?? (await sha256(JSON.stringify(ev)));
  const from = addressOf(email.from ?? o.from);
  return {
    eventId,
    kind,
    email: kind === 'reply' ? from : addressOf(email.to ?? o.to ?? o.recipient ?? obj(ev.data).recipient),
    at: timeOf(o.timestamp, email.timestamp, ev.created_at, obj(ev.data).timestamp) ?? now.toISOString(),
    subject: str(email.subject ?? o.subject),
    url: str(obj(o.link).url ?? o.url),
    reason: str(o.details ?? o.reason ?? o.status),
    snippet: kind === 'reply' ? snippetOf(str(o.text ?? email.text), str(o.html ?? email.html)) : null,
    from,
  };
}

/** Stores every event of the batch in one durable write, each keyed by its event id (redelivery = no-op). */
export async function acceptEmailEvents(deps: Deps, events: EmailEvent[]) {
  if (!events.length) return;
  await deps.jobs.enqueueMany(events.map((e) => ({ type: 'email-event', payload: e, key: `emailit:${e.eventId}`, mode: 'once' as const })));
}

/**
 * How many times an event whose recipient is not a lead (and not expected to become one) is tried before it is
 * recorded as unmatched. While the recipient's lead is still on its way (flows/lead-pending.ts: its job is
 * retrying) the event waits for it however many attempts that takes, up to the queue's last one.
 */
export const UNMATCHED_AFTER_ATTEMPTS = 5;

export async function runEmailEventJob(deps: Deps, e: EmailEvent, attempt = UNMATCHED_AFTER_ATTEMPTS) {
  if (!e.email) return recordUnmatched(deps, e);
  await deps.locks.withLock(`lead:${e.email}`, async () => {
    const lead = await findLeadByEmail(deps.ncb, e.email!);
    if (!lead) {
      // The queue's last attempt records it rather than letting the event die (a dead job is lost to the CRM).
      const last = attempt >= deps.config.JOB_MAX_ATTEMPTS;
      if (!last && (attempt < UNMATCHED_AFTER_ATTEMPTS || (await isLeadPending(deps, e.email!)))) throw new Error('recipient is not a lead (yet)');
      return recordUnmatched(deps, e);
    }
    await applyEngagement(deps.ncb, lead, { ...e, at: new Date(e.at) });
  });
}

function recordUnmatched(deps: Deps, e: EmailEvent) {
  deps.log.info('emailit event for an unknown recipient', { eventId: e.eventId, kind: e.kind });
  return putJson(deps.kv, `emailit-unmatched:${e.eventId}`, e, { ttlSeconds: 30 * 86400 });
}
