import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { createRequire } from 'node:module';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
import { ncbRows, startNpmServer, waitFor, type RunningServer } from './server.js';

/**
 * /admin against `npm start`: a lead with its ROI calculation, voice session, booking and email activities is in
 * the local NCB (written over the local NCB's own HTTP protocol, as the API's flows write it); the admin signs
 * in locally, reads the lead's timeline and linked records, sees the booking in the calendar, changes the
 * status and soft-deletes the lead, and both writes reach the local NCB. Every state is audited with axe-core.
 */
const chromeArgs = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

let server: RunningServer;
let browser: Browser;
let page: Page;
let leadId = 0;
const consoleErrors: string[] = [];

async function audit(target: Locator, label: string) {
  await page.evaluate(axeSource);
  const violations = await target.evaluate(async (el) => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> } }).axe;
    const r = await axe.run(el, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  });
  assert.deepEqual(violations, [], `axe violations in ${label}`);
}

async function ncbCreate(table: string, row: Record<string, unknown>): Promise<number> {
  const r = await fetch(`${server.url}/ncb/create/${table}?Instance=local_kre8`, { method: 'POST', headers: { Authorization: 'Bearer local-ncb-secret', 'content-type': 'application/json' }, body: JSON.stringify(row) });
  const body = await r.text();
  assert.equal(r.status, 200, `${table}: ${body}`);
  return (JSON.parse(body) as { id: number }).id;
}

const today = new Date();
const day = (offset: number) => new Date(today.getTime() + offset * 86_400_000).toISOString().slice(0, 10);

