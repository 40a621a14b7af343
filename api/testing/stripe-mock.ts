import { randomBytes } from 'node:crypto';
import { http, HttpResponse } from 'msw';
import { setupServer } from 'msw/node';
import type Stripe from 'stripe';

/**
 * Stripe's API as the official SDK sees it, at the HTTP edge (msw): the two Checkout Session calls the payments
 * adapter makes. Requests arrive form-encoded (`line_items[0][price]=…`) and answers follow Stripe's documented
 * JSON and errors, including the rules our code could get wrong: the API key, known prices, expires_at between
 * 30 minutes and 24 hours ahead, metadata limits, idempotency-key replay, 404 `resource_missing`.
 *
 * Start it BEFORE building `stripePayments()`: the SDK keeps the `fetch` it finds at construction.
 */
export type CheckoutSession = Pick<
  Stripe.Checkout.Session,
  | 'id'
  | 'object'
  | 'amount_subtotal'
  | 'amount_total'
  | 'cancel_url'
  | 'client_reference_id'
  | 'created'
  | 'currency'
  | 'customer'
  | 'customer_details'
  | 'customer_email'
  | 'expires_at'
  | 'livemode'
  | 'metadata'
  | 'mode'
  | 'payment_intent'
  | 'payment_status'
  | 'status'
  | 'success_url'
  | 'url'
>;

export interface StripeRequest {
  method: string;
  path: string;
  /** The form body decoded into nested objects/arrays, as Stripe reads it. */
  params: Record<string, unknown>;
  idempotencyKey: string | null;
}

export interface StripeMockOptions {
  secretKey: string;
  /** Prices the account has: id → amount in the smallest currency unit. */
  prices?: Record<string, { unitAmount: number; currency: string }>;
  /** Stripe's clock (use the app's clock, so expires_at rules line up). */
  now?: () => Date;
}

const API = 'https://api.stripe.com/v1';

/** `a[b][0][c]=v` pairs → `{a:{b:[{c:'v'}]}}`: Stripe's form encoding of nested parameters. */
export function parseStripeForm(body: string): Record<string, unknown> {
  const root: Record<string, unknown> = {};
  for (const [key, value] of new URLSearchParams(body)) {
    const path = key.replace(/\]/g, '').split('[');
    let node: Record<string, unknown> | unknown[] = root;
    path.forEach((part, i) => {
      const last = i === path.length - 1;
      const nextIsIndex = !last && /^\d+$/.test(path[i + 1]!);
      const slot = node as Record<string, unknown>;
      if (last) slot[part] = value;
      else node = (slot[part] ??= nextIsIndex ? [] : {}) as Record<string, unknown> | unknown[];
    });
  }
  return root;
}

const stripeError = (status: number, error: { type: string; message: string; code?: string; param?: string }) =>
  HttpResponse.json({ error: { ...error, doc_url: error.code ? `https://stripe.com/docs/error-codes/${error.code.replace(/_/g, '-')}` : undefined } }, { status, headers: { 'request-id': reqId() } });

const reqId = () => `req_${randomBytes(7).toString('hex')}`;
const invalid = (message: string, param?: string, code = 'parameter_invalid') => stripeError(400, { type: 'invalid_request_error', code, message, param });

