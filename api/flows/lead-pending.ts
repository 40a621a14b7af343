import type { Deps } from '../deps.js';
import { getJson, putJson } from '../store/kv.js';

/**
 * "A lead for this address is on its way": written before a visitor-facing email is sent (its events can only
 * arrive after), cleared once that person's lead is in the CRM. An email event whose recipient is not a lead
 * yet waits while the marker stands (flows/email-events.ts) instead of being dropped after a few quick tries
 * while the lead's own job is still retrying through an NCB outage.
 *
 * The marker lasts as long as that job's whole retry budget: past it the job has finished or died either way.
 */
const key = (email: string) => `lead-pending:${email.trim().toLowerCase()}`;

interface Pending {
  until: number;
}

export function leadJobBudgetMs(deps: Deps): number {
  return deps.config.JOB_MAX_ATTEMPTS * Math.max(deps.config.JOB_BACKOFF_CAP_MS, 1000) + 60_000;
}

export async function markLeadPending(deps: Deps, email: string): Promise<void> {
  const until = deps.clock.now().getTime() + leadJobBudgetMs(deps);
  await putJson(deps.kv, key(email), { until } satisfies Pending, { ttlSeconds: Math.ceil(leadJobBudgetMs(deps) / 1000) + 60 });
}

export async function clearLeadPending(deps: Deps, email: string): Promise<void> {
  await deps.kv.delete(key(email));
}

export async function isLeadPending(deps: Deps, email: string): Promise<boolean> {
  const p = await getJson<Pending>(deps.kv, key(email));
  return !!p && p.until > deps.clock.now().getTime();
}
