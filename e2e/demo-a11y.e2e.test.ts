import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { scaled } from '../scripts/time-scale.mjs';
import { assertBuilt, audit as axeAudit, launchBrowser, startNpmServer, waitFor, type RunningServer } from './server.js';

/**
 * axe-core on the WHOLE demo page (not just a widget) in every widget state, in English and in Spanish: the
 * widgets sit inside the host's landmarks, so a landmark or heading a widget adds, a name that does not match
 * its label, or a contrast failure anywhere fails here. WCAG 2.1 A/AA and axe's best practices; any violation
 * fails. The partner page too, with the kit embedded cross-origin. Then, measured: the ROI results' headline
 * figures and the email capture are within the viewport when the results appear, on a desktop and a phone.
 */
const LOCALES = [
  { lang: 'en', email: 'ana.axe.en@example.com', slot: 0 },
  { lang: 'es', email: 'ana.axe.es@example.com', slot: 1 },
] as const;

let server: RunningServer;
let browser: Browser;

/** Waits until no finite animation is running (a fade measured mid-way would be a false contrast result). */
async function settled(page: Page) {
  await page.waitForFunction(() =>
    document.getAnimations().every((a) => a.playState !== 'running' || a.effect?.getTiming().iterations === Infinity),
  );
}

/** axe-core over the whole document (shadow roots included) with best practices, once no fade is running. */
async function audit(page: Page, label: string) {
  await settled(page);
  await axeAudit(page, null, `the demo page, ${label}`, { bestPractice: true });
}

async function newPage(lang: string, viewport = { width: 1280, height: 800 }): Promise<{ page: Page; errors: string[] }> {
  const context = await browser.newContext({ viewport, timezoneId: 'America/Chicago', locale: lang === 'es' ? 'es-US' : 'en-US' });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  page.on('console', (m) => m.type() === 'error' && !/503|Service Unavailable/.test(m.text()) && errors.push(m.text()));
  await page.goto(`${server.url}/?lang=${lang}`);
  await page.locator('kre8-roi-calculator [part="wizard"]').waitFor({ timeout: scaled(15_000) });
  return { page, errors };
}

/** Steps 1–3 of the ROI wizard, ending on the results. */
async function toResults(roi: Locator, onStep?: (n: number) => Promise<void>) {
  for (let n = 1; n <= 3; n++) {
    await roi.locator('h2#step-h').filter({ hasText: new RegExp(`${n}\\D`) }).waitFor();
    await onStep?.(n);
    await roi.locator('[part~="primary-button"]').click();
  }
  await roi.locator('[part="results"].hero').waitFor();
}

before(async () => {
  assertBuilt('kre8-widgets.js');
  server = await startNpmServer({ MIN_FILL_MS: '1' });
  browser = await launchBrowser();
});
after(async () => {
  await browser?.close();
  await server?.stop();
});

