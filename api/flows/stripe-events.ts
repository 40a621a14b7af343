import type { Deps } from '../deps.js';
import { TIERS } from '../../model/vocabulary.js';
import type { PaymentEvent } from '../payments/types.js';
import type { JobContext } from '../store/jobs.js';
import { completeCheckout, expireCheckout } from './booking.js';
import { recordInvoicePaid, type InvoiceFacts } from '../crm/payments.js';
import { putJson } from '../store/kv.js';

/**
 * A verified Stripe event. Checkout completion and expiry act at once (the visitor may be waiting on the
 * status endpoint) and are idempotent per session; invoice.paid becomes a job (payments + subscriptions rows,
 * B7). A payment claim from the browser is never trusted (D15): only signed events and Stripe's own API.
 */
export async function handleStripeEvent(deps: Deps, ev: PaymentEvent): Promise<void> {
  const obj = ev.object;
  switch (ev.type) {
    case 'checkout.session.completed':
    case 'checkout.session.async_payment_succeeded':
      if (obj.metadata && (obj.metadata as Record<string, string>).booking_type === 'assessment') await completeCheckout(deps, String(obj.id));
      return;
    case 'checkout.session.expired':
    case 'checkout.session.async_payment_failed':
      await expireCheckout(deps, String(obj.id));
      return;
    case 'invoice.paid': {
      let facts: InvoiceFacts;
      try {
        facts = invoiceFacts(obj);
      } catch (e) {
        // Signed but absurd (paid_at 1e17): refused alone and acknowledged, so Stripe stops retrying a 500.
        deps.log.warn('stripe event refused', { eventId: ev.id, reason: (e as Error).message });
        await putJson(deps.kv, `stripe-rejected:${ev.id}`, { type: ev.type, reason: (e as Error).message }, { ttlSeconds: 30 * 86400 });
        return;
      }
      await deps.jobs.enqueue('invoice-paid', facts, { key: `stripe:${ev.id}`, mode: 'once' });
      return;
    }
    default:
      return;
  }
}

function invoiceFacts(o: Record<string, unknown>): InvoiceFacts {
  const lines = ((o.lines as { data?: { period?: { start?: number; end?: number } }[] } | undefined)?.data ?? [])[0];
  const meta = (o.metadata as Record<string, string> | undefined) ?? {};
  const subDetails = o.parent as { subscription_details?: { subscription?: string; metadata?: Record<string, string> } } | undefined;
  const subscription = (o.subscription as string | undefined) ?? subDetails?.subscription_details?.subscription ?? null;
  return {
    invoiceId: String(o.id),
    customerId: (o.customer as string | null) ?? null,
    customerEmail: (o.customer_email as string | null) ?? null,
    amountPaidCents: Number(o.amount_paid ?? 0),
    currency: (o.currency as string | null) ?? null,
    paidAt: isoOfSeconds((o.status_transitions as { paid_at?: unknown } | undefined)?.paid_at ?? o.created ?? 0, 'paid_at'),
    subscriptionId: subscription,
    billingReason: (o.billing_reason as string | null) ?? null,
    periodStart: lines?.period?.start ? isoOfSeconds(lines.period.start, 'period.start') : null,
    periodEnd: lines?.period?.end ? isoOfSeconds(lines.period.end, 'period.end') : null,
    // Metadata is typed by hand in Stripe's dashboard: a tier the CRM's enum lacks would fail the row write forever.
    tier: knownTier(meta.tier ?? subDetails?.subscription_details?.metadata?.tier),
    partnershipId: meta.partnership_id ? Number(meta.partnership_id) || null : null,
  };
}

/** Stripe's Unix seconds as ISO; anything that is not a real instant is an error naming the field. */
function isoOfSeconds(v: unknown, field: string): string {
  const d = new Date(Number(v) * 1000);
  if (Number.isNaN(d.getTime())) throw new RangeError(`${field} is not a time`);
  return d.toISOString();
}

function knownTier(t: string | undefined): InvoiceFacts['tier'] {
  return TIERS.find((known) => known === t) ?? null;
}

export async function runInvoiceJob(deps: Deps, facts: InvoiceFacts, ctx: JobContext) {
  await ctx.step('rows', async () => {
    await recordInvoicePaid(deps.ncb, facts);
    return true;
  });
}
