/**
 * `npm run bench:faults`: nothing is lost when NCB fails. Starts `npm start` in this process on a temp DATA_DIR
 * with the local NCB failing a share of requests, fires mixed visitor submissions over HTTP with a full NCB
 * outage in the middle (the client retries like a widget), waits for the durable queue to drain, then checks
 * NCB and the mailbox directly: every submission once, with its links; nothing twice.
 *
 *   npm run bench:faults -- --n 1000 --outage-seconds 10 --failure-rate 0.3 [--lost-responses 0.1] [--rate 40] [--seed 7] [--keep] [--disk]
 */
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import type { Logger } from '../api/log.js';
import { startInProcess, tempDataDir } from './server.js';
import { seeded } from './random.js';
import { formatVerdict, takeSnapshot, verifyRun, type Verdict } from './verify.js';
import { createSender, emptyLedger, freeSlots, planWorkload, type Ledger } from './workload.js';

export interface FaultRunOptions {
  n: number;
  outageSeconds: number;
  failureRate: number;
  /** Share of NCB creates that commit and then lose their answer (the connection is dropped). */
  lostResponseRate?: number;
  /** Submissions started per second; by default the run lasts long enough for the outage to sit in its middle. */
  rate?: number;
  /** Submissions in flight at once (each may be retrying). */
  concurrency?: number;
  seed?: number;
  drainTimeoutMs?: number;
  /** Keep the temp DATA_DIR for inspection (npm start with DATA_DIR=… shows it in the inspector). */
  keep?: boolean;
  /** DATA_DIR on disk instead of tmpfs (slower: every commit is flushed). */
  disk?: boolean;
  log?: (line: string) => void;
}

export interface FaultRunResult {
  verdict: Verdict;
  ledger: Ledger;
  planned: Record<string, number>;
  jobs: Record<string, number>;
  jobRetries: number;
  jobDeaths: number;
  timings: { submitSeconds: number; drainSeconds: number; outageFrom: number; outageTo: number };
  dataDir: string;
}

