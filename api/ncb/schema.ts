/**
 * The CRM's NCB schema, written once. The local NCB enforces it (unknown columns, wrong types and values
 * outside an enum are rejected) and the NCB client derives its row types from it, so our own writes are
 * held to the same rules the real database applies.
 *
 * Sources: ../shared/reference/crm-domain.md §1. Columns marked NEW are the ones this project adds
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
import { LEAD_SOURCES, LEAD_STATUSES, INDUSTRIES, EMPLOYEE_COUNTS, EMAIL_STATUSES, TIERS, LANGUAGES, DEVICES, SENTIMENTS, OUTCOMES, ACTIVITY_TYPES, ACTIVITY_STATUSES, BOOKING_STATUSES, BOOKING_TYPES } from '../../model/vocabulary.js';
export { LEAD_SOURCES, LEAD_STATUSES, INDUSTRIES, EMPLOYEE_COUNTS, EMAIL_STATUSES, TIERS, LANGUAGES, DEVICES, SENTIMENTS, OUTCOMES, ACTIVITY_TYPES, ACTIVITY_STATUSES, BOOKING_STATUSES, BOOKING_TYPES };

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
