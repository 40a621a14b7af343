// npm run seed:crm: writes a small CRM data set (api/dev/crm-seed.ts) into the local NCB under DATA_DIR.
// Refuses when the CRM tables already have rows, so it never doubles the data.
import { join, resolve } from 'node:path';
import { loadConfig } from '../api/config.js';
import { createLocalNcbStore } from '../api/ncb/local/store.js';
import { openSqlite } from '../api/store/sqlite.js';
import { seedCrm } from '../api/dev/crm-seed.js';

const config = loadConfig(process.env);
if (config.APP_ENV === 'production' || config.NCB_OPENAPI_URL) {
  console.error('seed:crm writes the local NCB only (no APP_ENV=production, no NCB_OPENAPI_URL).');
  process.exit(1);
}
const file = join(resolve(config.DATA_DIR), 'ncb.db');
const db = openSqlite(file);
const store = createLocalNcbStore(db);
const counts = await store.counts();
if (counts.companies > 0 || counts.user_profiles > 0) {
  console.error(`${file} already has CRM rows (companies ${counts.companies}, user_profiles ${counts.user_profiles}); not seeding twice.`);
  process.exit(1);
}
const ids = await seedCrm(db, { adminEmail: config.ADMIN_EMAIL });
console.log(`seeded ${file}: ${Object.entries(ids).map(([t, v]) => `${t} ${v.length}`).join(', ')}\nsign in at /admin as ${config.ADMIN_EMAIL}`);
