// Runs a command, streaming its output, and resolves with {code, output} (ANSI stripped).
import { spawn } from 'node:child_process';

export function run(cmd, args, opts = {}) {
  return new Promise((resolve) => {
    const child = spawn(cmd, args, { stdio: ['ignore', 'pipe', 'pipe'], env: { ...process.env, FORCE_COLOR: '0', ...opts.env }, cwd: opts.cwd });
    let output = '';
    const onData = (chunk) => {
      const s = chunk.toString();
      output += s;
      if (!opts.quiet) process.stdout.write(s);
    };
    child.stdout.on('data', onData);
    child.stderr.on('data', onData);
    child.on('close', (code) => resolve({ code: code ?? 1, output: output.replace(new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*[A-Za-z]`, 'g'), '') }));
  });
}
