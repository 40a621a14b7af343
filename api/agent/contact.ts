/**
 * Asking for contact details without nagging: one field at a time in the order name → email → phone,
 * never in two assistant turns in a row, at most twice per field, and acknowledging what was just given.
 */
import type { Locale } from '../../model/contracts.js';
import { normalize, withoutAddresses } from './normalize.js';
import type { AgentInput } from './types.js';

export type ContactField = 'name' | 'email' | 'phone';
const ORDER: ContactField[] = ['name', 'email', 'phone'];
const MAX_ASKS_PER_FIELD = 2;

export const CONTACT_ASKS: Record<ContactField, Record<Locale, string>> = {
  // "Who am I speaking with?" fits a booking and an estimate alike, and lead/context.ts reads it as a name ask.
  name: { en: 'By the way, who am I speaking with?', es: 'Por cierto, ¿con quién tengo el gusto?' },
  email: {
    en: "What's the best email to send you the details?",
    es: '¿A qué correo electrónico te puedo enviar los detalles?',
  },
  phone: {
    en: 'And is there a phone number where we can reach you, in case we need to follow up?',
    es: '¿Y hay algún teléfono donde podamos contactarte, por si hace falta dar seguimiento?',
  },
};

// Recognise an ask in any assistant turn (ours or an LLM's): a question about the field.
const ASK_PATTERNS: Record<ContactField, RegExp> = {
  name: /\b(your name|what name|who should i|who am i (speaking|talking) (to|with)|first name|a nombre de quien|con quien tengo el gusto|su nombre|como se llama|tu nombre)\b[^.!?]*\?/,
  email: /\b(email|e-mail|correo)\b[^.!?]*\?/,
  phone: /\b(phone|number where|telefono|numero de contacto)\b[^.!?]*\?/,
};

export function fieldsAskedIn(assistantText: string): ContactField[] {
  const t = normalize(assistantText);
  // A question may start before the keyword ("What's the best email…?"): test each sentence whole.
  const sentences = t.match(/[^.!?]*\?/g) ?? [];
  return ORDER.filter((f) => sentences.some((s) => ASK_PATTERNS[f].test(s)));
}

export function missingFields(lead: AgentInput['lead']): ContactField[] {
  const missing: ContactField[] = [];
  if (!lead.firstName) missing.push('name');
  if (!lead.email) missing.push('email');
  if (!lead.phone) missing.push('phone');
  return missing;
}

/**
 * The next field to ask for, or null. `answeringQuestion`: the visitor asked something we must answer
 * first, so this turn is only the answer.
 */
export function nextContactAsk(opts: {
  lead: AgentInput['lead'];
  /** From the dialogue state: asks so far per field, and what the last reply asked. */
  asked: Partial<Record<ContactField, number>>;
  askedLast: readonly ContactField[];
  interest: boolean;
  answeringQuestion: boolean;
}): ContactField | null {
  if (!opts.interest || opts.answeringQuestion) return null;
  if (opts.askedLast.length > 0) return null;
  return missingFields(opts.lead).find((f) => (opts.asked[f] ?? 0) < MAX_ASKS_PER_FIELD) ?? null;
}

function digits(s: string): string {
  return s.replace(/\D/g, '');
}

/** "Thanks, Dana." when this message is where the name (or email, or phone) came from. */
export function acknowledgement(message: string, lead: AgentInput['lead'], locale: Locale): string | null {
  const text = normalize(message);
  const name = lead.firstName ? normalize(lead.firstName) : '';
  const nameAt = new RegExp(`(^|[^\\p{L}])${name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}($|[^\\p{L}])`, 'u');
  const gaveName = name.length > 1 && nameAt.test(normalize(withoutAddresses(message)));
  const gaveEmail = !!lead.email && text.includes(lead.email.toLowerCase());
  const phoneDigits = lead.phone ? digits(lead.phone).slice(-7) : '';
  const gavePhone = phoneDigits.length === 7 && digits(message).includes(phoneDigits);
  if (!gaveName && !gaveEmail && !gavePhone) return null;
  const first = lead.firstName?.trim() ?? '';
  // What was given, said back, so the visitor hears it was understood ("Thanks — I have 503-555-0187").
  const given = [gaveEmail ? lead.email! : '', gavePhone ? speakPhone(lead.phone!) : ''].filter(Boolean).join(locale === 'es' ? ' y ' : ' and ');
  if (locale === 'es') {
    if (gaveName) return given ? `Gracias, ${first}. Ya tengo ${given}.` : `Gracias, ${first}.`;
    return `Gracias. Ya tengo ${given}.`;
  }
  if (gaveName) return given ? `Thanks, ${first}. I have ${given}.` : `Thanks, ${first}.`;
  return `Thanks. I have ${given}.`;
}

/** A US number as people write it (503-555-0187); any other as stored (+44…). */
export function speakPhone(e164: string): string {
  const us = /^\+1(\d{3})(\d{3})(\d{4})$/.exec(e164);
  return us ? `${us[1]}-${us[2]}-${us[3]}` : e164;
}
