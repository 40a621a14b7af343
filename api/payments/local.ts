import { ASSESSMENT } from '../../model/catalog.js';
import type { KV } from '../store/kv.js';
import { getJson, putJson } from '../store/kv.js';
import { signStripePayload, verifyStripeWebhook } from './stripe.js';
import { sessionInfo, type CheckoutSessionInfo, type Payments } from './types.js';

/**
 * The local stand-in for Stripe Checkout (no keys needed): a clearly labelled page at
 * /api/local-checkout/<id> whose "Pay" button completes the session and delivers a `checkout.session.completed`
 * event signed exactly like Stripe's to the webhook route, so designers walk the real paid flow.
 */
export interface LocalSession {
  id: string;
  object: 'checkout.session';
  status: 'open' | 'complete' | 'expired';
  payment_status: 'paid' | 'unpaid';
  amount_total: number;
  currency: string;
  customer_email: string;
  metadata: Record<string, string>;
  success_url: string;
  cancel_url: string;
  expires_at: number;
  description: string;
}

export function localPayments(o: {
  kv: KV;
  publicUrl: string;
  webhookSecret: string;
  amountCents?: number;
  /** Posts a signed event to the webhook route (HTTP to this process in `npm start`, app.request in tests). */
  deliver: (rawBody: string, signature: string) => Promise<number>;
  now?: () => Date;
}) {
  const now = o.now ?? (() => new Date());
  const key = (id: string) => `localpay:${id}`;
  const load = (id: string) => getJson<LocalSession>(o.kv, key(id));
  const save = (s: LocalSession) => putJson(o.kv, key(s.id), s, { ttlSeconds: 7 * 86400 });

  async function deliver(type: string, s: LocalSession) {
    const payload = JSON.stringify({ id: `evt_local_${crypto.randomUUID().replace(/-/g, '')}`, object: 'event', type, created: Math.floor(now().getTime() / 1000), data: { object: s } });
    return o.deliver(payload, await signStripePayload(payload, o.webhookSecret));
  }

  const payments: Payments & {
    session(id: string): Promise<LocalSession | null>;
    pay(id: string): Promise<LocalSession>;
    cancel(id: string): Promise<LocalSession>;
  } = {
    mode: 'local',
    async createCheckout(c) {
      const id = `cs_local_${crypto.randomUUID().replace(/-/g, '')}`;
      await save({
        id,
        object: 'checkout.session',
        status: 'open',
        payment_status: 'unpaid',
        amount_total: o.amountCents ?? ASSESSMENT.priceCents,
        currency: 'usd',
        customer_email: c.customerEmail,
        metadata: c.metadata,
        success_url: c.successUrl.replace('{CHECKOUT_SESSION_ID}', id),
        cancel_url: c.cancelUrl,
        expires_at: Math.floor(c.expiresAt.getTime() / 1000),
        description: c.description,
      });
      return { id, url: `${o.publicUrl}/api/local-checkout/${id}` };
    },
    async retrieveSession(id): Promise<CheckoutSessionInfo | null> {
      const s = await load(id);
      if (!s) return null;
      if (s.status === 'open' && s.expires_at * 1000 <= now().getTime()) s.status = 'expired';
      return sessionInfo(s);
    },
    verifyWebhook: verifyStripeWebhook(o.webhookSecret),
    session: load,
    async pay(id) {
      const s = await load(id);
      // Stripe refuses payment once expires_at has passed; so must we, or a late payer lands on a released slot.
      if (!s || s.status !== 'open' || s.expires_at * 1000 <= now().getTime()) throw new Error('This checkout is no longer open.');
      const paid: LocalSession = { ...s, status: 'complete', payment_status: 'paid' };
      await save(paid);
      await deliver('checkout.session.completed', paid);
      return paid;
    },
    async cancel(id) {
      const s = await load(id);
      if (!s) throw new Error('Unknown checkout.');
      if (s.status === 'open') {
        const expired: LocalSession = { ...s, status: 'expired' };
        await save(expired);
        await deliver('checkout.session.expired', expired);
        return expired;
      }
      return s;
    },
  };
  return payments;
}
export type LocalPayments = ReturnType<typeof localPayments>;
