import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../deps.js';
import type { FormSignals } from '../../model/contracts.js';
import { originMatcher } from '../middleware/origins.js';
import { checkSignals } from '../middleware/spam.js';
import type { RateLimiter } from '../middleware/rate-limit.js';
import { depsOf, metaOf } from './meta.js';
import { jsonBody } from './validate.js';

/**
 * What every visitor form goes through before its flow: rate limits per IP and per embedding origin, the
 * validated body, and the spam verdict (a bot is answered as if all went well, and nothing is written).
 */
export async function visitorForm<S extends z.ZodType<FormSignals>>(c: Context<AppEnv>, limiter: RateLimiter, scope: string, schema: S) {
  const deps = depsOf(c);
  const meta = metaOf(c);
  formRateLimits(c, limiter, scope);
  const body = await jsonBody(c, schema);
  const bot = (await checkSignals(c, deps, body)) === 'bot';
  return { deps, meta, body, bot };
}

/** The form's rate limits for `scope` (also spent by a booking made in the chat, so both share one budget). */
export function formRateLimits(c: Context<AppEnv>, limiter: RateLimiter, scope: string): void {
  const deps = depsOf(c);
  const meta = metaOf(c);
  limiter.hit(`${scope}:ip:${meta.ip}`, deps.config.RATE_LIMIT_PER_MINUTE);
  // An embedding site has its own budget; a missing or unlisted Origin (which only a non-browser client can send
  // past CORS) shares one, so omitting or rotating the header buys no extra requests (#22.13).
  const listed = meta.origin && matcherFor(deps.config.allowedOrigins)(meta.origin) ? meta.origin : 'unlisted';
  limiter.hit(`${scope}:origin:${listed}`, deps.config.RATE_LIMIT_PER_MINUTE * 10);
}

const matchers = new WeakMap<string[], (origin: string) => boolean>();
function matcherFor(allowed: string[]) {
  let m = matchers.get(allowed);
  if (!m) matchers.set(allowed, (m = originMatcher(allowed)));
  return m;
}
