import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { availability } from '../flows/availability.js';
import { checkoutStatus, createConsultation, startCheckout } from '../flows/booking.js';
import { badRequest } from '../errors.js';
import type { RateLimiter } from '../middleware/rate-limit.js';
import { daysBetween } from '../../model/time.js';
import { depsOf, metaOf } from './meta.js';
import { visitorForm } from './visitor-form.js';
import { AvailabilityQuerySchema, BookingRequestSchema, CheckoutStatusQuerySchema } from './schemas.js';
import { queryOf } from './validate.js';

export function bookingRoutes(limiter: RateLimiter) {
  return new Hono<AppEnv>()
    .get('/availability', async (c) => {
      const deps = depsOf(c);
      limiter.hit(`read:ip:${metaOf(c).ip}`, deps.config.READ_RATE_LIMIT_PER_MINUTE);
      const q = queryOf(c, AvailabilityQuerySchema);
      const span = daysBetween(q.from, q.to);
      // A range error is the pair's: name both, since either may be the one the caller got wrong.
      if (span < 0) throw badRequest({ from: 'Must not be after to', to: 'Must not be before from' });
      if (span > 62) throw badRequest({ from: 'At most 62 days before to', to: 'At most 62 days per request' });
      // Far dates are not slots to compute (year 9999 overflowed the zone maths into a 500).
      const daysAhead = (Date.parse(q.from) - deps.clock.now().getTime()) / 86_400_000;
      if (daysAhead > deps.config.BOOKING_HORIZON_DAYS + 1) throw badRequest({ from: 'Beyond the booking horizon' });
      if (daysAhead < -31) throw badRequest({ from: 'Too far in the past' });
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
      const deps = depsOf(c);
      limiter.hit(`read:ip:${metaOf(c).ip}`, deps.config.READ_RATE_LIMIT_PER_MINUTE);
      const q = queryOf(c, CheckoutStatusQuerySchema);
      // In Stripe mode every check is a Stripe call: one session is polled by one page, a few times a minute.
      limiter.hit(`status:session:${q.session_id}`, 30);
      c.header('Cache-Control', 'no-store');
      return c.json(await checkoutStatus(deps, q.session_id));
    });
}
