import { parsePhoneNumberFromString } from 'libphonenumber-js/min';
import type { Attribution } from '../../model/contracts.js';
import type { Deps } from '../deps.js';
import type { OutgoingEmail } from '../email/emailit.js';
import type { JobContext } from '../store/jobs.js';
import { badRequest } from '../errors.js';
import { phoneOnlyEmail, upsertLead, type LeadFacts } from '../crm/leads.js';
import { takeVisitorEmail } from '../email/recipient-limit.js';
import { singleLine } from '../routes/text.js';
import { clearLeadPending, markLeadPending } from './lead-pending.js';

/** Where a request came from, as the flows need it (never logged with personal data). */
export interface RequestMeta {
  ip: string;
  origin: string | null;
  userAgent: string | null;
  receivedAt: string;
}

/** E.164 or null; `strict` turns an unparseable number into a 400 naming `field`. */
export function toE164(raw: string | undefined | null, field = 'phone', strict = true): string | null {
  if (!raw || !raw.trim()) return null;
  const p = parsePhoneNumberFromString(raw, 'US');
  if (p?.isValid()) return p.number;
  if (strict) throw badRequest({ [field]: 'Enter a valid phone number, e.g. +1 512 555 0134' });
  return null;
}

export function splitName(full: string | undefined | null): { firstName: string | null; lastName: string | null } {
  const parts = (full ?? '').trim().split(/\s+/).filter(Boolean);
  if (!parts.length) return { firstName: null, lastName: null };
  return { firstName: parts[0]!, lastName: parts.slice(1).join(' ') || null };
}

/**
 * A request from a partner's site is attributed to that partner even if the embed forgot `partner=`:
 * the Origin header is the proof (CORS only lets allowed origins through).
 */
export function withPartner(deps: Deps, attribution: Attribution | undefined, meta: RequestMeta): Attribution {
  const a = { ...(attribution ?? {}) };
  if (!a.partner && meta.origin && meta.origin !== deps.config.publicUrl && deps.config.partnerOrigins.includes(meta.origin)) {
    a.partner = new URL(meta.origin).host;
  }
  return a;
}

/** "utm_source=google · utm_campaign=spring · partner=acme.example" — short enough for source_detail. */
export function attributionSummary(a: Attribution | undefined): string {
  if (!a) return '';
  return Object.entries(a)
    .filter(([k, v]) => v && k !== 'landingUrl')
    .map(([k, v]) => `${k}=${String(v).slice(0, 120)}`)
    .join(' · ');
}

export interface SendResult {
  id: string | null;
  at: string;
  /** Set when the email was not sent: the address had its visitor emails for the day (email/recipient-limit.ts). */
  skipped?: 'recipient-limit';
}

/**
 * Sends an email once per job step; EmailIt gets an idempotency key so a retried step cannot double-send.
 * Anything not addressed to the team is visitor-facing: it counts against the address's daily limit, and its
 * recipient's email events wait for their lead (flows/lead-pending.ts).
 */
export async function sendOnce(deps: Deps, ctx: JobContext, step: string, msg: Omit<OutgoingEmail, 'from' | 'reply_to'>): Promise<SendResult> {
  return ctx.step(`mail:${step}`, async (): Promise<SendResult> => {
    if (msg.to.trim().toLowerCase() !== deps.config.ADMIN_EMAIL.toLowerCase()) {
      if (!(await takeVisitorEmail(deps, msg.to))) return { id: null, at: deps.clock.now().toISOString(), skipped: 'recipient-limit' };
      await markLeadPending(deps, msg.to);
    }
    const r = await deps.mail.send(
      // A subject is one line of visible text, whatever a template put in it (no newlines, bidi or zero-width).
      { ...msg, subject: singleLine(msg.subject), from: deps.config.EMAIL_FROM, reply_to: deps.config.EMAIL_REPLY_TO },
      { idempotencyKey: `${ctx.jobId}:${step}` },
    );
    return { id: r.id, at: deps.clock.now().toISOString() };
  });
}

/** Lead upserts for one person are serialised: NCB cannot stop two concurrent creates for one email. */
export async function upsertLeadLocked(deps: Deps, facts: LeadFacts) {
  const who = facts.email?.trim().toLowerCase() || (facts.phone ? phoneOnlyEmail(facts.phone) : 'unknown');
  const lead = await deps.locks.withLock(`lead:${who}`, () => upsertLead(deps.ncb, facts));
  if (facts.email) await clearLeadPending(deps, facts.email);
  return lead;
}

/**
 * Waits for parallel job branches. Every branch is awaited before the job fails, so none keeps running
 * unobserved while the job is retried; the first failure then fails the job (its finished steps are memoised).
 */
export async function settleAll(branches: Promise<unknown>[]): Promise<void> {
  const outcomes = await Promise.allSettled(branches);
  const failed = outcomes.find((o): o is PromiseRejectedResult => o.status === 'rejected');
  if (failed) throw failed.reason;
}
