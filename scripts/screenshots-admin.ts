/**
 * Screenshots of the admin elements on /admin for the README (#21), from a fresh local stack:
 *
 *   npm run build && node --import tsx scripts/screenshots-admin.ts
 *
 * Starts `npm start`'s server on free ports with a temporary DATA_DIR seeded by `seed:crm`'s data set, signs in
 * as the local admin and captures each element (not the page) at a 1200px-wide viewport into
 * docs/screenshots/admin-*.png. Debian's Chromium through playwright-core; CHROME_PATH overrides the binary.
 */
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Locator, type Page } from 'playwright-core';
import { seedCrm } from '../api/dev/crm-seed.js';
import { openSqlite } from '../api/store/sqlite.js';
import { startNpmServer } from '../e2e/server.js';

const out = (name: string) => new URL(`../docs/screenshots/admin-${name}.png`, import.meta.url).pathname;

const dataDir = mkdtempSync(join(tmpdir(), 'kre8-admin-shots-'));
const db = openSqlite(join(dataDir, 'ncb.db'));
await seedCrm(db, { adminEmail: 'admin@kre8tion.local' });
db.close();
const server = await startNpmServer({ DATA_DIR: dataDir });
const browser = await chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page: Page = await browser.newPage({ viewport: { width: 1200, height: 900 }, timezoneId: 'America/Los_Angeles', deviceScaleFactor: 1 });
  await page.goto(`${server.url}/admin`);
  await page.getByLabel('Email').fill('admin@kre8tion.local');
  await page.getByRole('button', { name: 'Sign in' }).click();
  await page.locator('#lead-list button').first().waitFor();
  const shot = async (name: string, el: Locator) => {
    await el.scrollIntoViewIfNeeded();
    await el.screenshot({ path: out(name), animations: 'disabled' });
    console.log(`wrote ${out(name)}`);
  };

  // Lena: ROI calculation, engagement, a task and a note
  await page.locator('#lead-list button', { hasText: 'Lena Park' }).click();
  const detail = page.locator('kre8-lead-detail');
  await detail.getByRole('heading', { name: 'Lena Park' }).waitFor();
  await detail.getByRole('feed').getByRole('article').first().waitFor();
  await detail.locator('kre8-task-list').getByRole('button', { name: /^Upcoming/ }).click();
  await detail.locator('kre8-task-list').getByText('Call Lena about the Foundation tier').waitFor();
  await shot('lead-detail', detail);

  const cal = page.locator('kre8-bookings-calendar');
  await cal.locator('.chip').first().waitFor();
  await shot('calendar', cal);

  const dash = page.locator('kre8-crm-dashboard');
  await dash.locator('[data-fig=calcs]').waitFor();
  await dash.getByLabel('Period', { exact: true }).selectOption('week');
  await dash.locator('[data-series="0"] .pt').first().focus();
  // the busiest day: its name shows beside the point
  await page.keyboard.press('End');
  await shot('dashboard', dash);

  const tasks = page.locator('#tasks');
  await tasks.getByRole('button', { name: /^Overdue/ }).click();
  await tasks.getByText('Send Acme the deployment plan').waitFor();
  await shot('task-list', tasks);

  const users = page.locator('kre8-user-admin');
  await users.getByText('Maria Lopez').first().waitFor();
  await shot('user-admin', users);
} finally {
  await browser.close();
  await server.stop();
}
