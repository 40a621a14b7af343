import type { NcbClient } from '../ncb/client.js';
import type { TIERS } from '../ncb/schema.js';

export interface InvoiceFacts {
  invoiceId: string;
  customerId: string | null;
  customerEmail: string | null;
  amountPaidCents: number;
  currency: string | null;
  paidAt: string;
  subscriptionId: string | null;
  billingReason: string | null;
  periodStart: string | null;
  periodEnd: string | null;
  tier: (typeof TIERS)[number] | null;
  partnershipId: number | null;
}

/** invoice.paid → one payments row per invoice, and the subscription's row upserted (B7). */
export async function recordInvoicePaid(ncb: NcbClient, f: InvoiceFacts) {
  const exists = await ncb.findOne('payments', { stripe_invoice_id: f.invoiceId });
  if (!exists) {
    await ncb.create('payments', {
      type: f.billingReason === 'subscription_create' || !f.subscriptionId ? 'setup' : 'subscription',
      amount: Math.round(f.amountPaidCents) / 100,
      currency: f.currency,
      status: 'paid',
      paid_date: f.paidAt.slice(0, 10),
      stripe_invoice_id: f.invoiceId,
      stripe_customer_id: f.customerId,
      customer_email: f.customerEmail,
      subscription_id: f.subscriptionId,
      partnership_id: f.partnershipId,
    });
  }
  if (f.subscriptionId) {
    const sub = await ncb.findOne('subscriptions', { stripe_subscription_id: f.subscriptionId });
    const row = {
      stripe_customer_id: f.customerId,
      status: 'active',
      current_period_start: f.periodStart?.slice(0, 10) ?? null,
      current_period_end: f.periodEnd?.slice(0, 10) ?? null,
      ...(f.tier ? { tier: f.tier } : {}),
      ...(f.partnershipId ? { partnership_id: f.partnershipId } : {}),
    };
    if (sub) await ncb.update('subscriptions', sub.id, row);
    else await ncb.create('subscriptions', { stripe_subscription_id: f.subscriptionId, ...row });
  }
}
