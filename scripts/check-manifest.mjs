// Fails when custom-elements.json is stale: regenerates it into a temp dir and compares.
import { readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

// The analyzer resolves --outdir against the working directory, so the scratch copy lives (ignored) in the repo.
const out = '.cem-check';
const r = await run('node_modules/.bin/cem', ['analyze', '--outdir', out, '--quiet'], { quiet: true });
if (r.code !== 0) {
  console.error(r.output);
  process.exit(1);
}
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
rmSync(out, { recursive: true, force: true });
const committed = readFileSync('custom-elements.json', 'utf8');
if (JSON.stringify(JSON.parse(fresh)) !== JSON.stringify(JSON.parse(committed))) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date');
