// Fails when custom-elements.json, or what `npm run analyze` generates from it (the JSX and Vue typings in
// components/types/, README's table of elements), is stale: regenerates them into a temp dir and compares.
import { existsSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

// The analyzer resolves --outdir against the working directory, so the scratch copy lives (ignored) in the repo.
const out = `.cem-check/${process.pid}`; // one folder a run: two `npm test` side by side must not share it
const r = await run('node_modules/.bin/cem', ['analyze', '--outdir', out, '--quiet'], { quiet: true });
if (r.code !== 0) {
  console.error(r.output);
  process.exit(1);
}
const fresh = readFileSync(join(out, 'custom-elements.json'), 'utf8');
const generated = ['jsx.d.ts', 'vue.d.ts'].map((f) => [`components/types/${f}`, readFileSync(join(out, 'components/types', f), 'utf8')]);
const table = readFileSync(join(out, 'README-elements.md'), 'utf8');
rmSync(out, { recursive: true, force: true });
const stale = generated.filter(([path, text]) => !existsSync(path) || readFileSync(path, 'utf8') !== text).map(([path]) => path);
if (!readFileSync('README.md', 'utf8').includes(`-->\n${table}\n<!-- kre8-elements:end -->`)) stale.push("README.md's table of elements");
if (stale.length) {
  console.error(`${stale.join(', ')}: stale, run \`npm run analyze\` and commit the result.`);
  process.exit(1);
}
const committed = readFileSync('custom-elements.json', 'utf8');
// The analyzer's module order follows the file system's listing, which differs between checkouts: compare by path.
const canonical = (text) => {
  const m = JSON.parse(text);
  m.modules = [...(m.modules ?? [])].sort((a, b) => (a.path < b.path ? -1 : a.path > b.path ? 1 : 0));
  return JSON.stringify(m);
};
if (canonical(fresh) !== canonical(committed)) {
  console.error('custom-elements.json is stale: run `npm run analyze` and commit the result.');
  process.exit(1);
}
console.log('custom-elements.json is up to date');
