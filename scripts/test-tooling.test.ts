import { describe, it } from 'node:test';
import { run } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import countReporter from './count-reporter.mjs';
import { measure } from './size.mjs';
import { layerOf } from './test-layers.mjs';
import { scaleForLoad, timeScale } from './time-scale.mjs';
import { countTests } from './wtr-count-reporter.mjs';

/** The orchestrator's parts: counts from reporters, each file's layer, the size gate, the time scale. */
function tmp() {
  const dir = mkdtempSync(join(tmpdir(), 'kre8-tooling-'));
  return { dir, [Symbol.dispose]: () => rmSync(dir, { recursive: true, force: true }) };
}

describe('count reporter (node:test)', () => {
  it('counts passed, failed and skipped tests, not suites; a file that will not load is one failure', async () => {
    using t = tmp();
    writeFileSync(join(t.dir, 'a.test.mjs'), `import { describe, it } from 'node:test';
describe('s', () => { it('a', () => {}); it('b', () => { throw new Error('x'); }); it.skip('c', () => {}); });
it('top', () => {});`);
    writeFileSync(join(t.dir, 'b.test.mjs'), `throw new Error('will not load');`);
    // This file itself runs under node:test, whose NODE_TEST_CONTEXT would make the nested files report to it.
    const context = process.env.NODE_TEST_CONTEXT;
    delete process.env.NODE_TEST_CONTEXT;
    let out = '';
    try {
      for await (const chunk of run({ files: [join(t.dir, 'a.test.mjs'), join(t.dir, 'b.test.mjs')] }).compose(countReporter)) out += chunk;
    } finally {
      if (context !== undefined) process.env.NODE_TEST_CONTEXT = context;
    }
    assert.deepEqual(JSON.parse(out), { passed: 2, failed: 2, skipped: 1, todo: 0 });
  });
});

describe('count reporter (web-test-runner)', () => {
  it('walks nested suites; a failed session with no failed test counts once', () => {
    const sessions = [
      { passed: false, testResults: { name: '', tests: [{ name: 'a', passed: true, skipped: false }], suites: [{ name: 's', suites: [], tests: [{ name: 'b', passed: false, skipped: false }, { name: 'c', passed: false, skipped: true }] }] } },
      { passed: false, testResults: { name: '', tests: [], suites: [] } },
      { passed: true, testResults: { name: '', tests: [{ name: 'd', passed: true, skipped: false }], suites: [] } },
    ];
    assert.deepEqual(countTests(sessions), { passed: 2, failed: 2, skipped: 1 });
  });
});

describe('test layers', () => {
  it('reliability by folder, browser by Chromium, api by what the file starts, else unit', () => {
    assert.equal(layerOf('api/reliability/restart.test.ts', ''), 'reliability');
    assert.equal(layerOf('demo/pages.test.ts', "import { chromium } from 'playwright-core';\n"), 'browser');
    assert.equal(layerOf('api/agent/x.test.ts', "import { createHarness } from '../testing/harness.js';"), 'api');
    assert.equal(layerOf('scripts/x.test.ts', "import { spawn } from 'node:child_process';"), 'api');
    assert.equal(layerOf('api/security/config.test.ts', ''), 'api');
    assert.equal(layerOf('model/roi.test.ts', "import { roi } from './roi.js';"), 'unit');
  });
});

describe('size gate', () => {
  const KB = 1024;
  // Incompressible bytes, so the gzip size is about the raw size.
  const noise = (n: number) => Buffer.from(Array.from({ length: n }, (_, i) => (i * 2654435761) >>> 24));
  it('passes under a ceiling, fails over it or when a required entry is missing, skips a missing optional one', () => {
    using t = tmp();
    writeFileSync(join(t.dir, 'small.js'), noise(1 * KB));
    writeFileSync(join(t.dir, 'big.js'), noise(1 * KB));
    writeFileSync(join(t.dir, 'big.lazy-abc.js'), noise(3 * KB));
    const r = measure(t.dir, [
      { name: 'small', entry: 'small', lazy: false, kb: 2 },
      { name: 'big first load', entry: 'big', lazy: false, kb: 2 },
      { name: 'big with chunks', entry: 'big', lazy: true, kb: 2 },
      { name: 'absent', entry: 'absent', lazy: false, kb: 2 },
      { name: 'later', entry: 'later', lazy: true, kb: 45, optional: true },
    ]);
    assert.deepEqual(r.rows.map((x) => [x.bundle, x.status]), [['small', 'ok'], ['big first load', 'ok'], ['big with chunks', 'OVER'], ['absent', 'FAIL']]);
    assert.deepEqual([r.failed, r.total], [2, 4]);
  });
});

describe('time scale', () => {
  it('is 1 on an idle machine, grows with the load per core, and stops at 6', () => {
    assert.deepEqual([scaleForLoad(0, 2), scaleForLoad(2, 2), scaleForLoad(8, 2), scaleForLoad(50, 2)], [1, 2, 5, 6]);
  });
  it('reads KRE8_TIME_SCALE, and ignores nonsense', () => {
    assert.deepEqual([timeScale({ KRE8_TIME_SCALE: '2.5' }), timeScale({ KRE8_TIME_SCALE: 'x' }), timeScale({})], [2.5, 1, 1]);
  });
});
