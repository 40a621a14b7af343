/**
 * The CRM's NCB schema, written once. The local NCB enforces it (unknown columns, wrong types and values
 * outside an enum are rejected) and the NCB client derives its row types from it, so our own writes are
 * held to the same rules the real database applies.
 *
 * Sources: docs/reference/crm-domain.md §1. Columns marked NEW are the ones this project adds
 * (they must be created in the real NCB instance before deploying; see README).
 */

type Kind = 'integer' | 'number' | 'string' | 'text' | 'datetime' | 'date' | 'enum';

export interface ColumnSpec {
  readonly kind: Kind;
  readonly values?: readonly string[];
  readonly nullable?: boolean;
  readonly required?: boolean;
  readonly default?: string | number | null;
  readonly unique?: boolean;
}

const int = <O extends Partial<ColumnSpec>>(o?: O) => ({ kind: 'integer', ...o }) as { kind: 'integer' } & O;
const num = <O extends Partial<ColumnSpec>>(o?: O) => ({ kind: 'number', ...o }) as { kind: 'number' } & O;
const str = <O extends Partial<ColumnSpec>>(o?: O) => ({ kind: 'string', ...o }) as { kind: 'string' } & O;
const text = <O extends Partial<ColumnSpec>>(o?: O) => ({ kind: 'text', ...o }) as { kind: 'text' } & O;
const datetime = <O extends Partial<ColumnSpec>>(o?: O) => ({ kind: 'datetime', ...o }) as { kind: 'datetime' } & O;
const date = <O extends Partial<ColumnSpec>>(o?: O) => ({ kind: 'date', ...o }) as { kind: 'date' } & O;
const oneOf = <const V extends readonly string[], O extends Partial<ColumnSpec>>(values: V, o?: O) =>
  ({ kind: 'enum', values, ...o }) as { kind: 'enum'; values: V } & O;
const N = { nullable: true } as const;

// ---- enums: the CRM's values live in model/vocabulary.ts (imported by the widgets too) -----------
import { LEAD_SOURCES, LEAD_STATUSES, INDUSTRIES, EMPLOYEE_COUNTS, EMAIL_STATUSES, TIERS, LANGUAGES, DEVICES, SENTIMENTS, OUTCOMES, ACTIVITY_TYPES, ACTIVITY_STATUSES, BOOKING_STATUSES, BOOKING_TYPES, TASK_PRIORITIES, USER_ROLES, OPPORTUNITY_STAGES, ACCESS_LEVELS } from '../../model/vocabulary.js';
export { LEAD_SOURCES, LEAD_STATUSES, INDUSTRIES, EMPLOYEE_COUNTS, EMAIL_STATUSES, TIERS, LANGUAGES, DEVICES, SENTIMENTS, OUTCOMES, ACTIVITY_TYPES, ACTIVITY_STATUSES, BOOKING_STATUSES, BOOKING_TYPES, TASK_PRIORITIES, USER_ROLES, OPPORTUNITY_STAGES, ACCESS_LEVELS };

