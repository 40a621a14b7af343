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
