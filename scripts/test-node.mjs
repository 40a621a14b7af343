// node:test over every *.test.ts outside components/ (those run in Chromium) and e2e/ (needs the server).
// Files are named explicitly: a bare `tsx --test` finds none on Node 20.
import { readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { run } from './run.mjs';

function find(dir, out = []) {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) find(p, out);
    else if (name.endsWith('.test.ts')) out.push(p);
  }
  return out;
}

const files = ['api', 'model', 'scripts', 'demo'].flatMap((d) => find(d)).filter((f) => !f.endsWith('.e2e.test.ts')).sort();
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const { code } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=3', '--test-reporter=spec', ...selected]);
process.exit(code);
