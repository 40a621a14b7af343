/**
 * Preloaded into a benchmarked `npm start` (`node --import tsx --import ./bench/ncb-trace.ts api/node.ts`):
 * wraps the process's fetch and appends one JSON line per NCB call ({s, e, m, p, st}: start, end, method,
 * path, status; times in epoch milliseconds) to NCB_TRACE_FILE. It observes only; every call goes through unchanged.
 */
import { appendFile } from 'node:fs/promises';

const file = process.env.NCB_TRACE_FILE;
// Date.now(), not performance.timeOrigin: the bench compares these with its own clock, and two processes' time
// origins can differ by milliseconds while both read the same system clock here.
const now = () => Date.now();

if (file) {
  const original = globalThis.fetch;
  let buffer: string[] = [];
  const flush = () => {
    if (!buffer.length) return;
    const lines = buffer.join('');
    buffer = [];
    void appendFile(file, lines).catch(() => undefined);
  };
  setInterval(flush, 20).unref();
  globalThis.fetch = async (input, init) => {
    const url = typeof input === 'string' ? input : input instanceof URL ? input.href : input.url;
    const path = new URL(url).pathname;
    if (!path.startsWith('/ncb/')) return original(input, init);
    const s = now();
    let st = 0;
    try {
      const res = await original(input, init);
      st = res.status;
      return res;
    } finally {
      buffer.push(JSON.stringify({ s, e: now(), m: init?.method ?? 'GET', p: path, st }) + '\n');
    }
  };
}
