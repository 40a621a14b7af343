import { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { cors } from 'hono/cors';
import { secureHeaders } from 'hono/secure-headers';
import type { AppEnv, Deps } from './deps.js';
import { ApiError, errorBody, handleError } from './errors.js';
import { runBookingJob, type BookingJob } from './flows/booking.js';
import { runEmailEventJob, type EmailEvent } from './flows/email-events.js';
import { runRoiJob, type RoiJob } from './flows/roi-submission.js';
import { runInvoiceJob } from './flows/stripe-events.js';
import { runVoiceIdleJob, runVoiceSyncJob, type VoiceIdleJob, type VoiceSyncJob } from './flows/voice.js';
import type { InvoiceFacts } from './crm/payments.js';
import { originMatcher } from './middleware/origins.js';
import { createRateLimiter } from './middleware/rate-limit.js';
import type { LocalPayments } from './payments/local.js';
import { bookingRoutes } from './routes/booking.js';
import { leadsRoutes } from './routes/leads.js';
import { localCheckoutRoutes } from './routes/local-checkout.js';
import { voiceAgentRoutes } from './routes/voice-agent.js';
import { webhookRoutes } from './routes/webhooks.js';
import type { JobContext, JobHandlers } from './store/jobs.js';
import { requestIds } from './middleware/request-id.js';

/** The Hono app for everything under /api, built from its dependencies (see api/deps.ts). */
export function createApp(deps: Deps) {
  const app = new Hono<AppEnv>().basePath('/api');
  const limiter = createRateLimiter(() => deps.clock.now().getTime());
  const allowed = originMatcher(deps.config.allowedOrigins);

  app.use('*', requestIds());
  app.use('*', async (c, next) => {
    c.set('deps', deps);
    c.set('log', deps.log);
    await next();
  });
  // JSON needs no CSP; the one HTML route (local checkout) sets its own. CORP must allow partner origins.
  app.use('*', secureHeaders({ crossOriginResourcePolicy: 'cross-origin', crossOriginOpenerPolicy: false }));
  app.use(
    '*',
    cors({
      origin: (origin) => (origin && allowed(origin) ? origin : null),
      allowMethods: ['GET', 'POST', 'OPTIONS'],
      allowHeaders: ['Content-Type'],
      exposeHeaders: ['X-Request-Id', 'X-Client-Request-Id', 'Retry-After'],
      maxAge: 600,
    }),
  );
  app.use(
    '*',
    bodyLimit({
      maxSize: deps.config.MAX_BODY_BYTES,
      onError: (c) => c.json(errorBody(c, 'payload_too_large', `The body is larger than ${deps.config.MAX_BODY_BYTES} bytes.`), 413),
    }),
  );

  app.get('/health', (c) => c.json({ ok: true, payments: deps.payments.mode, responder: deps.responder.name }));
  app.route('/leads', leadsRoutes(limiter));
  app.route('/booking', bookingRoutes(limiter));
  app.route('/voice-agent', voiceAgentRoutes(limiter));
  app.route('/webhooks', webhookRoutes());
  if (deps.payments.mode === 'local') app.route('/local-checkout', localCheckoutRoutes(deps.payments as LocalPayments));

  app.notFound((c) => c.json(errorBody(c, 'not_found', 'No such endpoint.'), 404));
  app.onError((err, c) => handleError(err, c));
  return app;
}

export type App = ReturnType<typeof createApp>;

/** The job types and the flow that runs each (the durable outbox calls these). */
export function jobHandlers(deps: Deps): JobHandlers {
  return {
    'roi-submission': (p: RoiJob, ctx: JobContext) => runRoiJob(deps, p, ctx),
    'booking-confirmed': (p: BookingJob, ctx: JobContext) => runBookingJob(deps, p, ctx),
    'voice-sync': (p: VoiceSyncJob, ctx: JobContext) => runVoiceSyncJob(deps, p, ctx),
    'voice-idle': (p: VoiceIdleJob) => runVoiceIdleJob(deps, p),
    'email-event': (p: EmailEvent, ctx: JobContext) => runEmailEventJob(deps, p, ctx.attempt),
    'invoice-paid': (p: InvoiceFacts, ctx: JobContext) => runInvoiceJob(deps, p, ctx),
  };
}

export { ApiError };
