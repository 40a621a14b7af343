/**
 * The demo pages in headless Chromium, served under the production CSP with the inspector API on fakes whose
 * every string is hostile: the toolbar edits the theme live, the inspector renders everything inert, and
 * nothing the pages do needs an inline script or style.
 */
import { test, before, after } from 'node:test';
import assert from 'node:assert/strict';
import { readFile } from 'node:fs/promises';
import { readFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { extname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve, type ServerType } from '@hono/node-server';
import { Hono } from 'hono';
import { chromium, type Browser, type Page } from 'playwright-core';
import { createInspector, type MailEventKind } from '../api/dev/inspector.js';

const DEMO = fileURLToPath(new URL('.', import.meta.url));
const CSP = "default-src 'self'; script-src 'self' http://localhost:8787; style-src 'self'; connect-src 'self' http://localhost:8787; img-src 'self' data:";
const TYPES: Record<string, string> = { '.html': 'text/html; charset=utf-8', '.js': 'text/javascript', '.css': 'text/css' };
const XSS = `<img src=x onerror="window.__xss=1"><script>window.__xss=2</script>`;

// ---- fakes: a small CRM, mailbox and queue, with hostile strings everywhere a visitor could type ----
const leads: Record<string, unknown>[] = [
  { id: 1, created_at: '2026-03-01T10:00:00Z', email: 'ada@example.com', first_name: `Ada${XSS}`, last_name: 'Lovelace', source: 'roi-calculator', source_detail: XSS, lead_score: 72, status: 'new', roi_calculation_id: 1, email_click_count: 2 },
];
const voice: Record<string, unknown>[] = [
  { id: 1, external_session_id: 's-1', start_time: '2026-03-01T09:00:00Z', duration: 95, language: 'en', messages: JSON.stringify([{ role: 'user', content: `Hi ${XSS}` }, { role: 'assistant', content: 'Hello!' }]) },
];
const tables: Record<string, Record<string, unknown>[]> = {
  leads,
  roi_calculations: [{ id: 1, email: 'ada@example.com', industry: 'HVAC', employee_count: '5-10', hourly_rate: 35, weekly_admin_hours: 35, time_on_calculator: 125, adjustments_count: 4, calculations: JSON.stringify({ roi: 312, note: XSS }) }],
  bookings: [{ id: 1, guest_name: XSS, guest_email: 'ada@example.com', booking_date: '2026-03-04T00:00:00.000Z', start_time: '10:00', end_time: '10:30', timezone: 'America/Los_Angeles' }],
  voice_sessions: voice,
  activities: [{ id: 1, type: 'email', subject: XSS, lead_id: 1, metadata: '{"kind":"roi-report"}' }],
};
const mail = [{ id: 'm-1', from: 'hello@kre8tion.com', to: 'ada@example.com', subject: `Report ${XSS}`, html: `<h1 style="color: rgb(1, 2, 3)">Report</h1><script>document.body.dataset.ran = 'yes'; parent.__xss=3</script>${XSS}`, text: `plain ${XSS}`, tags: ['roi-report'], createdAt: '2026-03-01T10:00:00Z' }];
const fired: [string, MailEventKind][] = [];
const retried: string[] = [];

const inspector = createInspector({
  ncb: { listRows: async (t) => tables[t] ?? [], counts: async () => Object.fromEntries(Object.entries(tables).map(([k, v]) => [k, v.length])) },
  mailbox: {
    list: async () => mail,
    get: async (id) => mail.find((m) => m.id === id) ?? null,
    fire: async (id, kind) => {
      fired.push([id, kind]);
      return { status: 202 };
    },
  },
  jobs: {
    list: async (status) => (status === 'dead' || !status ? [{ id: 'mail:9', type: 'send-email', status: 'dead', attempts: 12, lastError: XSS, updatedAt: 0 }] : []),
    counts: async () => ({ pending: 0, running: 0, done: 3, dead: 1 }),
    retry: async (id) => void retried.push(id),
  },
});

function site() {
  const app = new Hono();
  // As api/node.ts does: the page policy on every response that has none of its own (the email HTML has).
  app.use('*', async (c, next) => {
    await next();
    if (!c.res.headers.has('content-security-policy')) c.res.headers.set('content-security-policy', CSP);
  });
  app.route('/inspector/api', inspector);
  // The widget bundle is not what these tests are about: an empty module keeps the console clean.
  app.get('/dist/*', (c) => c.body('export {};', 200, { 'content-type': 'text/javascript' }));
  app.get('*', async (c) => {
    const path = c.req.path;
    const file = path === '/' ? 'index.html' : path === '/inspector' ? 'inspector.html' : path.startsWith('/demo/') ? path.slice(6) : null;
    if (!file || file.includes('..')) return c.text('not found', 404);
    try {
      return c.body(await readFile(join(DEMO, file)), 200, { 'content-type': TYPES[extname(file)] ?? 'application/octet-stream' });
    } catch {
      return c.text('not found', 404);
    }
  });
  return app;
}

let server: ServerType;
let base = '';
let browser: Browser;

before(async () => {
  server = serve({ fetch: site().fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((resolve) => server.once('listening', resolve));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  browser = await chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'],
  });
});

after(async () => {
  await browser?.close();
  await new Promise((resolve) => server?.close(resolve));
});

/** A fresh page that records page errors and the top document's CSP violations. */
async function open(path: string): Promise<{ page: Page; errors: string[] }> {
  const page = await browser.newPage({ viewport: { width: 1200, height: 900 } });
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(e.message));
  await page.addInitScript(() => {
    if (window.top !== window) return;
    document.addEventListener('securitypolicyviolation', (e) => {
      ((window as any).__csp ??= []).push(`${e.violatedDirective} ${e.blockedURI}`);
    });
  });
  await page.goto(base + path);
  return { page, errors };
}

