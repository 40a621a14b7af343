import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { Browser, Locator, Page } from 'playwright-core';
import { randomUUID } from 'node:crypto';
import { signEmailit } from '../api/email/signature.js';
import { scaled } from '../scripts/time-scale.mjs';
import { assertBuilt, audit as auditPage, ncbRows, openBrowserPage, startNpmServer, waitFor, type RunningServer } from './server.js';

/**
 * /admin against `npm start`. A visitor's story is made through the visitor API over HTTP, as the widgets make
 * it: an ROI submission, a booking, two chat turns with the voice agent, and a signed EmailIt "opened" and
 * "clicked" event; the background jobs are polled until they land in the local NCB. Then the admin signs in
 * locally, reads the lead's full timeline and linked records, sees the booking in the calendar, cancels it
 * (the slot opens for visitors again and the timeline says so), works with tasks, notes, users and the
 * dashboard, exports the leads as CSV, changes the status and soft-deletes the lead, each write checked in
 * the local NCB. Every state is audited with axe-core.
 */
const EMAIL = 'iris.e2e@example.com';
const LA = 'America/Los_Angeles';
/** The local EmailIt webhook secret (api/config.ts's default), with which the local mailbox signs. */
const WEBHOOK_SECRET = 'whsec_local_emailit_not_a_secret';

let server: RunningServer;
let browser: Browser;
let page: Page;
let leadId = 0;
let bookingId = 0;
let slot = { start: '', day: '', time: '' };
let consoleErrors: string[] = [];

const audit = (target: Locator, label: string) => auditPage(page, target, label);

async function post(path: string, body: unknown, headers: Record<string, string> = {}) {
  const raw = JSON.stringify(body);
  const r = await fetch(`${server.url}${path}`, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: raw });
  return { status: r.status, body: await r.text() };
}

async function ncbCreate(table: string, row: Record<string, unknown>): Promise<number> {
  const r = await fetch(`${server.url}/ncb/create/${table}?Instance=local_kre8`, { method: 'POST', headers: { Authorization: 'Bearer local-ncb-secret', 'content-type': 'application/json' }, body: JSON.stringify(row) });
  const body = await r.text();
  assert.equal(r.status, 200, `${table}: ${body}`);
  return (JSON.parse(body) as { id: number }).id;
}

/** A signed EmailIt v2 event about the latest email the mailbox holds for the visitor. */
async function emailEvent(type: string, extra: Record<string, unknown> = {}) {
  const mail = (await (await fetch(`${server.url}/emailit/messages`)).json()) as { data: { to: string; subject: string }[] };
  const msg = mail.data.find((m) => m.to.includes(EMAIL));
  assert.ok(msg, 'no email to the visitor in the local mailbox');
  const raw = JSON.stringify({ event_id: randomUUID(), type, created_at: new Date().toISOString(), data: { object: { to: EMAIL, from: 'hello@kre8tion.com', subject: msg.subject, ...extra } } });
  const ts = String(Math.floor(Date.now() / 1000));
  const r = await fetch(`${server.url}/api/webhooks/emailit`, { method: 'POST', headers: { 'content-type': 'application/json', 'user-agent': 'Emailit-Webhooks/2.0', 'X-Emailit-Timestamp': ts, 'X-Emailit-Signature': await signEmailit(WEBHOOK_SECRET, ts, raw) }, body: raw });
  assert.equal(r.status, 200, await r.text());
}

async function openSlots(from: string, to: string) {
  const r = await fetch(`${server.url}/api/booking/availability?${new URLSearchParams({ from, to, timezone: LA, type: 'consultation' })}`);
  assert.equal(r.status, 200);
  return ((await r.json()) as { days: { date: string; slots: { start: string; available: boolean }[] }[] }).days.flatMap((d) => d.slots.filter((s) => s.available).map((s) => ({ ...s, date: d.date })));
}

const dayInLa = (d: Date) => new Intl.DateTimeFormat('en-CA', { timeZone: LA }).format(d);

