import { spawn, type ChildProcess } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { scaled } from '../scripts/time-scale.mjs';

/** A free TCP port on loopback (and the next one, for the partner site). */
export async function freePortPair(): Promise<number> {
  for (;;) {
    const port = await new Promise<number>((ok) => {
      const s = createServer().listen(0, '127.0.0.1', () => {
        const p = (s.address() as { port: number }).port;
        s.close(() => ok(p));
      });
    });
    const next = await new Promise<boolean>((ok) => {
      const s = createServer().once('error', () => ok(false)).listen(port + 1, '127.0.0.1', () => s.close(() => ok(true)));
    });
    if (next && port < 65000) return port;
  }
}

export interface RunningServer {
  url: string;
  partnerUrl: string;
  dataDir: string;
  child: ChildProcess;
  logs: string[];
  stop(): Promise<void>;
}

/** Runs `npm start`'s server (api/node.ts, against the built dist/) as a child process on free ports. */
export async function startNpmServer(env: Record<string, string> = {}): Promise<RunningServer> {
  const port = await freePortPair();
  const dataDir = mkdtempSync(join(tmpdir(), 'kre8-e2e-'));
  const logs: string[] = [];
  const child = spawn(process.execPath, ['--import', 'tsx', 'api/node.ts'], {
    env: { ...process.env, PORT: String(port), PARTNER_PORT: String(port + 1), DATA_DIR: dataDir, LOG_LEVEL: 'warn', JOB_BACKOFF_BASE_MS: '100', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  child.stdout!.on('data', (d) => logs.push(String(d)));
  child.stderr!.on('data', (d) => logs.push(String(d)));
  const url = `http://localhost:${port}`;
  const deadline = Date.now() + scaled(30_000);
  for (;;) {
    if (child.exitCode !== null) throw new Error(`server exited: ${logs.join('')}`);
    const ok = await fetch(`${url}/api/health`).then((r) => r.ok, () => false);
    if (ok) break;
    if (Date.now() > deadline) throw new Error(`server did not start: ${logs.join('')}`);
    await new Promise((r) => setTimeout(r, 200));
  }
  return {
    url,
    partnerUrl: `http://localhost:${port + 1}`,
    dataDir,
    child,
    logs,
    stop: () =>
      new Promise((ok) => {
        if (child.exitCode !== null) return ok();
        child.once('exit', () => ok());
        child.kill('SIGTERM');
      }),
  };
}

/** Reads a local NCB table over its real HTTP protocol (every page). */
export async function ncbRows(url: string, table: string, filter: Record<string, string> = {}): Promise<Record<string, unknown>[]> {
  const rows: Record<string, unknown>[] = [];
  for (let page = 1; ; page++) {
    const q = new URLSearchParams({ Instance: 'local_kre8', page: String(page), limit: '100', ...filter });
    const r = await fetch(`${url}/ncb/read/${table}?${q}`, { headers: { Authorization: 'Bearer local-ncb-secret' } });
    if (r.status === 404) break;
    const body = (await r.json()) as { data: Record<string, unknown>[]; metadata: { hasMore: boolean } };
    rows.push(...body.data);
    if (!body.metadata.hasMore) break;
  }
  return rows;
}

export async function waitFor<T>(what: string, fn: () => Promise<T | null | undefined | false>, timeoutMs = scaled(20_000)): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const v = await fn();
    if (v) return v;
    if (Date.now() > deadline) throw new Error(`timed out waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 250));
  }
}
