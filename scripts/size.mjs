// npm run size: the gzip size of each bundle (Lit included) against its ceiling; exits 1 when any is over.
// `npm test` runs it as a gate. Reads dist/ (or `--dir DIR`, or KRE8_DIST_DIR); run `npm run build` first.
// `--report` prints the same table without failing.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const KB = 1024;

/**
 * The ceilings, one row each (the developers' guide, README "Sizes and benchmarks"). `lazy: true` adds the
 * entry's on-demand chunks (`<entry>.<name>-<hash>.js`) to its first load; `optional: true` rows are skipped,
 * not failed, when their entry is not built (an entry that another branch adds).
 */
export const CEILINGS = [
  { name: 'booking', entry: 'kre8-booking', lazy: true, kb: 18 },
  { name: 'ROI calculator', entry: 'kre8-roi-calculator', lazy: true, kb: 17 },
  { name: 'voice launcher', entry: 'kre8-voice-agent', lazy: false, kb: 2 },
  { name: 'voice launcher + panel', entry: 'kre8-voice-agent', lazy: true, kb: 16 },
  { name: 'all three, first load', entry: 'kre8-widgets', lazy: false, kb: 30 },
  { name: 'all three, with lazy chunks', entry: 'kre8-widgets', lazy: true, kb: 35 },
  { name: 'admin', entry: 'kre8-admin', lazy: true, kb: 45, optional: true },
];

const gzip = (buf) => gzipSync(buf, { level: 9 }).length;
const brotli = (buf) => brotliCompressSync(buf, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;

/** Each ceiling measured against the .js files of `dir`: rows for the table and the number over (or missing). */
export function measure(dir, ceilings = CEILINGS) {
  const files = existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith('.js')) : [];
  const read = (f) => readFileSync(join(dir, f));
  let failed = 0;
  const rows = [];
  for (const c of ceilings) {
    const main = `${c.entry}.js`;
    if (!files.includes(main)) {
      if (c.optional) continue;
      failed++;
      rows.push({ bundle: c.name, files: main, gzip: 'missing', brotli: '-', ceiling: `${c.kb} KB`, status: 'FAIL' });
      continue;
    }
    const names = [main, ...(c.lazy ? files.filter((f) => f.startsWith(`${c.entry}.`) && f !== main) : [])];
    const g = names.reduce((s, n) => s + gzip(read(n)), 0);
    const ok = g <= c.kb * KB;
    if (!ok) failed++;
    rows.push({
      bundle: c.name,
      files: names.length > 1 ? `${main} + ${names.length - 1} chunk(s)` : main,
      gzip: `${(g / KB).toFixed(2)} KB`,
      brotli: `${(names.reduce((s, n) => s + brotli(read(n)), 0) / KB).toFixed(2)} KB`,
      ceiling: `${c.kb} KB`,
      status: ok ? 'ok' : 'OVER',
    });
  }
  return { rows, failed, total: rows.length };
}

const isMain = process.argv[1] && resolve(process.argv[1]) === resolve(new URL(import.meta.url).pathname);
if (isMain) {
  const at = process.argv.indexOf('--dir');
  const dir = resolve(at > 0 ? process.argv[at + 1] : (process.env.KRE8_DIST_DIR ?? 'dist'));
  if (!existsSync(dir) || !readdirSync(dir).some((f) => f.endsWith('.js'))) {
    console.error(`${dir} holds no bundle: run \`npm run build\` first.`);
    process.exit(1);
  }
  const { rows, failed, total } = measure(dir);
  console.table(rows);
  const report = process.argv.includes('--report');
  console.log(report ? `size: ${failed} of ${total} bundles over their ceiling (report only)` : `size: ${total - failed} passed, ${failed} failed`);
  process.exit(failed && !report ? 1 : 0);
}
