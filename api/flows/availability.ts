import type { Deps } from '../deps.js';
import { computeAvailability } from '../booking/slots.js';
import type { BookingType } from '../../model/contracts.js';
import { businessRange, loadCalendar, slotRules } from './calendar.js';

/**
 * Open times of `type` for the visitor's days `from`..`to` in `timezone`: the calendar of the business days
 * those cover, then the slot rules. The booking route answers with it; the voice flow asks the same question.
 */
export async function availability(deps: Deps, q: { type: BookingType; from: string; to: string; timezone: string }) {
  const range = businessRange(deps, q.from, q.to, q.timezone);
  const state = await loadCalendar(deps, range.from, range.to);
  return computeAvailability({ state, rules: slotRules(deps), type: q.type, from: q.from, to: q.to, timezone: q.timezone, now: deps.clock.now() });
}
