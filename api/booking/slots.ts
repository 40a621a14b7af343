/**
 * Booking availability as absolute instants (fixes D12–D14, D24). Business hours are wall-clock minutes in ONE
 * business time zone; every candidate start becomes an instant, is filtered by notice/horizon/busy, and is then
 * shown in the visitor's zone and grouped by the visitor's local date. checkSlot() re-derives the same grid, so
 * the create/checkout endpoints accept exactly what the calendar could have offered. Pure: no I/O.
 */
import type { AvailabilityResponse, BookingType } from '../../model/contracts.js';
import { addDays, formatOffsetIso, hhmm, isValidDate, isValidTimeZone, weekdayOf, zonedParts, zonedToInstant } from '../../model/time.js';

export interface SlotRules {
  businessTimezone: string;
  stepMinutes: 30;
  durations: { consultation: 30; assessment: 180 };
  minNoticeMinutes: number;
  horizonDays: number;
}

export interface AvailabilitySetting {
  weekday: number;
  start_minutes: number;
  end_minutes: number;
  is_available: number | boolean;
}

export interface CalendarState {
  /** A missing weekday row means closed (callers apply DEFAULT_AVAILABILITY when the table is empty). */
  settings: AvailabilitySetting[];
  /** Business-local 'YYYY-MM-DD' (the caller normalises NCB's datetimes). */
  blockedDates: string[];
  /** Non-cancelled bookings + active checkout holds, as instants. */
  busy: { start: Date; end: Date }[];
}

/** The CRM's defaults (docs/reference/crm-domain.md §1.6): Monday–Friday 09:00–17:00, weekend closed. */
export const DEFAULT_AVAILABILITY: readonly AvailabilitySetting[] = [0, 1, 2, 3, 4, 5, 6].map((weekday) => {
  const weekend = weekday === 0 || weekday === 6;
  return { weekday, start_minutes: weekend ? 0 : 540, end_minutes: weekend ? 0 : 1020, is_available: weekend ? 0 : 1 };
});

export type SlotCheck =
  | { ok: true; start: Date; end: Date; businessDate: string; startTime: string; endTime: string }
  | {
      ok: false;
      reason: 'invalid' | 'off-grid' | 'outside-hours' | 'closed-day' | 'blocked' | 'past' | 'too-soon' | 'beyond-horizon' | 'taken';
    };

const MINUTE = 60_000;
const DAY = 1440 * MINUTE;

type DayWindow = { open: true; startMinutes: number; endMinutes: number } | { open: false; reason: 'blocked' | 'closed-day' };

/** Business hours of one business-local date, or why it is shut. */
function dayWindow(state: CalendarState, date: string, blocked: ReadonlySet<string>): DayWindow {
  if (blocked.has(date)) return { open: false, reason: 'blocked' };
  const weekday = weekdayOf(date);
  const row = state.settings.find((s) => Number(s.weekday) === weekday);
  if (!row || !row.is_available) return { open: false, reason: 'closed-day' };
  const startMinutes = Math.max(0, Math.min(1440, Number(row.start_minutes)));
  const endMinutes = Math.max(0, Math.min(1440, Number(row.end_minutes)));
  if (!(endMinutes > startMinutes)) return { open: false, reason: 'closed-day' };
  return { open: true, startMinutes, endMinutes };
}

function blockedSet(state: CalendarState): Set<string> {
  // slice(0, 10) also tolerates a datetime that slipped through un-normalised (D8).
  return new Set(state.blockedDates.map((d) => String(d).slice(0, 10)));
}

/** Half-open interval overlap: [a,b) ∩ [c,d) ≠ ∅. */
function isBusy(state: CalendarState, start: number, end: number): boolean {
  return state.busy.some((b) => start < b.end.getTime() && end > b.start.getTime());
}

interface Candidate {
  start: number;
  end: number;
  minutes: number;
}

/**
 * The grid of one business date: starts every step from the opening time whose whole duration ends by closing.
 * Wall times that do not exist (spring-forward gap) are skipped; in the autumn overlap only the first pass counts.
 */
function gridOf(date: string, window: { startMinutes: number; endMinutes: number }, durationMin: number, rules: SlotRules): Candidate[] {
  const tz = rules.businessTimezone;
  const close = zonedToInstant(date, window.endMinutes, tz).getTime();
  const out: Candidate[] = [];
  for (let m = window.startMinutes; m + durationMin <= window.endMinutes; m += rules.stepMinutes) {
    const start = zonedToInstant(date, m, tz).getTime();
    const p = zonedParts(new Date(start), tz);
    if (p.date !== date || p.minutes !== m) continue;
    const end = start + durationMin * MINUTE;
    if (end > close) continue;
    out.push({ start, end, minutes: m });
  }
  return out;
}

/** The business-local dates whose slots can fall on the visitor-local dates [fromVisitor, toVisitor]. */
export function businessDayRange(fromVisitor: string, toVisitor: string, visitorTz: string, businessTz: string): { from: string; to: string } {
  const first = zonedToInstant(fromVisitor, 0, visitorTz);
  const last = new Date(zonedToInstant(addDays(toVisitor, 1), 0, visitorTz).getTime() - 1);
  return { from: zonedParts(first, businessTz).date, to: zonedParts(last, businessTz).date };
}

