import type { RoiInputs } from '../../model/contracts.js';
import { DEFAULT_INPUTS, EMPLOYEE_RANGES, INDUSTRY_IDS, LIMITS, TASKS, TIER_IDS } from '../../model/roi.js';
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

const num = (v: unknown, min: number, max: number, fallback: number): number =>
  typeof v === 'number' && Number.isFinite(v) ? Math.min(Math.max(v, min), max) : fallback;

const oneOf = <T extends string>(v: unknown, allowed: readonly T[], fallback: T): T =>
  allowed.includes(v as T) ? (v as T) : fallback;

/** Any value → valid inputs: unknown ids fall back, numbers are clamped to the model's limits. */
export function sanitizeInputs(raw: unknown, base: RoiInputs = DEFAULT_INPUTS): RoiInputs {
  const r = (raw && typeof raw === 'object' ? raw : {}) as Partial<Record<keyof RoiInputs, unknown>>;
  const hours = (r.taskHours && typeof r.taskHours === 'object' ? r.taskHours : {}) as Record<string, unknown>;
  const L = LIMITS;
  return {
    industry: oneOf(r.industry, INDUSTRY_IDS, base.industry),
    employees: oneOf(r.employees, EMPLOYEE_RANGES, base.employees),
    hourlyLaborCost: num(r.hourlyLaborCost, L.hourlyLaborCost.min, L.hourlyLaborCost.max, base.hourlyLaborCost),
    tier: oneOf(r.tier, TIER_IDS, base.tier),
    taskHours: Object.fromEntries(
      TASKS.map((t) => [t.id, num(hours[t.id], L.taskHours.min, L.taskHours.max, base.taskHours[t.id])]),
    ) as RoiInputs['taskHours'],
    monthlyRevenue: num(r.monthlyRevenue, L.monthlyRevenue.min, L.monthlyRevenue.max, base.monthlyRevenue),
    avgDealValue: num(r.avgDealValue, L.avgDealValue.min, L.avgDealValue.max, base.avgDealValue),
    lostLeadsPerMonth: num(r.lostLeadsPerMonth, L.lostLeadsPerMonth.min, L.lostLeadsPerMonth.max, base.lostLeadsPerMonth),
    closeRate: num(r.closeRate, L.closeRate.min, L.closeRate.max, base.closeRate),
  };
}

/** Parses stored progress; anything malformed yields null (start fresh) rather than a broken wizard. */
export function parseProgress(text: string | null): SavedProgress | null {
  let raw: Record<string, unknown>;
  try {
    raw = JSON.parse(text ?? 'null');
  } catch {
    return null;
  }
  if (!raw || typeof raw !== 'object' || typeof raw.submissionId !== 'string' || !raw.submissionId) return null;
  const e = (raw.engagement ?? {}) as Partial<Record<keyof EngagementSnapshot, unknown>>;
  const step = num(raw.step, 0, 3, 0) | 0;
  return {
    step,
    furthest: Math.max(step, num(raw.furthest, 0, 3, 0) | 0),
    inputs: sanitizeInputs(raw.inputs),
    engagement: {
      visibleMs: num(e.visibleMs, 0, Number.MAX_SAFE_INTEGER, 0),
      adjustments: num(e.adjustments, 0, Number.MAX_SAFE_INTEGER, 0) | 0,
      shownAt: typeof e.shownAt === 'number' ? e.shownAt : null,
    },
    submissionId: raw.submissionId.slice(0, 64),
  };
}

export function loadProgress(key: string): SavedProgress | null {
  try {
    return parseProgress(sessionStorage.getItem(key));
  } catch {
    return null; // storage disabled (privacy mode, sandboxed iframe)
  }
}

export function saveProgress(key: string, p: SavedProgress): void {
  try {
    sessionStorage.setItem(key, JSON.stringify(p));
  } catch {
    /* storage full or disabled: the wizard still works, it just won't resume */
  }
}

export function clearProgress(key: string): void {
  try {
    sessionStorage.removeItem(key);
  } catch {
    /* nothing to clear */
  }
}
