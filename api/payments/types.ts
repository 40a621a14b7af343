/**
 * The payment provider seam: the official Stripe SDK in production (api/payments/stripe.ts) and a clearly
 * labelled local checkout when no Stripe keys are set (api/payments/local.ts). Both deliver completion through
 * a webhook signed with Stripe's scheme, verified by the same route.
 */
export interface CheckoutSessionInfo {
  id: string;
  status: 'open' | 'complete' | 'expired';
  paymentStatus: 'paid' | 'unpaid' | 'no_payment_required';
  amountTotal: number | null;
  currency: string | null;
  customerEmail: string | null;
  metadata: Record<string, string>;
}

export interface CreateCheckout {
  holdId: string;
  customerEmail: string;
  successUrl: string;
  cancelUrl: string;
  expiresAt: Date;
  metadata: Record<string, string>;
  description: string;
}

/** The subset of a verified Stripe event the flows use. */
export interface PaymentEvent {
  id: string;
  type: string;
  object: Record<string, unknown>;
}

export interface Payments {
  readonly mode: 'stripe' | 'local';
  createCheckout(o: CreateCheckout): Promise<{ id: string; url: string }>;
  retrieveSession(id: string): Promise<CheckoutSessionInfo | null>;
  /** Verifies the Stripe-Signature header over the raw body; throws on a bad or stale signature. */
  verifyWebhook(rawBody: string, signatureHeader: string | null): Promise<PaymentEvent>;
}

export function sessionInfo(s: {
  id: string;
  status?: string | null;
  payment_status?: string | null;
  amount_total?: number | null;
  currency?: string | null;
  customer_email?: string | null;
  customer_details?: { email?: string | null } | null;
  metadata?: Record<string, string> | null;
}): CheckoutSessionInfo {
  return {
    id: s.id,
    status: (s.status as CheckoutSessionInfo['status']) ?? 'open',
    paymentStatus: (s.payment_status as CheckoutSessionInfo['paymentStatus']) ?? 'unpaid',
    amountTotal: s.amount_total ?? null,
    currency: s.currency ?? null,
    customerEmail: s.customer_email ?? s.customer_details?.email ?? null,
    metadata: s.metadata ?? {},
  };
}
