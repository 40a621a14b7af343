import { randomUUID } from 'node:crypto';
import type { BookingRequest, RoiSubmission } from '../../model/contracts.js';
import { DEFAULT_INPUTS } from '../../model/roi.js';

export function roiSubmission(over: Partial<RoiSubmission> = {}): RoiSubmission {
  return {
    submissionId: randomUUID(),
    email: 'Dana.Whitfield@Example.com',
    name: 'Dana Whitfield',
    phone: '(512) 555-0134',
    companyName: 'Whitfield Plumbing LLC',
    locale: 'en',
    inputs: { ...structuredClone(DEFAULT_INPUTS), industry: 'construction', employees: '10-25' },
    engagement: { timeOnCalculatorSeconds: 214, adjustmentsCount: 7 },
    attribution: { utm_source: 'google', utm_campaign: 'spring', landingUrl: 'https://kre8tion.com/?utm_source=google' },
    fillMs: 45_000,
    ...over,
  };
}

export function bookingRequest(start: string, over: Partial<BookingRequest> = {}): BookingRequest {
  return {
    submissionId: randomUUID(),
    type: 'consultation',
    start,
    timezone: 'Europe/Madrid',
    name: 'Dana Whitfield',
    email: 'dana@example.com',
    phone: '+1 512 555 0134',
    companyName: 'Whitfield Plumbing',
    industry: 'Plumbing',
    employeeCount: '12',
    challenge: 'Missed calls',
    referralSource: 'Google',
    websiteUrl: 'https://whitfield.example',
    locale: 'en',
    attribution: { utm_source: 'newsletter' },
    fillMs: 30_000,
    ...(over.type === 'assessment' && { address: '1200 Congress Ave, Austin, TX' }),
    ...over,
  };
}

/** A fixed "now" on a Monday morning in Los Angeles, so slots are deterministic. */
export const MONDAY_0800_LA = new Date('2026-11-23T16:00:00Z');

/**
 * A complete production environment (every variable APP_ENV=production requires, well-formed), for the tests
 * of the configuration and of what a production server serves.
 */
export const PRODUCTION_ENV: Readonly<Record<string, string>> = {
  APP_ENV: 'production',
  PUBLIC_URL: 'https://api.kre8tion.com',
  ALLOWED_ORIGINS: 'https://kre8tion.com,https://*.kre8tion.com',
  NCB_OPENAPI_URL: 'https://ncb.example.com/api',
  NCB_INSTANCE: 'kre8_prod',
  NCB_SECRET_KEY: 'ncb-prod-secret',
  NCB_OWNER_USER_ID: 'user-42',
  EMAILIT_API_URL: 'https://api.emailit.com',
  EMAILIT_API_KEY: 'em_live_key',
  EMAILIT_WEBHOOK_SECRET: 'whsec_' + 'f'.repeat(64),
  ADMIN_EMAIL: 'team@kre8tion.com',
  STRIPE_SECRET_KEY: 'sk_test_' + 'x'.repeat(24),
  STRIPE_WEBHOOK_SECRET: 'whsec_' + 'e'.repeat(32),
  STRIPE_ASSESSMENT_PRICE_ID: 'price_123',
};
