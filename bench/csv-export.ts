/**
 * CSV export of 10,000 leads (#21), measured: `npm start`'s server runs as its own process on a local NCB
 * holding ROWS leads; this process signs in locally and runs exactly what `<kre8-csv-export>` runs — the admin
 * data client reading every 100-row page of `/api/data/read/leads` over HTTP, `csvChunks` turning each page into
 * one chunk, the chunks into a Blob. Prints the wall time, this process's heap (peak sampled between pages, and
 * after), the longest event-loop stall (how long the page could not respond), and the CSV's size.
 *
 *   node --import tsx --expose-gc bench/csv-export.ts        (ROWS=10000 by default)
 */
import { join } from 'node:path';
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { createDataClient } from '../components/admin/shared/data-client.js';
import { csvChunks } from '../components/admin/csv-export/csv.js';
import { createLocalNcbStore } from '../api/ncb/local/store.js';
import { openSqlite } from '../api/store/sqlite.js';
import { startNpmServer } from '../e2e/server.js';
import { LEAD_SOURCES as SOURCES } from '../model/vocabulary.js';

const ROWS = Number(process.env.ROWS ?? 10_000);
const mb = (n: number) => `${(n / 1048576).toFixed(1)} MB`;

/** ROWS believable leads straight into the SQLite file the server will open (seeding over HTTP takes minutes). */
async function seed(dataDir: string) {
  const db = openSqlite(join(dataDir, 'ncb.db'));
  const store = createLocalNcbStore(db);
  await store.ready;
  for (let i = 0; i < ROWS; i++) {
    await store.create('leads', {
      email: `lead${i}@example.com`, first_name: i % 7 ? 'Ana' : '=HYPERLINK("x")', last_name: `Núñez, "${i}"`, phone: '+15125550100',
      company_name: `Company ${i}`, source: SOURCES[i % SOURCES.length], status: 'new', lead_score: i % 100,
      source_detail: 'ROI calculator (Foundation Builder, 519% ROI)', email_status: 'delivered', email_click_count: i % 3,
    });
  }
  db.close();
}

export async function measure() {
  const dataDir = mkdtempSync(join(tmpdir(), 'kre8-csv-bench-'));
  const t0 = performance.now();
  await seed(dataDir);
  const seeded = performance.now() - t0;
  const server = await startNpmServer({ DATA_DIR: dataDir });
  try {
    const signIn = await fetch(`${server.url}/api/dev/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'admin@kre8tion.local' }) });
    if (!signIn.ok) throw new Error(`sign-in: ${signIn.status}`);
    const cookie = signIn.headers.get('set-cookie')!.split(';')[0]!;
    const data = createDataClient(`${server.url}/api/data`, (url, init) => fetch(url, { ...init, headers: { ...(init?.headers as Record<string, string>), cookie } }));

    const gc = (globalThis as { gc?: () => void }).gc;
    gc?.();
    const heap0 = process.memoryUsage().heapUsed;
    let peak = heap0;
    const sampler = setInterval(() => (peak = Math.max(peak, process.memoryUsage().heapUsed)), 2);
    const stall = monitorEventLoopDelay({ resolution: 5 });
    stall.enable();
    const start = performance.now();
    const parts: string[] = [];
    let pages = 0;
    const counted = (async function* () {
      for await (const page of data.pages('leads')) {
        pages++;
        yield page;
      }
    })();
    for await (const chunk of csvChunks(counted, 'leads', 'en', (r) => !r.deleted_at)) parts.push(chunk);
    const blob = new Blob(parts, { type: 'text/csv;charset=utf-8' });
    const ms = performance.now() - start;
    stall.disable();
    clearInterval(sampler);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
    const text = await blob.text();
    const lines = text.split('\r\n').length - 2;
    parts.length = 0;
    gc?.();
    return { rows: ROWS, lines, pages, ms, seededMs: seeded, bytes: blob.size, heapPeakDelta: peak - heap0, heapAfter: process.memoryUsage().heapUsed - heap0, maxStallMs: stall.max / 1e6, gc: !!gc };
  } finally {
    await server.stop();
  }
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const r = await measure();
  console.log(`seeded ${r.rows} leads in ${(r.seededMs / 1000).toFixed(1)} s`);
  console.log(`export: ${r.lines} data lines from ${r.pages} pages in ${r.ms.toFixed(0)} ms; CSV ${mb(r.bytes)}`);
  console.log(`heap: peak +${mb(r.heapPeakDelta)} during the export, +${mb(r.heapAfter)} after it${r.gc ? ' (gc forced before and after)' : ' (run with --expose-gc for steadier figures)'}`);
  console.log(`longest event-loop stall: ${r.maxStallMs.toFixed(1)} ms (the page stays responsive between pages)`);
}
