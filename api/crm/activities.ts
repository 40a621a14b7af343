import type { NcbClient } from '../ncb/client.js';
import type { ACTIVITY_TYPES } from '../ncb/schema.js';

export interface ActivityFacts {
  leadId: number | null;
  type?: (typeof ACTIVITY_TYPES)[number];
  subject: string;
  description?: string | null;
  /** Stable key of the thing this activity records (an email send, a webhook event): logged at most once. */
  dedupeKey: string;
  /** A short tag for counting activities of one kind (e.g. "email.click"). */
  kind?: string;
}

const meta = (dedupeKey: string, kind?: string) => JSON.stringify(kind ? { dedupe: dedupeKey, kind } : { dedupe: dedupeKey });
const likeDedupe = (dedupeKey: string) => `%"dedupe":${JSON.stringify(dedupeKey)}%`;

/**
 * An activity on the lead's timeline (the dashboard shows `subject`). Idempotent: the dedupe key is kept in
 * `metadata`, and an activity already carrying it is not written again (so a retried job cannot double-log).
 */
export async function logActivity(ncb: NcbClient, a: ActivityFacts): Promise<number> {
  const found = await ncb.findOne('activities', { metadata: { like: likeDedupe(a.dedupeKey) } });
  if (found) return found.id;
  return ncb.create('activities', {
    type: a.type ?? 'email',
    subject: a.subject.slice(0, 250),
    description: a.description ?? null,
    status: 'completed',
    lead_id: a.leadId,
    metadata: meta(a.dedupeKey, a.kind),
  });
}

/** How many activities of one kind a lead has (the source of truth for derived counters). */
export async function countActivities(ncb: NcbClient, leadId: number, kind: string): Promise<number> {
  const page = await ncb.read('activities', {
    filter: { lead_id: leadId, metadata: { like: `%"kind":${JSON.stringify(kind)}%` } },
    limit: 1,
    includeTotal: true,
  });
  return page.metadata.total ?? page.data.length;
}
