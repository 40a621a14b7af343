import type { Deps } from '../deps.js';

/**
 * At most VISITOR_EMAILS_PER_DAY visitor-facing emails (ROI reports, booking confirmations) per address per UTC
 * day: the forms are open, so without it anyone can make the business mail any address, with their own text in
 * the name. Over the limit the CRM still gets the lead; only the email is skipped. 0 turns the limit off.
 */
export async function takeVisitorEmail(deps: Deps, to: string): Promise<boolean> {
  const limit = deps.config.VISITOR_EMAILS_PER_DAY;
  if (limit <= 0) return true;
  const address = to.trim().toLowerCase();
  const day = deps.clock.now().toISOString().slice(0, 10);
  const key = `visitor-mail:${day}:${address}`;
  return deps.locks.withLock(key, async () => {
    const count = Number((await deps.kv.get(key)) ?? 0);
    if (count >= limit) return false;
    await deps.kv.put(key, String(count + 1), { ttlSeconds: 2 * 86400 });
    return true;
  });
}
