import { test } from 'node:test';
import assert from 'node:assert/strict';
import { spawnSync } from 'node:child_process';
import { mkdtempSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

test('the Cloudflare Workers entry bundles with `wrangler deploy --dry-run` (offline)', () => {
  const out = mkdtempSync(join(tmpdir(), 'worker-'));
  const r = spawnSync('node_modules/.bin/wrangler', ['deploy', '--dry-run', '--outdir', out], {
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', CLOUDFLARE_CF_FETCH_ENABLED: 'false', WRANGLER_SEND_METRICS: 'false' },
    timeout: 120_000,
  });
  assert.equal(r.status, 0, r.stderr || r.stdout);
  assert.match(r.stdout, /--dry-run: exiting now/);
  assert.ok(readdirSync(out).some((f) => f.endsWith('.js')), 'a bundle was written');
  assert.match(r.stdout, /env\.STATE \(StateObject\)/);
  assert.match(r.stdout, /env\.JOBS/);
});
