import { z } from 'zod';
import { EMPLOYEE_RANGES, INDUSTRY_IDS, LIMITS, TASK_IDS, TIER_IDS } from '../../model/roi.js';
import { isValidDate, isValidTimeZone } from '../../model/time.js';
import type { BookingRequest, ChatRequest, ContactUpdate, RoiSubmission } from '../../model/contracts.js';
import { isPlausibleName, isWellFormedText, MALFORMED_TEXT, NOT_A_NAME, singleLine } from './text.js';

/** The wire schemas, checked against the plain contract types the widgets import (model/contracts.ts). */
// Every text field is well-formed Unicode without NUL (api/routes/text.ts); single-line ones lose line breaks,
// controls and invisible bidi/zero-width characters before anything stores or mails them.
const wellFormed = () => z.string().refine(isWellFormedText, MALFORMED_TEXT);
const text = (max: number) => wellFormed().overwrite(singleLine).max(max);
const optText = (max: number) => text(max).optional();
const multiline = (max: number) => wellFormed().trim().max(max);
const personName = (max: number) => text(max).refine(isPlausibleName, NOT_A_NAME);
const email = z.email('Enter a valid email address').max(254).transform((e) => e.toLowerCase());
const num = (l: { min: number; max: number }) => z.number().finite().min(l.min).max(l.max);
// the regex alone lets 2026-02-30 through to the slot maths, which throws (a 500)
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'Use YYYY-MM-DD').refine(isValidDate, 'Not a calendar date');
const timeZone = z.string().max(64).refine(isValidTimeZone, 'Not an IANA time zone');

export const AttributionSchema = z
  .object({
    utm_source: optText(200),
    utm_medium: optText(200),
    utm_campaign: optText(200),
    utm_term: optText(200),
    utm_content: optText(200),
    gclid: optText(200),
    fbclid: optText(200),
    msclkid: optText(200),
    referrer: optText(1000),
    landingUrl: optText(1000),
    partner: optText(100),
  })
  .optional();

const signals = {
  website_hp: wellFormed().max(500).optional(),
  fillMs: z.number().int().min(0).max(86_400_000).optional(),
  turnstileToken: wellFormed().max(4096).optional(),
};

export const RoiSubmissionSchema = z.object({
  submissionId: z.uuid(),
  email,
  name: personName(120).optional(),
  phone: optText(40),
  companyName: optText(200),
  locale: z.enum(['en', 'es']),
  inputs: z.object({
    industry: z.enum(INDUSTRY_IDS),
    employees: z.enum(EMPLOYEE_RANGES),
    hourlyLaborCost: num(LIMITS.hourlyLaborCost),
    tier: z.enum(TIER_IDS),
    taskHours: z.object(Object.fromEntries(TASK_IDS.map((id) => [id, num(LIMITS.taskHours)])) as Record<(typeof TASK_IDS)[number], z.ZodNumber>),
    monthlyRevenue: num(LIMITS.monthlyRevenue),
    avgDealValue: num(LIMITS.avgDealValue),
    lostLeadsPerMonth: num(LIMITS.lostLeadsPerMonth),
    closeRate: num(LIMITS.closeRate),
  }),
  engagement: z.object({
    timeOnCalculatorSeconds: z.number().int().min(0).max(86_400),
    adjustmentsCount: z.number().int().min(0).max(100_000),
  }),
  attribution: AttributionSchema,
  ...signals,
}) satisfies z.ZodType<RoiSubmission, unknown>;

export const BookingRequestSchema = z.object({
  submissionId: z.uuid(),
  type: z.enum(['consultation', 'assessment']),
  start: z.iso.datetime({ offset: true }),
  timezone: timeZone,
  name: personName(120).min(2, 'Enter your name'),
  email,
  phone: optText(40),
  companyName: optText(200),
  industry: optText(100),
  employeeCount: optText(40),
  challenge: multiline(2000).optional(),
  referralSource: optText(200),
  // A real web address (the widget adds https:// to a bare "acme.com"); blank is the same as absent.
  websiteUrl: z.preprocess((v) => (typeof v === 'string' && !v.trim() ? undefined : v),
    z.url({ protocol: /^https?$/, hostname: z.regexes.domain, error: 'Enter a web address like https://acme.com' }).max(500).optional()),
  address: text(300).min(2, 'Enter the address of the visit').optional(),
  locale: z.enum(['en', 'es']).optional(),
  attribution: AttributionSchema,
  returnUrl: z.url().max(2000).optional(),
  ...signals,
}) satisfies z.ZodType<BookingRequest, unknown>;

export const AvailabilityQuerySchema = z.object({
  from: isoDate,
  to: isoDate,
  type: z.enum(['consultation', 'assessment']).default('consultation'),
  timezone: timeZone,
});

export const ChatRequestSchema = z.object({
  // A missing or unknown zone is not the visitor's fault: the flow falls back to BUSINESS_TIMEZONE. Text that is
  // not text (a lone surrogate, NUL) is still refused, as in every other field.
  timezone: z
    .string()
    .refine(isWellFormedText, MALFORMED_TEXT)
    .transform((s) => (s.length <= 64 ? s : undefined))
    .optional(),
  sessionId: z.uuid(),
  message: multiline(2000).min(1, 'Say something first'),
  language: z.enum(['en', 'es']),
  page: z.object({ url: optText(1000), title: optText(300) }).optional(),
  attribution: AttributionSchema,
  turnstileToken: wellFormed().max(4096).optional(),
}) satisfies z.ZodType<ChatRequest, unknown>;

export const ContactUpdateSchema = z.object({
  sessionId: z.uuid(),
  firstName: personName(80).optional(),
  lastName: personName(80).optional(),
  email: email.optional(),
  phone: optText(40),
  companyName: optText(200),
}) satisfies z.ZodType<ContactUpdate, unknown>;

export const EndRequestSchema = z.object({ sessionId: z.uuid() });
export const CheckoutStatusQuerySchema = z.object({ session_id: z.string().min(3).max(255) });
