import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { availability } from '../flows/availability.js';
import { checkoutStatus, createConsultation, startCheckout } from '../flows/booking.js';
import { badRequest } from '../errors.js';
import type { RateLimiter } from '../middleware/rate-limit.js';
import { daysBetween } from '../../model/time.js';
import { depsOf } from './meta.js';
import { visitorForm } from './visitor-form.js';
import { AvailabilityQuerySchema, BookingRequestSchema, CheckoutStatusQuerySchema } from './schemas.js';
import { queryOf } from './validate.js';

export function bookingRoutes(limiter: RateLimiter) {
  return new Hono<AppEnv>()
    .get('/availability', async (c) => {
      const deps = depsOf(c);
      const q = queryOf(c, AvailabilityQuerySchema);
      const span = daysBetween(q.from, q.to);
      // A range error is the pair's: name both, since either may be the one the caller got wrong.
      if (span < 0) throw badRequest({ from: 'Must not be after to', to: 'Must not be before from' });
      if (span > 62) throw badRequest({ from: 'At most 62 days before to', to: 'At most 62 days per request' });
      const open = await availability(deps, q);
      c.header('Cache-Control', 'no-store');
      return c.json(open);
    })
    .post('/create', async (c) => {
      const { deps, meta, body, bot } = await visitorForm(c, limiter, 'booking', BookingRequestSchema);
      if (bot) return c.json({ ok: true }, 202);
      return c.json(await createConsultation(deps, body, meta), 201);
    })
    .post('/checkout', async (c) => {
      const { deps, meta, body, bot } = await visitorForm(c, limiter, 'booking', BookingRequestSchema);
      if (bot) return c.json({ ok: true }, 202);
      return c.json(await startCheckout(deps, body, meta));
    })
    .get('/checkout-status', async (c) => {
      const q = queryOf(c, CheckoutStatusQuerySchema);
      c.header('Cache-Control', 'no-store');
      return c.json(await checkoutStatus(depsOf(c), q.session_id));
    });
}
