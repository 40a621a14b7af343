import { test } from 'node:test';
import assert from 'node:assert/strict';
import { createLocalNcbStore } from '../ncb/local/store.js';
import { openSqlite } from '../store/sqlite.js';
import { seedCrm } from './crm-seed.js';

test('the CRM seed passes the local NCB schema and links its records', async () => {
  const store = createLocalNcbStore(openSqlite(':memory:'));
  const ids = await seedCrm(store, { adminEmail: 'admin@kre8tion.local', now: new Date('2026-12-02T12:00:00Z') });
  const counts = await store.counts();
  assert.equal(counts.leads, 4);
  assert.equal(counts.bookings, 3);
  assert.equal(counts.user_profiles, 3);
  assert.equal(counts.activities, 6);
  const tom = await store.get('leads', ids.leads[1]);
  assert.equal(tom?.booking_id, ids.bookings[0]);
  assert.equal((await store.get('bookings', ids.bookings[0]))?.booking_date, '2026-12-04T00:00:00.000Z');
});
