import Stripe from 'stripe';
import { sessionInfo, type Payments, type PaymentEvent } from './types.js';

/** Stripe's own webhook verification (t=…,v1=… HMAC over "<t>.<raw body>", 300 s tolerance), Web Crypto only. */
export function verifyStripeWebhook(secret: string) {
  const verifier = new Stripe('sk_verify_only', { httpClient: Stripe.createFetchHttpClient() });
  const crypto = Stripe.createSubtleCryptoProvider();
  return async (rawBody: string, header: string | null): Promise<PaymentEvent> => {
    if (!header) throw new Error('missing Stripe-Signature');
    const ev = await verifier.webhooks.constructEventAsync(rawBody, header, secret, 300, crypto);
    return { id: ev.id, type: ev.type, object: ev.data.object as unknown as Record<string, unknown> };
  };
}

/** Signs a payload the way Stripe does (the local checkout and the tests deliver events with it). */
export async function signStripePayload(payload: string, secret: string, timestamp?: number) {
  const s = new Stripe('sk_sign_only', { httpClient: Stripe.createFetchHttpClient() });
  return s.webhooks.generateTestHeaderStringAsync({ payload, secret, timestamp, cryptoProvider: Stripe.createSubtleCryptoProvider() });
}

/** The official SDK over fetch, so the same code runs on Workers and Node. */
export function stripePayments(o: { secretKey: string; webhookSecret: string; priceId: string; fetch?: typeof fetch }): Payments {
  const stripe = new Stripe(o.secretKey, { httpClient: Stripe.createFetchHttpClient(o.fetch), maxNetworkRetries: 2, timeout: 10_000 });
  return {
    mode: 'stripe',
    async createCheckout(c) {
      const s = await stripe.checkout.sessions.create(
        {
          mode: 'payment',
          customer_email: c.customerEmail,
          line_items: [{ price: o.priceId, quantity: 1 }],
          success_url: c.successUrl,
          cancel_url: c.cancelUrl,
          expires_at: Math.floor(c.expiresAt.getTime() / 1000),
          metadata: c.metadata,
          payment_intent_data: { description: c.description, metadata: c.metadata },
        },
        { idempotencyKey: `checkout:${c.holdId}` },
      );
      if (!s.url) throw new Error('Stripe returned a session without a URL');
      return { id: s.id, url: s.url };
    },
    async retrieveSession(id) {
      try {
        return sessionInfo(await stripe.checkout.sessions.retrieve(id));
      } catch (e) {
        if ((e as { statusCode?: number }).statusCode === 404) return null;
        throw e;
      }
    },
    verifyWebhook: verifyStripeWebhook(o.webhookSecret),
  };
}
