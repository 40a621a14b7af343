/**
 * The wire contracts between the widgets and the API, as plain types (no runtime code), so the widgets can
 * import them without paying for a validator. The API's zod schemas (api/routes/*) are checked against these.
 */

export type Locale = 'en' | 'es';
export type TierId = 'discovery' | 'foundation' | 'architect';
export type RoiIndustryId = 'other' | 'service' | 'professional' | 'retail' | 'realestate' | 'construction';
export type EmployeeRange = '1-5' | '5-10' | '10-25' | '25-50';
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

export type AgentActionType = 'open-booking' | 'open-roi-calculator' | 'scroll-to';
export interface AgentAction {
  type: AgentActionType;
  target?: string;
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
}
export interface ChatResponse {
  reply: string;
  actions: AgentAction[];
  lead: CapturedLead;
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

/** The one error envelope every API error uses. */
export interface ApiError {
  error: { code: string; message: string; fields?: Record<string, string>; requestId: string };
}
