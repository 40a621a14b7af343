import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { acceptRoiSubmission } from '../flows/roi-submission.js';
import { checkSignals } from '../middleware/spam.js';
import type { RateLimiter } from '../middleware/rate-limit.js';
import { computeRoi } from '../../model/roi.js';
import { depsOf, metaOf } from './meta.js';
import { RoiSubmissionSchema } from './schemas.js';
import { jsonBody } from './validate.js';

export function leadsRoutes(limiter: RateLimiter) {
  return new Hono<AppEnv>().post('/roi', async (c) => {
    const deps = depsOf(c);
    const meta = metaOf(c);
    limiter.hit(`roi:ip:${meta.ip}`, deps.config.RATE_LIMIT_PER_MINUTE);
    if (meta.origin) limiter.hit(`roi:origin:${meta.origin}`, deps.config.RATE_LIMIT_PER_MINUTE * 10);
    const body = await jsonBody(c, RoiSubmissionSchema);
    // A bot that filled the honeypot is told all went well; nothing is written or sent.
    if ((await checkSignals(c, deps, body)) === 'bot') return c.json({ ok: true, results: computeRoi(body.inputs) }, 202);
    const results = await acceptRoiSubmission(deps, body, meta);
    return c.json({ ok: true, results }, 202);
  });
}