export async function runFaults(o: FaultRunOptions): Promise<FaultRunResult> {
  const log = o.log ?? (() => undefined);
  const rng = seeded(o.seed ?? 7);
  const rate = o.rate ?? o.n / Math.max(4, 2.5 * o.outageSeconds);
  const data = tempDataDir('kre8-faults-', { memory: !o.disk });
  let jobRetries = 0;
  let jobDeaths = 0;
  // The server logs each job retry and dead-letter as a warning: count them instead of printing them.
  const counting: Logger = {
    debug() {},
    info() {},
    error() {},
    warn(msg) {
      if (msg === 'job retry') jobRetries++;
      if (msg === 'job dead') jobDeaths++;
    },
  };
  const server = await startInProcess(
    {
      DATA_DIR: data.dir,
      NCB_LOCAL_FAILURE_RATE: String(o.failureRate),
      JOB_BACKOFF_BASE_MS: '50',
      JOB_BACKOFF_CAP_MS: '1000',
      JOB_MAX_ATTEMPTS: '200',
      JOB_CONCURRENCY: '16',
    },
    counting,
  );
  const ncb = server.localNcb;
  if (!ncb || !server.mailbox) throw new Error('the fault run needs the local NCB and mailbox (unset NCB_OPENAPI_URL / EMAILIT_API_URL)');
  ncb.controls.setLostResponseRate(o.lostResponseRate ?? 0);
  try {
    const slots = await freeSlots(server.url, 59);
    const plan = planWorkload({ n: o.n, slots, rng });
    const planned: Record<string, number> = {};
    for (const p of plan) planned[p.kind] = (planned[p.kind] ?? 0) + 1;
    log(`${o.n} submissions at ${rate.toFixed(1)}/s (${Object.entries(planned).map(([k, v]) => `${k} ${v}`).join(', ')}); NCB failure rate ${o.failureRate}, lost responses ${o.lostResponseRate ?? 0}, ${o.outageSeconds}s outage in the middle`);

    const ledger = emptyLedger();
    const sender = createSender({ url: server.url, webhookSecret: server.config.EMAILIT_WEBHOOK_SECRET, adminEmail: server.config.ADMIN_EMAIL }, ledger, rng);
    const t0 = Date.now();
    const submitSpan = (o.n / rate) * 1000;
    const outageFrom = Math.max(0, submitSpan / 2 - (o.outageSeconds * 1000) / 2);
    const outage = new Promise<void>((done) => {
      setTimeout(() => {
        ncb.controls.setOutage(true);
        log(`+${((Date.now() - t0) / 1000).toFixed(1)}s NCB outage begins`);
        setTimeout(() => {
          ncb.controls.setOutage(false);
          log(`+${((Date.now() - t0) / 1000).toFixed(1)}s NCB outage ends`);
          done();
        }, o.outageSeconds * 1000);
      }, outageFrom);
    });

    const limit = o.concurrency ?? 64;
    let inFlight = 0;
    const running: Promise<void>[] = [];
    for (const [i, item] of plan.entries()) {
      const due = t0 + (i * 1000) / rate;
      while (Date.now() < due || inFlight >= limit) await sleep(Math.max(1, Math.min(20, due - Date.now())));
      inFlight++;
      running.push(sender.send(item).finally(() => void inFlight--));
    }
    await Promise.all(running);
    await outage;
    const submitSeconds = (Date.now() - t0) / 1000;
    log(`+${submitSeconds.toFixed(1)}s all submissions answered (${ledger.attempts} HTTP attempts); draining the queue…`);

    const d0 = Date.now();
    const deadline = d0 + (o.drainTimeoutMs ?? 300_000);
    let jobs = await server.jobs.counts();
    while ((jobs.pending ?? 0) + (jobs.running ?? 0) > 0 && Date.now() < deadline) {
      await sleep(200);
      jobs = await server.jobs.counts();
    }
    const drainSeconds = (Date.now() - d0) / 1000;
    ncb.controls.setFailureRate(0);
    ncb.controls.setLostResponseRate(0);
    log(`queue drained in ${drainSeconds.toFixed(1)}s: ${Object.entries(jobs).map(([k, v]) => `${k} ${v}`).join(', ')}; ${jobRetries} job retries, ${jobDeaths} dead`);

    const snap = await takeSnapshot({ store: ncb.store, mailbox: server.mailbox, jobs: server.jobs });
    const verdict = verifyRun(ledger, snap);
    return { verdict, ledger, planned, jobs, jobRetries, jobDeaths, timings: { submitSeconds, drainSeconds, outageFrom: outageFrom / 1000, outageTo: outageFrom / 1000 + o.outageSeconds }, dataDir: data.dir };
  } finally {
    await server.close();
    if (!o.keep) data.remove();
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const { values } = parseArgs({
    options: {
      n: { type: 'string', default: '1000' },
      'outage-seconds': { type: 'string', default: '10' },
      'failure-rate': { type: 'string', default: process.env.NCB_LOCAL_FAILURE_RATE ?? '0.3' },
      'lost-responses': { type: 'string', default: '0.1' },
      rate: { type: 'string' },
      concurrency: { type: 'string', default: '64' },
      seed: { type: 'string', default: '7' },
      keep: { type: 'boolean', default: false },
      disk: { type: 'boolean', default: false },
    },
  });
  const started = Date.now();
  const r = await runFaults({
    n: Number(values.n),
    outageSeconds: Number(values['outage-seconds']),
    failureRate: Number(values['failure-rate']),
    lostResponseRate: Number(values['lost-responses']),
    rate: values.rate ? Number(values.rate) : undefined,
    concurrency: Number(values.concurrency),
    seed: Number(values.seed),
    keep: values.keep,
    disk: values.disk,
    log: (l) => console.log(l),
  });
  const acked = r.ledger.roi.length + r.ledger.bookings.length + r.ledger.voice.length + r.ledger.events.length;
  console.log(`
acknowledged: ${r.ledger.roi.length} ROI, ${r.ledger.bookings.length} bookings, ${r.ledger.voice.length} conversations, ${r.ledger.events.length} email events (${acked}); ${r.ledger.resends.length} re-sends; ${r.ledger.failed.length} never acknowledged; ${r.ledger.skipped} skipped
data: ${r.dataDir}${values.disk ? '' : ' (tmpfs; --disk for the real disk)'}
outage: +${r.timings.outageFrom.toFixed(1)}s → +${r.timings.outageTo.toFixed(1)}s; submissions answered in ${r.timings.submitSeconds.toFixed(1)}s, queue drained in ${r.timings.drainSeconds.toFixed(1)}s; ${r.jobRetries} job retries, ${r.jobDeaths} dead
${values.keep ? `data kept in ${r.dataDir}\n` : ''}
${formatVerdict(r.verdict)}
(${((Date.now() - started) / 1000).toFixed(0)} s in all)`);
  process.exit(r.verdict.lost || r.verdict.duplicated ? 1 : 0);
}

const isMain = process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url);
if (isMain) {
  main().catch((e: Error) => {
    console.error(e.stack ?? e.message);
    process.exit(1);
  });
}