describe('the demo page under axe, in every widget state', () => {
  for (const { lang, email, slot } of LOCALES) {
    it(`${lang}: the ROI calculator, step by step to the booking it offers`, async () => {
      const { page, errors } = await newPage(lang);
      assert.equal(await page.evaluate(() => document.documentElement.lang), lang);
      const roi = page.locator('kre8-roi-calculator');
      await roi.scrollIntoViewIfNeeded();
      await toResults(roi, (n) => audit(page, `ROI step ${n}`));
      await audit(page, 'ROI results');
      await roi.locator('details[part="details"] summary').click();
      await audit(page, 'ROI results, details open');
      // An invalid address: the field error state.
      await roi.locator('#email').fill('not-an-email');
      await roi.locator('form[part="email-form"] [type="submit"]').click();
      await roi.locator('#email[aria-invalid="true"]').waitFor();
      await audit(page, 'ROI email error');
      await roi.locator('#email').fill(email);
      await roi.locator('#name').fill('Ana Axe');
      await roi.locator('form[part="email-form"] [type="submit"]').click();
      await roi.locator('.sent #sent-h').waitFor({ timeout: scaled(10_000) });
      await audit(page, 'ROI success');
      // "Book your strategy call" opens the page's modal booking with the email prefilled.
      await roi.locator('.sent [part~="primary-button"]').click();
      const modal = page.locator('#booking-modal');
      await modal.locator('dialog[part="dialog"][open]').waitFor();
      await modal.locator('td[part="day"].open').first().waitFor({ timeout: scaled(15_000) });
      await audit(page, 'booking modal opened from the ROI success');
      await page.keyboard.press('Escape');
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    it(`${lang}: the booking widget — picker, slots, form, confirmation`, async () => {
      const { page, errors } = await newPage(lang);
      const booking = page.locator('#get-started kre8-booking');
      await booking.scrollIntoViewIfNeeded();
      const day = booking.locator('td[part="day"].open').first();
      await day.waitFor({ timeout: scaled(15_000) });
      await audit(page, 'booking calendar');
      await day.click();
      const slots = booking.locator('[part~="slot"]');
      await slots.nth(slot).waitFor();
      await audit(page, 'booking slots');
      await slots.nth(slot).click();
      await booking.locator('input[name="name"]').fill('Ana Axe');
      await booking.locator('input[name="email"]').fill(email);
      await audit(page, 'booking form');
      await booking.locator('form [type="submit"]').click();
      await booking.locator('[part="confirmation"]').waitFor({ timeout: scaled(10_000) });
      await audit(page, 'booking confirmation');
      assert.deepEqual(errors, []);
      await page.context().close();
    });

    it(`${lang}: the voice panel — open, a reply, a failed message`, async () => {
      const { page, errors } = await newPage(lang);
      const agent = page.locator('kre8-voice-agent');
      await agent.locator('[part="launcher"]').click();
      const input = agent.locator('[part="input"]');
      await input.waitFor();
      await audit(page, 'voice panel open');
      const replies = agent.locator('[part~="assistant-message"]');
      await input.fill(lang === 'es' ? '¿Cuánto cuesta el plan Foundation?' : 'How much is the Foundation tier?');
      await input.press('Enter');
      await waitFor('a reply', async () => (await replies.count()) >= 2);
      await audit(page, 'voice panel after a reply');
      await page.route('**/api/voice-agent/chat', (r) => r.fulfill({ status: 503, contentType: 'application/json', body: '{"error":{"code":"unavailable","message":"down"}}' }));
      await input.fill(lang === 'es' ? 'Hola' : 'Hello');
      await input.press('Enter');
      await agent.locator('.alert[role="alert"]').waitFor();
      await agent.locator('.failed').waitFor();
      await audit(page, 'voice panel, message failed');
      await page.unroute('**/api/voice-agent/chat');
      assert.deepEqual(errors, []);
      await page.context().close();
    });
  }
});

describe('the partner page under axe', () => {
  it('with the kit embedded cross-origin: on load, and with the voice panel open', async () => {
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
    const page = await context.newPage();
    await page.goto(`${server.partnerUrl}/`);
    await page.locator('kre8-booking td[part="day"].open').first().waitFor({ timeout: scaled(15_000) });
    await audit(page, 'partner page');
    await page.locator('kre8-voice-agent [part="launcher"]').click();
    await page.locator('kre8-voice-agent [part="input"]').waitFor();
    await audit(page, 'partner page, voice panel open');
    await context.close();
  });
});

describe('the ROI results above the fold, measured', () => {
  for (const viewport of [{ width: 1280, height: 800 }, { width: 390, height: 844 }]) {
    for (const { lang } of LOCALES) {
      it(`${viewport.width}×${viewport.height}, ${lang}: the headline figures and the email capture are in view when the results appear`, async () => {
        const { page } = await newPage(lang, viewport);
        const roi = page.locator('kre8-roi-calculator');
        await roi.scrollIntoViewIfNeeded();
        await toResults(roi);
        // As a visitor sees it: whatever the widget and the browser scroll when the results appear. The scroll may
        // start a few frames after the render, so the positions are polled until every box is in view (or the
        // deadline passes and the last positions are reported), never measured once after a guess at "settled".
        type Box = { sel: string; top: number; bottom: number; left: number; right: number };
        const outOfView = (boxes: Box[]) => boxes.filter((b) => !(b.top >= 0 && b.bottom <= viewport.height && b.left >= 0 && b.right <= viewport.width));
        let last: Box[] = [];
        const measure = () =>
          // Plain loops: a named function inside evaluate() would reference tsx's __name helper, absent in the page.
          roi.evaluate((el) => {
            const out: { sel: string; top: number; bottom: number; left: number; right: number }[] = [];
            for (const sel of ['.hero .big:nth-of-type(1) dd', '.hero .big:nth-of-type(2) dd', '.hero .big:nth-of-type(3) dd', '#email', 'form[part="email-form"] [type="submit"]']) {
              const r = el.shadowRoot!.querySelector(sel)?.getBoundingClientRect();
              if (r) out.push({ sel, top: r.top, bottom: r.bottom, left: r.left, right: r.right });
            }
            return out;
          });
        await settled(page);
        const inView = await waitFor('the results in view', async () => {
          last = await measure();
          return last.length === 5 && outOfView(last).length === 0;
        }, scaled(5000)).catch(() => false);
        assert.equal(last.length, 5, 'three figures, the email field and its send button');
        const off = outOfView(last).map((b) => `${b.sel} at ${Math.round(b.left)}–${Math.round(b.right)} × ${Math.round(b.top)}–${Math.round(b.bottom)}`);
        assert.ok(inView, `out of the ${viewport.width}×${viewport.height} view: ${off.join('; ')}`);
        await page.context().close();
      });
    }
  }
});
