import { Hono } from 'hono';
import type { AppEnv } from '../deps.js';
import type { Locale } from '../../model/contracts.js';
import { escapeHtml } from '../email/html.js';
import { formatCents, formatLongDate, formatTimeRange, formatZone, pickTimeZone } from '../email/templates/format.js';
import type { LocalPayments, LocalSession } from '../payments/local.js';
import { ApiError } from '../errors.js';
import { depsOf } from './meta.js';

const STRINGS = {
  en: {
    title: 'Test checkout',
    badge: 'Test payment — no card is charged.',
    note: 'This is the local stand-in for Stripe Checkout. With Stripe keys configured, visitors pay on Stripe here.',
    what: 'On-site AI assessment (3 hours)',
    when: 'When',
    yourTime: 'your time',
    ourTime: 'our time',
    email: 'Confirmation to',
    total: 'Total',
    pay: (amount: string) => `Make test payment of ${amount}`,
    cancel: 'Cancel and go back',
    closed: { complete: 'This checkout is already paid.', expired: 'This checkout has expired.' } as Record<string, string>,
    back: 'Back to the booking',
  },
  es: {
    title: 'Pago de prueba',
    badge: 'Pago de prueba: no se cobra ninguna tarjeta.',
    note: 'Esta es la versión local de Stripe Checkout. Con las claves de Stripe configuradas, aquí se paga en Stripe.',
    what: 'Evaluación presencial de IA (3 horas)',
    when: 'Cuándo',
    yourTime: 'tu hora',
    ourTime: 'nuestra hora',
    email: 'Confirmación a',
    total: 'Total',
    pay: (amount: string) => `Hacer el pago de prueba de ${amount}`,
    cancel: 'Cancelar y volver',
    closed: { complete: 'Este pago ya está hecho.', expired: 'Este pago ha caducado.' } as Record<string, string>,
    back: 'Volver a la reserva',
  },
} satisfies Record<Locale, unknown>;

/**
 * The page, in the booking's language (metadata.locale): what is being paid for, when (in the visitor's zone
 * and ours), the amount, and a button that says it is a test payment. Pure, so a test can read it.
 */
export function checkoutPage(s: LocalSession, businessTimezone: string): string {
  const lc: Locale = s.metadata.locale === 'es' ? 'es' : 'en';
  const t = STRINGS[lc];
  const e = escapeHtml;
  const amount = formatCents(s.amount_total, lc, s.currency.toUpperCase());
  const start = new Date(s.metadata.start ?? '');
  const end = new Date(s.metadata.end ?? s.metadata.start ?? '');
  const zones = [[pickTimeZone(s.metadata.timezone, businessTimezone), t.yourTime], [pickTimeZone(businessTimezone), t.ourTime]];
  if (zones[0][0] === zones[1][0]) zones.pop();
  const when = Number.isNaN(start.getTime()) ? []
    : zones.map(([z, who]) => `<li>${e(formatLongDate(start, lc, z))}, ${e(formatTimeRange(start, end, lc, z))} · ${e(formatZone(z, lc, start))} (${who})</li>`);
  const action = (path: string) => `/api/local-checkout/${e(s.id)}/${path}`;
  const body = s.status === 'open'
    ? `<form method="post" action="${action('pay')}"><button type="submit">${e(t.pay(amount))}</button></form>
<form method="post" action="${action('cancel')}"><button type="submit" class="secondary">${t.cancel}</button></form>`
    : `<p>${t.closed[s.status] ?? t.closed.expired}</p><p><a href="${e(s.cancel_url)}">${t.back}</a></p>`;
  return `<!doctype html><html lang="${lc}"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark"><title>${t.title}</title><link rel="stylesheet" href="/demo/checkout.css"></head><body>
<main class="checkout"><p class="badge">${t.badge}</p><h1>${t.what}</h1>
<dl><dt>${t.when}</dt><dd><ul>${when.join('')}</ul></dd><dt>${t.email}</dt><dd>${e(s.customer_email)}</dd>
<dt>${t.total}</dt><dd class="amount">${e(amount)}</dd></dl>
${body}<p class="note">${t.note}</p></main></body></html>`;
}

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
      c.header('Content-Security-Policy', "default-src 'none'; style-src 'self'; form-action *; frame-ancestors 'none'");
      return c.html(checkoutPage(s, depsOf(c).config.BUSINESS_TIMEZONE));
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
