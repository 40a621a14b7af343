import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Browser, Locator, Page } from 'playwright-core';
import { scaled } from '../scripts/time-scale.mjs';
import { audit as auditOn, ncbRows, openDemo, waitFor, type RunningServer } from './server.js';

/**
 * As a visitor, on the demo page served by `npm start`: complete the ROI wizard, book a consultation, chat with
 * the agent — with one email throughout — then check in the local NCB that the lead exists once with every link,
 * that the ROI row carries engagement, the voice session its messages, and that each email sent has an activity
 * and a mailbox entry. Every widget state visited is audited with axe-core; any console error fails the run.
 */
const EMAIL = 'dana.e2e@example.com';

let demo: Awaited<ReturnType<typeof openDemo>>;
let server: RunningServer;
let browser: Browser;
let page: Page;
let consoleErrors: string[];
const audit = (target: Locator, label: string) => auditOn(page, target, label);

describe('the demo page, end to end, against npm start', () => {
  before(async () => {
    demo = await openDemo({ MIN_FILL_MS: '1500' });
    ({ server, browser, page, consoleErrors } = demo);
  });
  after(() => demo?.close());

  it('completes the ROI wizard and submits an email', async () => {
    const roi = page.locator('kre8-roi-calculator');
    await roi.scrollIntoViewIfNeeded();
    await audit(roi, 'ROI step 1');
    const hourly = roi.getByRole('slider').first();
    await hourly.focus();
    await page.keyboard.press('ArrowRight');
    await page.keyboard.press('ArrowRight');
    await roi.getByRole('button', { name: 'Next', exact: true }).click();
    await roi.getByRole('slider').first().focus();
    await page.keyboard.press('ArrowRight');
    await roi.getByRole('button', { name: 'Next', exact: true }).click();
    await roi.getByRole('button', { name: /see results/i }).click();
    await page.waitForTimeout(2500); // on screen, tab visible: counted as time on calculator
    await roi.getByRole('textbox', { name: /^email/i }).fill(EMAIL);
    await roi.getByRole('textbox', { name: /^name/i }).fill('Dana Whitfield');
    await audit(roi, 'ROI results');
    await roi.getByRole('button', { name: /send/i }).click();
    await roi.locator('.sent, [part~="email-form"].sent').first().waitFor({ timeout: scaled(10_000) });
  });

  it('books a consultation', async () => {
    const booking = page.locator('#get-started kre8-booking');
    await booking.scrollIntoViewIfNeeded();
    const day = booking.locator('td[part="day"].open').first();
    await day.waitFor({ timeout: scaled(15_000) });
    await audit(booking, 'booking calendar');
    await day.click();
    const slot = booking.locator('[part~="slot"]').first();
    await slot.waitFor();
    await assert.doesNotReject(booking.getByText(/Europe\/Madrid/).filter({ visible: true }).first().waitFor({ timeout: scaled(5000) }), 'the visitor zone is shown');
    await slot.click();
    await booking.getByLabel(/full name/i).fill('Dana Whitfield');
    await booking.getByLabel(/^email/i).fill(EMAIL);
    await booking.getByText(/add details/i).click(); // phone and company are optional, behind the disclosure
    await booking.getByLabel(/^phone/i).fill('+1 512 555 0134');
    await booking.getByLabel(/^company/i).fill('Whitfield Plumbing');
    await audit(booking, 'booking form');
    await page.waitForTimeout(1600);
    await booking.getByRole('button', { name: /book the call/i }).click();
    await booking.getByText(/you’re booked/i).first().waitFor({ timeout: scaled(10_000) });
    await audit(booking, 'booking confirmation');
  });

  it('chats with the agent, giving a name, an email and a phone', async () => {
    const agent = page.locator('kre8-voice-agent');
    await agent.getByRole('button', { name: /assistant/i }).first().click();
    const input = agent.locator('[part="input"]');
    await input.waitFor();
    await audit(agent, 'agent panel');
    const replies = agent.locator('[part~="assistant-message"]');
    for (const [i, text] of ['Hi, my name is Dana Whitfield. What does the Foundation tier include?', `My email is ${EMAIL}`, 'My phone number is 512 555 0134'].entries()) {
      const before = await replies.count();
      await input.fill(text);
      await input.press('Enter');
      await waitFor(`reply ${i + 1}`, async () => (await replies.count()) > before);
    }
    await agent.locator('[part~="lead-chip"]').waitFor({ timeout: scaled(10_000) });
    await audit(agent, 'agent conversation');
    // Leaving the page ends the conversation (sendBeacon at pagehide).
    await page.goto('about:blank');
  });

  it('wrote one lead with its score and every link, and everything it implies', async () => {
    const lead = await waitFor('the lead with all three links', async () => {
      const leads = await ncbRows(server.url, 'leads', { email: EMAIL });
      assert.ok(leads.length <= 1, `one lead per email, found ${leads.length}`);
      const l = leads[0];
      return l && l.roi_calculation_id && l.booking_id && l.voice_session_id ? l : null;
    });
    assert.ok(Number.isInteger(lead.lead_score) && (lead.lead_score as number) > 0, `lead_score ${lead.lead_score}`);
    assert.equal(lead.first_name, 'Dana');
    assert.equal(lead.phone, '+15125550134');

    const [roi] = await ncbRows(server.url, 'roi_calculations', { id: String(lead.roi_calculation_id) });
    assert.ok(roi, 'the linked ROI row exists');
    assert.ok((roi.time_on_calculator as number) >= 2, `time_on_calculator ${roi.time_on_calculator}`);
    assert.ok((roi.adjustments_count as number) >= 3, `adjustments_count ${roi.adjustments_count}`);
    const [booking] = await ncbRows(server.url, 'bookings', { id: String(lead.booking_id) });
    assert.equal(booking?.guest_email, EMAIL);
    assert.equal(booking?.status, 'confirmed');

    const session = await waitFor('the ended voice session', async () => {
      const [s] = await ncbRows(server.url, 'voice_sessions', { id: String(lead.voice_session_id) });
      return s?.end_time ? s : null;
    });
    const messages = JSON.parse(String(session.messages)) as { role: string; content: string }[];
    assert.ok(messages.filter((m) => m.role === 'user').length >= 3);
    assert.equal(session.total_questions, 3);

    const mail = await waitFor('the mailbox', async () => {
      const r = (await (await fetch(`${server.url}/emailit/messages`)).json()) as { data: { to: string; subject: string }[] };
      return r.data.length >= 5 ? r.data : null;
    });
    const toVisitor = mail.filter((m) => m.to === EMAIL);
    assert.ok(toVisitor.some((m) => /ROI/.test(m.subject)), 'ROI report sent');
    assert.ok(toVisitor.some((m) => /Booking Confirmed|Strategy Call/i.test(m.subject)), 'booking confirmation sent');
    const activities = await waitFor('one activity per email', async () => {
      const acts = (await ncbRows(server.url, 'activities', { lead_id: String(lead.id) })).filter((a) => a.type === 'email');
      return acts.length >= mail.length ? acts : null;
    });
    assert.equal(activities.length, mail.length, 'an activity for every email sent');
    assert.deepEqual(consoleErrors, [], 'no console errors (including CSP violations)');
  });

  it('loading a bundle twice, or two bundles on one page, is harmless', async () => {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await p.goto(`${server.url}/`);
    await p.addScriptTag({ url: '/dist/kre8-booking.js', type: 'module' });
    await p.addScriptTag({ url: '/dist/kre8-widgets.js?again', type: 'module' });
    await p.addScriptTag({ url: '/dist/kre8-roi-calculator.js', type: 'module' });
    await p.locator('#get-started kre8-booking td[part="day"].open').first().waitFor({ timeout: scaled(15_000) });
    assert.ok(await p.evaluate(() => !!customElements.get('kre8-booking') && !!customElements.get('kre8-roi-calculator')));
    assert.deepEqual(errors, []);
    await p.close();
  });

  it('the page\'s EN/ES switch changes <html lang> only, and every widget follows it', async () => {
    const p = await browser.newPage();
    await p.goto(`${server.url}/?designer`);
    const booking = p.locator('#booking-inline');
    await booking.getByRole('heading', { name: 'Book a meeting' }).waitFor({ timeout: scaled(15_000) });
    await p.click('[data-locale="es"]');
    await booking.getByRole('heading', { name: 'Reserva una reunión' }).waitFor({ timeout: scaled(5_000) });
    await p.locator('kre8-voice-agent [part="launcher"][aria-label="Habla con nuestro asistente"]').waitFor({ timeout: scaled(5_000) });
    await p.locator('kre8-roi-calculator').getByRole('button', { name: 'Siguiente', exact: true }).waitFor({ timeout: scaled(5_000) });
    assert.deepEqual(await p.$$eval('kre8-booking, kre8-roi-calculator, kre8-voice-agent', (els) => els.map((e) => e.getAttribute('locale'))), [null, null, null, null]);
    await p.close();
  });

  it('a partner site on another origin embeds the widgets (CORS) under its strict CSP', async () => {
    const p = await browser.newPage();
    const errors: string[] = [];
    p.on('pageerror', (e) => errors.push(e.message));
    p.on('console', (m) => m.type() === 'error' && errors.push(m.text()));
    await p.goto(`${server.partnerUrl}/`);
    const booking = p.locator('kre8-booking').first();
    await booking.locator('td[part="day"].open').first().waitFor({ timeout: scaled(15_000) });
    assert.deepEqual(errors, [], 'cross-origin API calls succeeded without CSP or CORS errors');
    await p.close();
  });
});

