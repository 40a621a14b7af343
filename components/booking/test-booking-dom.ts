/**
 * Test-only: what the booking widget's browser tests share — shadow-DOM queries, text as read, the deep focus,
 * filling fields as a visitor would, and an msw worker serving a fresh mock API (test-booking-api.ts) per test.
 */
import { waitUntil as waitFor } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import type { Kre8Booking } from './booking.js';
import { createMockApi } from './test-booking-api.js';

export const worker = setupWorker();

// Conditions are polled; the default 1 s is short for a loaded 2-core machine (a test's own limit is 8 s).
export const waitUntil = (done: () => unknown, message?: string) => waitFor(done, message, { timeout: 5000 });

export const $ = <T extends Element = HTMLElement>(el: Kre8Booking, sel: string) => el.shadowRoot!.querySelector<T>(sel)!;
export const $$ = (el: Kre8Booking, sel: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
// Intl puts narrow no-break spaces in times ("9:00 AM"); compare with plain spaces.
export const text = (el: Node) => (el.textContent ?? '').replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ').trim();

export function deepActive(): Element | null {
  let a = document.activeElement;
  while (a?.shadowRoot?.activeElement) a = a.shadowRoot.activeElement;
  return a;
}

export const loaded = (el: Kre8Booking) => waitUntil(() => $$(el, 'td.open').length > 0, 'open days never rendered');

/** Sets each named field and fires the event a visitor's typing (input) or choosing (change) would. */
export async function fill(el: Kre8Booking, values: Record<string, string>) {
  for (const [name, value] of Object.entries(values)) {
    const c = $<HTMLInputElement>(el, `[name="${name}"]`);
    c.value = value;
    c.dispatchEvent(new Event(c.tagName === 'SELECT' ? 'change' : 'input', { bubbles: true }));
  }
  await el.updateComplete;
}

/**
 * Starts the msw worker for the suite and gives every test a fresh mock API (read it through the returned
 * `get`: it changes per test). `beforeEach` runs once that API is in place, `afterEach` after each test.
 */
export function useMockApi(options: { beforeEach?: () => void; afterEach?: () => void } = {}) {
  let api = createMockApi();
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  beforeEach(() => {
    api = createMockApi();
    worker.use(...api.handlers);
    sessionStorage.clear();
    options.beforeEach?.();
  });
  afterEach(() => {
    worker.resetHandlers();
    options.afterEach?.();
  });
  return {
    get: () => api,
    /** Replaces this test's API (e.g. one with a shorter horizon). */
    set: (next: ReturnType<typeof createMockApi>) => {
      worker.resetHandlers();
      api = next;
      worker.use(...api.handlers);
    },
  };
}