export function createStripeMock(o: StripeMockOptions) {
  const now = o.now ?? (() => new Date());
  const prices = o.prices ?? {};
  const sessions = new Map<string, CheckoutSession>();
  const requests: StripeRequest[] = [];
  const idempotent = new Map<string, { body: string; response: CheckoutSession }>();
  const seconds = () => Math.floor(now().getTime() / 1000);

  const authorised = (req: Request) => req.headers.get('authorization') === `Bearer ${o.secretKey}`;
  const unauthorised = () => stripeError(401, { type: 'invalid_request_error', message: 'Invalid API Key provided: sk_***' });

  /** Stripe expires an open session at expires_at; a read after that sees it expired. */
  function current(id: string): CheckoutSession | undefined {
    const s = sessions.get(id);
    if (s && s.status === 'open' && s.expires_at <= seconds()) s.status = 'expired';
    return s;
  }

  function createSession(p: Record<string, unknown>): CheckoutSession | Response {
    if (p.mode !== 'payment') return invalid('Missing required param: mode.', 'mode', 'parameter_missing');
    const items = (p.line_items as { price?: string; quantity?: string }[] | undefined) ?? [];
    if (!items.length) return invalid('Missing required param: line_items.', 'line_items', 'parameter_missing');
    let amount = 0;
    let currency = '';
    for (const [i, item] of items.entries()) {
      const price = item.price ? prices[item.price] : undefined;
      if (!price) return invalid(`No such price: '${item.price}'`, `line_items[${i}][price]`, 'resource_missing');
      const qty = Number(item.quantity);
      if (!Number.isInteger(qty) || qty < 1) return invalid('Invalid integer: quantity must be at least 1.', `line_items[${i}][quantity]`);
      amount += price.unitAmount * qty;
      currency = price.currency;
    }
    if (p.expires_at !== undefined) {
      const at = Number(p.expires_at);
      if (!Number.isInteger(at) || at < seconds() + 30 * 60 || at > seconds() + 24 * 3600) {
        return invalid('The `expires_at` timestamp must be between 30 minutes and 24 hours from Checkout Session creation.', 'expires_at');
      }
    }
    const metadata = (p.metadata as Record<string, string> | undefined) ?? {};
    if (Object.keys(metadata).length > 50) return invalid('Metadata can have at most 50 keys.', 'metadata');
    for (const [k, v] of Object.entries(metadata)) {
      if (k.length > 40) return invalid(`Metadata keys can be at most 40 characters: ${k}`, `metadata[${k}]`);
      if (String(v).length > 500) return invalid(`Metadata values can be at most 500 characters (${k}).`, `metadata[${k}]`);
    }
    const id = `cs_test_${randomBytes(24).toString('base64url')}`;
    const session: CheckoutSession = {
      id,
      object: 'checkout.session',
      amount_subtotal: amount,
      amount_total: amount,
      cancel_url: (p.cancel_url as string | undefined) ?? null,
      client_reference_id: (p.client_reference_id as string | undefined) ?? null,
      created: seconds(),
      currency,
      customer: null,
      customer_details: null,
      customer_email: (p.customer_email as string | undefined) ?? null,
      expires_at: p.expires_at !== undefined ? Number(p.expires_at) : seconds() + 24 * 3600,
      livemode: false,
      metadata,
      mode: 'payment',
      payment_intent: null,
      payment_status: 'unpaid',
      status: 'open',
      // Stripe keeps the template; {CHECKOUT_SESSION_ID} is filled in only on the redirect.
      success_url: (p.success_url as string | undefined) ?? null,
      url: `https://checkout.stripe.com/c/pay/${id}`,
    };
    sessions.set(id, session);
    return session;
  }

  const server = setupServer(
    http.post(`${API}/checkout/sessions`, async ({ request }) => {
      if (!authorised(request)) return unauthorised();
      const body = await request.text();
      const params = parseStripeForm(body);
      const key = request.headers.get('idempotency-key');
      requests.push({ method: 'POST', path: '/v1/checkout/sessions', params, idempotencyKey: key });
      if (key) {
        const prior = idempotent.get(key);
        if (prior && prior.body !== body) {
          return stripeError(400, { type: 'idempotency_error', message: 'Keys for idempotent requests can only be used with the same parameters they were first used with.' });
        }
        if (prior) return HttpResponse.json(prior.response, { headers: { 'idempotent-replayed': 'true', 'request-id': reqId() } });
      }
      const made = createSession(params);
      if (made instanceof Response) return made;
      if (key) idempotent.set(key, { body, response: structuredClone(made) });
      return HttpResponse.json(made, { headers: { 'request-id': reqId() } });
    }),
    http.get(`${API}/checkout/sessions/:id`, ({ request, params }) => {
      if (!authorised(request)) return unauthorised();
      const id = String(params.id);
      requests.push({ method: 'GET', path: `/v1/checkout/sessions/${id}`, params: {}, idempotencyKey: null });
      const s = current(id);
      if (!s) return stripeError(404, { type: 'invalid_request_error', code: 'resource_missing', message: `No such checkout.session: '${id}'`, param: 'id' });
      return HttpResponse.json(s, { headers: { 'request-id': reqId() } });
    }),
  );

  function mustGet(id: string) {
    const s = current(id);
    if (!s) throw new Error(`stripe mock: no session ${id}`);
    return s;
  }

  return {
    server,
    /** Our own NCB/mailbox traffic (127.0.0.1) passes through; anything else unmocked fails the test. */
    listen() {
      server.listen({
        onUnhandledRequest(req, print) {
          if (new URL(req.url).hostname !== '127.0.0.1') print.error();
        },
      });
    },
    close: () => server.close(),
    requests,
    session: (id: string) => current(id),
    /** What Stripe reports once the customer paid (card: complete + paid in one step). */
    pay(id: string): CheckoutSession {
      const s = mustGet(id);
      Object.assign(s, {
        status: 'complete',
        payment_status: 'paid',
        payment_intent: `pi_${randomBytes(12).toString('hex')}`,
        customer_details: { email: s.customer_email } as Stripe.Checkout.Session.CustomerDetails,
      });
      return structuredClone(s);
    },
    /** A delayed method (e.g. bank debit): the session completes, the money follows later. */
    completeUnpaid(id: string): CheckoutSession {
      return structuredClone(Object.assign(mustGet(id), { status: 'complete', payment_status: 'unpaid' }));
    },
    expire(id: string): CheckoutSession {
      return structuredClone(Object.assign(mustGet(id), { status: 'expired' }));
    },
    /** A Stripe Event envelope as the webhook endpoint receives it (sign it with signStripePayload). */
    event(type: string, object: object, id = `evt_${randomBytes(12).toString('hex')}`): string {
      return JSON.stringify({
        id,
        object: 'event',
        api_version: '2026-10-28.endive',
        created: seconds(),
        data: { object },
        livemode: false,
        pending_webhooks: 1,
        request: { id: null, idempotency_key: null },
        type,
      });
    },
  };
}