export const SCHEMA = {
  leads: {
    userId: true,
    columns: {
      email: str({ required: true }),
      first_name: str(N),
      last_name: str(N),
      phone: str(N),
      company_name: str(N),
      source: oneOf(LEAD_SOURCES, { required: true }),
      source_detail: text(N),
      industry: oneOf(INDUSTRIES, N),
      employee_count: oneOf(EMPLOYEE_COUNTS, N),
      status: oneOf(LEAD_STATUSES, { default: 'new' }),
      lead_score: int({ default: 0 }),
      voice_session_id: int(N),
      roi_calculation_id: int(N),
      booking_id: int(N), // NEW (G9)
      last_email_opened_at: datetime(N), // NEW (G3)
      email_click_count: int({ default: 0 }), // NEW (G4)
      email_status: oneOf(EMAIL_STATUSES, N), // NEW (G5)
      updated_at: datetime(N),
      deleted_at: datetime(N), // NEW (Plan 3.4): soft delete; admin elements hide rows that have it
    },
  },
  roi_calculations: {
    userId: true,
    columns: {
      contact_id: int(N),
      email: str(N),
      industry: oneOf(INDUSTRIES, { required: true }),
      employee_count: oneOf(EMPLOYEE_COUNTS, { required: true }),
      hourly_rate: num({ required: true }),
      weekly_admin_hours: num({ required: true }),
      calculations: text(N), // JSON string: {timeSaved, weeklyValue, totalValue, investment, roi, paybackWeeks, ...}
      selected_tier: oneOf(TIERS, N),
      email_captured: int({ default: 0 }), // 0/1
      report_requested: int({ default: 0 }), // 0/1
      report_sent_at: datetime(N),
      time_on_calculator: int({ default: 0 }), // seconds
      adjustments_count: int({ default: 0 }),
    },
  },
  voice_sessions: {
    userId: true,
    columns: {
      external_session_id: str({ required: true }),
      contact_id: int(N),
      start_time: datetime({ required: true }),
      end_time: datetime(N),
      duration: int({ default: 0 }),
      language: oneOf(LANGUAGES, { required: true }),
      user_agent: text(N),
      device: oneOf(DEVICES, N),
      referrer_page: text(N),
      messages: text(N), // JSON [{role, content, timestamp?}]
      total_questions: int({ default: 0 }),
      actions_taken: text(N), // JSON string[]
      topics: text(N), // JSON string[]
      sentiment: oneOf(SENTIMENTS, N),
      intents: text(N), // JSON string[]
      pain_points: text(N), // JSON string[]
      objections: text(N), // JSON string[]
      outcome: oneOf(OUTCOMES, N),
    },
  },
  activities: {
    userId: true,
    columns: {
      type: oneOf(ACTIVITY_TYPES, { required: true }),
      subject: str({ required: true }),
      description: text(N),
      status: oneOf(ACTIVITY_STATUSES, N),
      company_id: int(N),
      contact_id: int(N),
      opportunity_id: int(N),
      partnership_id: int(N),
      lead_id: int(N), // NEW (G3–G6, G11)
      metadata: text(N), // JSON string; we keep the activity's dedupe key here
      due_date: datetime(N), // NEW (Plan 4.1): tasks; the CRM's "Add to Tasks" writes it as ISO
      priority: oneOf(TASK_PRIORITIES, N), // NEW (Plan 4.1): the values "Add to Tasks" writes
    },
  },
  bookings: {
    userId: false,
    columns: {
      guest_name: str({ required: true }),
      guest_email: str({ required: true }),
      guest_phone: str(N),
      booking_date: datetime({ required: true }), // business-local day, returned as ISO midnight like real NCB
      start_time: str({ required: true }), // HH:mm, business-local
      end_time: str({ required: true }),
      timezone: str({ default: 'America/Los_Angeles' }),
      notes: text(N),
      status: oneOf(BOOKING_STATUSES, { default: 'confirmed' }),
      booking_type: oneOf(BOOKING_TYPES, { default: 'consultation' }),
      company_name: str(N),
      industry: str(N),
      employee_count: str(N),
      challenge: text(N),
      referral_source: str(N),
      website_url: str(N),
      stripe_session_id: str(N),
      payment_status: str(N),
      payment_amount_cents: int(N),
      calendar_provider: oneOf(['google', 'caldav'] as const, N),
      calendar_event_id: str(N),
      meeting_link: str(N),
    },
  },
  availability_settings: {
    userId: false,
    columns: {
      weekday: int({ required: true, unique: true }), // 0 = Sunday
      start_minutes: int({ default: 0 }),
      end_minutes: int({ default: 0 }),
      is_available: int({ default: 1 }),
    },
  },
  blocked_dates: {
    userId: false,
    columns: {
      date: datetime({ required: true, unique: true }),
      reason: str(N),
    },
  },
  payments: {
    userId: true,
    columns: {
      type: oneOf(['setup', 'subscription'] as const, { required: true }),
      amount: num({ required: true }), // dollars
      currency: str(N),
      status: oneOf(['paid', 'failed'] as const, { required: true }),
      paid_date: date(N),
      due_date: date(N),
      stripe_invoice_id: str(N),
      stripe_session_id: str(N),
      stripe_customer_id: str(N),
      customer_email: str(N),
      partnership_id: int(N),
      opportunity_id: int(N),
      subscription_id: str(N),
    },
  },
  subscriptions: {
    userId: false,
    columns: {
      stripe_subscription_id: str({ required: true }),
      stripe_customer_id: str(N),
      partnership_id: int(N),
      tier: oneOf(TIERS, N),
      status: str(N),
      current_period_start: date(N),
      current_period_end: date(N),
    },
  },
  // ---- the CRM's own tables (docs/reference/crm-domain.md §1.10–§1.16), so the real CRM can run against npm start ----
  user_profiles: {
    userId: false, // user_id here is the profile's owner (VARCHAR UNIQUE), set by the writer, not the proxy
    columns: {
      user_id: str({ required: true, unique: true }),
      role: oneOf(USER_ROLES, { default: 'customer' }),
      display_name: str(N),
      phone: str(N),
      timezone: str({ default: 'America/New_York' }),
      notification_preferences: text(N), // JSON
      name: str(N),
      company_name: str(N),
      setup_completed: int({ default: 0 }), // 0/1
      updated_at: datetime(N),
    },
  },
  companies: {
    userId: true,
    columns: {
      name: str({ required: true }),
      industry: oneOf(INDUSTRIES, N),
      employee_count: oneOf(EMPLOYEE_COUNTS, N),
      website: str(N),
      ai_maturity_score: int(N),
      city: str(N),
      state: str(N),
      notes: text(N),
      deleted_at: datetime(N), // NEW (Plan 3.4)
    },
  },
  contacts: {
    userId: true,
    columns: {
      first_name: str({ required: true }),
      last_name: str({ required: true }),
      email: str({ required: true }),
      phone: str(N),
      company_id: int(N),
      title: str(N),
      role: oneOf(['Owner', 'CEO', 'Operations Manager', 'IT Manager', 'Office Manager', 'CFO', 'Other'] as const, N),
      decision_maker: int({ default: 0 }), // 0/1
      notes: text(N),
      deleted_at: datetime(N), // NEW (Plan 3.4)
    },
  },
  opportunities: {
    userId: true,
    columns: {
      name: str({ required: true }),
      company_id: int(N),
      primary_contact_id: int(N),
      tier: oneOf(TIERS, N),
      stage: oneOf(OPPORTUNITY_STAGES, { default: 'new-lead' }),
      setup_fee: num(N), // NCB returns decimals as strings; the local store returns numbers
      monthly_fee: num(N),
      total_contract_value: num(N),
      expected_close_date: date(N),
      probability: int(N),
      notes: text(N),
      deleted_at: datetime(N), // NEW (Plan 3.4)
    },
  },
  partnerships: {
    userId: true,
    columns: {
      company_name: str(N),
      company_id: int(N),
      opportunity_id: int(N),
      tier: oneOf(TIERS, N),
      status: oneOf(['onboarding', 'active', 'graduated'] as const, { default: 'onboarding' }),
      phase: oneOf(['discover', 'co-create', 'deploy', 'independent'] as const, N),
      health_score: int(N),
      systems_delivered: int({ default: 0 }),
      total_systems: int({ default: 0 }),
      monthly_revenue: num(N),
      start_date: date(N),
      next_meeting: datetime(N),
      notes: text(N),
      payment_status: str(N),
      customer_email: str(N),
      stripe_customer_id: str(N),
    },
  },
  delivered_systems: {
    userId: true,
    columns: {
      partnership_id: int({ required: true }),
      name: str({ required: true }),
      status: str(N),
      deployed_at: datetime(N),
      category: str(N),
      hours_saved_per_week: num(N),
    },
  },
  customer_access: {
    userId: false, // user_id is the customer's, set by the granting admin
    columns: {
      user_id: str({ required: true }),
      partnership_id: int({ required: true }),
      access_level: oneOf(ACCESS_LEVELS, { default: 'view' }),
      granted_by: str(N),
      granted_at: datetime(N),
      expires_at: datetime(N),
      is_active: int({ default: 1 }), // 0/1
    },
  },
  drafts: {
    userId: true,
    columns: {
      type: oneOf(['email', 'sms', 'note'] as const, { required: true }),
      to_recipient: str(N),
      subject: str(N),
      body: text(N),
      status: oneOf(['draft', 'sent', 'archived'] as const, { default: 'draft' }),
    },
  },
} as const satisfies Record<string, { userId: boolean; columns: Record<string, ColumnSpec> }>;

