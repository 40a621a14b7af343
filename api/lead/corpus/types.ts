/**
 * The extraction corpus: realistic voice-agent conversations (speech-to-text as people really talk, EN and
 * ES) with the details extractLead must return — null wherever nothing should be extracted.
 */
import type { ExtractedLead, LeadTurn } from '../extract.js';

export interface LeadCase {
  id: string;
  lang: 'en' | 'es';
  turns: LeadTurn[];
  expect: ExtractedLead;
  defaultCountry?: string;
  /** A genuinely ambiguous case the extractor is allowed to get wrong; the reason says why. */
  known?: 'miss';
  reason?: string;
}

export const u = (content: string): LeadTurn => ({ role: 'user', content });
export const a = (content: string): LeadTurn => ({ role: 'assistant', content });

/** Expected details; every field not given is expected to be null. */
export const lead = (fields: Partial<ExtractedLead> = {}): ExtractedLead => ({
  firstName: null,
  lastName: null,
  email: null,
  phone: null,
  companyName: null,
  ...fields,
});

/** Nothing at all should be extracted. */
export const NOTHING = lead();
