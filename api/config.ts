import { z } from 'zod';
import { isValidTimeZone } from '../model/time.js';

/**
 * Every environment variable the API reads, validated once at start. Locally each has a documented default
 * (no keys needed); with APP_ENV=production the ones marked `prod` must be set and a missing or malformed
 * value stops the start with a message naming each one.
 */
const int = (d: number) => z.coerce.number().int().min(0).default(d);
const rate = z.coerce.number().min(0).max(1).default(0);
// An optional value is set or absent, never "set but blank": a malformed value is an error (a blank
// STRIPE_SECRET_KEY used to read as unset, so production fell back to the local checkout).
const opt = z.string().min(1).optional();
const httpUrl = z.url({ protocol: /^https?$/, error: 'not an http(s) URL' });

export const ConfigSchema = z.object({
  APP_ENV: z.enum(['development', 'test', 'production']).default('development'),
  PORT: int(8787),
  /** Unset: PORT + 1 (api/node.ts). */
  PARTNER_PORT: z.coerce.number().int().min(0).optional(),
  HOST: z.string().default('127.0.0.1'),
  PUBLIC_URL: z.url().optional(),
  DATA_DIR: z.string().default('.data'),
  ALLOWED_ORIGINS: z.string().optional(),
  PARTNER_ORIGINS: z.string().default(''),
  MAX_BODY_BYTES: int(64 * 1024),
  LOG_LEVEL: z.enum(['debug', 'info', 'warn', 'error']).default('info'),

  NCB_OPENAPI_URL: z.url().optional(),
  NCB_INSTANCE: z.string().min(1).default('local_kre8'),
  NCB_SECRET_KEY: z.string().min(1).default('local-ncb-secret'),
  NCB_OWNER_USER_ID: z.string().min(1).default('local-owner'),
  NCB_TIMEOUT_MS: int(8000),
  NCB_LOCAL_LATENCY_MS: int(0),
  NCB_LOCAL_FAILURE_RATE: rate,

  EMAILIT_API_URL: z.url().optional(),
  EMAILIT_API_KEY: z.string().min(1).default('local-emailit-key'),
  EMAILIT_WEBHOOK_SECRET: z.string().min(1).default('whsec_local_emailit_not_a_secret'),
  EMAIL_FROM: opt, // defaults to EMAIL_IDENTITY
  EMAIL_REPLY_TO: opt, // defaults to EMAIL_IDENTITY
  /** The one sender identity: From and Reply-To unless set apart (mail from one domain, replies to another confuse people). */
  EMAIL_IDENTITY: z.string().min(3).default('AI KRE8TION Partners <bookings@kre8tion.com>'),
  ADMIN_EMAIL: z.email().default('admin@kre8tion.local'),
  SITE_URL: z.url().default('https://kre8tion.com'),

  STRIPE_SECRET_KEY: z.string().regex(/^(sk|rk)_(test|live)_\S+$/, 'not a Stripe secret key (sk_test_…, sk_live_…)').optional(),
  STRIPE_WEBHOOK_SECRET: z.string().regex(/^whsec_\S+$/, 'not a Stripe webhook secret (whsec_…)').default('whsec_local_stripe_not_a_secret'),
  STRIPE_ASSESSMENT_PRICE_ID: z.string().regex(/^price_\S+$/, 'not a Stripe price id (price_…)').optional(),

  BUSINESS_TIMEZONE: z.string().default('America/Los_Angeles').refine(isValidTimeZone, { error: (iss) => `not an IANA time zone (${String(iss.input)})` }),
  BOOKING_MIN_NOTICE_MINUTES: int(60),
  BOOKING_HORIZON_DAYS: int(30),
  CHECKOUT_HOLD_MINUTES: z.coerce.number().int().min(30).max(1440).default(30),
  CALENDAR_CACHE_SECONDS: int(30),
  /** The video room of the strategy call (Meet, Zoom, a Cal room), shown in the confirmation, its email and .ics. */
  MEETING_URL: z.url({ protocol: /^https$/ }).default('https://meet.kre8tion.com/strategy-call'),

  MIN_FILL_MS: int(2500),
  TURNSTILE_SECRET: opt,
  /** Bearer token for the Worker's dead-job list and replay (/api/ops/dead-jobs); unset, those routes are off. */
  OPS_TOKEN: z.string().min(24).optional(),
  RATE_LIMIT_PER_MINUTE: int(20),
  /**
   * How many proxies we run in front of Node (api/middleware/client-ip.ts). 0: none, so X-Forwarded-For and
   * CF-Connecting-IP come from the client and are ignored (the socket address is the IP). N: the visitor is the
   * N-th X-Forwarded-For entry from the right. Setting it higher than the real count lets clients pick their IP.
   * Not read on Workers, where Cloudflare's own CF-Connecting-IP is trusted.
   */
  TRUST_PROXY_HOPS: int(0),
  CHAT_RATE_LIMIT_PER_MINUTE: int(20),
  /** Visitor-facing emails (ROI report, booking confirmation) per address per UTC day; 0: no limit (api/email/recipient-limit.ts). */
  VISITOR_EMAILS_PER_DAY: int(3),
  /** Reads per IP per minute (availability, checkout status): each one costs NCB reads or a Stripe call. */
  READ_RATE_LIMIT_PER_MINUTE: int(120),

  LLM_BASE_URL: httpUrl.optional(),
  LLM_API_KEY: opt,
  LLM_MODEL: opt,
  AUDIO_BASE_URL: httpUrl.optional(),
  AUDIO_API_KEY: opt,

  // The local outbox runner (api/node.ts); on Workers the queue's own retry settings apply (wrangler.toml).
  JOB_BACKOFF_BASE_MS: int(1000),
  JOB_BACKOFF_CAP_MS: int(60_000),
  JOB_MAX_ATTEMPTS: z.coerce.number().int().min(1).default(12),
  JOB_CONCURRENCY: z.coerce.number().int().min(0).default(8), // 0 pauses the runner (benchmarks measure the visitor path alone)
});