const violations = (page: Page) => page.evaluate(() => (window as any).__csp ?? []);
const xss = (page: Page) => page.evaluate(() => (window as any).__xss);

test('the HTML has no inline script, style, style attribute or event handler (strict CSP)', () => {
  for (const name of ['index.html', 'inspector.html', 'partner.html']) {
    const html = readFileSync(join(DEMO, name), 'utf8');
    assert.doesNotMatch(html, /<script(?![^>]*\bsrc=)[^>]*>/i, `${name}: inline <script>`);
    assert.doesNotMatch(html, /<style[\s>]/i, `${name}: <style>`);
    assert.doesNotMatch(html, /\sstyle\s*=/i, `${name}: style attribute`);
    assert.doesNotMatch(html, /\son[a-z]+\s*=/i, `${name}: inline handler`);
  }
});

test('the demo scripts never parse data as HTML', () => {
  for (const name of ['demo.js', 'inspector.js', 'js/dom.js', 'js/inspector-views.js', 'js/page-copy.js', 'js/theme.js', 'js/tabs.js', 'js/format.js', 'js/partner-url.js']) {
    const js = readFileSync(join(DEMO, name), 'utf8');
    assert.doesNotMatch(js, /innerHTML|outerHTML|insertAdjacentHTML|document\.write|\beval\(|new Function/, name);
  }
});

test('the partner page embeds the kit cross-origin, two lines each, with its partner code', () => {
  const html = readFileSync(join(DEMO, 'partner.html'), 'utf8');
  assert.match(html, /<script type="module" src="http:\/\/localhost:8787\/dist\/kre8-widgets\.js"><\/script>/);
  for (const tag of ['kre8-booking', 'kre8-roi-calculator', 'kre8-voice-agent']) {
    assert.match(html, new RegExp(`<${tag} partner="acme-partner"[^>]*></${tag}>`), tag);
  }
});

test('the landing page has every section anchor and the widgets where the CTAs point', async () => {
  const { page, errors } = await open('/');
  for (const id of ['solutions', 'how-it-works', 'case-studies', 'roi-calculator', 'pricing', 'faq', 'get-started']) {
    assert.equal(await page.locator(`section#${id}`).count(), 1, id);
  }
  assert.equal(await page.locator('#roi-calculator kre8-roi-calculator').count(), 1);
  assert.equal(await page.locator('#get-started kre8-booking:not([mode])').count(), 1);
  assert.equal(await page.locator('kre8-booking[mode="modal"]').count(), 1);
  assert.equal(await page.locator('kre8-voice-agent').count(), 1);
  assert.equal(await page.locator('#pricing [data-kre8-open="booking"][data-kre8-booking-type="assessment"]').count(), 3);
  assert.match((await page.locator('#pricing').textContent()) ?? '', /\$2,500.*\$750.*\$4,000.*\$5,000.*\$1,500.*\$9,500.*\$12,000.*\$3,000.*\$30,000/s);
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the designer toolbar opens by keyboard, edits the theme live, and closes with Escape', async () => {
  const { page, errors } = await open('/');
  const toggle = page.locator('#designer-toggle');
  const prop = (name: string) => page.evaluate((n) => document.documentElement.style.getPropertyValue(n), name);
  await toggle.focus();
  await page.keyboard.press('Enter');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'true');
  assert.ok(await page.locator('#designer-panel').isVisible());

  await page.click('[data-preset="teal"]');
  assert.equal(await prop('--kre8-accent'), '#0f766e');
  assert.equal(await page.getAttribute('[data-preset="teal"]', 'aria-pressed'), 'true');
  assert.match((await page.textContent('#theme-css')) ?? '', /--kre8-accent: #0f766e;/);

  await page.locator('input[name="--kre8-accent"]').fill('#112233');
  assert.equal(await prop('--kre8-accent'), '#112233');
  assert.equal(await page.getAttribute('[data-preset="teal"]', 'aria-pressed'), 'false');
  await page.locator('#radius-input').fill('3');
  assert.equal(await prop('--kre8-radius'), '3px');
  assert.equal(await page.textContent('#radius-out'), '3px');
  await page.selectOption('#font-select', 'serif');
  assert.match(await prop('--kre8-font'), /Georgia, serif$/);

  await page.selectOption('#tz-select', 'Europe/Madrid');
  assert.deepEqual(await page.$$eval('kre8-booking', (els) => els.map((e) => e.getAttribute('timezone'))), ['Europe/Madrid', 'Europe/Madrid']);

  await page.locator('#designer-panel select').first().focus();
  await page.keyboard.press('Escape');
  assert.equal(await toggle.getAttribute('aria-expanded'), 'false');
  assert.ok(await page.locator('#designer-panel').isHidden());
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'designer-toggle');

  // The theme survives a reload (kept in localStorage), so a designer can compare across pages.
  await page.reload();
  assert.equal(await prop('--kre8-accent'), '#112233');
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the EN/ES switch translates the page and sets lang, and leaves the widgets to follow lang', async () => {
  const { page } = await open('/?designer');
  await page.click('[data-locale="es"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'es');
  assert.equal(await page.textContent('a[href="#solutions"]'), 'Soluciones');
  // No widget gets a locale of its own: they follow <html lang> (components/core/page-lang.test.ts, e2e/demo).
  assert.deepEqual(await page.$$eval('kre8-booking, kre8-roi-calculator, kre8-voice-agent', (els) => els.map((e) => e.getAttribute('locale'))), [null, null, null, null]);
  await page.click('[data-locale="en"]');
  assert.equal(await page.getAttribute('html', 'lang'), 'en');
  assert.equal(await page.textContent('a[href="#solutions"]'), 'Solutions');
  await page.close();
});

test('the inspector shows hostile data as text in every tab and runs none of it', async () => {
  const { page, errors } = await open('/inspector');
  await page.waitForSelector('#row-leads-1');
  assert.match((await page.textContent('#row-leads-1')) ?? '', /Ada<img src=x onerror="window.__xss=1"><script>window.__xss=2<\/script>/);
  assert.equal(await page.getAttribute('#row-leads-1 meter', 'value'), '72');
  for (const tab of ['roi', 'bookings', 'voice', 'activities', 'jobs']) {
    await page.click(`#tab-${tab}`);
    await page.locator(`#panel-${tab}`).getByText('<img src=x', { exact: false }).first().waitFor({ state: 'attached' });
  }
  await page.click('#tab-voice');
  await page.click('#panel-voice summary');
  assert.match((await page.textContent('#panel-voice .transcript')) ?? '', /user Hi <img src=x/);

  await page.click('#tab-mailbox');
  await page.click('.mail-item');
  const frame = page.locator('iframe.mail-frame');
  await frame.waitFor();
  assert.equal(await frame.getAttribute('sandbox'), '');
  assert.equal(await frame.getAttribute('src'), '/inspector/api/mailbox/m-1/html');
  // The email's own inline styles apply (its document has its own policy) and its script does not run.
  const email = page.frameLocator('iframe.mail-frame');
  await email.locator('h1').waitFor();
  assert.equal(await email.locator('h1').evaluate((el) => getComputedStyle(el).color), 'rgb(1, 2, 3)');
  assert.equal(await email.locator('body').getAttribute('data-ran'), null);

  assert.equal(await page.locator('main img, main script').count(), 0);
  await page.waitForTimeout(300); // let the sandboxed frame try its script and image
  assert.equal(await xss(page), undefined);
  assert.deepEqual(errors, []);
  assert.deepEqual(await violations(page), []);
  await page.close();
});

test('the inspector tabs follow the ARIA pattern and links jump to the row', async () => {
  const { page } = await open('/inspector');
  await page.waitForSelector('#row-leads-1');
  await page.focus('#tab-leads');
  await page.keyboard.press('ArrowRight');
  assert.equal(await page.getAttribute('#tab-roi', 'aria-selected'), 'true');
  assert.equal(await page.getAttribute('#tab-leads', 'tabindex'), '-1');
  assert.ok(await page.locator('#panel-leads').isHidden());
  await page.keyboard.press('End');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-jobs');
  await page.keyboard.press('Home');
  assert.equal(await page.evaluate(() => document.activeElement?.id), 'tab-leads');

  await page.click('#row-leads-1 button.jump');
  await page.waitForFunction(() => document.activeElement?.id === 'row-roi-1');
  assert.equal(await page.getAttribute('#tab-roi', 'aria-selected'), 'true');
  assert.equal(await page.evaluate(() => location.hash), '#roi');
  await page.close();
});

test('the inspector fires mail events and retries dead jobs through its API', async () => {
  const { page } = await open('/inspector#mailbox');
  await page.click('.mail-item');
  await page.click('text=Fire bounced');
  await page.waitForFunction(() => /answered 202/.test(document.getElementById('mail-status')?.textContent ?? ''));
  assert.deepEqual(fired.at(-1), ['m-1', 'bounced']);

  await page.click('#tab-jobs');
  await page.click('#panel-jobs button:has-text("Retry")');
  await page.waitForFunction(() => /queued again/.test(document.getElementById('jobs-status')?.textContent ?? ''));
  assert.deepEqual(retried.at(-1), 'mail:9');
  await page.close();
});

test('auto-refresh picks up new rows and keeps open transcripts open', async () => {
  const { page } = await open('/inspector#voice');
  await page.waitForSelector('#row-voice-1');
  await page.click('#row-voice-1 summary');
  voice.push({ id: 2, external_session_id: 's-2', start_time: '2026-03-02T09:00:00Z', messages: '[]' });
  try {
    await page.waitForSelector('#row-voice-2', { timeout: 7000 });
    assert.equal(await page.locator('#row-voice-1 details').getAttribute('open'), '');
    assert.match((await page.textContent('[data-count="voice_sessions"]')) ?? '', /^2$/);
  } finally {
    voice.pop();
  }
  await page.close();
});
