import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { silentLogger, type Logger } from '../api/log.js';
import { startServer } from '../api/node.js';
import { scaled } from '../scripts/time-scale.mjs';

/** How the benches and reliability tests run `npm start`: loopback only, a temp DATA_DIR, a free port. */
export const ROOT = resolve(fileURLToPath(new URL('..', import.meta.url)));

/** Spam and rate limits are for visitors, not for a load generator on loopback. */
export const BENCH_ENV: Record<string, string> = {
  APP_ENV: 'development',
  HOST: '127.0.0.1',
  LOG_LEVEL: 'error',
  MIN_FILL_MS: '0',
  RATE_LIMIT_PER_MINUTE: '100000000',
  CHAT_RATE_LIMIT_PER_MINUTE: '100000000',
  VISITOR_EMAILS_PER_DAY: '0',
  READ_RATE_LIMIT_PER_MINUTE: '100000000',
  BOOKING_HORIZON_DAYS: '60',
  ADMIN_EMAIL: 'team@bench.example',
};

export async function freePort(): Promise<number> {
  return new Promise((ok, fail) => {
    const s = createServer();
    s.once('error', fail);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => ok(port));
    });
  });
}

/**
 * A fresh DATA_DIR. `memory` puts it on tmpfs (/dev/shm) when there is one: the files still outlive the process
 * (a kill loses nothing), but commits skip the disk flush that otherwise costs ~6 ms each here, blocking the
 * event loop (libsql runs statements synchronously). Use it where correctness, not speed, is measured.
 */
export function tempDataDir(prefix = 'kre8-bench-', opts: { memory?: boolean } = {}): { dir: string; remove(): void } {
  const base = opts.memory && existsSync('/dev/shm') ? '/dev/shm' : tmpdir();
  const dir = mkdtempSync(join(base, prefix));
  return { dir, remove: () => rmSync(dir, { recursive: true, force: true }) };
}

export type InProcessServer = Awaited<ReturnType<typeof startServer>>;

/** `npm start` in this process (the caller gets the job queue and the local NCB's store and knobs). */
export async function startInProcess(env: Record<string, string>, log: Logger = silentLogger): Promise<InProcessServer> {
  const port = env.PORT ?? String(await freePort());
  return startServer({ env: { ...BENCH_ENV, PUBLIC_URL: `http://127.0.0.1:${port}`, ...env, PORT: port }, partner: false, log });
}

export interface ChildServer {
  url: string;
  child: ChildProcess;
  /** Resolves with the exit code (or signal) once the process has gone. */
  exited: Promise<number | NodeJS.Signals | null>;
  output(): string;
  stop(signal?: NodeJS.Signals): Promise<void>;
}

/** `node --import tsx api/node.ts` as a separate process, as `npm start` runs it; resolves once /api/health answers. */
export async function spawnServer(env: Record<string, string>, opts: { imports?: string[]; timeoutMs?: number } = {}): Promise<ChildServer> {
  const port = env.PORT ?? String(await freePort());
  const url = `http://127.0.0.1:${port}`;
  const imports = ['tsx', ...(opts.imports ?? [])].flatMap((m) => ['--import', m]);
  const child = spawn(process.execPath, [...imports, 'api/node.ts'], {
    cwd: ROOT,
    env: { ...process.env, ...BENCH_ENV, PUBLIC_URL: url, PARTNER_PORT: String(await freePort()), ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let out = '';
  child.stdout!.on('data', (d) => (out = (out + d).slice(-20_000)));
  child.stderr!.on('data', (d) => (out = (out + d).slice(-20_000)));
  const exited = new Promise<number | NodeJS.Signals | null>((r) => child.once('exit', (code, signal) => r(signal ?? code)));
  const server: ChildServer = {
    url,
    child,
    exited,
    output: () => out,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null && child.signalCode === null) child.kill(signal);
      await exited;
    },
  };
  const wait = opts.timeoutMs ?? scaled(30_000);
  const deadline = Date.now() + wait;
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited (${child.exitCode}) before answering:\n${out}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) return server;
    if (Date.now() > deadline) {
      await server.stop('SIGKILL');
      throw new Error(`server did not answer /api/health within ${wait} ms:\n${out}`);
    }
    await new Promise((r) => setTimeout(r, 100));
  }
}
