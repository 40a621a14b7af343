import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { checkoutPage } from './local-checkout.js';
import type { LocalSession } from '../payments/local.js';

/** The local checkout page's content (Chromium loads it, with its stylesheet, in e2e/booking.e2e.test.ts). */
const session = (over: Partial<LocalSession> = {}, metadata: Record<string, string> = {}): LocalSession => ({
  id: 'cs_local_1',
  object: 'checkout.session',
  status: 'open',
  payment_status: 'unpaid',
  amount_total: 25000,
  currency: 'usd',
  customer_email: 'ana@example.com',
  metadata: { booking_type: 'assessment', start: '2026-11-24T17:00:00.000Z', end: '2026-11-24T20:00:00.000Z', timezone: 'Europe/Madrid', locale: 'en', ...metadata },
  success_url: 'http://localhost:8787/?kre8_checkout_session=cs_local_1',
  cancel_url: 'http://localhost:8787/?kre8_checkout=cancelled',
  expires_at: 0,
  description: 'On-site AI Assessment (3 hours)',
  ...over,
});
const plain = (s: string) => s.replace(/<[^>]+>/g, ' ').replace(/[\u202f\u00a0]/g, ' ').replace(/\s+/g, ' ');

describe('the local checkout page', () => {
  it('shows the meeting type, the day and time in both zones, the amount and a labelled test payment (EN)', () => {
    const html = checkoutPage(session(), 'America/Los_Angeles');
    const text = plain(html);
    assert.match(html, /<html lang="en">/);
    assert.match(html, /<link rel="stylesheet" href="\/demo\/checkout\.css">/);
    assert.match(text, /Test payment — no card is charged\./);
    assert.match(text, /On-site AI assessment \(3 hours\)/);
    assert.match(text, /Tuesday, November 24, 2026, 6:00 – 9:00 PM · Central European Standard Time \(Europe\/Madrid\) \(your time\)/);
    assert.match(text, /Tuesday, November 24, 2026, 9:00 AM – 12:00 PM · Pacific Standard Time \(America\/Los_Angeles\) \(our time\)/);
    assert.match(text, /Total \$250\.00/);
    assert.match(text, /Make test payment of \$250\.00/);
    assert.match(html, /action="\/api\/local-checkout\/cs_local_1\/pay"/);
  });

  it('speaks the booking’s language (ES) and shows one zone when the visitor is in ours', () => {
    const text = plain(checkoutPage(session({}, { locale: 'es', timezone: 'America/Los_Angeles' }), 'America/Los_Angeles'));
    assert.match(text, /Pago de prueba: no se cobra ninguna tarjeta\./);
    assert.match(text, /Evaluación presencial de IA \(3 horas\)/);
    assert.match(text, /martes, 24 de noviembre de 2026/);
    assert.match(text, /\(tu hora\)/);
    assert.doesNotMatch(text, /nuestra hora/);
    assert.match(text, /Hacer el pago de prueba de/);
  });

  it('a paid or expired session offers no payment, only the way back', () => {
    const html = checkoutPage(session({ status: 'complete' }), 'America/Los_Angeles');
    assert.doesNotMatch(html, /\/pay"/);
    assert.match(plain(html), /This checkout is already paid\./);
    assert.match(html, /href="http:\/\/localhost:8787\/\?kre8_checkout=cancelled"/);
  });

  it('escapes what the visitor typed', () => {
    const html = checkoutPage(session({ customer_email: '<script>x</script>@example.com' }), 'America/Los_Angeles');
    assert.doesNotMatch(html, /<script>/);
  });
});