/**
 * The visitor's calendar: only visitor-local dates in [from, to] with at least one AVAILABLE slot are listed; on
 * those days taken slots are listed too (available:false). Past, too-soon and beyond-horizon starts are omitted.
 * Throws RangeError on an invalid date or time zone (the route validates first).
 */
export function computeAvailability(input: {
  state: CalendarState;
  rules: SlotRules;
  type: BookingType;
  from: string;
  to: string;
  timezone: string;
  now: Date;
}): AvailabilityResponse {
  const { state, rules, type, from, to, timezone, now } = input;
  const bizTz = rules.businessTimezone;
  if (!isValidDate(from) || !isValidDate(to)) throw new RangeError('invalid date range');
  if (!isValidTimeZone(timezone) || !isValidTimeZone(bizTz)) throw new RangeError('invalid time zone');
  const earliest = now.getTime() + rules.minNoticeMinutes * MINUTE;
  const latest = now.getTime() + rules.horizonDays * DAY;
  const bookableUntil = zonedParts(new Date(latest), timezone).date;
  const response: AvailabilityResponse = { businessTimezone: bizTz, timezone, bookableUntil, days: [] };
  if (from > to) return response;

  // Only walk business dates that can hold a bookable start, whatever range the caller asked for.
  const range = businessDayRange(from, to, timezone, bizTz);
  const nowDate = zonedParts(new Date(earliest), bizTz).date;
  const horizonDate = zonedParts(new Date(latest), bizTz).date;
  const walkFrom = range.from > nowDate ? range.from : nowDate;
  const walkTo = range.to < horizonDate ? range.to : horizonDate;

  const blocked = blockedSet(state);
  const duration = rules.durations[type];
  const byDate = new Map<string, { start: string; end: string; available: boolean }[]>();
  const open = new Set<string>();

  for (let date = walkFrom; date <= walkTo; date = addDays(date, 1)) {
    const window = dayWindow(state, date, blocked);
    if (!window.open) continue;
    for (const c of gridOf(date, window, duration, rules)) {
      if (c.start < earliest || c.start > latest) continue;
      const visitorDate = zonedParts(new Date(c.start), timezone).date;
      if (visitorDate < from || visitorDate > to) continue;
      const available = !isBusy(state, c.start, c.end);
      if (available) open.add(visitorDate);
      const slots = byDate.get(visitorDate) ?? [];
      slots.push({ start: formatOffsetIso(new Date(c.start), timezone), end: formatOffsetIso(new Date(c.end), timezone), available });
      byDate.set(visitorDate, slots);
    }
  }

  // Business dates are walked in order and each grid ascends, so slots are already sorted by start.
  response.days = [...byDate.entries()]
    .filter(([date]) => open.has(date))
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([date, slots]) => ({ date, slots }));
  return response;
}

/** Is `start` a bookable slot right now? What the create and checkout endpoints call before writing (D13, D14). */
export function checkSlot(input: { state: CalendarState; rules: SlotRules; type: BookingType; start: Date; now: Date }): SlotCheck {
  const { state, rules, type, start, now } = input;
  const bizTz = rules.businessTimezone;
  const duration = rules.durations[type];
  const t = start instanceof Date ? start.getTime() : Number.NaN;
  if (!Number.isFinite(t) || !isValidTimeZone(bizTz) || !duration) return { ok: false, reason: 'invalid' };

  if (t < now.getTime()) return { ok: false, reason: 'past' };
  if (t < now.getTime() + rules.minNoticeMinutes * MINUTE) return { ok: false, reason: 'too-soon' };
  if (t > now.getTime() + rules.horizonDays * DAY) return { ok: false, reason: 'beyond-horizon' };

  const p = zonedParts(start, bizTz);
  const window = dayWindow(state, p.date, blockedSet(state));
  if (!window.open) return { ok: false, reason: window.reason };

  const end = t + duration * MINUTE;
  if (p.minutes < window.startMinutes || p.minutes + duration > window.endMinutes) return { ok: false, reason: 'outside-hours' };
  if (end > zonedToInstant(p.date, window.endMinutes, bizTz).getTime()) return { ok: false, reason: 'outside-hours' };
  // On the grid means: whole minute, a step from opening, and the (first) instant of that wall time.
  if (t % MINUTE !== 0 || (p.minutes - window.startMinutes) % rules.stepMinutes !== 0) return { ok: false, reason: 'off-grid' };
  if (zonedToInstant(p.date, p.minutes, bizTz).getTime() !== t) return { ok: false, reason: 'off-grid' };

  if (isBusy(state, t, end)) return { ok: false, reason: 'taken' };

  const endDate = new Date(end);
  return {
    ok: true,
    start: new Date(t),
    end: endDate,
    businessDate: p.date,
    startTime: hhmm(p.minutes),
    endTime: hhmm(zonedParts(endDate, bizTz).minutes),
  };
}