export type StripeMock = ReturnType<typeof createStripeMock>;

export interface InvoiceFacts {
  customer: string;
  customerEmail: string;
  amountPaidCents: number;
  subscription: string;
  billingReason: 'subscription_create' | 'subscription_cycle';
  /** Unix seconds. */
  periodStart: number;
  periodEnd: number;
  paidAt: number;
  subscriptionMetadata?: Record<string, string>;
  id?: string;
}

/**
 * A paid subscription invoice as Stripe's current API version sends it in `invoice.paid`: the subscription sits
 * under `parent.subscription_details` (the top-level `subscription` field is gone since 2025-03-31).
 */
export function paidInvoice(f: InvoiceFacts) {
  const id = f.id ?? `in_${randomBytes(12).toString('hex')}`;
  const base: Pick<
    Stripe.Invoice,
    'id' | 'object' | 'amount_due' | 'amount_paid' | 'amount_remaining' | 'billing_reason' | 'collection_method' | 'created' | 'currency' | 'customer' | 'customer_email' | 'livemode' | 'metadata' | 'period_start' | 'period_end' | 'status' | 'status_transitions' | 'total'
  > = {
    id,
    object: 'invoice',
    amount_due: f.amountPaidCents,
    amount_paid: f.amountPaidCents,
    amount_remaining: 0,
    billing_reason: f.billingReason,
    collection_method: 'charge_automatically',
    created: f.paidAt - 60,
    currency: 'usd',
    customer: f.customer,
    customer_email: f.customerEmail,
    livemode: false,
    metadata: {},
    period_start: f.periodStart,
    period_end: f.periodEnd,
    status: 'paid',
    status_transitions: { finalized_at: f.paidAt - 60, marked_uncollectible_at: null, paid_at: f.paidAt, voided_at: null },
    total: f.amountPaidCents,
  };
  return {
    ...base,
    parent: {
      type: 'subscription_details',
      quote_details: null,
      subscription_details: { metadata: f.subscriptionMetadata ?? {}, subscription: f.subscription },
    },
    lines: {
      object: 'list',
      data: [{ id: `il_${randomBytes(8).toString('hex')}`, object: 'line_item', amount: f.amountPaidCents, currency: 'usd', period: { start: f.periodStart, end: f.periodEnd } }],
      has_more: false,
      url: `/v1/invoices/${id}/lines`,
    },
  };
}
