import { after, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import { openSqlite } from '../store/sqlite.js';
import { WIDGET_RETRY } from '../../bench/client.js';
import { seeded } from '../../bench/random.js';
import { spawnServer, startInProcess, tempDataDir, type InProcessServer } from '../../bench/server.js';
import { scaled } from '../../scripts/time-scale.mjs';
import { formatVerdict, takeSnapshot, verifyRun } from '../../bench/verify.js';
import { createSender, emptyLedger, freeSlots, planWorkload, type Ledger, type PlanItem } from '../../bench/workload.js';

/**
 * Stopping `npm start` — politely or with SIGKILL — while submissions are acknowledged but their CRM writes
 * are not done loses nothing: the next start on the same DATA_DIR finishes them, each exactly once. A job that
 * keeps failing is dead-lettered, shown by the inspector, and revived by its retry.
 */
const FAST_JOBS = { JOB_BACKOFF_BASE_MS: '20', JOB_BACKOFF_CAP_MS: '200' };
const NO_WEBHOOKS = { roi: 0.5, booking: 0.2, voice: 0.3, webhook: 0, resend: 0 };
const cleanups: (() => void | Promise<void>)[] = [];
after(async () => {
  for (const c of cleanups.reverse()) await c();
});

function dataDir() {
  const d = tempDataDir('kre8-restart-', { memory: true });
  cleanups.push(d.remove);
  return d.dir;
}

const target = (s: { url: string; config: { EMAILIT_WEBHOOK_SECRET: string; ADMIN_EMAIL: string } }) => ({
  url: s.url,
  webhookSecret: s.config.EMAILIT_WEBHOOK_SECRET,
  adminEmail: s.config.ADMIN_EMAIL,
});

async function drained(s: InProcessServer, timeoutMs = scaled(60_000)) {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const c = await s.jobs.counts();
    if (!(c.pending ?? 0) && !(c.running ?? 0)) return c;
    if (Date.now() > deadline) throw new Error(`queue did not drain: ${JSON.stringify(c)}`);
    await new Promise((r) => setTimeout(r, 50));
  }
}

/** Restarts on `dir` with NCB healthy, drains, and checks NCB and the mailbox against what was acknowledged. */
async function restartAndVerify(dir: string, ledger: Ledger) {
  const s = await startInProcess({ DATA_DIR: dir, ...FAST_JOBS });
  try {
    const counts = await drained(s);
    assert.equal(counts.dead ?? 0, 0, 'no job died');
    const verdict = verifyRun(ledger, await takeSnapshot({ store: s.localNcb!.store, mailbox: s.mailbox!, jobs: s.jobs }));
    return verdict;
  } finally {
    await s.close();
  }
}

