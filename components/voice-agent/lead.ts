import type { CapturedLead } from '../../model/contracts.js';

/** Body of POST /voice-agent/contact (the visitor correcting what the agent captured). */
export interface ContactDetails {
  firstName?: string;
  lastName?: string;
  email?: string;
  phone?: string;
}

/** How the team will reach the visitor: the email, else the phone, else null (no chip yet). */
export function leadContact(lead: CapturedLead | null | undefined): string | null {
  return lead?.email || lead?.phone || null;
}

/** "First Last", or undefined when no name was captured. */
export function leadName(lead: CapturedLead | null | undefined): string | undefined {
  return [lead?.firstName, lead?.lastName].filter(Boolean).join(' ') || undefined;
}

/**
 * The contact request from the edit form's raw values: the first word is the first name, the rest the last
 * name; blank fields are left out so they don't overwrite what the server has.
 */
export function contactDetails(name: string, email: string, phone: string): ContactDetails {
  const out: ContactDetails = {};
  const [first, ...rest] = name.trim().split(/\s+/).filter(Boolean);
  if (first) out.firstName = first;
  if (rest.length) out.lastName = rest.join(' ');
  if (email.trim()) out.email = email.trim();
  if (phone.trim()) out.phone = phone.trim();
  return out;
}