export type Schema = typeof SCHEMA;
export type TableName = keyof Schema;
export const TABLES = Object.keys(SCHEMA) as TableName[];

type ColType<C> = C extends { kind: 'enum'; values: readonly (infer V)[] }
  ? V
  : C extends { kind: 'integer' | 'number' }
    ? number
    : string;
type ColValue<C> = C extends { nullable: true } ? ColType<C> | null : ColType<C>;
type Columns<T extends TableName> = Schema[T]['columns'];

/** A row as NCB returns it. `created_at` is set by the store; `user_id` exists on RLS tables. */
export type Row<T extends TableName> = { id: number; created_at: string } & (Schema[T]['userId'] extends true
  ? { user_id: string | null }
  : unknown) & { -readonly [K in keyof Columns<T>]: ColValue<Columns<T>[K]> };

/** What a create or update may send: any known column except id/created_at/user_id (the client sets user_id). */
export type Insert<T extends TableName> = { -readonly [K in keyof Columns<T>]?: ColValue<Columns<T>[K]> };
export type Patch<T extends TableName> = Insert<T>;

/** The rows every fresh local NCB starts with: Monday–Friday 09:00–17:00 (540–1020). Weekends have no row: off. */
export const SEED_AVAILABILITY: Insert<'availability_settings'>[] = [1, 2, 3, 4, 5].map((weekday) => ({
  weekday,
  start_minutes: 540,
  end_minutes: 1020,
  is_available: 1,
}));
