import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { verifyEmailit } from '../email/signature.js';
import { ApiError } from '../errors.js';
import { acceptEmailEvents, parseEmailitBody } from '../flows/email-events.js';
import { handleStripeEvent } from '../flows/stripe-events.js';
import { depsOf } from './meta.js';

/** Webhooks read the raw body (signatures cover its exact bytes) and verify before anything else. */
export function webhookRoutes() {
  return new Hono<AppEnv>()
    .post('/emailit', async (c) => {
      const deps = depsOf(c);
      const raw = await c.req.text();
      const ok = await verifyEmailit({
        secret: deps.config.EMAILIT_WEBHOOK_SECRET,
        timestamp: c.req.header('x-emailit-timestamp') ?? null,
        signature: c.req.header('x-emailit-signature') ?? null,
        rawBody: raw,
        nowSeconds: Math.floor(deps.clock.now().getTime() / 1000),
      });
      if (!ok) throw new ApiError(401, 'invalid_signature', 'Missing, invalid or stale signature.');
      let rejected = 0;
      const events = await parseEmailitBody(raw, deps.clock.now(), (index, reason) => {
        rejected++;
        deps.log.warn('emailit event refused', { index, reason: reason.slice(0, 200) });
      });
      await acceptEmailEvents(deps, events);
      return c.json({ received: events.length, ...(rejected ? { rejected } : {}) });
    })
    .post('/stripe', async (c) => {
      const deps = depsOf(c);
      const raw = await c.req.text();
      let event;
      try {
        event = await deps.payments.verifyWebhook(raw, c.req.header('stripe-signature') ?? null);
      } catch {
        throw new ApiError(401, 'invalid_signature', 'Invalid Stripe signature.');
      }
      await handleStripeEvent(deps, event);
      return c.json({ received: true });
    });
}
