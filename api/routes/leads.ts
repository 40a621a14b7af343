import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { acceptRoiSubmission } from '../flows/roi-submission.js';
import type { RateLimiter } from '../middleware/rate-limit.js';
import { computeRoi } from '../../model/roi.js';
import { RoiSubmissionSchema } from './schemas.js';
import { visitorForm } from './visitor-form.js';

export function leadsRoutes(limiter: RateLimiter) {
  return new Hono<AppEnv>().post('/roi', async (c) => {
    const { deps, meta, body, bot } = await visitorForm(c, limiter, 'roi', RoiSubmissionSchema);
    // A bot that filled the honeypot is told all went well; nothing is written or sent.
    if (bot) return c.json({ ok: true, results: computeRoi(body.inputs) }, 202);
    return c.json({ ok: true, results: await acceptRoiSubmission(deps, body, meta) }, 202);
  });
}
