import type { Attribution, Locale, RoiInputs, RoiSubmission } from '../../model/contracts.js';

/** What the visitor typed in the email form. */
export interface Contact {
  email: string;
  name: string;
  companyName: string;
  phone: string;
}

export interface SubmissionParts {
  submissionId: string;
  contact: Contact;
  locale: Locale;
  inputs: RoiInputs;
  timeOnCalculatorSeconds: number;
  adjustmentsCount: number;
  fillMs: number;
  honeypot: string;
  attribution: Attribution;
}

/**
 * The body of POST /api/leads/roi. Ids only, never localized labels (D44); no computed figures, since the
 * server recomputes them. Optional contact fields are left out when blank. Everything is copied, so a host
 * mutating the submit event's payload cannot reach the widget's own state.
 */
export function buildSubmission(p: SubmissionParts): RoiSubmission {
  const body: RoiSubmission = {
    submissionId: p.submissionId,
    email: p.contact.email.trim(),
    locale: p.locale,
    inputs: { ...p.inputs, taskHours: { ...p.inputs.taskHours } },
    engagement: { timeOnCalculatorSeconds: p.timeOnCalculatorSeconds, adjustmentsCount: p.adjustmentsCount },
    attribution: { ...p.attribution },
    website_hp: p.honeypot,
    fillMs: Math.round(p.fillMs),
  };
  for (const k of ['name', 'companyName', 'phone'] as const) {
    const v = p.contact[k].trim();
    if (v) body[k] = v;
  }
  return body;
}
