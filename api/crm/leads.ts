import type { NcbClient } from '../ncb/client.js';
import type { Insert, Row } from '../ncb/schema.js';
import { EMPLOYEE_COUNTS, INDUSTRIES, LEAD_SOURCES } from '../ncb/schema.js';

type Industry = (typeof INDUSTRIES)[number];
type EmployeeCount = (typeof EMPLOYEE_COUNTS)[number];
type Source = (typeof LEAD_SOURCES)[number];

/** What a flow knows about a person, in domain terms. Empty values are ignored, never written. */
export interface LeadFacts {
  email: string | null;
  firstName?: string | null;
  lastName?: string | null;
  phone?: string | null;
  companyName?: string | null;
  industry?: Industry | null;
  employeeCount?: EmployeeCount | null;
  source: Source;
  sourceDetail?: string | null;
  score?: number | null;
  links?: { roiCalculationId?: number; bookingId?: number; voiceSessionId?: number };
  /**
   * The lead this same conversation created earlier. When the visitor corrects the email (or phone) it was
   * created under, that lead follows instead of a second one appearing, and what the visitor says now —
   * corrections included — replaces what they said before.
   */
  ownLeadId?: number;
}

/**
 * A lead whose visitor gave only a phone number still needs the CRM's non-null email: it gets this
 * reserved, undeliverable address until the real one is known (then it is replaced). Nothing is ever sent to it.
 */
export const phoneOnlyEmail = (e164: string) => `${e164.replace(/\D/g, '')}@phone.invalid`;
export const isPlaceholderEmail = (email: string) => email.endsWith('@phone.invalid');

const blank = (v: unknown) => v === null || v === undefined || (typeof v === 'string' && v.trim() === '');

/**
 * One lead per email (lower-cased), found with a query-string filter. An existing lead keeps what it has and
 * gains what is new: a blank never overwrites a value; the score only rises; links point at the newest record.
 */
export async function upsertLead(ncb: NcbClient, facts: LeadFacts): Promise<{ id: number; created: boolean }> {
  const email = facts.email?.trim().toLowerCase() || (facts.phone ? phoneOnlyEmail(facts.phone) : null);
  if (!email) throw new Error('a lead needs an email or a phone number');
  let existing: Row<'leads'> | null = await ncb.findOne('leads', { email });
  if (!existing && facts.phone) {
    // The same visitor may have given only a phone earlier.
    existing = await ncb.findOne('leads', { email: phoneOnlyEmail(facts.phone) });
  }
  if (!existing && facts.phone && !facts.email?.trim()) {
    // Only a phone now, but a lead with a real address already has it: that lead, never a placeholder beside it.
    existing = await ncb.findOne('leads', { phone: facts.phone });
  }
  if (!existing && facts.ownLeadId) existing = await ncb.get('leads', facts.ownLeadId);
  const own = !!existing && existing.id === facts.ownLeadId;
  const score = facts.score == null ? null : Math.max(0, Math.min(100, Math.round(facts.score)));
  const wanted: Insert<'leads'> = {
    first_name: facts.firstName ?? null,
    last_name: facts.lastName ?? null,
    phone: facts.phone ?? null,
    company_name: facts.companyName ?? null,
    industry: facts.industry ?? null,
    employee_count: facts.employeeCount ?? null,
    source_detail: facts.sourceDetail ?? null,
  };
  const links: Insert<'leads'> = {};
  if (facts.links?.roiCalculationId) links.roi_calculation_id = facts.links.roiCalculationId;
  if (facts.links?.bookingId) links.booking_id = facts.links.bookingId;
  if (facts.links?.voiceSessionId) links.voice_session_id = facts.links.voiceSessionId;

  if (!existing) {
    const row: Insert<'leads'> = { email, source: facts.source, status: 'new', lead_score: score ?? 0, ...links };
    for (const [k, v] of Object.entries(wanted)) if (!blank(v)) (row as Record<string, unknown>)[k] = v;
    return { id: await ncb.create('leads', row), created: true };
  }

  const patch: Record<string, unknown> = { ...links };
  for (const [k, v] of Object.entries(wanted)) {
    if (!blank(v) && (own || blank((existing as Record<string, unknown>)[k]))) patch[k] = v;
  }
  // A placeholder gives way to a real address; the conversation's own lead also follows a corrected one (never real → placeholder).
  const upgrade = isPlaceholderEmail(existing.email) && !isPlaceholderEmail(email);
  if (existing.email !== email && (upgrade || (own && (!isPlaceholderEmail(email) || isPlaceholderEmail(existing.email))))) patch.email = email;
  if (score !== null && score > (existing.lead_score ?? 0)) patch.lead_score = score;
  const changed = Object.entries(patch).some(([k, v]) => (existing as Record<string, unknown>)[k] !== v);
  if (changed) await ncb.update('leads', existing.id, patch as Insert<'leads'>);
  return { id: existing.id, created: false };
}

export function findLeadByEmail(ncb: NcbClient, email: string) {
  return ncb.findOne('leads', { email: email.trim().toLowerCase() });
}
