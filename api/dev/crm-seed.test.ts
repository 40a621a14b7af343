import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalNcbStore } from '../ncb/local/store.js';
import { openSqlite } from '../store/sqlite.js';
import { seedCrm } from './crm-seed.js';

test('the CRM seed passes the local NCB schema and links its records', async () => {
  const db = openSqlite(':memory:');
  const ids = await seedCrm(db, { adminEmail: 'admin@kre8tion.local', now: new Date('2026-12-02T12:00:00Z') });
  const store = createLocalNcbStore(db);
  const counts = await store.counts();
  assert.equal(counts.leads, 4);
  assert.equal(counts.bookings, 3);
  assert.equal(counts.user_profiles, 3);
  assert.equal(counts.activities, 6);
  const tom = await store.get('leads', ids.leads[1]);
  assert.equal(tom?.booking_id, ids.bookings[0]);
  assert.equal((await store.get('bookings', ids.bookings[0]))?.booking_date, '2026-12-04T00:00:00.000Z');
});

test('the CRM seed stamps each row when its event happened, so a timeline reads in order', async () => {
  const db = openSqlite(':memory:');
  const ids = await seedCrm(db, { adminEmail: 'admin@kre8tion.local', now: new Date('2026-12-02T12:00:00Z') });
  const store = createLocalNcbStore(db);
  const stamps = await Promise.all(ids.activities.map(async (id) => (await store.get('activities', id))?.created_at));
  // The ROI report (two days before), its open, the note, the task, the booking (the day before), the follow-up (three days before).
  assert.deepEqual(stamps, ['2026-11-30T15:00:00.000Z', '2026-12-01T09:00:00.000Z', '2026-12-01T11:00:00.000Z', '2026-12-01T12:00:00.000Z', '2026-12-01T17:00:00.000Z', '2026-11-29T14:00:00.000Z']);
  assert.equal((await store.get('leads', ids.leads[0]))?.created_at, '2026-11-30T14:00:00.000Z');
});
