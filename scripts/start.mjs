// npm start: build the widgets, then run the one-origin local stack (api/node.ts).
// `npm start -- --no-build` serves the dist/ already built. SIGINT/SIGTERM stop every child (the build or the
// server) and wait for it to exit, so nothing is left holding the ports; a child that ignores the signal for
// 10 s is killed.
import { spawn } from 'node:child_process';

const children = new Set();
let stopping = null;

function start(args, opts) {
  const child = spawn(process.execPath, args, { stdio: 'inherit', ...opts });
  children.add(child);
  const exited = new Promise((resolve) => child.once('exit', (code, signal) => resolve(signal ? 128 : (code ?? 1))));
  exited.then(() => children.delete(child));
  return exited;
}

for (const sig of ['SIGINT', 'SIGTERM']) {
  process.on(sig, () => {
    stopping ??= (async () => {
      const live = [...children];
      for (const c of live) c.kill(sig);
      const force = setTimeout(() => live.forEach((c) => c.exitCode === null && c.kill('SIGKILL')), 10_000);
      await Promise.all(live.map((c) => (c.exitCode !== null || c.signalCode !== null ? null : new Promise((r) => c.once('exit', r)))));
      clearTimeout(force);
      process.exit(sig === 'SIGINT' ? 130 : 143);
    })();
  });
}

if (!process.argv.includes('--no-build')) {
  const code = await start(['scripts/build.mjs']);
  if (stopping) await stopping;
  if (code !== 0) process.exit(code);
}
if (!stopping) {
  const code = await start(['--import', 'tsx', 'api/node.ts']);
  if (stopping) await stopping;
  process.exit(code);
}