describe('restart: nothing acknowledged is lost', () => {
  it('close() without draining, NCB down: the next start writes every submission once', async () => {
    const dir = dataDir();
    const s = await startInProcess({ DATA_DIR: dir, ...FAST_JOBS });
    const rng = seeded(3);
    // Bookings on one day: the first (NCB up) caches that day's calendar, so the rest are confirmed during the outage.
    const slots = await freeSlots(s.url, 14);
    const day = slots.map((x) => x.slice(0, 10)).find((d) => slots.filter((x) => x.startsWith(d)).length >= 6)!;
    const plan = planWorkload({ n: 24, slots: slots.filter((x) => x.startsWith(day)), rng, mix: NO_WEBHOOKS });
    const ledger = emptyLedger();
    const sender = createSender(target(s), ledger, rng, { ...WIDGET_RETRY, deadlineMs: 5_000 });
    const firstBooking = plan.find((p): p is Extract<PlanItem, { kind: 'booking' }> => p.kind === 'booking')!;
    await sender.send(firstBooking);
    s.localNcb!.controls.setOutage(true);
    await Promise.all(plan.filter((p) => p !== firstBooking).map((p) => sender.send(p)));
    assert.deepEqual(ledger.failed, [], 'every submission was acknowledged during the outage');
    assert.ok(ledger.bookings.length >= 2 && ledger.roi.length > 0 && ledger.voice.length > 0, JSON.stringify({ b: ledger.bookings.length, r: ledger.roi.length, v: ledger.voice.length }));
    await s.close();
    const left = await s.jobs.counts();
    assert.ok((left.pending ?? 0) > 0, `jobs were still pending at close: ${JSON.stringify(left)}`);

    const verdict = await restartAndVerify(dir, ledger);
    assert.equal(verdict.lost, 0, formatVerdict(verdict));
    assert.equal(verdict.duplicated, 0, formatVerdict(verdict));
  });

  it('SIGKILL of the npm start process mid-run: the next start finishes every job once', async () => {
    const dir = dataDir();
    // A flaky, slow NCB so jobs are part-way through (some rows written, some steps memoised) at the kill: each NCB
    // call takes 150 ms, so a job stays `running` for far longer than the gap between seeing it and the kill.
    const child = await spawnServer({ DATA_DIR: dir, NCB_LOCAL_FAILURE_RATE: '0.4', NCB_LOCAL_LATENCY_MS: '150', JOB_CONCURRENCY: '4', ...FAST_JOBS });
    cleanups.push(() => child.stop('SIGKILL'));
    const rng = seeded(5);
    const ledger = emptyLedger();
    const sender = createSender({ url: child.url, webhookSecret: 'whsec_local_emailit_not_a_secret', adminEmail: 'team@bench.example' }, ledger, rng);
    const slots = await freeSlots(child.url, 14);
    const plan = planWorkload({ n: 30, slots, rng, mix: NO_WEBHOOKS });
    await Promise.all(plan.map((p) => sender.send(p)));
    assert.deepEqual(ledger.failed, []);
    // Kill as soon as the server reports jobs running and some not done (polled, not a fixed sleep).
    const deadline = Date.now() + scaled(20_000);
    for (;;) {
      const { counts } = (await (await fetch(`${child.url}/inspector/api/jobs`)).json()) as { counts: Record<string, number> };
      if ((counts.running ?? 0) > 0 && (counts.done ?? 0) < plan.length) break;
      if (Date.now() > deadline) throw new Error(`no job was seen running: ${JSON.stringify(counts)}`);
      await new Promise((r) => setTimeout(r, 20));
    }
    child.child.kill('SIGKILL');
    assert.equal(await child.exited, 'SIGKILL');

    const db = openSqlite(join(dir, 'api.db'));
    const rows = (await db.execute(`SELECT status, COUNT(*) AS n FROM jobs GROUP BY status`)).rows;
    const at = Object.fromEntries(rows.map((r) => [r.status as string, Number(r.n)]));
    db.close();
    assert.ok((at.running ?? 0) > 0, `killed with jobs running: ${JSON.stringify(at)}`);
    assert.ok((at.done ?? 0) < plan.length, 'and not all done');

    const verdict = await restartAndVerify(dir, ledger);
    assert.equal(verdict.lost, 0, formatVerdict(verdict));
    assert.equal(verdict.duplicated, 0, formatVerdict(verdict));
  });
});

describe('dead letters', () => {
  it('a job that keeps failing is dead-lettered, listed by the inspector, and revived by its retry', async () => {
    const s = await startInProcess({ DATA_DIR: dataDir(), JOB_MAX_ATTEMPTS: '2', JOB_BACKOFF_BASE_MS: '10', JOB_BACKOFF_CAP_MS: '20' });
    cleanups.push(() => s.close());
    const ncb = s.localNcb!;
    ncb.controls.setOutage(true);
    const ledger = emptyLedger();
    const rng = seeded(9);
    const [item] = planWorkload({ n: 1, slots: [], rng, mix: { roi: 1, booking: 0, voice: 0, webhook: 0, resend: 0 } });
    await createSender(target(s), ledger, rng).send(item!);
    assert.equal(ledger.roi.length, 1, 'acknowledged while NCB is down');

    const deadline = Date.now() + scaled(10_000);
    while (!(await s.jobs.list('dead')).length && Date.now() < deadline) await new Promise((r) => setTimeout(r, 20));
    const [dead] = await s.jobs.list('dead');
    assert.ok(dead, 'the job was dead-lettered');
    assert.equal(dead.id, `roi:${ledger.roi[0]!.submissionId}`);
    assert.equal(dead.attempts, 2);
    assert.match(dead.lastError ?? '', /NCB .* failed \(503\)/);
    const inspector = (await (await fetch(`${s.url}/inspector/api/jobs`)).json()) as { counts: Record<string, number>; dead: { id: string }[] };
    assert.equal(inspector.counts.dead, 1);
    assert.deepEqual(inspector.dead.map((j) => j.id), [dead.id]);
    assert.equal((await ncb.store.listRows('leads')).length, 0);

    ncb.controls.setOutage(false);
    const retried = await fetch(`${s.url}/inspector/api/jobs/${encodeURIComponent(dead.id)}/retry`, { method: 'POST' });
    assert.equal(retried.status, 200);
    const counts = await drained(s);
    assert.deepEqual([counts.dead ?? 0, counts.done], [0, 1]);
    const verdict = verifyRun(ledger, await takeSnapshot({ store: ncb.store, mailbox: s.mailbox!, jobs: s.jobs }));
    assert.deepEqual([verdict.lost, verdict.duplicated], [0, 0], formatVerdict(verdict));
  });
});
