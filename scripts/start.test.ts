import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { freePort, tempDataDir } from '../bench/server.js';
import { scaled } from './time-scale.mjs';

/** `npm start` (scripts/start.mjs) stops its server child on SIGINT/SIGTERM: the port is free once it exits. */
const health = (url: string) => fetch(`${url}/api/health`).then((r) => r.ok, () => false);

async function until(what: string, fn: () => Promise<boolean>, ms = scaled(30_000)) {
  const deadline = Date.now() + ms;
  while (!(await fn())) {
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

describe('npm start', () => {
  for (const signal of ['SIGTERM', 'SIGINT'] as const) {
    it(`${signal} stops the server it started`, async () => {
      const data = tempDataDir('kre8-start-', { memory: true });
      const port = await freePort();
      const url = `http://127.0.0.1:${port}`;
      const parent = spawn(process.execPath, ['scripts/start.mjs', '--no-build'], {
        env: { ...process.env, PORT: String(port), PARTNER_PORT: String(await freePort()), DATA_DIR: data.dir, LOG_LEVEL: 'warn' },
        stdio: 'ignore',
      });
      const exited = new Promise<number | null>((r) => parent.once('exit', (code) => r(code)));
      try {
        await until('the server to answer', () => health(url));
        parent.kill(signal);
        assert.equal(await exited, signal === 'SIGINT' ? 130 : 143);
        assert.equal(await health(url), false, 'nothing answers on the port after npm start exited');
      } finally {
        if (parent.exitCode === null) parent.kill('SIGKILL');
        data.remove();
      }
    });
  }
});
