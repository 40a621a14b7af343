/**
 * `npm run bench`: `npm start` (a separate process, local NCB answering after NCB_LOCAL_LATENCY_MS = 100) under
 * load from autocannon, per route: requests/s, p50 and p99 latency, errors. Before the load, the visitor-facing
 * latency of each critical path is measured on an idle server, with the NCB calls each request waited for
 * (the server's fetch is traced), as a multiple of one NCB round trip; and how long the background job takes
 * to get a submission into the CRM. Loopback only; bounded; stops by itself.
 *
 *   npm run bench -- [--duration 6] [--connections 10] [--ncb-latency 100] [--samples 15] [--memory]
 */
import autocannon, { type Request as CannonRequest, type Result } from 'autocannon';
import { randomUUID } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';
import type { AvailabilityResponse } from '../model/contracts.js';
import { addDays, zonedParts } from '../model/time.js';
import { bookingRequest, roiSubmission } from '../api/testing/fixtures.js';
import { signEmailit } from '../api/email/signature.js';
import { postJson } from './client.js';
import { sequentialRoundTrips, within, type Span } from './critical-path.js';
import { percentile } from './random.js';
import { spawnServer, tempDataDir, type ChildServer } from './server.js';
import { VISITOR_TZ } from './workload.js';

const NCB = { NCB_INSTANCE: 'bench', NCB_SECRET_KEY: 'bench-ncb-secret' };
const WEBHOOK_SECRET = 'whsec_' + 'b'.repeat(64);
const TRACE_MODULE = pathToFileURL(fileURLToPath(new URL('./ncb-trace.ts', import.meta.url))).href;

type Traced = Span & { m: string; p: string; st: number };

interface Probe {
  what: string;
  latencies: number[];
  calls: number[];
  sequential: number[];
}

interface Started {
  server: ChildServer;
  trace: string;
  remove(): void;
}

async function start(o: { latencyMs: number; memory: boolean; env?: Record<string, string> }): Promise<Started> {
  const data = tempDataDir('kre8-load-', { memory: o.memory });
  const trace = join(data.dir, 'ncb-trace.jsonl');
  const server = await spawnServer(
    {
      DATA_DIR: data.dir,
      NCB_LOCAL_LATENCY_MS: String(o.latencyMs),
      NCB_TRACE_FILE: trace,
      EMAILIT_WEBHOOK_SECRET: WEBHOOK_SECRET,
      BOOKING_HORIZON_DAYS: '365',
      ...NCB,
      ...o.env,
    },
    { imports: [TRACE_MODULE], timeoutMs: 60_000 },
  );
  return { server, trace, remove: data.remove };
}

function readTrace(file: string): Traced[] {
  try {
    return readFileSync(file, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l) as Traced);
  } catch {
    return [];
  }
}

/** The same clock the traced server uses (ncb-trace.ts), so request windows and NCB calls compare. */
const now = () => Date.now();
const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** One request, timed, with the NCB calls it waited for (read from the trace once the server has flushed it). */
async function timed(s: Started, send: () => Promise<Response>, expect: number[]): Promise<{ ms: number; calls: Traced[] }> {
  const t0 = now();
  const res = await send();
  await res.arrayBuffer();
  const t1 = now();
  if (!expect.includes(res.status)) throw new Error(`expected ${expect.join('/')}, got ${res.status}`);
  await sleep(60);
  return { ms: t1 - t0, calls: within(readTrace(s.trace), t0, t1) };
}

async function probe(s: Started, what: string, n: number, make: (i: number) => () => Promise<Response>, expect = [200]): Promise<Probe> {
  const p: Probe = { what, latencies: [], calls: [], sequential: [] };
  for (let i = 0; i < n; i++) {
    const r = await timed(s, make(i), expect);
    p.latencies.push(r.ms);
    p.calls.push(r.calls.length);
    p.sequential.push(sequentialRoundTrips(r.calls));
  }
  return p;
}

/** One NCB round trip as the API sees it: a direct read of one row from the local NCB, median of 20. */
async function ncbRoundTrip(url: string): Promise<number> {
  const ms: number[] = [];
  for (let i = 0; i < 20; i++) {
    const t0 = now();
    const res = await fetch(`${url}/ncb/read/availability_settings?Instance=${NCB.NCB_INSTANCE}&limit=1`, { headers: { authorization: `Bearer ${NCB.NCB_SECRET_KEY}` } });
    await res.arrayBuffer();
    if (res.status !== 200) throw new Error(`NCB read answered ${res.status}`);
    ms.push(now() - t0);
  }
  return percentile(ms, 50);
}

