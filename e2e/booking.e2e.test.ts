import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locator, Page } from 'playwright-core';
import { audit as auditOn, ncbRows, openDemo, waitFor, type RunningServer } from './server.js';

/**
 * The booking widget on the demo page served by `npm start` (issue #17): two bookings in one page visit
 * ("Book another"), then a paid assessment through the local checkout page, which must be in the booking's
 * language, show what is paid for, and load every subresource it references (any 4xx fails).
 */
const EMAIL = 'twice.e2e@example.com';

let demo: Awaited<ReturnType<typeof openDemo>>;
let server: RunningServer;
let page: Page;
let consoleErrors: string[];
let failedLoads: string[];
const audit = (target: Locator, label: string) => auditOn(page, target, label);

async function bookTheCall(booking: Locator, slotIndex: number) {
  const day = booking.locator('td[part="day"].open').first();
  await day.waitFor({ timeout: 15_000 });
  await day.click();
  const slot = booking.locator('[part~="slot"]').nth(slotIndex);
  await slot.waitFor();
  const label = (await slot.textContent())?.trim();
  await slot.click();
  await booking.getByLabel(/full name/i).fill('Twice Booker');
  await booking.getByLabel(/^email/i).fill(EMAIL);
  await page.waitForTimeout(1600); // MIN_FILL_MS below: a person takes a moment
  await booking.getByRole('button', { name: /book the call/i }).click();
  await booking.getByText(/you’re booked/i).first().waitFor({ timeout: 10_000 });
  return label;
}

describe('the booking widget, end to end, against npm start', () => {
  before(async () => {
    demo = await openDemo({ MIN_FILL_MS: '1500', MEETING_URL: 'https://meet.example.com/e2e-room' });
    ({ server, page, consoleErrors, failedLoads } = demo);
  });
  after(() => demo?.close());

  it('books twice in one page visit, the second from "Book another"', async () => {
    const booking = page.locator('#get-started kre8-booking');
    await booking.scrollIntoViewIfNeeded();
    const first = await bookTheCall(booking, 0);
    const link = booking.locator('[part="confirmation"] a[href="https://meet.example.com/e2e-room"]');
    await link.waitFor();
    await audit(booking, 'first confirmation');
    await booking.getByRole('button', { name: 'Book another' }).click();
    await assert.doesNotReject(booking.locator('[part="confirmation"]').waitFor({ state: 'detached', timeout: 5000 }));
    const second = await bookTheCall(booking, 0);
    assert.notEqual(second, first, 'the time booked first is no longer the first offered');
    await audit(booking, 'second confirmation');

    const rows = await waitFor('both bookings in the CRM', async () => {
      const r = await ncbRows(server.url, 'bookings', { guest_email: EMAIL });
      return r.length === 2 ? r : null;
    });
    assert.deepEqual(rows.map((r) => r.meeting_link), ['https://meet.example.com/e2e-room', 'https://meet.example.com/e2e-room']);
  });

  it('pays an on-site assessment on a styled, Spanish checkout page that shows the slot, and comes back confirmed', async () => {
    await page.goto(`${server.url}/?lang=es`);
    const booking = page.locator('#get-started kre8-booking');
    await booking.evaluate((el) => el.setAttribute('locale', 'es'));
    await booking.scrollIntoViewIfNeeded();
    await booking.locator('input[value="assessment"]').check();
    // From Madrid the demo's Los Angeles hours are evenings: the visitor asks for every on-site time.
    await booking.locator('input[type="checkbox"]').uncheck();
    const day = booking.locator('td[part="day"].open').first();
    await day.waitFor({ timeout: 15_000 });
    await day.click();
    await booking.locator('[part~="slot"]').first().click();
    await booking.getByLabel(/nombre completo/i).fill('Ana Pagadora');
    await booking.getByLabel(/^correo/i).fill('ana.e2e@example.com');
    await booking.getByLabel(/^dirección/i).fill('Calle Mayor 1, Madrid');
    await page.waitForTimeout(1600);
    failedLoads.length = 0;
    await booking.getByRole('button', { name: /continuar al pago/i }).click();
    await page.waitForURL(/\/api\/local-checkout\/cs_local_/, { timeout: 10_000 });
    await page.waitForLoadState('load');

    assert.deepEqual(failedLoads, [], 'every subresource of the checkout page loads');
    assert.equal(await page.getAttribute('html', 'lang'), 'es');
    // the stylesheet applied: the card has a border and the badge a background
    assert.notEqual(await page.locator('.checkout').evaluate((el) => getComputedStyle(el).borderTopStyle), 'none');
    const body = (await page.locator('main').innerText()).replace(/\s+/g, ' ');
    assert.match(body, /Pago de prueba: no se cobra ninguna tarjeta\./);
    assert.match(body, /Evaluación presencial de IA \(3 horas\)/);
    assert.match(body, /\(tu hora\)/);
    assert.match(body, /\(nuestra hora\)/);
    assert.match(body, /Total \$250\.00/);
    await audit(page.locator('main'), 'checkout page');

    await page.getByRole('button', { name: /hacer el pago de prueba/i }).click();
    // The first widget on the page (the demo's modal one) takes the return and shows the outcome.
    await page.getByText(/pago recibido/i).first().waitFor({ timeout: 20_000 });
    const [row] = await waitFor('the paid booking row', async () => {
      const r = await ncbRows(server.url, 'bookings', { guest_email: 'ana.e2e@example.com' });
      return r.length ? r : null;
    });
    assert.match(String(row.notes), /On-site address: Calle Mayor 1, Madrid\./);
    assert.deepEqual(consoleErrors, []);
  });
});
