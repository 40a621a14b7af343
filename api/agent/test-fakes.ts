/**
 * Fake AgentTools for tests: fixed open slots (chosen for a requested day/part of day by the same pure
 * chooseSlots the API uses), a fixed clock and a linear ROI stand-in, with every call recorded.
 */
import { zonedParts } from '../../model/time.js';
import { chooseSlots, partOfDay } from './slot-choice.js';
import type { AgentInput, AgentTools, OpenSlot, RoiEstimate, RoiEstimateArgs, SlotQuery } from './types.js';

/** Monday, November 23, 2026, 8:00 in Los Angeles (as MONDAY_0800_LA in api/testing/fixtures.ts). */
export const NOW = new Date('2026-11-23T16:00:00Z');

/** Open slots in Los Angeles time; date and partOfDay are recomputed for the zone each call asks in. */
export const SLOTS: OpenSlot[] = [
  { start: '2026-11-24T09:00:00-08:00', label: 'Tue Nov 24, 9:00 AM PST', date: '2026-11-24', partOfDay: 'morning' },
  { start: '2026-11-24T09:30:00-08:00', label: 'Tue Nov 24, 9:30 AM PST', date: '2026-11-24', partOfDay: 'morning' },
  { start: '2026-11-25T10:00:00-08:00', label: 'Wed Nov 25, 10:00 AM PST', date: '2026-11-25', partOfDay: 'morning' },
  { start: '2026-11-25T10:30:00-08:00', label: 'Wed Nov 25, 10:30 AM PST', date: '2026-11-25', partOfDay: 'morning' },
];

export interface FakeTools extends AgentTools {
  slotCalls: SlotQuery[];
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

export function fakeTools(slots: OpenSlot[] = SLOTS, now: Date = NOW): FakeTools {
  const t: FakeTools = {
    slotCalls: [],
    roiCalls: [],
    now: () => now,
    async findOpenSlots(opts) {
      t.slotCalls.push(opts);
      const local = slots.map((s) => {
        const p = zonedParts(new Date(s.start), opts.timezone);
        return { slot: { ...s, date: p.date, partOfDay: partOfDay(p.minutes) }, start: s.start, date: p.date, minutes: p.minutes };
      });
      const chosen = chooseSlots(local, opts, opts.limit ?? slots.length);
      return chosen.map((c) => local.find((l) => l.start === c.start)!.slot);
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
