import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, rmSync } from 'node:fs';
import { request } from 'node:http';
import { createServer, type Server } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { startServer } from '../node.js';
import { PRODUCTION_ENV } from '../testing/fixtures.js';

/**
 * What the Node server serves (#22 items 11 and 12): in production the API and the widget bundles only, never
 * the demo, the inspector or a partner site; unknown /api paths answer in the JSON error envelope.
 */
/** The job runner stays idle: these tests are about what is served. */
const PRODUCTION: Record<string, string> = { ...PRODUCTION_ENV, JOB_CONCURRENCY: '0' };

function listenOn(port: number): Promise<Server> {
  return new Promise((ok, fail) => {
    const s = createServer().once('error', fail).listen(port, '127.0.0.1', () => ok(s));
  });
}

async function freePort(): Promise<number> {
  const s = await listenOn(0);
  const { port } = s.address() as { port: number };
  await new Promise((r) => s.close(r));
  return port;
}

describe('what the Node server serves', () => {
  it('in production: no demo, inspector, admin or partner pages — and a taken partner port does not stop the start', async () => {
    const port = await freePort();
    const blocker = await listenOn(port + 1).catch(() => null); // the old partner port, taken by someone else
    const dir = mkdtempSync(join(tmpdir(), 'kre8-prod-'));
    const s = await startServer({ env: { ...PRODUCTION, PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir } });
    try {
      const base = `http://127.0.0.1:${port}`;
      for (const path of ['/', '/inspector', '/demo/index.html', '/demo/demo.css', '/admin', '/demo/partner.html']) {
        const res = await fetch(`${base}${path}`);
        assert.equal(res.status, 404, `${path} is not served in production`);
        await res.body?.cancel();
      }
      const api = await fetch(`${base}/api/no-such-endpoint`);
      assert.equal(api.status, 404);
      const body = (await api.json()) as { error: { code: string; requestId: string } };
      assert.equal(body.error.code, 'not_found');
      assert.equal(body.error.requestId, api.headers.get('x-request-id'));
    } finally {
      await s.close();
      blocker?.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('in development: unknown /api paths answer JSON, and the demo pages may not be framed by other sites', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'kre8-dev-'));
    const s = await startServer({ partner: false, env: { APP_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, JOB_CONCURRENCY: '0' } });
    try {
      const base = `http://127.0.0.1:${port}`;
      const api = await fetch(`${base}/api/nope/deeper`);
      assert.equal(api.status, 404);
      assert.match(api.headers.get('content-type') ?? '', /application\/json/);
      assert.equal(((await api.json()) as { error: { code: string } }).error.code, 'not_found');
      const page = await fetch(`${base}/`);
      assert.equal(page.status, 200);
      assert.match(page.headers.get('content-security-policy') ?? '', /frame-ancestors 'self'/);
      await page.body?.cancel();
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});

/**
 * One POST on its own connection: a server that refuses a body leaves the rest of it unread, and a kept-alive
 * connection reused after that would stall the next request.
 */
function postOnce(port: number, path: string, body: string): Promise<number> {
  return new Promise((ok, fail) => {
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'content-length': Buffer.byteLength(body) } }, (res) => {
      res.resume();
      ok(res.statusCode ?? 0);
    });
    req.on('error', fail);
    req.end(body);
  });
}

/**
 * One chunked POST (no Content-Length) that keeps writing 64 KB chunks, up to `totalBytes`, until the server
 * answers or drops the connection. Resolves with the status (0 when none came) and how much was written.
 */
function postChunked(port: number, path: string, totalBytes: number): Promise<{ status: number; written: number; socketClosed: boolean }> {
  return new Promise((ok) => {
    const chunk = Buffer.alloc(64 * 1024, 'x');
    let written = 0;
    let status = 0;
    let done = false;
    const req = request({ host: '127.0.0.1', port, path, method: 'POST', agent: false, headers: { 'content-type': 'application/json', 'transfer-encoding': 'chunked' } }, (res) => {
      status = res.statusCode ?? 0;
      res.resume();
    });
    const finish = () => {
      if (done) return;
      done = true;
      ok({ status, written, socketClosed: req.socket?.destroyed ?? true });
    };
    req.on('error', finish); // EPIPE / ECONNRESET: the server stopped reading
    req.on('close', finish);
    const pump = () => {
      while (!done && written < totalBytes && !req.destroyed) {
        written += chunk.length;
        if (!req.write(chunk)) return void req.once('drain', pump);
      }
      if (!done && written >= totalBytes) req.end();
    };
    pump();
  });
}

describe('the dev-only services cap request bodies', () => {
  it('a chunked body (no Content-Length) over 2 MB is a 413, and the server stops reading it', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'kre8-cap-'));
    const s = await startServer({ partner: false, env: { APP_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, JOB_CONCURRENCY: '0' } });
    try {
      const offered = 64 * 1024 * 1024;
      for (const path of ['/ncb/create/leads?Instance=kre8_local', '/emailit/v1/emails', '/inspector/api/webhook', '/api/data/create/leads']) {
        const r = await postChunked(port, path, offered);
        assert.equal(r.status, 413, `${path}: status`);
        // The server answered and closed the connection long before the client could send all 64 MB.
        assert.ok(r.written < offered, `${path}: the server read all ${r.written} bytes`);
        assert.ok(r.socketClosed, `${path}: the connection was closed`);
      }
      // And it still serves the next request.
      assert.equal((await fetch(`http://127.0.0.1:${port}/api/health`)).status, 200);
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });


  it('a 3 MB body to /ncb, /emailit, /inspector/api or /api/data is a 413', async () => {
    const port = await freePort();
    const dir = mkdtempSync(join(tmpdir(), 'kre8-cap-'));
    const s = await startServer({ partner: false, env: { APP_ENV: 'test', PORT: String(port), HOST: '127.0.0.1', DATA_DIR: dir, JOB_CONCURRENCY: '0' } });
    try {
      const big = 'x'.repeat(3 * 1024 * 1024);
      for (const path of ['/ncb/create/leads?Instance=kre8_local', '/emailit/v1/emails', '/inspector/api/webhook', '/api/data/create/leads']) {
        assert.equal(await postOnce(port, path, big), 413, path);
      }
    } finally {
      await s.close();
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