describe('npm start on a port already in use', () => {
  it('says so plainly and exits', async () => {
    const { createServer } = await import('node:net');
    const blocker = createServer().listen(0, '127.0.0.1');
    await new Promise((r) => blocker.once('listening', r));
    const port = (blocker.address() as { port: number }).port;
    const { spawnSync } = await import('node:child_process');
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'api/node.ts'], {
      env: { ...process.env, PORT: String(port), PARTNER_PORT: String(port + 1), DATA_DIR: `${(await import('node:os')).tmpdir()}/kre8-port-${port}` },
      encoding: 'utf8',
      timeout: scaled(30_000),
    });
    blocker.close();
    assert.equal(r.status, 1);
    assert.match(r.stderr, new RegExp(`Port ${port} is already in use`));
  });
});

describe('openDemo when the browser cannot start', () => {
  it('stops the server it started (no npm start left running)', async () => {
    const { execFileSync } = await import('node:child_process');
    const servers = () => execFileSync('ps', ['-o', 'args=', '--ppid', String(process.pid)], { encoding: 'utf8' }).split('\n').filter((l) => l.includes('api/node.ts'));
    const before = servers().length;
    const chrome = process.env.CHROME_PATH;
    process.env.CHROME_PATH = '/nonexistent/chromium';
    try {
      await assert.rejects(openDemo(), /nonexistent/);
    } finally {
      if (chrome === undefined) delete process.env.CHROME_PATH;
      else process.env.CHROME_PATH = chrome;
    }
    assert.equal(servers().length, before);
  });
});
