import type { RoiInputs } from '../../model/contracts.js';
import { DEFAULT_INPUTS, EMPLOYEE_RANGES, INDUSTRY_IDS, LIMITS, TASKS, TIER_IDS, type Limit } from '../../model/roi.js';
import type { EngagementSnapshot } from './engagement.js';

/**
 * Progress kept in sessionStorage so a reload in the same tab resumes where the visitor was. Contact details
 * (email, name, phone) are deliberately NOT stored: any script on the host page can read sessionStorage.
 */
export interface SavedProgress {
  step: number;
  furthest: number;
  inputs: RoiInputs;
  engagement: EngagementSnapshot;
  submissionId: string;
}

type Loose = Record<string, unknown>;
const obj = (v: unknown): Loose => (v && typeof v === 'object' ? (v as Loose) : {});

/** A finite number clamped to [min, max]; anything else is the fallback. */
const num = (v: unknown, { min, max }: Pick<Limit, 'min' | 'max'>, fallback: number): number =>
  typeof v === 'number' && isFinite(v) ? Math.min(Math.max(v, min), max) : fallback;

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

const STEPS = { min: 0, max: 3 };
const COUNT = { min: 0, max: Number.MAX_SAFE_INTEGER };

/** Any value → valid inputs: unknown ids fall back, numbers are clamped to the model's limits. */
export function sanitizeInputs(raw: unknown, base: RoiInputs = DEFAULT_INPUTS): RoiInputs {
  const r = obj(raw);
  const hours = obj(r.taskHours);
  const out: RoiInputs = {
    ...base,
    industry: oneOf(r.industry, INDUSTRY_IDS, base.industry),
    employees: oneOf(r.employees, EMPLOYEE_RANGES, base.employees),
    tier: oneOf(r.tier, TIER_IDS, base.tier),
    taskHours: { ...base.taskHours },
  };
  for (const { id } of TASKS) out.taskHours[id] = num(hours[id], LIMITS.taskHours, base.taskHours[id]);
  // Every other limit names a top-level number of the inputs.
  for (const k of Object.keys(LIMITS) as (keyof typeof LIMITS)[]) {
    if (k !== 'taskHours') out[k] = num(r[k], LIMITS[k], base[k]);
  }
  return out;
}

/** Parses stored progress; anything malformed yields null (start fresh) rather than a broken wizard. */
export function parseProgress(text: string | null): SavedProgress | null {
  let raw: Loose;
  try {
    raw = obj(JSON.parse(text ?? 'null'));
  } catch {
    return null;
  }
  const id = raw.submissionId;
  if (typeof id !== 'string' || !id) return null;
  const e = obj(raw.engagement);
  const step = num(raw.step, STEPS, 0) | 0;
  return {
    step,
    furthest: Math.max(step, num(raw.furthest, STEPS, 0) | 0),
    inputs: sanitizeInputs(raw.inputs),
    engagement: {
      visibleMs: num(e.visibleMs, COUNT, 0),
      adjustments: num(e.adjustments, COUNT, 0) | 0,
      shownAt: typeof e.shownAt === 'number' ? e.shownAt : null,
    },
    submissionId: id.slice(0, 64),
  };
}

/** sessionStorage can throw (privacy mode, sandboxed iframe, full): the wizard still works, it just won't resume. */
function storage<T>(use: (s: Storage) => T): T | null {
  try {
    return use(sessionStorage);
  } catch {
    return null;
  }
}

export const loadProgress = (key: string): SavedProgress | null => storage((s) => parseProgress(s.getItem(key)));

export const saveProgress = (key: string, p: SavedProgress): void => void storage((s) => s.setItem(key, JSON.stringify(p)));

export const clearProgress = (key: string): void => void storage((s) => s.removeItem(key));

/** What `debounce` needs of the timers; tests pass a fake clock. */
export interface Timers {
  setTimeout(fn: () => void, ms: number): unknown;
  clearTimeout(id: unknown): void;
}

/**
 * `fn` once calls stop for `ms` (each call restarts the wait); `flush()` cancels the wait and runs `fn` now, for
 * moments that cannot wait (the element leaves the page, the tab hides). Saves a write per slider step.
 */
export function debounce(fn: () => void, ms: number, timers: Timers = globalThis as unknown as Timers): (() => void) & { flush(): void } {
  let id: unknown;
  const call = () => {
    timers.clearTimeout(id);
    id = timers.setTimeout(fn, ms);
  };
  call.flush = () => {
    timers.clearTimeout(id);
    fn();
  };
  return call;
}
