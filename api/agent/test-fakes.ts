/** Fake AgentTools for tests: fixed slots and a linear ROI stand-in, with every call recorded. */
import type { AgentInput, AgentTools, OpenSlot, RoiEstimate, RoiEstimateArgs } from './types.js';

export const SLOTS: OpenSlot[] = [
  { start: '2026-11-24T09:00:00-08:00', label: 'Tue Nov 24, 9:00 AM PST' },
  { start: '2026-11-24T09:30:00-08:00', label: 'Tue Nov 24, 9:30 AM PST' },
  { start: '2026-11-25T10:00:00-08:00', label: 'Wed Nov 25, 10:00 AM PST' },
  { start: '2026-11-25T10:30:00-08:00', label: 'Wed Nov 25, 10:30 AM PST' },
];

export interface FakeTools extends AgentTools {
  slotCalls: { type: string; timezone: string; limit?: number }[];
  roiCalls: RoiEstimateArgs[];
}

/** The estimate depends on its inputs, so a test can tell the visitor's numbers were used. */
export function fakeEstimate(args: RoiEstimateArgs): RoiEstimate {
  const people = args.employees ?? 5;
  const wage = args.hourlyLaborCost ?? 25;
  const weeklyHoursSaved = Math.round(people * 1.5 * 10) / 10;
  const annualBenefit = Math.round(weeklyHoursSaved * wage * 52);
  const investment = args.tier === 'architect' ? 30000 : args.tier === 'discovery' ? 4000 : 9500;
  return {
    roi: Math.round(((annualBenefit - investment) / investment) * 100),
    paybackWeeks: annualBenefit > 0 ? Math.ceil(investment / (annualBenefit / 52)) : null,
    annualBenefit,
    weeklyHoursSaved,
    investment,
    tier: args.tier ?? 'foundation',
  };
}

export function fakeTools(slots: OpenSlot[] = SLOTS): FakeTools {
  const t: FakeTools = {
    slotCalls: [],
    roiCalls: [],
    async findOpenSlots(opts) {
      t.slotCalls.push(opts);
      return slots.slice(0, opts.limit ?? slots.length);
    },
    estimateRoi(args) {
      t.roiCalls.push(args);
      return fakeEstimate(args);
    },
  };
  return t;
}

export const NO_LEAD: AgentInput['lead'] = { firstName: null, lastName: null, email: null, phone: null, companyName: null };

export function input(message: string, over: Partial<AgentInput> = {}): AgentInput {
  return { language: 'en', history: [], message, lead: NO_LEAD, timezone: 'America/Chicago', ...over };
}
