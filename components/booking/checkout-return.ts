import type { BookingType, CheckoutStatus } from '../../model/contracts.js';

/**
 * The round trip through Stripe Checkout: which query parameters the API sends the visitor back with, the
 * page URL to come back to, polling the (server-verified) status, and the form the visitor filled, kept in
 * sessionStorage so the widget can resume with it. The URL alone is never proof of payment (D15).
 */

export const SESSION_PARAM = 'kre8_checkout_session';
export const CANCEL_PARAM = 'kre8_checkout';

export type CheckoutReturn = { kind: 'session'; sessionId: string } | { kind: 'cancelled' };

/** What the page URL says about a return from Stripe, or null when it is an ordinary visit. */
export function readCheckoutReturn(href: string): CheckoutReturn | null {
  const params = new URL(href).searchParams;
  const sessionId = params.get(SESSION_PARAM);
  if (sessionId) return { kind: 'session', sessionId };
  if (params.get(CANCEL_PARAM) === 'cancelled') return { kind: 'cancelled' };
  return null;
}

/** `href` without our parameters (others, such as UTMs, are kept). */
export function withoutCheckoutParams(href: string): string {
  const url = new URL(href);
  url.searchParams.delete(SESSION_PARAM);
  url.searchParams.delete(CANCEL_PARAM);
  return url.href;
}

const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/**
 * Asks for the status, and again after each delay while it is still `pending` (the webhook may lag behind
 * the redirect). Returns the last answer.
 */
export async function pollCheckoutStatus(
  ask: () => Promise<CheckoutStatus>,
  delays: readonly number[],
  wait: (ms: number) => Promise<void> = sleep,
): Promise<CheckoutStatus> {
  let status = await ask();
  for (const ms of delays) {
    if (status.status !== 'pending') break;
    await wait(ms);
    status = await ask();
  }
  return status;
}

const STORE = 'kre8:booking:pending';

/** What the visitor had filled in before leaving for Stripe. */
export interface PendingBooking {
  type: BookingType;
  values: Record<string, string>;
}

/** Keeps the form across the redirect (storage may be disabled: then the visitor retypes, nothing breaks). */
export function savePendingBooking(p: PendingBooking): void {
  try {
    sessionStorage.setItem(STORE, JSON.stringify(p));
  } catch {
    /* storage disabled */
  }
}

/** Reads and forgets the saved form. */
export function takePendingBooking(): PendingBooking | null {
  try {
    const raw = sessionStorage.getItem(STORE);
    sessionStorage.removeItem(STORE);
    const p = raw ? (JSON.parse(raw) as PendingBooking) : null;
    return p && typeof p.values === 'object' ? p : null;
  } catch {
    return null;
  }
}
