/**
 * The one ROI model (docs/reference/landing-domain.md §1.4). The widget shows it live; the API recomputes it from the
 * submitted inputs and never trusts browser numbers (D44). Pure and dependency-free: it ships in the widget bundle.
 */
import { TIER_IDS as CATALOG_TIER_IDS, tierById } from './catalog.js';
import type { EmployeeRange, RoiIndustryId, RoiInputs, TaskId, TierId } from './contracts.js';

/** Catalogue order matters: the stable sort keeps it for ties (with defaults, reporting beats inventory). */
export const TASKS: readonly { id: TaskId; automationRate: number; defaultHours: number }[] = [
  { id: 'scheduling', automationRate: 0.85, defaultHours: 6 },
  { id: 'communication', automationRate: 0.7, defaultHours: 8 },
  { id: 'dataEntry', automationRate: 0.9, defaultHours: 5 },
  { id: 'leadResponse', automationRate: 0.75, defaultHours: 4 },
  { id: 'reporting', automationRate: 0.8, defaultHours: 3 },
  { id: 'inventory', automationRate: 0.6, defaultHours: 4 },
  { id: 'socialMedia', automationRate: 0.5, defaultHours: 5 },
];

export interface TierData {
  setupFee: number;
  monthlyFee: number;
  /** Minimum term in months. */
  months: number;
  /** setupFee + monthlyFee × months: the investment the ROI is measured against. */
  cost: number;
  tasksAutomated: number;
  efficiencyBoost: number;
}

/** Prices and terms from the catalog; tasksAutomated and efficiencyBoost are this model's own parameters. */
function tierData(id: TierId, tasksAutomated: number, efficiencyBoost: number): TierData {
  const t = tierById(id);
  return { setupFee: t.setupFee, monthlyFee: t.monthlyFee, months: t.minimumMonths, cost: t.setupFee + t.monthlyFee * t.minimumMonths, tasksAutomated, efficiencyBoost };
}

export const TIER_DATA: Record<TierId, TierData> = {
  discovery: tierData('discovery', 3, 1.0),
  foundation: tierData('foundation', 6, 1.0),
  architect: tierData('architect', 7, 1.1),
};

export const TIER_IDS: readonly TierId[] = CATALOG_TIER_IDS;
export const TASK_IDS: readonly TaskId[] = TASKS.map((t) => t.id);
/**
 * The trades the page sells to first, in the booking form's order; `hvac`, `plumbing`, `electrical` and
 * `landscaping` are the CRM's values lower-cased, so api/lead/profile.ts maps them without a table.
 */
export const INDUSTRY_IDS: readonly RoiIndustryId[] = [
  'hvac', 'plumbing', 'electrical', 'landscaping', 'construction', 'realestate', 'service', 'professional', 'retail', 'other',
];
/** The CRM's employee_count values (docs/reference/crm-domain.md: `1-5` … `100+`), the same set the booking form offers. */
export const EMPLOYEE_RANGES: readonly EmployeeRange[] = ['1-5', '5-10', '10-25', '25-50', '50-100', '100+'];

export interface Limit {
  min: number;
  max: number;
  step: number;
}

/** Slider bounds and server-side validation maxima (D44: nothing unbounded or negative reaches the maths). */
export const LIMITS = {
  hourlyLaborCost: { min: 15, max: 250, step: 5 },
  taskHours: { min: 0, max: 20, step: 1 },
  closeRate: { min: 1, max: 100, step: 1 },
  monthlyRevenue: { min: 0, max: 100_000_000, step: 1000 },
  avgDealValue: { min: 0, max: 10_000_000, step: 100 },
  lostLeadsPerMonth: { min: 0, max: 100_000, step: 1 },
} as const satisfies Record<string, Limit>;

/** Fixed model constants (§1.4). */
export const RECAPTURE_RATE = 0.6;
export const WEEKS_PER_MONTH = 4.33;
export const CONSULTANT_HOURLY = 175;
export const AGENCY_ANNUAL = 6500 * 12;

function defaultTaskHours(): Record<TaskId, number> {
  return Object.fromEntries(TASKS.map((t) => [t.id, t.defaultHours])) as Record<TaskId, number>;
}

/** The widget's initial state (§1.2). */
export const DEFAULT_INPUTS: RoiInputs = {
  industry: 'other',
  employees: '5-10',
  hourlyLaborCost: 35,
  tier: 'foundation',
  taskHours: defaultTaskHours(),
  monthlyRevenue: 50000,
  avgDealValue: 500,
  lostLeadsPerMonth: 10,
  closeRate: 25,
};

/** The voice agent's calculate_roi tool defaults (§1.4 "voice-tool variant"); merge over DEFAULT_INPUTS. */
export const VOICE_DEFAULTS: Partial<RoiInputs> = {
  hourlyLaborCost: 25,
  tier: 'foundation',
  monthlyRevenue: 50000,
  avgDealValue: 2000,
  lostLeadsPerMonth: 5,
  closeRate: 30,
};

export interface TaskSaving {
  taskId: TaskId;
  hoursPerWeek: number;
  automationRate: number;
  /** hours × rate × hourly cost, rounded to cents for display and email (D44). */
  weeklySavings: number;
}

