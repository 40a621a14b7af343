/**
 * The wire contracts between the widgets and the API, as plain types (no runtime code), so the widgets can
 * import them without paying for a validator. The API's zod schemas (api/routes/*) are checked against these.
 */

export type Locale = 'en' | 'es';
export type TierId = 'discovery' | 'foundation' | 'architect';
export type RoiIndustryId =
  | 'hvac' | 'plumbing' | 'electrical' | 'landscaping' | 'construction' | 'realestate' | 'service' | 'professional' | 'retail' | 'other';
export type EmployeeRange = '1-5' | '5-10' | '10-25' | '25-50' | '50-100' | '100+';
export type TaskId = 'scheduling' | 'communication' | 'dataEntry' | 'leadResponse' | 'reporting' | 'inventory' | 'socialMedia';

/** Captured automatically from the host page (components/core/attribution.ts). Every field optional. */
export interface Attribution {
  utm_source?: string;
  utm_medium?: string;
  utm_campaign?: string;
  utm_term?: string;
  utm_content?: string;
  gclid?: string;
  fbclid?: string;
  msclkid?: string;
  referrer?: string;
  landingUrl?: string;
  partner?: string;
}

/** Anti-spam signals every visitor form sends (checked on the server). */
export interface FormSignals {
  /** The honeypot field's value: must be empty. */
  website_hp?: string;
  /** Milliseconds between the form first being shown and submit. */
  fillMs?: number;
  /** Cloudflare Turnstile token, when the site uses it. */
  turnstileToken?: string;
}

export interface RoiInputs {
  industry: RoiIndustryId;
  employees: EmployeeRange;
  hourlyLaborCost: number;
  tier: TierId;
  taskHours: Record<TaskId, number>;
  monthlyRevenue: number;
  avgDealValue: number;
  lostLeadsPerMonth: number;
  closeRate: number;
}

/** POST /api/leads/roi */
export interface RoiSubmission extends FormSignals {
  submissionId: string;
  email: string;
  name?: string;
  phone?: string;
  companyName?: string;
  locale: Locale;
  inputs: RoiInputs;
  engagement: { timeOnCalculatorSeconds: number; adjustmentsCount: number };
  attribution?: Attribution;
}

/** GET /api/booking/availability?from&to&type&timezone */
export interface AvailabilityResponse {
  businessTimezone: string;
  timezone: string;
  /** The last day (in `timezone`) of the booking horizon: the calendar stops there. */
  bookableUntil: string;
  days: { date: string; slots: { start: string; end: string; available: boolean }[] }[];
}

export type BookingType = 'consultation' | 'assessment';

/** POST /api/booking/create (type consultation) and /api/booking/checkout (type assessment, plus returnUrl) */
export interface BookingRequest extends FormSignals {
  submissionId: string;
  type: BookingType;
  start: string;
  timezone: string;
  name: string;
  email: string;
  phone?: string;
  companyName?: string;
  industry?: string;
  employeeCount?: string;
  challenge?: string;
  referralSource?: string;
  websiteUrl?: string;
  /** assessment only, required there: where the on-site visit happens (a city is enough). */
  address?: string;
  locale?: Locale;
  attribution?: Attribution;
  /** checkout only: where Stripe sends the visitor back (must be on an allowed origin). */
  returnUrl?: string;
}

export interface BookingSummary {
  /** Our booking reference (stable from the first answer; the CRM row is written right after). */
  id: string;
  type: BookingType;
  start: string;
  end: string;
  timezone: string;
  businessTimezone: string;
  status: 'confirmed' | 'cancelled' | 'held';
  name: string;
  email: string;
  /** Where the meeting happens: the video link (MEETING_URL) of a call, the visitor's address for an assessment. */
  location?: string;
}

export interface CalendarLinks {
  ics: string;
  google: string;
  outlook: string;
}

/** 201 from /api/booking/create; also GET /api/booking/checkout-status?session_id= when paid. */
export interface BookingCreated {
  booking: BookingSummary;
  calendar: CalendarLinks;
}

/** GET /api/booking/checkout-status?session_id=… — asked by the widget on return from Stripe. */
export type CheckoutStatus =
  | ({ status: 'paid' } & BookingCreated)
  | { status: 'pending' | 'unpaid' | 'expired' };

export type AgentActionType = 'open-booking' | 'open-roi-calculator' | 'scroll-to' | 'open-checkout';
export interface AgentAction {
  type: AgentActionType;
  target?: string;
  /** open-checkout: the payment page the widget opens at the top level. */
  url?: string;
  /** open-booking: the slot under discussion, preselected in the booking widget. */
  start?: string;
}

export interface CapturedLead {
  firstName: string | null;
  lastName: string | null;
  email: string | null;
  phone: string | null;
  companyName: string | null;
}

/** POST /api/voice-agent/chat */
export interface ChatRequest {
  sessionId: string;
  /** The visitor's IANA zone, so offered times are shown in it. */
  timezone?: string;
  message: string;
  language: Locale;
  page?: { url?: string; title?: string };
  attribution?: Attribution;
  /** Turnstile, when configured: the widget's token for the message that confirms a booking (the form's gate). */
  turnstileToken?: string;
}
export interface ChatResponse {
  reply: string;
  actions: AgentAction[];
  lead: CapturedLead;
  /** A booking this very turn made (the panel's confirmation card). */
  booking?: BookingCreated;
}

/** POST /api/voice-agent/contact — details the visitor typed or corrected; they win over extraction. */
export interface ContactUpdate {
  sessionId: string;
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
  companyName?: string;
}

/**
 * Every `error.code` the API answers with, and the one HTTP status each comes with (api/errors.ts builds its
 * table from this type, so a code cannot be answered with two statuses). Widgets key their messages by it.
 */
export interface ErrorStatus {
  invalid_request: 400;
  invalid_json: 400;
  too_fast: 400;
  turnstile_failed: 400;
  invalid_signature: 401;
  unauthorized: 401;
  not_found: 404;
  slot_taken: 409;
  submission_reused: 409;
  not_open: 409;
  payload_too_large: 413;
  rate_limited: 429;
  internal_error: 500;
  not_configured: 501;
  upstream_error: 502;
  crm_unavailable: 503;
}
export type ErrorCode = keyof ErrorStatus;
/** A widget's messages by code: a renamed or removed code fails type-check here instead of losing its text. */
export type ErrorMessages = Partial<Record<ErrorCode, string>>;

/** The one error envelope every API error uses. */
export interface ApiError {
  error: { code: ErrorCode; message: string; fields?: Record<string, string>; requestId: string };
}
