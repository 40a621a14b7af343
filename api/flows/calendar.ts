import type { BookingType } from '../../model/contracts.js';
import { addDays, zonedParts, zonedToInstant } from '../../model/time.js';
import { businessDayRange, DEFAULT_AVAILABILITY, type CalendarState, type SlotRules } from '../booking/slots.js';
import { readCalendar, type CalendarRows } from '../crm/index.js';
import type { Deps } from '../deps.js';
import { getJson, putJson } from '../store/kv.js';

/**
 * The calendar as the slot maths sees it: the CRM's settings, blocked dates and bookings (read from NCB, cached
 * for CALENDAR_CACHE_SECONDS so CRM edits show within a minute, R1–R3) plus our own ledger of bookings and
 * checkout holds. The ledger is written under the calendar lock before a booking is acknowledged, so a
 * booking never waits on the CRM to count as taken, and an NCB outage does not open double bookings.
 */
export interface LedgerEntry {
  ref: string;
  kind: 'booking' | 'hold';
  type: BookingType;
  start: string;
  end: string;
  /** Holds only: when the slot is released if payment has not completed. */
  expiresAt?: string;
  /** Set once the CRM row exists; from then on NCB is the source of truth (a CRM cancellation frees the slot). */
  ncbId?: number;
  writtenAt: string;
}

export const CALENDAR_LOCK = 'calendar';

export function slotRules(deps: Deps): SlotRules {
  return {
    businessTimezone: deps.config.BUSINESS_TIMEZONE,
    stepMinutes: 30,
    durations: { consultation: 30, assessment: 180 },
    minNoticeMinutes: deps.config.BOOKING_MIN_NOTICE_MINUTES,
    horizonDays: deps.config.BOOKING_HORIZON_DAYS,
  };
}

const ledgerKey = (businessDate: string, ref: string) => `ledger:${businessDate}:${ref}`;

export function businessDateOf(deps: Deps, instant: Date) {
  return zonedParts(instant, deps.config.BUSINESS_TIMEZONE).date;
}

export async function writeLedger(deps: Deps, e: LedgerEntry) {
  const day = businessDateOf(deps, new Date(e.start));
  const ttl = Math.max(3600, Math.ceil((new Date(e.end).getTime() - deps.clock.now().getTime()) / 1000) + 86400);
  await putJson(deps.kv, ledgerKey(day, e.ref), e, { ttlSeconds: ttl });
}

export async function readLedgerEntry(deps: Deps, start: string, ref: string) {
  return getJson<LedgerEntry>(deps.kv, ledgerKey(businessDateOf(deps, new Date(start)), ref));
}

export async function deleteLedger(deps: Deps, start: string, ref: string) {
  await deps.kv.delete(ledgerKey(businessDateOf(deps, new Date(start)), ref));
}

export type CrmSnapshot = CalendarRows & { fetchedAt: number };
type Snapshot = CrmSnapshot;
const cache = new WeakMap<Deps, Map<string, Snapshot>>();

async function crmSnapshot(deps: Deps, from: string, to: string, fresh: boolean): Promise<Snapshot> {
  let byRange = cache.get(deps);
  if (!byRange) cache.set(deps, (byRange = new Map()));
  const key = `${from}|${to}`;
  const hit = byRange.get(key);
  const now = deps.clock.now().getTime();
  if (!fresh && hit && now - hit.fetchedAt < deps.config.CALENDAR_CACHE_SECONDS * 1000) return hit;
  let rows: CalendarRows;
  try {
    rows = await readCalendar(deps.ncb, from, to);
  } catch (e) {
    // A fresh read that fails falls back to a snapshot still within the window: an NCB blip must not refuse bookings.
    if (fresh && hit && now - hit.fetchedAt < deps.config.CALENDAR_CACHE_SECONDS * 1000) return hit;
    throw e;
  }
  const snap = { ...rows, fetchedAt: now };
  if (byRange.size > 200) byRange.clear();
  byRange.set(key, snap);
  return snap;
}

/** The CRM's rows for [from, to] read now; when NCB fails, a snapshot within the cache window, else the NcbError. */
export async function readCrmCalendar(deps: Deps, from: string, to: string): Promise<CrmSnapshot> {
  return crmSnapshot(deps, from, to, true);
}

/** Calendar state for business-local days [from, to] (inclusive): the CRM's rows (`crm`, or cached, or `fresh`) and the ledger. */
export async function loadCalendar(deps: Deps, from: string, to: string, opts: { fresh?: boolean; crm?: CrmSnapshot; ownRef?: string } = {}): Promise<CalendarState> {
  const snap = opts.crm ?? (await crmSnapshot(deps, from, to, !!opts.fresh));
  const tz = deps.config.BUSINESS_TIMEZONE;
  const busy = snap.bookings.map((b) => ({
    start: zonedToInstant(b.date, minutesOf(b.startTime), tz),
    end: zonedToInstant(b.date, minutesOf(b.endTime), tz),
  }));
  const crmIds = new Set(snap.bookings.map((b) => b.id));
  const now = deps.clock.now();
  for (let day = from; day <= to; day = addDays(day, 1)) {
    for (const { value } of await deps.kv.list(`ledger:${day}:`)) {
      const e = JSON.parse(value) as LedgerEntry;
      // A retry of the same submission (its earlier attempt reserved the slot, then failed) is not its own rival.
      if (opts.ownRef && e.ref === opts.ownRef) continue;
      if (e.kind === 'hold' && e.expiresAt && new Date(e.expiresAt) <= now) continue;
      // Written to the CRM, and the CRM (read after that) no longer lists it: cancelled there.
      if (e.ncbId && crmIds.has(e.ncbId)) continue;
      if (e.ncbId && snap.fetchedAt > new Date(e.writtenAt).getTime() && !crmIds.has(e.ncbId)) continue;
      busy.push({ start: new Date(e.start), end: new Date(e.end) });
    }
  }
  return { settings: snap.settings.length ? snap.settings : [...DEFAULT_AVAILABILITY], blockedDates: snap.blockedDates, busy };
}

/** The business-local days a visitor-local range touches. */
export function businessRange(deps: Deps, fromVisitor: string, toVisitor: string, visitorTz: string) {
  return businessDayRange(fromVisitor, toVisitor, visitorTz, deps.config.BUSINESS_TIMEZONE);
}

function minutesOf(hhmm: string) {
  const [h, m] = hhmm.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
}