export interface RoiResults {
  totalWeeklyHoursSaved: number;
  weeklyLaborSavings: number;
  recoveredLeads: number;
  monthlyRevenueRecovery: number;
  totalWeeklyBenefit: number;
  annualBenefit: number;
  investment: number;
  /** Integer percent, against the minimum-term cost (`investment`): the CRM's `roi`. */
  roi: number;
  /** Against the minimum-term cost; null when the benefit is zero (never pays back), instead of the original's 999 sentinel. */
  paybackWeeks: number | null;
  /** What the first year costs: the setup fee plus 12 monthly fees (the service kept after the minimum term). */
  firstYearCost: number;
  /** (annual benefit − first-year cost) / first-year cost, integer percent: the figure the widget and emails lead with. */
  firstYearRoi: number;
  /**
   * Weeks until the benefit so far covers the setup fee and the monthly fees paid so far; null when the weekly
   * benefit does not even cover the monthly fee.
   */
  firstYearPaybackWeeks: number | null;
  consultantCost: number;
  agencyCost: number;
  /** How much cheaper than the cheaper alternative, integer percent; null when not cheaper. */
  comparisonSavingsPercent: number | null;
  automatedTasks: TaskSaving[];
  taskBreakdown: TaskSaving[];
}

/** Non-finite or negative → 0; above the limit → the limit. */
function clamp(value: unknown, max: number): number {
  const n = typeof value === 'number' && Number.isFinite(value) ? value : 0;
  return Math.min(Math.max(n, 0), max);
}

const round1 = (x: number): number => Math.round(x * 10) / 10;
const round2 = (x: number): number => Math.round(x * 100) / 100;

function tierOf(id: unknown): TierData {
  return typeof id === 'string' && Object.hasOwn(TIER_DATA, id) ? TIER_DATA[id as TierId] : TIER_DATA.foundation;
}

export function computeRoi(inputs: RoiInputs): RoiResults {
  const tier = tierOf(inputs.tier);
  const rate = clamp(inputs.hourlyLaborCost, LIMITS.hourlyLaborCost.max);
  const hoursIn: Partial<Record<TaskId, unknown>> = inputs.taskHours ?? {};

  const rows = TASKS.map((t) => {
    // `??` semantics: a missing value takes the default, an explicit 0 stays 0.
    const hours = clamp(hoursIn[t.id] ?? t.defaultHours, LIMITS.taskHours.max);
    return { task: t, hours, saving: hours * t.automationRate * rate };
  });
  // Array.prototype.sort is stable, so ties keep catalogue order.
  const sorted = [...rows].sort((a, b) => b.saving - a.saving);
  const automated = sorted.slice(0, tier.tasksAutomated);

  const weeklyLabor = automated.reduce((s, r) => s + r.saving, 0) * tier.efficiencyBoost;
  const weeklyHours = automated.reduce((s, r) => s + r.hours * r.task.automationRate, 0) * tier.efficiencyBoost;
  const recoveredLeads = clamp(inputs.lostLeadsPerMonth, LIMITS.lostLeadsPerMonth.max) * RECAPTURE_RATE;
  const monthlyRecovery =
    recoveredLeads *
    (clamp(inputs.closeRate, LIMITS.closeRate.max) / 100) *
    clamp(inputs.avgDealValue, LIMITS.avgDealValue.max);
  const weeklyBenefit = weeklyLabor + monthlyRecovery / WEEKS_PER_MONTH;
  const annualBenefit = weeklyBenefit * 52;
  const investment = tier.cost;
  const firstYearCost = tier.setupFee + tier.monthlyFee * 12;
  const netWeekly = weeklyBenefit - tier.monthlyFee / WEEKS_PER_MONTH;

  const consultantCost = Math.round(weeklyHours * CONSULTANT_HOURLY * 52);
  const cheaper = Math.min(consultantCost, AGENCY_ANNUAL);
  const savingsPct = cheaper > 0 ? Math.round(((cheaper - investment) / cheaper) * 100) : 0;

  const toSaving = (r: (typeof rows)[number]): TaskSaving => ({
    taskId: r.task.id,
    hoursPerWeek: r.hours,
    automationRate: r.task.automationRate,
    weeklySavings: round2(r.saving),
  });

  return {
    totalWeeklyHoursSaved: round1(weeklyHours),
    weeklyLaborSavings: Math.round(weeklyLabor),
    recoveredLeads: round1(recoveredLeads),
    monthlyRevenueRecovery: Math.round(monthlyRecovery),
    totalWeeklyBenefit: Math.round(weeklyBenefit),
    annualBenefit: Math.round(annualBenefit),
    investment,
    roi: investment > 0 ? Math.round(((annualBenefit - investment) / investment) * 100) : 0,
    paybackWeeks: weeklyBenefit > 0 ? Math.ceil(investment / weeklyBenefit) : null,
    firstYearCost,
    firstYearRoi: Math.round(((annualBenefit - firstYearCost) / firstYearCost) * 100),
    firstYearPaybackWeeks: netWeekly > 0 ? Math.ceil(tier.setupFee / netWeekly) : null,
    consultantCost,
    agencyCost: AGENCY_ANNUAL,
    comparisonSavingsPercent: savingsPct > 0 ? savingsPct : null,
    automatedTasks: automated.map(toSaving),
    taskBreakdown: sorted.map(toSaving),
  };
}

/** `paybackWeeks` for "never pays back" in the CRM JSON, whose key is a plain number (the original's sentinel). */
export const CRM_NO_PAYBACK = 999;

/** The CRM's `roi_calculations.calculations` JSON. */
export function crmCalculations(r: RoiResults): {
  timeSaved: number;
  weeklyValue: number;
  totalValue: number;
  investment: number;
  roi: number;
  paybackWeeks: number;
} {
  return {
    timeSaved: r.totalWeeklyHoursSaved,
    weeklyValue: r.totalWeeklyBenefit,
    totalValue: r.annualBenefit,
    investment: r.investment,
    roi: r.roi,
    paybackWeeks: r.paybackWeeks ?? CRM_NO_PAYBACK,
  };
}