describe('/admin, end to end, against npm start', () => {
  before(async () => {
    assertBuilt('kre8-admin.js');
    server = await startNpmServer();

    // the visitor, through the API
    const roi = await post('/api/leads/roi', {
      submissionId: randomUUID(), email: EMAIL, name: 'Iris Vega', companyName: 'Vega Plumbing', locale: 'en', fillMs: 30_000,
      inputs: { industry: 'service', employees: '5-10', hourlyLaborCost: 55, tier: 'foundation', taskHours: { scheduling: 5, communication: 6, dataEntry: 4, leadResponse: 3, reporting: 2, inventory: 2, socialMedia: 3 }, monthlyRevenue: 50000, avgDealValue: 500, lostLeadsPerMonth: 10, closeRate: 25 },
      engagement: { timeOnCalculatorSeconds: 200, adjustmentsCount: 3 },
    });
    assert.equal(roi.status, 202, roi.body);
    const today = dayInLa(new Date());
    const slots = await openSlots(today, dayInLa(new Date(Date.now() + 8 * 86_400_000)));
    const first = slots[0];
    assert.ok(first, 'no open slot in the next week');
    slot = { start: first.start, day: first.date, time: first.start.slice(11, 16) };
    const booked = await post('/api/booking/create', { submissionId: randomUUID(), type: 'consultation', start: first.start, timezone: LA, name: 'Iris Vega', email: EMAIL, phone: '+1 512 555 0199', companyName: 'Vega Plumbing', locale: 'en', fillMs: 30_000 });
    assert.equal(booked.status, 201, booked.body);
    const sessionId = randomUUID();
    for (const message of ['Hi, I am Iris Vega from Vega Plumbing. Do you work with plumbers?', `My email is ${EMAIL}`]) {
      const chat = await post('/api/voice-agent/chat', { sessionId, language: 'en', message });
      assert.equal(chat.status, 200, chat.body);
    }
    // the jobs land: the lead with its three links and the emails sent
    const lead = await waitFor('the lead with its ROI, booking and voice links', async () => {
      const [l] = await ncbRows(server.url, 'leads', { email: EMAIL });
      return l?.roi_calculation_id && l.booking_id && l.voice_session_id ? l : null;
    }, scaled(60_000));
    leadId = Number(lead.id);
    bookingId = Number(lead.booking_id);
    await waitFor('an email to the visitor', async () => ((await (await fetch(`${server.url}/emailit/messages`)).json()) as { data: { to: string }[] }).data.some((m) => m.to.includes(EMAIL)));
    await emailEvent('email.opened');
    await emailEvent('email.clicked', { link: { url: 'https://kre8tion.com/pricing' } });
    await waitFor('the open and the click on the lead', async () => {
      const [l] = await ncbRows(server.url, 'leads', { email: EMAIL });
      return l?.last_email_opened_at && Number(l.email_click_count) >= 1;
    }, scaled(60_000));

    await ncbCreate('user_profiles', { user_id: 'e2e-customer', role: 'customer', display_name: 'Cy Customer' });
    // The sign-in test provokes 401/403 on purpose.
    ({ browser, page, consoleErrors } = await openBrowserPage({ height: 1000, ignoreConsole: /status of 40[13]/ }));
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
    if (process.env.E2E_DEBUG) console.log(entries);
    for (const want of ['Lead created', 'ROI calculation', 'Voice conversation', 'Voice agent conversation (English)', 'Booking made', `ROI report sent to ${EMAIL}`, `Booking confirmation sent to ${EMAIL}`, 'Email opened: Booking confirmed', 'Email link clicked: Booking confirmed']) {
      assert.ok(entries.some((e) => e.includes(want)), `timeline lacks "${want}": ${JSON.stringify(entries)}`);
    }
    assert.match(await detail.locator('.roi').innerText(), /\d+%/);
    assert.match(await detail.locator('.engagement').innerText(), /Clicks\s+1/);
    assert.match(await detail.locator('.booking').innerText(), /Confirmed/);
    assert.match(await detail.locator('.voice').innerText(), /Transcript \(\d+ messages\)/);
    await audit(detail, 'lead detail');
  });

  it('shows the booking in the calendar; a cancel frees the slot for visitors and enters the timeline', async () => {
    const cal = page.locator('kre8-bookings-calendar');
    if (slot.day.slice(0, 7) !== dayInLa(new Date()).slice(0, 7)) await cal.getByRole('button', { name: 'Next' }).click();
    const cell = cal.locator(`[role=gridcell][data-date="${slot.day}"]`);
    await cell.getByText('Iris Vega').waitFor();
    assert.match(await cell.innerText(), new RegExp(`${slot.time} Iris Vega\\s+Confirmed`));
    await audit(cal, 'calendar');
    await cal.getByRole('button', { name: 'List' }).click();
    await cal.getByRole('list').getByText(/Iris Vega/).waitFor();
    await audit(cal, 'calendar list');

    await cal.getByRole('list').getByRole('button', { name: /Iris Vega/ }).click();
    const dialog = cal.getByRole('dialog');
    await audit(dialog, 'booking dialog');
    await dialog.getByRole('button', { name: 'Cancel booking' }).click();
    await waitFor('booking cancelled in NCB', async () => (await ncbRows(server.url, 'bookings', { id: String(bookingId) }))[0]?.status === 'cancelled');
    await dialog.getByRole('button', { name: 'Close' }).click();
    // the API's create check reads NCB afresh: the freed slot can be booked by another visitor at once
    const again = await post('/api/booking/create', { submissionId: randomUUID(), type: 'consultation', start: slot.start, timezone: LA, name: 'Otto Other', email: 'otto.e2e@example.com', locale: 'en', fillMs: 30_000 });
    assert.equal(again.status, 201, again.body);
    const feed = page.locator('kre8-lead-detail').getByRole('feed');
    await feed.getByRole('article').filter({ hasText: 'Booking cancelled' }).waitFor();
    const cancelled = await ncbRows(server.url, 'activities', { lead_id: String(leadId), type: 'meeting' });
    assert.ok(cancelled.some((a) => a.subject === 'Booking cancelled' && String(a.metadata).includes('booking.cancelled')), JSON.stringify(cancelled));
  });

  it('a task from the lead detail, a note, a user role change and the dashboard reach the local NCB', async () => {
    const tasks = page.locator('kre8-lead-detail kre8-task-list');
    await tasks.getByText('New task').click();
    await tasks.getByLabel('Subject').fill('Send the proposal');
    await tasks.getByRole('button', { name: 'Add task' }).click();
    await waitFor('task in NCB', async () => (await ncbRows(server.url, 'activities', { lead_id: String(leadId), type: 'task' })).some((r) => r.subject === 'Send the proposal' && r.status === 'pending'));
    await page.locator('kre8-lead-detail').getByRole('feed').getByRole('article').filter({ hasText: 'Send the proposal' }).waitFor();
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

  it('exports the leads as CSV', async () => {
    const exporter = page.locator('kre8-csv-export[table=leads]');
    const [download] = await Promise.all([page.waitForEvent('download'), exporter.getByRole('button', { name: 'Export CSV' }).click()]);
    assert.match(download.suggestedFilename(), /^leads-\d{4}-\d{2}-\d{2}\.csv$/);
    const csv = readFileSync((await download.path())!, 'utf8');
    assert.ok(csv.startsWith('\uFEFFID,Created,First name,Last name,Email,Phone,Company,'), csv.slice(0, 80));
    const lines = csv.split('\r\n').filter(Boolean);
    const iris = lines.find((l) => l.includes(EMAIL));
    assert.ok(iris, csv);
    assert.match(iris, new RegExp(`^${leadId},\\d{4}-\\d{2}-\\d{2}T[^,]+,Iris,Vega,${EMAIL.replace(/\./g, '\\.')},'\\+15125550199,Vega Plumbing,`));
    assert.equal(lines.length, 1 + (await ncbRows(server.url, 'leads')).filter((l) => !l.deleted_at).length, 'a line per lead and the header');
    await exporter.getByText(/rows exported/).waitFor();
    await audit(exporter, 'csv export');
  });

  it('a status change and a soft delete reach the local NCB', async () => {
    const detail = page.locator('kre8-lead-detail');
    await detail.getByLabel('Status').selectOption('qualified');
    await waitFor('status in NCB', async () => (await ncbRows(server.url, 'leads', { id: String(leadId) }))[0]?.status === 'qualified');
    await detail.locator('kre8-delete-button').getByRole('button', { name: 'Delete', exact: true }).click();
    const dialog = detail.locator('kre8-delete-button').getByRole('dialog');
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
