// npm start: build the widgets, then run the one-origin local stack (api/node.ts).
import { run } from './run.mjs';

const built = await run(process.execPath, ['scripts/build.mjs']);
if (built.code !== 0) process.exit(built.code);
const { spawn } = await import('node:child_process');
const child = spawn(process.execPath, ['--import', 'tsx', 'api/node.ts'], { stdio: 'inherit' });
for (const sig of ['SIGINT', 'SIGTERM']) process.on(sig, () => child.kill(sig));
child.on('exit', (code) => process.exit(code ?? 0));