type Raw = z.infer<typeof ConfigSchema>;
export type Config = Omit<Raw, 'EMAIL_FROM' | 'EMAIL_REPLY_TO'> & {
  EMAIL_FROM: string;
  EMAIL_REPLY_TO: string;
  publicUrl: string;
  ncbUrl: string;
  emailitUrl: string;
  allowedOrigins: string[];
  partnerOrigins: string[];
  /** True when NCB/EmailIt point at the embedded stand-ins of this process. */
  localStack: boolean;
};

const REQUIRED_IN_PRODUCTION = [
  'PUBLIC_URL',
  'ALLOWED_ORIGINS',
  'NCB_OPENAPI_URL',
  'NCB_INSTANCE',
  'NCB_SECRET_KEY',
  'NCB_OWNER_USER_ID',
  'EMAILIT_API_URL',
  'EMAILIT_API_KEY',
  'EMAILIT_WEBHOOK_SECRET',
  'ADMIN_EMAIL',
  'STRIPE_SECRET_KEY',
  'STRIPE_WEBHOOK_SECRET',
  'STRIPE_ASSESSMENT_PRICE_ID',
] as const;

/** Set together or not at all: half a group would silently disable the feature (or, for Stripe, fall back). */
const GROUPS = [
  ['LLM_BASE_URL', 'LLM_API_KEY', 'LLM_MODEL'],
  ['AUDIO_BASE_URL', 'AUDIO_API_KEY'],
  ['STRIPE_SECRET_KEY', 'STRIPE_ASSESSMENT_PRICE_ID'],
] as const;
/** The webhook secret has a local default (the local checkout signs with it), but real Stripe needs the real one. */
const REQUIRES = [['STRIPE_SECRET_KEY', 'STRIPE_WEBHOOK_SECRET']] as const;

/** Comma-separated lists, whose spaces around entries are trimmed. */
const LISTS = new Set(['ALLOWED_ORIGINS', 'PARTNER_ORIGINS']);

/** Whitespace problems, named without the value (it may be a secret). */
function whitespaceProblems(env: Record<string, string>): string[] {
  const out: string[] = [];
  for (const [k, v] of Object.entries(env)) {
    if (!(k in ConfigSchema.shape)) continue;
    if (v.trim() === '') out.push(`${k}: blank (unset it or give a value)`);
    else if (!LISTS.has(k) && v !== v.trim()) out.push(`${k}: has leading or trailing whitespace`);
  }
  return out;
}

function groupProblems(env: Record<string, string>): string[] {
  const out: string[] = [];
  for (const group of GROUPS) {
    const set = group.filter((k) => env[k] !== undefined);
    if (set.length && set.length < group.length) {
      for (const k of group) if (env[k] === undefined) out.push(`${k}: required when ${set.join(', ')} ${set.length > 1 ? 'are' : 'is'} set`);
    }
  }
  for (const [when, needs] of REQUIRES) if (env[when] !== undefined && env[needs] === undefined) out.push(`${needs}: required when ${when} is set`);
  return out;
}

export class ConfigError extends Error {
  constructor(readonly problems: string[]) {
    super(`Invalid configuration:\n${problems.map((p) => `  - ${p}`).join('\n')}`);
  }
}

/** Parses the environment; throws ConfigError naming every missing or malformed variable. */
export function loadConfig(env: Record<string, string | undefined>): Config {
  const cleaned = Object.fromEntries(Object.entries(env).filter(([, v]) => v !== undefined && v !== ''));
  const parsed = ConfigSchema.safeParse(cleaned);
  const problems: string[] = [...whitespaceProblems(cleaned as Record<string, string>), ...groupProblems(cleaned as Record<string, string>)];
  if (!parsed.success) {
    for (const issue of parsed.error.issues) problems.push(`${issue.path.join('.')}: ${issue.message}`);
  }
  if (cleaned.APP_ENV === 'production') {
    for (const key of REQUIRED_IN_PRODUCTION) if (!cleaned[key] && !problems.some((p) => p.startsWith(`${key}:`))) problems.push(`${key}: required in production`);
  }
  if (problems.length || !parsed.success) throw new ConfigError(problems);
  const c = parsed.data;
  const publicUrl = (c.PUBLIC_URL ?? `http://localhost:${c.PORT}`).replace(/\/+$/, '');
  const list = (s: string | undefined) => (s ?? '').split(',').map((o) => o.trim().replace(/\/+$/, '')).filter(Boolean);
  const ncbUrl = (c.NCB_OPENAPI_URL ?? `${publicUrl}/ncb`).replace(/\/+$/, '');
  const emailitUrl = (c.EMAILIT_API_URL ?? `${publicUrl}/emailit`).replace(/\/+$/, '');
  const partnerOrigins = list(c.PARTNER_ORIGINS);
  return {
    ...c,
    publicUrl,
    ncbUrl,
    emailitUrl,
    allowedOrigins: [...new Set([...list(c.ALLOWED_ORIGINS ?? publicUrl), ...partnerOrigins])],
    partnerOrigins,
    localStack: !c.NCB_OPENAPI_URL && !c.EMAILIT_API_URL,
    EMAIL_FROM: c.EMAIL_FROM ?? c.EMAIL_IDENTITY,
    EMAIL_REPLY_TO: c.EMAIL_REPLY_TO ?? c.EMAIL_IDENTITY,
  };
}
