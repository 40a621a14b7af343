/**
 * Which open times to offer for a visitor's request ("tomorrow morning", "next week"), on the visitor's own
 * clock. Pure: the API's findOpenSlots and the test fakes both feed it the open slots they found.
 */
import type { PartOfDay } from './types.js';

/** An open slot as the visitor sees it: their local date and minutes since their local midnight. */
export interface LocalSlot {
  start: string;
  date: string;
  minutes: number;
}

export interface SlotRequest {
  day?: string;
  through?: string;
  partOfDay?: PartOfDay;
}

const NOON = 720;
const FIVE_PM = 1020;

/** The part-of-day windows as [from, to) minutes; the brief's definition, in the visitor's zone. */
const WINDOWS: Record<PartOfDay, [number, number]> = { morning: [0, NOON], afternoon: [NOON, FIVE_PM], evening: [FIVE_PM, 1440] };

export function partOfDay(minutes: number): PartOfDay {
  return minutes < NOON ? 'morning' : minutes < FIVE_PM ? 'afternoon' : 'evening';
}

/** True when a slot (by its visitor-local date and part) is what was asked for. */
export function matchesRequest(slot: { date: string; partOfDay: PartOfDay }, req: SlotRequest): boolean {
  if (req.day && (slot.date < req.day || slot.date > (req.through ?? req.day))) return false;
  return !req.partOfDay || slot.partOfDay === req.partOfDay;
}

/** Minutes from a slot to the requested part of its day (0 inside it). */
function distanceToPart(minutes: number, part: PartOfDay | undefined): number {
  if (!part) return 0;
  const [from, to] = WINDOWS[part];
  return minutes < from ? from - minutes : minutes >= to ? minutes - to + 1 : 0;
}

/** Up to `limit` slots of one day, closest to the part asked for (the earliest when none), in time order. */
function pickInDay(slots: LocalSlot[], part: PartOfDay | undefined, limit: number): LocalSlot[] {
  return slots
    .map((s, i) => ({ s, i, d: distanceToPart(s.minutes, part) }))
    .sort((a, b) => a.d - b.d || a.i - b.i)
    .slice(0, limit)
    .sort((a, b) => a.i - b.i)
    .map((x) => x.s);
}

/**
 * `open` is in time order. No request: the first `limit` open times. A request with matches: the first matching
 * day's matching times. A request without: the nearest open times — the same day(s) at another part of the day,
 * else the next open day, else the last open day before — so the visitor hears real alternatives.
 */
export function chooseSlots(open: readonly LocalSlot[], req: SlotRequest, limit: number): LocalSlot[] {
  if (limit <= 0 || open.length === 0) return [];
  if (!req.day && !req.partOfDay) return open.slice(0, limit);
  const matching = open.filter((s) => matchesRequest({ date: s.date, partOfDay: partOfDay(s.minutes) }, req));
  if (matching.length > 0) return matching.filter((s) => s.date === matching[0]!.date).slice(0, limit);
  if (!req.day) return open.slice(0, limit);
  const last = req.through ?? req.day;
  const sameDays = open.filter((s) => s.date >= req.day! && s.date <= last);
  if (sameDays.length > 0) {
    // Only another part of the asked day(s) is open: the day of the nearest one.
    const nearest = pickInDay(sameDays, req.partOfDay, 1)[0]!;
    return pickInDay(
      sameDays.filter((s) => s.date === nearest.date),
      req.partOfDay,
      limit,
    );
  }
  // Later rather than earlier: a visitor asking for a day has usually ruled out the days before it.
  const after = open.find((s) => s.date > last);
  const before = [...open].reverse().find((s) => s.date < req.day!);
  const day = (after ?? before)?.date;
  return day ? pickInDay(open.filter((s) => s.date === day), req.partOfDay, limit) : [];
}