describe('/admin, end to end, against npm start', () => {
  before(async () => {
    if (!existsSync(join(process.env.KRE8_DIST_DIR ?? 'dist', 'kre8-admin.js'))) throw new Error('run `npm run build` first (npm test does)');
    server = await startNpmServer();
    const roi = await ncbCreate('roi_calculations', { email: 'iris.e2e@example.com', industry: 'Plumbing', employee_count: '5-10', hourly_rate: 55, weekly_admin_hours: 15, calculations: JSON.stringify({ roi: 310, weeklyValue: 620, paybackWeeks: 9 }), selected_tier: 'foundation', email_captured: 1, report_requested: 1, time_on_calculator: 200, adjustments_count: 3 });
    const voice = await ncbCreate('voice_sessions', { external_session_id: 'e2e-voice-1', start_time: new Date(today.getTime() - 3600_000).toISOString(), duration: 150, language: 'en', messages: JSON.stringify([{ role: 'user', content: 'Do you work with plumbers?' }, { role: 'assistant', content: 'Yes, every day.' }]), outcome: 'booking_scheduled' });
    const booking = await ncbCreate('bookings', { guest_name: 'Iris Vega', guest_email: 'iris.e2e@example.com', booking_date: day(1), start_time: '11:00', end_time: '11:30', timezone: 'America/Los_Angeles', status: 'confirmed', booking_type: 'consultation' });
    leadId = await ncbCreate('leads', { email: 'iris.e2e@example.com', first_name: 'Iris', last_name: 'Vega', company_name: 'Vega Plumbing', source: 'roi-calculator', status: 'new', lead_score: 81, roi_calculation_id: roi, voice_session_id: voice, booking_id: booking, email_click_count: 1, last_email_opened_at: new Date().toISOString(), email_status: 'delivered' });
    await ncbCreate('activities', { type: 'email', subject: 'ROI report sent to iris.e2e@example.com', lead_id: leadId, metadata: JSON.stringify({ dedupe: 'e2e:1', kind: 'email.sent' }) });
    await ncbCreate('activities', { type: 'email', subject: 'Email clicked', lead_id: leadId, metadata: JSON.stringify({ dedupe: 'e2e:2', kind: 'email.click' }) });
    await ncbCreate('user_profiles', { user_id: 'e2e-customer', role: 'customer', display_name: 'Cy Customer' });
    browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: chromeArgs });
    page = await browser.newPage({ viewport: { width: 1280, height: 1000 }, timezoneId: 'Europe/Madrid' });
    page.on('console', (m) => m.type() === 'error' && !/status of 40[13]/.test(m.text()) && consoleErrors.push(m.text()));
    page.on('pageerror', (e) => consoleErrors.push(e.message));
    if (process.env.E2E_DEBUG) page.on('console', (m) => console.log('console:', m.text()));
    if (process.env.E2E_DEBUG) page.on('pageerror', (e) => console.log('pageerror:', e.message));
  });
  after(async () => {
    await browser?.close();
    await server?.stop();
  });

  it('refuses the data proxy without a session', async () => {
    const r = await fetch(`${server.url}/api/data/read/leads`);
    assert.equal(r.status, 401);
  });

  it('signs in and shows the lead’s full story', async () => {
    await page.goto(`${server.url}/admin?lead=${leadId}`);
    await audit(page.locator('body'), 'sign-in');
    await page.getByLabel('Email').fill('admin@kre8tion.local');
    await page.getByRole('button', { name: 'Sign in' }).click();
    const detail = page.locator('kre8-lead-detail');
    await detail.getByRole('heading', { name: 'Iris Vega' }).waitFor();
    const feed = detail.getByRole('feed');
    await feed.getByRole('article').first().waitFor();
    const entries = await feed.getByRole('article').allInnerTexts();
    for (const want of ['Lead created', 'ROI calculation', 'Voice conversation', 'Booking made', 'Email opened', 'ROI report sent to iris.e2e@example.com', 'Email clicked']) {
      assert.ok(entries.some((e) => e.includes(want)), `timeline lacks "${want}": ${JSON.stringify(entries)}`);
    }
    assert.match(await detail.locator('.roi').innerText(), /310%/);
    assert.match(await detail.locator('.engagement').innerText(), /Emails sent\s+1/);
    await audit(detail, 'lead detail');
  });

  it('shows the booking in the calendar', async () => {
    const cal = page.locator('kre8-bookings-calendar');
    const cell = cal.locator(`[role=gridcell][data-date="${day(1)}"]`);
    await cell.getByText('Iris Vega').waitFor();
    assert.match(await cell.innerText(), /11:00 Iris Vega\s+Confirmed/);
    await audit(cal, 'calendar');
    await cal.getByRole('button', { name: 'List' }).click();
    await cal.getByRole('list').getByText(/Iris Vega/).waitFor();
    await audit(cal, 'calendar list');
  });

  it('a task from the lead, a note, a user role change and the dashboard reach the local NCB', async () => {
    const tasks = page.locator('#lead-tasks');
    await tasks.getByText('New task').click();
    await tasks.getByLabel('Subject').fill('Send the proposal');
    await tasks.getByRole('button', { name: 'Add task' }).click();
    await waitFor('task in NCB', async () => (await ncbRows(server.url, 'activities', { lead_id: String(leadId), type: 'task' })).some((r) => r.subject === 'Send the proposal' && r.status === 'pending'));
    await audit(tasks, 'lead tasks');

    const notes = page.locator('kre8-entity-notes');
    await notes.getByLabel('New note').fill('Prefers calls after lunch');
    await notes.getByRole('button', { name: 'Add note' }).click();
    await notes.getByText('Prefers calls after lunch').waitFor();
    await waitFor('note in NCB', async () => (await ncbRows(server.url, 'activities', { lead_id: String(leadId), type: 'note' })).some((r) => r.description === 'Prefers calls after lunch'));
    await audit(notes, 'notes');

    const users = page.locator('kre8-user-admin');
    await users.getByLabel('Role of Cy Customer').selectOption('team_member');
    await waitFor('role in NCB', async () => (await ncbRows(server.url, 'user_profiles', { user_id: 'e2e-customer' }))[0]?.role === 'team_member');
    await audit(users, 'users');

    const dash = page.locator('kre8-crm-dashboard');
    await dash.locator('[data-fig=calcs]').waitFor();
    assert.match(await dash.locator('[data-fig=calcs]').innerText(), /Calculations\s+1/);
    await audit(dash, 'dashboard');
  });

  it('a status change and a soft delete reach the local NCB', async () => {
    const detail = page.locator('kre8-lead-detail');
    await detail.getByLabel('Status').selectOption('qualified');
    await waitFor('status in NCB', async () => (await ncbRows(server.url, 'leads', { id: String(leadId) }))[0]?.status === 'qualified');
    await detail.getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = detail.getByRole('dialog');
    assert.match(await dialog.innerText(), /Delete Iris Vega\?/);
    await audit(dialog, 'delete dialog');
    await dialog.getByRole('button', { name: 'Delete' }).click();
    const row = await waitFor('deleted_at in NCB', async () => {
      const [r] = await ncbRows(server.url, 'leads', { id: String(leadId) });
      return r?.deleted_at ? r : null;
    });
    assert.match(String(row.deleted_at), /^\d{4}-\d{2}-\d{2}T/);
    await detail.getByRole('button', { name: 'Undo' }).waitFor();
    // the host list hides the soft-deleted lead
    await waitFor('lead hidden from the list', async () => !(await page.locator('#lead-list').innerText()).includes('Iris'));
    assert.deepEqual(consoleErrors, []);
  });
});