/** Free consultation starts, grouped by business day, over the next `days` days. */
async function slotsByDay(url: string, days: number): Promise<Map<string, string[]>> {
  const today = zonedParts(new Date(), VISITOR_TZ).date;
  const out = new Map<string, string[]>();
  for (let from = today; from <= addDays(today, days); from = addDays(from, 62)) {
    const q = new URLSearchParams({ from, to: addDays(from, 61), type: 'consultation', timezone: VISITOR_TZ });
    const res = (await (await fetch(`${url}/api/booking/availability?${q}`)).json()) as AvailabilityResponse;
    for (const d of res.days) {
      const free = d.slots.filter((x) => x.available).map((x) => x.start);
      if (free.length) out.set(d.date, free);
    }
  }
  return out;
}

const roiBody = () => JSON.stringify(roiSubmission({ submissionId: randomUUID(), email: `load-${randomUUID().slice(0, 8)}@example.com`, fillMs: 20_000 }));
const bookingBody = (start: string) => JSON.stringify(bookingRequest(start, { submissionId: randomUUID(), email: `guest-${randomUUID().slice(0, 8)}@example.com`, timezone: VISITOR_TZ, fillMs: 20_000 }));
const chatBody = (message: string) => JSON.stringify({ sessionId: randomUUID(), message, language: 'en' });

async function signedWebhook(events: number): Promise<{ body: string; headers: Record<string, string> }> {
  const body = JSON.stringify(
    Array.from({ length: events }, () => ({
      event_id: randomUUID(),
      type: 'email.loaded',
      object: { email: { to: `load-${randomUUID().slice(0, 8)}@example.com`, subject: 'Your ROI report' }, timestamp: (Date.now() / 1000).toFixed(3) },
    })),
  );
  const ts = String(Math.floor(Date.now() / 1000));
  return { body, headers: { 'content-type': 'application/json', 'x-emailit-timestamp': ts, 'x-emailit-signature': await signEmailit(WEBHOOK_SECRET, ts, body) } };
}

async function jobsIdle(url: string, timeoutMs = 60_000): Promise<Record<string, number>> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const { counts } = (await (await fetch(`${url}/inspector/api/jobs`)).json()) as { counts: Record<string, number> };
    if (!(counts.pending ?? 0) && !(counts.running ?? 0)) return counts;
    if (Date.now() > deadline) throw new Error(`jobs still busy: ${JSON.stringify(counts)}`);
    await sleep(50);
  }
}

/** From acknowledgement to the job's last NCB write: how long until the CRM shows it, and its sequential round trips. */
async function timeToCrm(s: Started, what: string, send: () => Promise<Response>, expect: number): Promise<{ what: string; ms: number; calls: number; sequential: number }> {
  await jobsIdle(s.server.url);
  const t0 = now();
  const res = await send();
  await res.arrayBuffer();
  if (res.status !== expect) throw new Error(`${what}: expected ${expect}, got ${res.status}`);
  await jobsIdle(s.server.url);
  await sleep(60);
  const calls = readTrace(s.trace).filter((c) => c.s >= t0);
  return { what, ms: Math.max(...calls.map((c) => c.e)) - t0, calls: calls.length, sequential: sequentialRoundTrips(calls) };
}

interface RouteRun {
  route: string;
  result: Result;
  /** Answers that are expected under this load (a slot already taken), shown apart from errors. */
  expected?: { status: number; label: string };
}

async function cannon(url: string, title: string, o: { duration: number; connections: number }, request: CannonRequest): Promise<Result> {
  return autocannon({ url, title, duration: o.duration, connections: o.connections, timeout: 30, requests: [request] });
}

function fmt(n: number, digits = 0) {
  return Number.isFinite(n) ? n.toFixed(digits) : '—';
}

