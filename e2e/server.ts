import assert from 'node:assert/strict';
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type Browser, type Locator, type Page } from 'playwright-core';
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

/** Fails (never skips) when the bundle the page loads was not built. */
export function assertBuilt(bundle: string): void {
  if (!existsSync(join(process.env.KRE8_DIST_DIR ?? 'dist', bundle))) throw new Error('run `npm run build` first (npm test does)');
}

const CHROME_ARGS = ['--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run', '--disable-background-networking', '--disable-component-update', '--disable-sync'];
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
let axeSource: string | undefined;

/**
 * axe-core's WCAG 2.1 A/AA rules on `target`, or on the whole document (shadow roots included) when it is null;
 * `bestPractice` adds axe's best practices. Fails with each violation's rule and nodes.
 */
export async function audit(page: Page, target: Locator | null, label: string, o: { bestPractice?: boolean } = {}): Promise<void> {
  if (!(await page.evaluate(() => 'axe' in window))) {
    await page.evaluate((axeSource ??= readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8')));
  }
  const tags = o.bestPractice ? [...WCAG_TAGS, 'best-practice'] : WCAG_TAGS;
  type Axe = { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown }[] }[] }> };
  const run = async (ctx: Node, values: string[]) => {
    const r = await (window as unknown as { axe: Axe }).axe.run(ctx, { runOnly: { type: 'tag', values } });
    return r.violations.map((v) => `${v.id}: ${JSON.stringify(v.nodes.map((n) => n.target))}`);
  };
  const violations = target ? await target.evaluate(run, tags) : await (await page.evaluateHandle(() => document)).evaluate(run, tags);
  assert.deepEqual(violations, [], `axe violations in ${label}`);
}

/** Headless Chromium: Debian's, or CHROME_PATH. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({ executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium', headless: true, args: CHROME_ARGS });
}

export interface BrowserPage {
  browser: Browser;
  page: Page;
  /** Console errors and uncaught page errors (an end-to-end run expects none). */
  consoleErrors: string[];
  /** Responses with a 4xx/5xx status, as "status url". */
  failedLoads: string[];
  close(): Promise<void>;
}

/**
 * Headless Chromium (Debian's, or CHROME_PATH) with one page in Madrid's zone that records console errors,
 * page errors and failed loads. `ignoreConsole` leaves out console errors a test provokes on purpose.
 */
export async function openBrowserPage(o: { height?: number; ignoreConsole?: RegExp } = {}): Promise<BrowserPage> {
  const browser = await launchBrowser();
  const page = await browser.newPage({ viewport: { width: 1280, height: o.height ?? 900 }, timezoneId: 'Europe/Madrid' });
  const consoleErrors: string[] = [];
  const failedLoads: string[] = [];
  page.on('console', (m) => m.type() === 'error' && !o.ignoreConsole?.test(m.text()) && consoleErrors.push(m.text()));
  page.on('pageerror', (e) => consoleErrors.push(e.message));
  page.on('response', (r) => r.status() >= 400 && failedLoads.push(`${r.status()} ${r.url()}`));
  if (process.env.E2E_DEBUG) {
    page.on('console', (m) => console.log('console:', m.text()));
    page.on('pageerror', (e) => console.log('pageerror:', e.message));
  }
  return { browser, page, consoleErrors, failedLoads, close: () => browser.close() };
}

/** `npm start`'s server with `env`, and the demo page open in Chromium: the widgets' end-to-end setup. */
export async function openDemo(env: Record<string, string> = {}): Promise<BrowserPage & { server: RunningServer }> {
  assertBuilt('kre8-widgets.js');
  const server = await startNpmServer(env);
  // On a failure nothing is returned to close: stop what was started here, or the server outlives the run.
  const b = await openBrowserPage().catch(async (e: unknown) => {
    await server.stop();
    throw e;
  });
  try {
    await b.page.goto(`${server.url}/`);
  } catch (e) {
    await b.close();
    await server.stop();
    throw e;
  }
  return {
    ...b,
    server,
    close: async () => {
      await b.close();
      await server.stop();
    },
  };
}
