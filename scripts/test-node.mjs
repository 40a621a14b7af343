// npm run test:node: every node test file (scripts/test-layers.mjs lists them; components/ run in Chromium,
// e2e/ needs the server). `node scripts/test-node.mjs booking` runs the files whose path contains "booking".
// Files are named explicitly: a bare `tsx --test` finds none on Node 20.
import { run } from './run.mjs';
import { nodeTestFiles } from './test-layers.mjs';

const files = nodeTestFiles().map((f) => f.file);
const only = process.argv.slice(2);
const selected = only.length ? files.filter((f) => only.some((o) => f.includes(o))) : files;
const { code } = await run(process.execPath, ['--import', 'tsx', '--test', '--test-concurrency=3', '--test-reporter=spec', ...selected]);
process.exit(code);
