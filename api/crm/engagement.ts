import type { NcbClient } from '../ncb/client.js';
import type { Row } from '../ncb/schema.js';
import { countActivities, logActivity } from './activities.js';

export type EngagementKind = 'opened' | 'clicked' | 'bounced' | 'complained' | 'delivered' | 'reply';

export interface EngagementFacts {
  eventId: string;
  kind: EngagementKind;
  at: Date;
  subject: string | null;
  url?: string | null;
  reason?: string | null;
  snippet?: string | null;
  from?: string | null;
}

const KIND_TAG: Record<EngagementKind, string> = {
  opened: 'email.open',
  clicked: 'email.click',
  bounced: 'email.bounce',
  complained: 'email.complaint',
  delivered: 'email.delivered',
  reply: 'email.reply',
};

function activityFor(lead: Row<'leads'>, f: EngagementFacts) {
  const subj = f.subject ?? '(no subject)';
  switch (f.kind) {
    case 'opened':
      return { subject: `Email opened: ${subj}`, description: `Opened ${f.at.toISOString()}` };
    case 'clicked':
      return { subject: `Email link clicked: ${subj}`, description: f.url ?? null };
    case 'bounced':
      return { subject: `Email bounced: ${subj}`, description: f.reason ?? 'Bounced' };
    case 'complained':
      return { subject: `Spam complaint: ${subj}`, description: f.reason ?? `${lead.email} marked an email as spam` };
    case 'delivered':
      return null;
    case 'reply':
      return { subject: `Reply received from ${f.from ?? lead.email}`, description: f.snippet ?? null };
  }
}

/**
 * Applies one email event to its lead: the activity first (deduplicated by the event id), then the lead's
 * derived columns. NCB has no atomic increment, so `email_click_count` is never incremented: it is recounted
 * from the click activities, which makes redelivery and concurrency harmless (the caller holds the lead's lock,
 * so the recount and the write cannot interleave with another event's).
 */
export async function applyEngagement(ncb: NcbClient, lead: Row<'leads'>, f: EngagementFacts): Promise<void> {
  const act = activityFor(lead, f);
  if (act) await logActivity(ncb, { leadId: lead.id, type: 'email', ...act, dedupeKey: `emailit:${f.eventId}`, kind: KIND_TAG[f.kind] });
  const patch: Partial<Row<'leads'>> = {};
  if (f.kind === 'opened') {
    const prev = lead.last_email_opened_at ? new Date(lead.last_email_opened_at).getTime() : 0;
    if (f.at.getTime() > prev) patch.last_email_opened_at = f.at.toISOString();
  } else if (f.kind === 'clicked') {
    const count = await countActivities(ncb, lead.id, KIND_TAG.clicked);
    if (count !== lead.email_click_count) patch.email_click_count = count;
  } else if (f.kind === 'bounced') {
    if (lead.email_status !== 'bounced') patch.email_status = 'bounced';
  } else if (f.kind === 'complained') {
    if (lead.email_status !== 'complained') patch.email_status = 'complained';
  } else if (f.kind === 'delivered') {
    if (!lead.email_status) patch.email_status = 'delivered';
  }
  if (Object.keys(patch).length) await ncb.update('leads', lead.id, patch);
}
