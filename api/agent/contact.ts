/**
 * Asking for contact details without nagging: one field at a time in the order name → email → phone,
 * never in two assistant turns in a row, at most twice per field, and acknowledging what was just given.
 */
import type { Locale } from '../../model/contracts.js';
import { normalize, withoutAddresses } from './normalize.js';
import type { AgentInput, Turn } from './types.js';

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
  history: Turn[];
  interest: boolean;
  answeringQuestion: boolean;
}): ContactField | null {
  if (!opts.interest || opts.answeringQuestion) return null;
  const assistantTurns = opts.history.filter((t) => t.role === 'assistant');
  const last = assistantTurns[assistantTurns.length - 1];
  if (last && fieldsAskedIn(last.content).length > 0) return null;
  const counts = new Map<ContactField, number>();
  for (const turn of assistantTurns) for (const f of fieldsAskedIn(turn.content)) counts.set(f, (counts.get(f) ?? 0) + 1);
  return missingFields(opts.lead).find((f) => (counts.get(f) ?? 0) < MAX_ASKS_PER_FIELD) ?? null;
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
  if (locale === 'es') {
    if (gaveName) return gaveEmail || gavePhone ? `Gracias, ${first}, ya tengo tus datos.` : `Gracias, ${first}.`;
    return gaveEmail ? 'Gracias, ya anoté tu correo.' : 'Gracias, ya anoté tu teléfono.';
  }
  if (gaveName) return gaveEmail || gavePhone ? `Thanks, ${first}, I've got your details.` : `Thanks, ${first}.`;
  return gaveEmail ? "Thanks, I've noted your email." : "Thanks, I've noted your number.";
}
