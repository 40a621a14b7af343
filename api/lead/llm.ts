/**
 * LLM-assisted lead extraction (issue #16). With an OpenAI-compatible model configured (LLM_BASE_URL,
 * LLM_API_KEY, LLM_MODEL — the same endpoint and request shape as api/agent/openai.ts), the model is asked
 * for the visitor's contact fields as structured output (a JSON schema). Each value it gives is kept only
 * when grounding.ts finds it in the visitor's own words; otherwise — and for every field it leaves empty,
 * and on any upstream failure — the rule result (extractLead) stands. Without a model the rules alone run.
 */
import { z } from 'zod';
import { extractLead, type ExtractedLead, type ExtractOptions, type LeadTurn } from './extract.js';
import { groundingOf, isGrounded } from './grounding.js';
import { properSurname, properWord } from './names.js';
import { toE164 } from './phone.js';

export interface LlmExtractorOptions {
  baseUrl: string;
  apiKey: string;
  model: string;
  fetch?: typeof fetch;
  /** Budget for the one request; the rule result is returned when it runs out. */
  timeoutMs?: number;
  /** The most recent turns the model is sent (default 30): the request must not grow with the transcript. */
  maxTurns?: number;
  /** Told why the model's answer was not used: a short reason code, never content or keys. */
  onFallback?: (reason: string) => void;
}

export type LeadExtractor = (turns: LeadTurn[], opts?: ExtractOptions) => Promise<ExtractedLead>;

const FIELDS = ['firstName', 'lastName', 'email', 'phone', 'companyName'] as const;
const MAX_TURNS = 30;
const MAX_TURN_CHARS = 2000;

const nullableString = { anyOf: [{ type: 'string' }, { type: 'null' }] };
/** The structured output asked for (strict JSON schema: every field present, null when not said). */
export const LEAD_SCHEMA = {
  name: 'visitor_contact',
  strict: true,
  schema: {
    type: 'object',
    additionalProperties: false,
    required: [...FIELDS],
    properties: Object.fromEntries(FIELDS.map((f) => [f, nullableString])),
  },
} as const;

const Answer = z.object(Object.fromEntries(FIELDS.map((f) => [f, z.string().max(200).nullable()])) as Record<(typeof FIELDS)[number], z.ZodNullable<z.ZodString>>);
const Completion = z.object({ choices: z.array(z.object({ message: z.object({ content: z.string().nullish() }) })).min(1) });

export function extractionPrompt(opts: ExtractOptions): string {
  return [
    'You read a chat between a website visitor (user) and an assistant. The visitor may speak through speech-to-text:',
    'lower case, numbers as words, letters spelled one by one, "at"/"arroba" and "dot"/"punto" in addresses.',
    "Return the lead's contact details: the visitor's own, or those of the person the visitor says they speak for.",
    'firstName and lastName as the person writes them (Spanish names may have two surnames in lastName),',
    'email as a written address, phone in E.164 (default country ' + (opts.defaultCountry ?? 'US') + '), companyName as its name.',
    "Never use details from the assistant's turns, someone else's details, old or negated ones. Null for anything not said.",
  ].join(' ');
}

class Upstream extends Error {}

export function createLlmLeadExtractor(opts: LlmExtractorOptions): LeadExtractor {
  const endpoint = `${opts.baseUrl.replace(/\/+$/, '')}/chat/completions`;
  const report = opts.onFallback ?? ((reason: string) => console.warn(`[lead] LLM extraction unavailable (${reason}); rules only`));

  async function ask(turns: LeadTurn[], eo: ExtractOptions): Promise<z.infer<typeof Answer>> {
    const doFetch = opts.fetch ?? globalThis.fetch;
    const signal = AbortSignal.timeout(opts.timeoutMs ?? 8000);
    let res: Response;
    try {
      res = await doFetch(endpoint, {
        method: 'POST',
        headers: { 'content-type': 'application/json', authorization: `Bearer ${opts.apiKey}` },
        body: JSON.stringify({
          model: opts.model,
          messages: [
            { role: 'system', content: extractionPrompt(eo) },
            ...turns.slice(-(opts.maxTurns ?? MAX_TURNS)).map((t) => ({ role: t.role, content: (t.content ?? '').slice(0, MAX_TURN_CHARS) })),
          ],
          response_format: { type: 'json_schema', json_schema: LEAD_SCHEMA },
          temperature: 0,
          max_tokens: 200,
        }),
        signal,
      });
    } catch {
      throw new Upstream(signal.aborted ? 'timeout' : 'network');
    }
    if (!res.ok) throw new Upstream(`http_${res.status}`);
    let content: string | null | undefined;
    try {
      const parsed = Completion.safeParse(await res.json());
      if (!parsed.success) throw new Upstream('malformed_response');
      content = parsed.data.choices[0].message.content;
    } catch (err) {
      throw err instanceof Upstream ? err : new Upstream('malformed_json');
    }
    let answer: unknown;
    try {
      answer = JSON.parse(content ?? '');
    } catch {
      throw new Upstream('not_json');
    }
    const checked = Answer.safeParse(answer);
    if (!checked.success) throw new Upstream('schema_mismatch');
    return checked.data;
  }

  return async (turns, eo = {}) => {
    const rules = extractLead(turns, eo);
    if (!turns.some((t) => t.role === 'user' && t.content?.trim())) return rules;
    let answer: z.infer<typeof Answer>;
    try {
      answer = await ask(turns, eo);
    } catch (err) {
      report(err instanceof Upstream ? err.message : 'error');
      return rules;
    }
    return mergeGrounded(rules, answer, turns, eo);
  };
}

/** The model's value where it is grounded in the visitor's words; the rule value everywhere else. */
export function mergeGrounded(rules: ExtractedLead, answer: Partial<Record<keyof ExtractedLead, string | null>>, turns: LeadTurn[], eo: ExtractOptions = {}): ExtractedLead {
  const g = groundingOf(turns, eo);
  const out: ExtractedLead = { ...rules };
  for (const f of FIELDS) {
    const v = answer[f]?.trim();
    if (!v || !isGrounded(f, v, g, eo)) continue;
    out[f] = written(f, v, eo);
  }
  return out;
}

/** How a grounded value is stored: the address lower-cased, the phone in E.164, a lower-case name capitalised. */
function written(f: keyof ExtractedLead, v: string, eo: ExtractOptions): string {
  if (f === 'email') return v.toLowerCase();
  if (f === 'phone') return toE164(v.replace(/[^\d+]/g, ''), (eo.defaultCountry ?? 'US').toUpperCase()) ?? v;
  if ((f === 'firstName' || f === 'lastName') && v === v.toLowerCase()) return f === 'lastName' ? properSurname(v.split(/\s+/)) : v.split(/\s+/).map(properWord).join(' ');
  return v;
}

/** Rules alone without a configured model; rules checked by the model with one. */
export function leadExtractorFor(config: { LLM_BASE_URL?: string; LLM_API_KEY?: string; LLM_MODEL?: string }, extra: Partial<LlmExtractorOptions> = {}): LeadExtractor {
  if (config.LLM_BASE_URL && config.LLM_API_KEY && config.LLM_MODEL) {
    return createLlmLeadExtractor({ baseUrl: config.LLM_BASE_URL, apiKey: config.LLM_API_KEY, model: config.LLM_MODEL, ...extra });
  }
  return async (turns, eo = {}) => extractLead(turns, eo);
}
