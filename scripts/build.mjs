// npm run build: one self-contained ES module per entry (Lit inlined).
//   node scripts/build.mjs             → dist/, swapped in whole when the build is done, so a running
//                                        `npm start` never serves a half-built or missing dist/
//   node scripts/build.mjs --out DIR   → DIR (npm test builds into a temporary folder and leaves dist/ alone)
import { existsSync, renameSync, rmSync } from 'node:fs';
import { resolve } from 'node:path';
import { build } from 'vite';

const ENTRIES = ['kre8-voice-agent', 'kre8-roi-calculator', 'kre8-booking', 'kre8-widgets', 'kre8-admin'];
const at = process.argv.indexOf('--out');
const target = resolve(at > 0 ? process.argv[at + 1] : 'dist');
const staging = `${target}.building-${process.pid}`;
rmSync(staging, { recursive: true, force: true });
try {
  for (const entry of ENTRIES) {
    process.env.KRE8_ENTRY = entry;
    await build({ configFile: 'vite.config.ts', logLevel: 'warn', mode: 'production', build: { outDir: staging } });
  }
} catch (err) {
  rmSync(staging, { recursive: true, force: true });
  throw err;
}
// Two renames: the old folder is out of the way for microseconds, never for the length of a build.
const old = `${target}.old-${process.pid}`;
if (existsSync(target)) renameSync(target, old);
renameSync(staging, target);
rmSync(old, { recursive: true, force: true });
console.log(`built ${ENTRIES.map((e) => `${e}.js`).join(', ')} in ${target}`);
