/**
 * Which tables each CRM role may use through the data proxy, as the CRM's proxy decides it
 * (docs/reference/crm-domain.md §3.1). Pure, so the rules are tested on their own.
 */
export type DataOp = 'read' | 'create' | 'update' | 'delete';
export type Role = 'admin' | 'team_member' | 'customer';

/** Any signed-in user, every operation. */
export const PUBLIC_TABLES = ['bookings', 'availability_settings', 'blocked_dates', 'user_profiles', 'customer_access'] as const;
/** Admins: everything; others: read only, and only for named rows or a partnership. */
export const CUSTOMER_TABLES = ['partnerships', 'delivered_systems', 'companies'] as const;
const CUSTOMER_FILTERS = ['id', 'id__in', 'partnership_id', 'partnership_id__in'];

export type Access = { ok: true } | { ok: false; reason: string };

/**
 * Whether `role` may run `op` on `table` with these query parameters (and a path id). Anything that is not
 * admin is held to the customer rules, as in the CRM, whose proxy only distinguishes admin from the rest.
 */
export function accessFor(role: Role | null, op: DataOp, table: string, params: URLSearchParams, pathId: string | null): Access {
  if ((PUBLIC_TABLES as readonly string[]).includes(table)) return { ok: true };
  if (role === 'admin') return { ok: true };
  if ((CUSTOMER_TABLES as readonly string[]).includes(table)) {
    if (op !== 'read') return { ok: false, reason: `only admins may ${op} ${table}` };
    if (pathId !== null || CUSTOMER_FILTERS.some((f) => params.has(f))) return { ok: true };
    return { ok: false, reason: `customers read ${table} only with an id, id__in, partnership_id or partnership_id__in filter` };
  }
  return { ok: false, reason: `${table} is for admins only` };
}
