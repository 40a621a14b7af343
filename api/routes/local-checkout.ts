import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import { escapeHtml } from '../email/html.js';
import type { LocalPayments } from '../payments/local.js';
import { ApiError } from '../errors.js';

/**
 * The local stand-in for Stripe's hosted checkout page. Plain HTML forms, no script, so it works under the
 * strictest CSP. Paying delivers a signed `checkout.session.completed` to /api/webhooks/stripe, then returns
 * the visitor to the page they came from — the same round trip as production.
 */
export function localCheckoutRoutes(payments: LocalPayments) {
  return new Hono<AppEnv>()
    .get('/:id', async (c) => {
      const s = await payments.session(c.req.param('id'));
      if (!s) throw new ApiError(404, 'not_found', 'Unknown checkout session.');
      const amount = new Intl.NumberFormat('en-US', { style: 'currency', currency: s.currency.toUpperCase() }).format(s.amount_total / 100);
      const open = s.status === 'open';
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'self'; form-action *; frame-ancestors 'none'");
      return c.html(`<!doctype html><html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Local test checkout</title><link rel="stylesheet" href="/demo/checkout.css"></head><body>
<main class="checkout"><p class="badge" role="note">LOCAL TEST CHECKOUT — no card is charged. With Stripe keys configured, visitors see Stripe Checkout here.</p>
<h1>${escapeHtml(s.description)}</h1><p class="amount">${escapeHtml(amount)}</p><p>For ${escapeHtml(s.customer_email)}</p>
${open ? `<form method="post" action="/api/local-checkout/${escapeHtml(s.id)}/pay"><button type="submit">Pay ${escapeHtml(amount)} (test)</button></form>
<form method="post" action="/api/local-checkout/${escapeHtml(s.id)}/cancel"><button type="submit" class="secondary">Cancel and go back</button></form>` : `<p>This checkout is ${escapeHtml(s.status)}.</p><p><a href="${escapeHtml(s.cancel_url)}">Back</a></p>`}
</main></body></html>`);
    })
    .post('/:id/pay', async (c) => {
      const s = await payments.pay(c.req.param('id')).catch((e: Error) => {
        throw new ApiError(409, 'not_open', e.message);
      });
      return c.redirect(s.success_url, 303);
    })
    .post('/:id/cancel', async (c) => {
      const s = await payments.cancel(c.req.param('id')).catch((e: Error) => {
        throw new ApiError(404, 'not_found', e.message);
      });
      return c.redirect(s.cancel_url, 303);
    });
}