function table(headers: string[], rows: (string | number)[][]): string {
  const cells = [headers, ...rows.map((r) => r.map(String))];
  const widths = headers.map((_, i) => Math.max(...cells.map((r) => r[i]!.length)));
  return cells.map((r, ri) => r.map((c, i) => (i === 0 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ') + (ri === 0 ? '\n' + widths.map((w) => '─'.repeat(w)).join('  ') : '')).join('\n');
}

async function main() {
  const { values } = parseArgs({
    options: {
      duration: { type: 'string', default: '6' },
      connections: { type: 'string', default: '10' },
      'ncb-latency': { type: 'string', default: process.env.NCB_LOCAL_LATENCY_MS ?? '100' },
      samples: { type: 'string', default: '15' },
      memory: { type: 'boolean', default: false },
    },
  });
  const latencyMs = Number(values['ncb-latency']);
  const samples = Number(values.samples);
  const load = { duration: Number(values.duration), connections: Number(values.connections) };
  const memory = values.memory;
  const children: Started[] = [];
  const stopAll = async () => {
    for (const c of children) {
      await c.server.stop('SIGKILL');
      c.remove();
    }
  };
  process.once('SIGINT', () => void stopAll().then(() => process.exit(130)));

  try {
    // 1. Visitor-facing paths on an idle server whose job runner is paused (JOB_CONCURRENCY=0), so every NCB call
    //    in a request's window is one that request made.
    console.log(`starting npm start (NCB_LOCAL_LATENCY_MS=${latencyMs}, DATA_DIR on ${memory ? 'tmpfs' : 'disk'}) …`);
    const idle = await start({ latencyMs, memory, env: { JOB_CONCURRENCY: '0' } });
    children.push(idle);
    const url = idle.server.url;
    const rtt = await ncbRoundTrip(url);
    const days = [...(await slotsByDay(url, 365)).entries()].filter(([, s]) => s.length >= 4);
    const probes: Probe[] = [];
    const today = zonedParts(new Date(), VISITOR_TZ).date;
    // A range nobody asked for yet is a cache miss; asking again within CALENDAR_CACHE_SECONDS is a hit.
    probes.push(await probe(idle, 'availability (calendar not cached)', samples, (i) => () => fetch(`${url}/api/booking/availability?${new URLSearchParams({ from: addDays(today, i + 1), to: addDays(today, i + 14), type: 'consultation', timezone: 'Europe/Madrid' })}`)));
    probes.push(await probe(idle, 'availability (cached)', samples, () => () => fetch(`${url}/api/booking/availability?${new URLSearchParams({ from: addDays(today, 1), to: addDays(today, 14), type: 'consultation', timezone: 'Europe/Madrid' })}`)));
    probes.push(await probe(idle, 'ROI submit', samples, () => () => postJson(`${url}/api/leads/roi`, roiBody()), [202]));
    const n = Math.min(samples, days.length);
    probes.push(await probe(idle, 'booking create (day not cached)', n, (i) => () => postJson(`${url}/api/booking/create`, bookingBody(days[i]![1][0]!)), [201]));
    probes.push(await probe(idle, 'booking create (day cached)', n, (i) => () => postJson(`${url}/api/booking/create`, bookingBody(days[i]![1][1]!)), [201]));
    probes.push(await probe(idle, 'chat turn', samples, () => () => postJson(`${url}/api/voice-agent/chat`, chatBody('Hi, what do you do for small businesses?'))));
    probes.push(await probe(idle, 'chat turn asking for a meeting', samples, () => () => postJson(`${url}/api/voice-agent/chat`, chatBody('Can I book a call with you next week?'))));
    const hooks = await Promise.all(Array.from({ length: samples }, () => signedWebhook(10)));
    probes.push(await probe(idle, 'webhook batch (10 events)', samples, (i) => () => fetch(`${url}/api/webhooks/emailit`, { method: 'POST', headers: hooks[i]!.headers, body: hooks[i]!.body })));
    await idle.server.stop('SIGKILL');

    // 2. The same `npm start` with its job runner on: how long until the CRM has it, then load per route.
    const busy = await start({ latencyMs, memory });
    children.push(busy);
    const burl = busy.server.url;
    const freeDays = [...(await slotsByDay(burl, 365)).values()];
    const crm = [
      await timeToCrm(busy, 'ROI submission → CRM', () => postJson(`${burl}/api/leads/roi`, roiBody()), 202),
      await timeToCrm(busy, 'booking → CRM', () => postJson(`${burl}/api/booking/create`, bookingBody(freeDays[0]![0]!)), 201),
    ];
    const freeSlots = freeDays.slice(1).flat();
    const hookPool = await Promise.all(Array.from({ length: 3000 }, () => signedWebhook(10)));
    let hookNext = 0;
    let slotNext = 0;
    const runs: RouteRun[] = [];
    const q = new URLSearchParams({ from: addDays(today, 1), to: addDays(today, 14), type: 'consultation', timezone: VISITOR_TZ });
    console.log(`load: ${load.connections} connections × ${load.duration}s per route …`);
    runs.push({ route: 'GET  /api/booking/availability (14 days)', result: await cannon(burl, 'availability', load, { method: 'GET', path: `/api/booking/availability?${q}` }) });
    runs.push({
      route: 'POST /api/leads/roi',
      result: await cannon(burl, 'roi', load, { method: 'POST', path: '/api/leads/roi', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: roiBody() }) }),
    });
    runs.push({
      route: 'POST /api/booking/create',
      // Distinct free slots while they last; after that a slot is taken and 409 is the right answer.
      expected: { status: 409, label: 'slot taken' },
      result: await cannon(burl, 'booking', load, {
        method: 'POST',
        path: '/api/booking/create',
        headers: { 'content-type': 'application/json' },
        setupRequest: (r) => ({ ...r, body: bookingBody(freeSlots[slotNext++ % freeSlots.length]!) }),
      }),
    });
    runs.push({
      route: 'POST /api/voice-agent/chat',
      result: await cannon(burl, 'chat', load, { method: 'POST', path: '/api/voice-agent/chat', headers: { 'content-type': 'application/json' }, setupRequest: (r) => ({ ...r, body: chatBody('Hi, what do you do for small businesses?') }) }),
    });
    runs.push({
      route: 'POST /api/webhooks/emailit (10 events)',
      result: await cannon(burl, 'webhooks', load, {
        method: 'POST',
        path: '/api/webhooks/emailit',
        setupRequest: (r) => {
          const h = hookPool[hookNext++ % hookPool.length]!;
          return { ...r, headers: h.headers, body: h.body };
        },
      }),
    });
    const { counts } = (await (await fetch(`${burl}/inspector/api/jobs`)).json()) as { counts: Record<string, number> };

    console.log(`\nOne NCB round trip (direct read, median of 20): ${fmt(rtt, 1)} ms\n`);
    console.log('Visitor-facing latency on an idle server (sequential requests; NCB calls = those the request waited for)');
    console.log(
      table(
        ['path', 'n', 'p50 ms', '× NCB RTT', 'NCB calls', 'sequential NCB round trips'],
        probes.map((p) => {
          const seq = [...new Set(p.sequential)].sort((a, b) => a - b).join('/');
          return [p.what, p.latencies.length, fmt(percentile(p.latencies, 50), 1), fmt(percentile(p.latencies, 50) / rtt, 2), fmt(percentile(p.calls, 50)), seq];
        }),
      ),
    );
    console.log('\nBackground: from acknowledgement until the job’s last NCB write');
    console.log(table(['job', 'ms', '× NCB RTT', 'NCB calls', 'sequential NCB round trips'], crm.map((c) => [c.what, fmt(c.ms), fmt(c.ms / rtt, 1), c.calls, c.sequential])));
    console.log(`\nUnder load (${load.connections} connections, ${load.duration}s per route, NCB latency ${latencyMs} ms)`);
    console.log(
      table(
        ['route', 'req/s', 'p50 ms', 'p99 ms', '2xx', 'expected', 'non-2xx', 'errors'],
        runs.map(({ route, result: r, expected }) => {
          const exp = expected ? (r.statusCodeStats[String(expected.status)]?.count ?? 0) : 0;
          return [route, fmt(r.requests.average), fmt(r.latency.p50), fmt(r.latency.p99), r['2xx'], expected ? `${exp} ${expected.label}` : '—', r.non2xx - exp, r.errors + r.timeouts];
        }),
      ),
    );
    console.log(`\nqueue after the load: ${Object.entries(counts).map(([k, v]) => `${k} ${v}`).join(', ')} (acknowledged work still being written to the CRM when the bench stopped)`);
    const roi = probes.find((p) => p.what === 'ROI submit')!;
    const cold = probes.find((p) => p.what.startsWith('booking create (day not'))!;
    const warm = probes.find((p) => p.what.startsWith('booking create (day cached'))!;
    console.log(`
ROI submit: ${fmt(percentile(roi.latencies, 50), 1)} ms = ${fmt(percentile(roi.latencies, 50) / rtt, 2)} × one NCB round trip (${Math.max(...roi.sequential)} sequential NCB round trips: the job is stored, NCB is written afterwards)
booking create: ${fmt(percentile(cold.latencies, 50), 1)} ms = ${fmt(percentile(cold.latencies, 50) / rtt, 2)} × one NCB round trip when the day's calendar is not cached (${Math.max(...cold.sequential)} sequential round trip(s): the calendar read), ${fmt(percentile(warm.latencies, 50), 1)} ms = ${fmt(percentile(warm.latencies, 50) / rtt, 2)} × when it is (${Math.max(...warm.sequential)})`);
  } finally {
    await stopAll();
  }
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().then(
    () => process.exit(0),
    (e: Error) => {
      console.error(e.stack ?? e.message);
      process.exit(1);
    },
  );
}
