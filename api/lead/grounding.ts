/**
 * Whether a value a model proposes was said by the visitor (issue #16): an email or phone must normalise to
 * one the visitor's own turns dictate, a name or company must appear in a user turn. The assistant's turns
 * never ground anything — a model repeating the greeting's "hello@kre8tion.com" is not the visitor's.
 * Pure and deterministic, so the LLM-assisted extractor can only choose among what was said, never add to it.
 */
import type { ExtractedLead, ExtractOptions, LeadTurn } from './extract.js';
import { findEmails } from './email.js';
import { findPhoneRuns, toE164 } from './phone.js';
import { joinSpelled } from './spelling.js';
import { fold, tokenize } from './text.js';

export interface Grounding {
  emails: Set<string>;
  /** Per user turn that says "at" / "arroba" / "@": its words folded and run together, to find a dictated address in. */
  dictated: string[];
  phones: Set<string>;
  /** Folded user text, words separated by single spaces and padded, for whole-word containment. */
  said: string[];
}

const words = (s: string) => ` ${fold(s).replace(/[^\p{L}\p{N}&]+/gu, ' ').trim()} `;

export function groundingOf(turns: LeadTurn[], opts: ExtractOptions = {}): Grounding {
  const country = (opts.defaultCountry ?? 'US').toUpperCase();
  const fallbacks = opts.language === 'es' ? ['ES', 'MX'].filter((c) => c !== country) : [];
  const emails = new Set<string>();
  const phones = new Set<string>();
  const said: string[] = [];
  const dictated: string[] = [];
  let carry = '';
  for (const t of turns) {
    if (t.role !== 'user') continue;
    const tokens = joinSpelled(tokenize(t.content ?? ''));
    for (const e of findEmails(tokens)) emails.add(e.value.toLowerCase());
    for (const m of (t.content ?? '').matchAll(/[\w.%+-]+@[\w-]+(?:\.[\w-]+)+/g)) emails.add(m[0].toLowerCase());
    const runs = findPhoneRuns(tokens);
    // A run alone, two runs said one after the other, and a number begun at the end of the previous turn.
    const pieces = runs.map((r) => r.digits);
    const candidates = [...pieces, ...pieces.slice(1).map((d, k) => pieces[k] + d), ...(carry && pieces[0] ? [carry + pieces[0]] : [])];
    for (const d of candidates) {
      const e164 = toE164(d, country, fallbacks);
      if (e164) phones.add(e164);
    }
    carry = pieces.at(-1) ?? '';
    said.push(words(t.content ?? ''), ` ${tokens.map((k) => k.norm).join(' ')} `);
    if (tokens.some((k) => ['at', 'arroba', '@'].includes(k.norm) || k.norm.includes('@'))) dictated.push(fold(t.content ?? '').replace(/[^\p{L}\p{N}]+/gu, ''));
  }
  return { emails, phones, dictated, said };
}

/** Whether `value` for `field` is grounded in what the visitor said. */
export function isGrounded(field: keyof ExtractedLead, value: string, g: Grounding, opts: ExtractOptions = {}): boolean {
  if (field === 'email') {
    const v = value.trim().toLowerCase();
    return g.emails.has(v) || (EMAIL.test(v) && g.dictated.some((d) => inOrder(v.split(/[@.\-_+]+/), d)));
  }
  if (field === 'phone') {
    const country = (opts.defaultCountry ?? 'US').toUpperCase();
    const e164 = toE164(value.replace(/[^\d+]/g, ''), country);
    return !!e164 && g.phones.has(e164);
  }
  const w = words(value);
  if (w.trim() === '') return false;
  return g.said.some((s) => s.includes(w));
}

const EMAIL = /^[a-z0-9](?:[a-z0-9._%+-]*[a-z0-9])?@[a-z0-9](?:[a-z0-9-]*[a-z0-9])?(?:\.[a-z0-9-]+)*\.[a-z]{2,}$/;

/**
 * "sofia mendoza ochenta y cinco" aside, an address the rules could not put together is still grounded when
 * every piece of it (local part, each domain label, the top-level domain) was said, in order, in one turn
 * that dictates an address: the model may only assemble what the visitor spelled out, never add to it.
 */
function inOrder(pieces: string[], text: string): boolean {
  let at = 0;
  for (const p of pieces.map(fold)) {
    if (!p) continue;
    const k = text.indexOf(p, at);
    if (k < 0) return false;
    at = k + p.length;
  }
  return true;
}
