// npm test: every layer, in order, cheapest first; each layer's counts come from a machine-readable reporter
// (node:test → scripts/count-reporter.mjs, web-test-runner → scripts/wtr-count-reporter.mjs), and the run
// ends with the plain line `N passed, N failed`.
//   checks       type-check, lint, build (into a temporary folder: the dist/ a running `npm start` serves is
//                never touched), size ceilings (a gate), manifest freshness
//   unit         pure node tests                       (scripts/test-layers.mjs decides each file's layer)
//   api          the API through app.request() or a started server
//   reliability  restarts, SIGKILL, NCB faults — one file at a time
//   browsers     node tests that drive Chromium, then the widgets in Chromium (web-test-runner)
//   end to end   every e2e/*.e2e.test.ts against the npm start server
// Timeouts everywhere scale with KRE8_TIME_SCALE, set here from the load average unless given.
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from './run.mjs';
import { measure } from './size.mjs';
import { e2eFiles, nodeTestFiles } from './test-layers.mjs';
import { scaleForLoad } from './time-scale.mjs';

const work = mkdtempSync(join(tmpdir(), 'kre8-test-'));
const dist = join(work, 'dist');
process.env.KRE8_TIME_SCALE ??= String(scaleForLoad());
process.env.KRE8_DIST_DIR = dist;
console.log(`time scale ${process.env.KRE8_TIME_SCALE} (KRE8_TIME_SCALE), bundles in ${dist} (KRE8_DIST_DIR)`);

const counts = { passed: 0, failed: 0 };
const layers = [];
const started = Date.now();
const node = process.execPath;
const bin = (name) => `node_modules/.bin/${name}`;

/** Runs one layer; `counted(code)` returns its {passed, failed}. A crash with no failed test still fails it. */
async function layer(name, cmd, args, counted) {
  const t0 = Date.now();
  console.log(`\n━━ ${name} ━━ ${[cmd.replace(node, 'node'), ...args].join(' ')}`);
  const { code } = await run(cmd, args);
  let { passed, failed } = counted(code);
  if (code !== 0 && failed === 0) failed = 1;
  counts.passed += passed;
  counts.failed += failed;
  layers.push({ layer: name, passed, failed, seconds: Number(((Date.now() - t0) / 1000).toFixed(1)) });
}

const single = (code) => (code === 0 ? { passed: 1, failed: 0 } : { passed: 0, failed: 1 });
const readCounts = (file) => {
  try {
    return JSON.parse(readFileSync(file, 'utf8'));
  } catch {
    return { passed: 0, failed: 0 }; // no counts written: the runner crashed (the exit code fails the layer)
  }
};

async function nodeLayer(name, files, concurrency) {
  if (!files.length) return;
  const out = join(work, `${name.replaceAll(' ', '-')}.json`);
  const args = ['--import', 'tsx', '--test', `--test-concurrency=${concurrency}`, '--test-reporter=spec', '--test-reporter-destination=stdout',
    '--test-reporter=./scripts/count-reporter.mjs', `--test-reporter-destination=${out}`, ...files];
  await layer(name, node, args, () => readCounts(out));
}

const nodeFiles = nodeTestFiles();
const filesOf = (l) => nodeFiles.filter((f) => f.layer === l).map((f) => f.file);

await layer('type-check', bin('tsc'), ['--noEmit', '-p', '.'], single);
// The widgets without Node's types, the API (outside tests) without the DOM's: each sees only its platform.
await layer('type-check widgets', bin('tsc'), ['--noEmit', '-p', 'tsconfig.widgets.json'], single);
await layer('type-check api', bin('tsc'), ['--noEmit', '-p', 'tsconfig.api.json'], single);
await layer('lint', bin('eslint'), ['.', '--max-warnings=0'], single);
await layer('build', node, ['scripts/build.mjs', '--out', dist], single);
{
  const t0 = Date.now();
  console.log(`\n━━ size ━━ the ceilings in scripts/size.mjs`);
  const { rows, failed, total } = measure(dist);
  console.table(rows);
  counts.passed += total - failed;
  counts.failed += failed;
  layers.push({ layer: 'size', passed: total - failed, failed, seconds: Number(((Date.now() - t0) / 1000).toFixed(1)) });
}
await layer('manifest', node, ['scripts/check-manifest.mjs'], single);
await nodeLayer('unit', filesOf('unit'), 3);
await nodeLayer('api', filesOf('api'), 2);
await nodeLayer('reliability', filesOf('reliability'), 1);
// The Worker live in workerd (wrangler, offline) against the local NCB: its own layer, run alone.
await nodeLayer('workers (live)', ['scripts/worker.live.ts'], 1);
await nodeLayer('browser (node)', filesOf('browser'), 1);
{
  const out = (process.env.KRE8_WTR_COUNTS = join(work, 'wtr.json'));
  await layer('widgets', bin('web-test-runner'), [], () => readCounts(out));
}
await nodeLayer('end to end', e2eFiles(), 1);

rmSync(work, { recursive: true, force: true });
console.log('\n');
console.table(layers);
console.log(`total ${((Date.now() - started) / 1000).toFixed(0)} s at time scale ${process.env.KRE8_TIME_SCALE}`);
console.log(`${counts.passed} passed, ${counts.failed} failed`);
process.exit(counts.failed ? 1 : 0);
