// npm run size: gzip and brotli sizes of each bundle in dist/ against its budget (Lit included).
// Exits 1 when any bundle is over budget (`--report` prints the same figures without failing).
// Run `npm run build` first.
import { readFileSync, readdirSync, existsSync } from 'node:fs';
import { brotliCompressSync, gzipSync, constants } from 'node:zlib';

const KB = 1024;
const files = existsSync('dist') ? readdirSync('dist').filter((f) => f.endsWith('.js')) : [];
if (!files.length) {
  console.error('dist/ is empty: run `npm run build` first.');
  process.exit(1);
}
const read = (f) => readFileSync(`dist/${f}`);
const chunksOf = (entry) => files.filter((f) => f.startsWith(`${entry}.`) && f !== `${entry}.js`);
const measure = (names) => {
  const buf = Buffer.concat(names.map(read));
  return {
    raw: buf.length,
    gzip: names.reduce((s, n) => s + gzipSync(read(n), { level: 9 }).length, 0),
    brotli: names.reduce((s, n) => s + brotliCompressSync(read(n), { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length, 0),
  };
};

export const BUDGETS = [
  { name: 'kre8-booking.js', files: ['kre8-booking.js', ...chunksOf('kre8-booking')], budget: 15 * KB },
  { name: 'kre8-roi-calculator.js', files: ['kre8-roi-calculator.js', ...chunksOf('kre8-roi-calculator')], budget: 12 * KB },
  { name: 'kre8-voice-agent.js (launcher)', files: ['kre8-voice-agent.js'], budget: 2 * KB },
  { name: 'kre8-voice-agent.js + panel', files: ['kre8-voice-agent.js', ...chunksOf('kre8-voice-agent')], budget: 15 * KB },
  { name: 'kre8-widgets.js (all three)', files: ['kre8-widgets.js', ...chunksOf('kre8-widgets')], budget: 25 * KB },
  { name: 'kre8-admin.js (CRM admin elements)', files: ['kre8-admin.js', ...chunksOf('kre8-admin')], budget: 45 * KB },
];

let failed = 0;
const rows = BUDGETS.map((b) => {
  const missing = b.files.filter((f) => !existsSync(`dist/${f}`));
  if (missing.length) {
    failed++;
    return { bundle: b.name, raw: '-', gzip: 'missing', brotli: '-', budget: `${(b.budget / KB).toFixed(1)} KB`, status: 'FAIL' };
  }
  const m = measure(b.files);
  const ok = m.gzip <= b.budget;
  if (!ok) failed++;
  return {
    bundle: b.name,
    raw: `${(m.raw / KB).toFixed(1)} KB`,
    gzip: `${(m.gzip / KB).toFixed(2)} KB`,
    brotli: `${(m.brotli / KB).toFixed(2)} KB`,
    budget: `${(b.budget / KB).toFixed(1)} KB`,
    status: ok ? 'ok' : 'OVER',
  };
});
console.table(rows);
const report = process.argv.includes('--report');
console.log(report ? `size: ${failed} of ${BUDGETS.length} bundles over budget (report only)` : `size: ${BUDGETS.length - failed} passed, ${failed} failed`);
process.exit(failed && !report ? 1 : 0);
