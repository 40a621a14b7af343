// Which layer of `npm test` each node test file belongs to, decided from its path and what it imports, so a
// new file lands in the right layer without being listed anywhere:
//   unit         pure logic (no server, no browser)
//   api          the API through app.request() / a started server (the harness, bench/server, a spawned process)
//   reliability  api/reliability/: restarts, SIGKILL, NCB faults, run one file at a time (they load the machine)
//   browser      node tests that drive Chromium (playwright-core)
// e2e/*.e2e.test.ts files are the end-to-end layer and components/**/*.test.ts the widget layer (web-test-runner).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

export const NODE_TEST_DIRS = ['api', 'model', 'scripts', 'demo'];

const API_IMPORT = /from '[^']*(?:testing\/harness|bench\/server|\/app|\/node)(?:\.js)?'|node:child_process|startServer\(/;

/** The layer of one node test file, from its path and source. */
export function layerOf(path, source) {
  const p = path.replaceAll('\\', '/');
  if (p.startsWith('api/reliability/')) return 'reliability';
  if (/^import [^;]*from 'playwright-core'/m.test(source)) return 'browser';
  if (API_IMPORT.test(source) || /^api\/(routes|flows|security)\//.test(p) || p === 'api/ncb/contract.test.ts') return 'api';
  return 'unit';
}

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts') && !name.endsWith('.e2e.test.ts')) out.push(p);
  }
  return out;
}

/** Every node test file (outside components/ and e2e/), sorted, with its layer. */
export function nodeTestFiles(root = '.') {
  return NODE_TEST_DIRS.flatMap((d) => find(join(root, d)).map((f) => f.slice(root === '.' ? 0 : root.length + 1)))
    .sort()
    .map((file) => ({ file, layer: layerOf(file, readFileSync(join(root, file), 'utf8')) }));
}

export const e2eFiles = (root = '.') => readdirSync(join(root, 'e2e')).filter((f) => f.endsWith('.e2e.test.ts')).sort().map((f) => `e2e/${f}`);
