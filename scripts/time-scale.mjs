// One setting for every test timeout: KRE8_TIME_SCALE (a factor, default 1). The orchestrator sets it from the
// machine's load when it starts, so a busy 2-core machine gets proportionally longer deadlines everywhere
// (server starts, polling deadlines, mocha's per-test timeout) instead of a few hand-raised constants.
import { availableParallelism, loadavg } from 'node:os';

/** The factor for this machine now: 1 when idle, up to 6 when the run queue is several times the cores. */
export function scaleForLoad(load = loadavg()[0], cores = availableParallelism()) {
  return Math.min(6, Math.max(1, Math.round((1 + load / cores) * 10) / 10));
}

export function timeScale(env = process.env) {
  const n = Number(env.KRE8_TIME_SCALE);
  return Number.isFinite(n) && n > 0 ? n : 1;
}

/** `ms` scaled for this run. */
export const scaled = (ms) => Math.round(ms * timeScale());
