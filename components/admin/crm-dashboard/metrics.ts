/**
 * The dashboard's figures, pure: rows in (as the data client decodes them), numbers out, for a range of
 * calendar days in a time zone and the period of the same length just before it. No I/O, no clock: "today"
 * is an argument, so a fixed data set gives fixed numbers.
 */
import { dayOf, flag, instantOf, jsonOf, live, type Row } from '../shared/data-client.js';
import { addDays, dayIn, weekdayOfDay } from '../shared/zoned.js';

export interface Range {
  /** First day, 'YYYY-MM-DD', inclusive. */
  from: string;
  /** Last day, inclusive. */
  to: string;
}
export type Preset = 'week' | 'month' | 'quarter';
export interface Tables {
  leads: Row[];
  activities: Row[];
  roi_calculations: Row[];
  voice_sessions: Row[];
  bookings: Row[];
  opportunities: Row[];
}
/** A figure and the same figure over the previous period. */
export interface Pair {
  value: number;
  previous: number;
}

const dayNum = (d: string) => Date.UTC(+d.slice(0, 4), +d.slice(5, 7) - 1, +d.slice(8, 10)) / 86_400_000;
export const daysIn = (r: Range) => dayNum(r.to) - dayNum(r.from) + 1;

/** This week (Monday first), month or quarter containing `today`, up to its last day. */
export function presetRange(p: Preset, today: string): Range {
  const y = +today.slice(0, 4);
  const m = +today.slice(5, 7);
  if (p === 'week') {
    const from = addDays(today, -((weekdayOfDay(today) + 6) % 7));
    return { from, to: addDays(from, 6) };
  }
  const first = p === 'month' ? m : m - ((m - 1) % 3);
  const span = p === 'month' ? 1 : 3;
  const from = `${y}-${String(first).padStart(2, '0')}-01`;
  const next = new Date(Date.UTC(y, first - 1 + span, 1)).toISOString().slice(0, 10);
  return { from, to: addDays(next, -1) };
}
/** The period of the same number of days ending the day before `r` starts. */
export function previousRange(r: Range): Range {
  return { from: addDays(r.from, -daysIn(r)), to: addDays(r.from, -1) };
}

/** The business day a row happened on: a datetime column read in `tz`; a DATE-like column as is. */
function dayOfRow(row: Row, col: string, tz: string): string | null {
  const v = row[col];
  if (col === 'booking_date') return dayOf(v);
  const at = instantOf(v);
  return at ? dayIn(at, tz) : null;
}
const inRange = (d: string | null, r: Range): d is string => d !== null && d >= r.from && d <= r.to;
const within = (rows: Row[], col: string, r: Range, tz: string) => rows.filter((x) => inRange(dayOfRow(x, col, tz), r));
const ratio = (n: number, d: number) => (d ? n / d : 0);
const kindOf = (a: Row) => jsonOf<{ kind?: string }>(a.metadata, {}).kind ?? '';

export function median(xs: number[]): number {
  if (!xs.length) return 0;
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}
const mean = (xs: number[]) => (xs.length ? xs.reduce((a, b) => a + b, 0) / xs.length : 0);

export interface Bucket {
  start: string;
  total: number;
  bySource: Record<string, number>;
}
/**
 * Leads created per day (ranges up to 31 days) or per week, by `source`. Weeks run Monday to Sunday, like the
 * week preset; the first starts on the range's first day whatever its weekday, so no bucket reaches outside.
 */
export function leadsOverTime(leads: Row[], r: Range, tz: string): { step: 'day' | 'week'; buckets: Bucket[] } {
  const step = daysIn(r) > 31 ? 'week' : 'day';
  const next = (d: string) => addDays(d, step === 'day' ? 1 : 7 - ((weekdayOfDay(d) + 6) % 7));
  const buckets: Bucket[] = [];
  for (let d = r.from; d <= r.to; d = next(d)) buckets.push({ start: d, total: 0, bySource: {} });
  for (const l of within(live(leads), 'created_at', r, tz)) {
    const day = dayOfRow(l, 'created_at', tz)!;
    let b = buckets[0];
    for (const c of buckets) if (c.start <= day) b = c;
    const src = String(l.source ?? 'other');
    b.total++;
    b.bySource[src] = (b.bySource[src] ?? 0) + 1;
  }
  return { step, buckets };
}

export const FUNNEL = ['new', 'contacted', 'qualified', 'opportunity', 'won'] as const;
/**
 * Of the leads created in the range: all (new), those whose status shows they were reached (contacted and
 * beyond; disqualified leads count only as new), those qualified or converted; then the opportunities
 * created in the range and those at `closed-won` (opportunities carry no lead id, so they are counted as a set).
 */
export function funnel(t: Tables, r: Range, tz: string): Record<(typeof FUNNEL)[number], number> {
  const leads = within(live(t.leads), 'created_at', r, tz);
  const opps = within(live(t.opportunities), 'created_at', r, tz);
  const has = (...s: string[]) => leads.filter((l) => s.includes(String(l.status))).length;
  return {
    new: leads.length,
    contacted: has('contacted', 'qualified', 'nurturing', 'converted'),
    qualified: has('qualified', 'converted'),
    opportunity: opps.length,
    won: opps.filter((o) => o.stage === 'closed-won').length,
  };
}

