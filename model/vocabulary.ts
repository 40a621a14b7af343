/**
 * The CRM's value lists (its enums, docs/reference/crm-domain.md): what the NCB schema validates and
 * what the widgets, the agent and the lead profile offer or normalise to. Tier ids come from the catalog.
 */
import { TIER_IDS } from './catalog.js';

export const LEAD_SOURCES = ['voice-agent', 'roi-calculator', 'referral', 'other'] as const;
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'nurturing', 'converted', 'disqualified'] as const;
export const INDUSTRIES = ['HVAC', 'Plumbing', 'Construction', 'Property Management', 'Electrical', 'Landscaping', 'Other'] as const;
export const EMPLOYEE_COUNTS = ['1-5', '5-10', '10-25', '25-50', '50-100', '100+'] as const;
export const EMAIL_STATUSES = ['delivered', 'bounced', 'complained'] as const;
export const TIERS = TIER_IDS;
export const LANGUAGES = ['en', 'es'] as const;
export const DEVICES = ['desktop', 'mobile', 'tablet'] as const;
export const SENTIMENTS = ['positive', 'neutral', 'negative', 'mixed'] as const;
export const OUTCOMES = ['continued_browsing', 'roi_calculator', 'booking_scheduled', 'left_site'] as const;
export const ACTIVITY_TYPES = ['call', 'email', 'meeting', 'note', 'task', 'followup'] as const;
export const ACTIVITY_STATUSES = ['pending', 'completed', 'cancelled'] as const;
export const BOOKING_STATUSES = ['confirmed', 'cancelled'] as const;
export const BOOKING_TYPES = ['consultation', 'assessment'] as const;
export const TASK_PRIORITIES = ['high', 'medium', 'low'] as const;
export const USER_ROLES = ['admin', 'team_member', 'customer'] as const;
export const OPPORTUNITY_STAGES = ['new-lead', 'contacted', 'discovery-call', 'proposal-sent', 'negotiation', 'closed-won', 'closed-lost'] as const;
export const ACCESS_LEVELS = ['view', 'comment', 'edit'] as const;
