import type { Context } from 'hono';
import type { z } from 'zod';
import type { AppEnv } from '../deps.js';
import type { FormSignals } from '../../model/contracts.js';
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
  limiter.hit(`${scope}:ip:${meta.ip}`, deps.config.RATE_LIMIT_PER_MINUTE);
  if (meta.origin) limiter.hit(`${scope}:origin:${meta.origin}`, deps.config.RATE_LIMIT_PER_MINUTE * 10);
  const body = await jsonBody(c, schema);
  const bot = (await checkSignals(c, deps, body)) === 'bot';
  return { deps, meta, body, bot };
}