/**
 * Email to leads in the range. `sent`: `email.sent` activities (the kit's ROI report and booking confirmation;
 * the team dossiers, also `email.sent`, go to the team and are left out by their "to the team" subject). The
 * rates are shares of the leads emailed in the range that have an `email.open` / `email.click` /
 * `email.bounce` activity in the range, or the lead field the webhook keeps (`last_email_opened_at` in the
 * range, `email_status` bounced): NCB keeps no per-message id, so opens are matched per lead.
 */
export function email(t: Tables, r: Range, tz: string) {
  const acts = within(t.activities, 'created_at', r, tz);
  const sent = acts.filter((a) => kindOf(a) === 'email.sent' && !/to the team/i.test(String(a.subject)));
  const emailed = new Set(sent.map((a) => a.lead_id).filter((x): x is number => typeof x === 'number'));
  const withKind = (k: string) => new Set(acts.filter((a) => kindOf(a) === k).map((a) => a.lead_id));
  const [opens, clicks, bounces] = [withKind('email.open'), withKind('email.click'), withKind('email.bounce')];
  const leads = new Map(t.leads.map((l) => [l.id, l]));
  let o = 0;
  let c = 0;
  let b = 0;
  for (const id of emailed) {
    const l = leads.get(id);
    if (opens.has(id) || (l && inRange(dayOfRow(l, 'last_email_opened_at', tz), r))) o++;
    if (clicks.has(id)) c++;
    if (bounces.has(id) || l?.email_status === 'bounced') b++;
  }
  return { sent: sent.length, leadsEmailed: emailed.size, openRate: ratio(o, emailed.size), clickRate: ratio(c, emailed.size), bounceRate: ratio(b, emailed.size) };
}

const TIER_ORDER = ['discovery', 'foundation', 'architect'];
/** ROI calculations in the range; `roi` is the percentage in `calculations` JSON; ties for the tier go to the cheaper one. */
export function roi(t: Tables, r: Range, tz: string) {
  const rows = within(t.roi_calculations, 'created_at', r, tz);
  const rois = rows.map((x) => jsonOf<{ roi?: unknown }>(x.calculations, {}).roi).filter((v): v is number => typeof v === 'number' && Number.isFinite(v));
  const tiers: Record<string, number> = {};
  for (const x of rows) if (typeof x.selected_tier === 'string') tiers[x.selected_tier] = (tiers[x.selected_tier] ?? 0) + 1;
  const top = Object.entries(tiers).sort((a, b) => b[1] - a[1] || TIER_ORDER.indexOf(a[0]) - TIER_ORDER.indexOf(b[0]))[0];
  return {
    count: rows.length,
    averageRoi: mean(rois),
    medianRoi: median(rois),
    emailCaptureRate: ratio(rows.filter((x) => flag(x.email_captured)).length, rows.length),
    topTier: top?.[0] ?? null,
    averageSeconds: mean(rows.map((x) => Number(x.time_on_calculator) || 0)),
  };
}

/** Voice sessions started in the range; "with contact": a contact id or a lead pointing at the session. */
export function voice(t: Tables, r: Range, tz: string) {
  const rows = within(t.voice_sessions, 'start_time', r, tz);
  const linked = new Set(live(t.leads).map((l) => l.voice_session_id));
  const contact = rows.filter((s) => s.contact_id != null || linked.has(s.id)).length;
  const booked = rows.filter((s) => s.outcome === 'booking_scheduled').length;
  return { sessions: rows.length, contactShare: ratio(contact, rows.length), bookedShare: ratio(booked, rows.length) };
}

/** Bookings on days in the range by type (not cancelled), cancellations in it, and upcoming from `today` on. */
export function bookings(t: Tables, r: Range, today: string) {
  const rows = t.bookings.filter((b) => inRange(dayOf(b.booking_date), r));
  const kept = rows.filter((b) => b.status !== 'cancelled');
  const byType: Record<string, number> = {};
  for (const b of kept) byType[String(b.booking_type ?? 'consultation')] = (byType[String(b.booking_type ?? 'consultation')] ?? 0) + 1;
  return {
    total: kept.length,
    byType,
    cancelled: rows.length - kept.length,
    upcoming: t.bookings.filter((b) => b.status !== 'cancelled' && (dayOf(b.booking_date) ?? '') >= today).length,
  };
}

/** Every figure for `r` and for the period before it. */
export function dashboard(t: Tables, r: Range, tz: string, today: string) {
  const p = previousRange(r);
  const pair = <T extends Record<string, unknown>>(now: T, before: T) =>
    Object.fromEntries(Object.entries(now).map(([k, v]) => [k, typeof v === 'number' ? { value: v, previous: before[k] as number } : v])) as {
      [K in keyof T]: T[K] extends number ? Pair : T[K];
    };
  return {
    range: r,
    previous: p,
    leads: { total: { value: funnel(t, r, tz).new, previous: funnel(t, p, tz).new }, ...leadsOverTime(t.leads, r, tz) },
    funnel: pair(funnel(t, r, tz), funnel(t, p, tz)),
    email: pair(email(t, r, tz), email(t, p, tz)),
    roi: pair(roi(t, r, tz), roi(t, p, tz)),
    voice: pair(voice(t, r, tz), voice(t, p, tz)),
    bookings: pair(bookings(t, r, today), bookings(t, p, today)),
  };
}
export type Dashboard = ReturnType<typeof dashboard>;
