/** Role rules the user list applies before writing (the data proxy enforces the same; this keeps the UI honest). */
import type { Row } from '../shared/data-client.js';

export const ROLES = ['admin', 'team_member', 'customer'] as const;
export type Role = (typeof ROLES)[number];

/**
 * Why `target` may not lose the admin role, or null when it may: an admin cannot demote themselves, and the
 * last admin stays an admin.
 */
export function demotionBlock(profiles: Row[], target: Row, me: string): 'own' | 'last' | null {
  if (target.role !== 'admin') return null;
  if (me && target.user_id === me) return 'own';
  if (profiles.filter((p) => p.role === 'admin').length <= 1) return 'last';
  return null;
}
