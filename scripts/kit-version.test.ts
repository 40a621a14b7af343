import { test } from 'node:test';
import assert from 'node:assert/strict';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';

/**
 * The kit's version comes from package.json at build time (vite `define`), never typed in the sources: every
 * built element carries package.json's version, and no component states a version of its own.
 */
const DIST = resolve(process.env.KRE8_DIST_DIR ?? 'dist');
const version = (JSON.parse(readFileSync('package.json', 'utf8')) as { version: string }).version;
const ENTRIES = ['kre8-voice-agent', 'kre8-roi-calculator', 'kre8-booking', 'kre8-widgets'];

test('every built bundle carries package.json\'s version and no other', () => {
  assert.ok(existsSync(DIST), `${relative('.', DIST) || DIST}/ is not built: run \`npm run build\` first`);
  const files = readdirSync(DIST).filter((f) => f.endsWith('.js'));
  for (const entry of ENTRIES) {
    const code = readFileSync(join(DIST, `${entry}.js`), 'utf8');
    const stamped = [...code.matchAll(/kitVersion="([^"]*)"/g)].map((m) => m[1]);
    assert.ok(stamped.length > 0, `${entry}.js: no kitVersion found`);
    assert.deepEqual([...new Set(stamped)], [version], `${entry}.js: kitVersion`);
    assert.ok(!code.includes('__KRE8_VERSION__'), `${entry}.js: the version placeholder was not replaced`);
  }
  // The lazy chunks (the voice panel) too, when they state one.
  for (const f of files) {
    for (const [, v] of readFileSync(join(DIST, f), 'utf8').matchAll(/kitVersion="([^"]*)"/g)) assert.equal(v, version, `${f}: kitVersion`);
  }
});

test('no component types a version by hand', () => {
  const offenders: string[] = [];
  const walk = (dir: string) => {
    for (const name of readdirSync(dir)) {
      const p = join(dir, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.ts$/.test(name) && !/\.test\.ts$/.test(name)) {
        const src = readFileSync(p, 'utf8');
        if (/(?:VERSION|[vV]ersion)\s*[:=]\s*['"`]\d+\.\d+\.\d+/.test(src)) offenders.push(p);
      }
    }
  };
  walk('components');
  assert.deepEqual(offenders, []);
});
