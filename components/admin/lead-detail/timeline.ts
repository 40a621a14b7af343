import { instantOf, jsonOf, type Row } from '../shared/data-client.js';
import { dayIn } from '../shared/zoned.js';

export type EntryType = 'call' | 'email' | 'meeting' | 'note' | 'task' | 'followup' | 'event';
export interface TimelineEntry {
  key: string;
  at: Date;
  type: EntryType;
  /** A string key of the admin strings (lead events) or the activity's own subject. */
  title: string;
  titleKey?: string;
  description?: string;
  link?: { table: string; id: number };
}
export interface Linked {
  roi?: Row | null;
  voice?: Row | null;
  booking?: Row | null;
}
const TYPES: EntryType[] = ['call', 'email', 'meeting', 'note', 'task', 'followup'];
/** `metadata.kind` of the activity the calendar writes when it cancels a lead's booking. */
export const BOOKING_CANCELLED = 'booking.cancelled';

/**
 * A lead's story, newest first: every activity row of the lead plus the lead's own events (created, last
 * email opened, the ROI calculation, the voice conversation, the booking made and, if so, cancelled).
 */
export function buildTimeline(lead: Row, activities: Row[], linked: Linked): TimelineEntry[] {
  const out: TimelineEntry[] = [];
  const push = (e: Omit<TimelineEntry, 'at'> & { at: unknown }) => {
    const at = instantOf(e.at);
    if (at) out.push({ ...e, at });
  };
  let cancelled = false;
  for (const a of activities) {
    const type = (TYPES as string[]).includes(String(a.type)) ? (a.type as EntryType) : 'event';
    // the calendar's cancel writes this activity (bookings carry no updated time): shown in the admin's language
    const isCancel = jsonOf<{ kind?: string }>(a.metadata, {}).kind === BOOKING_CANCELLED;
    cancelled ||= isCancel;
    push({ key: `a${a.id}`, at: a.created_at, type, title: String(a.subject || a.description || ''), titleKey: isCancel ? 'ev.bookingCancelled' : undefined, description: a.subject && a.description ? String(a.description) : undefined });
  }
  push({ key: 'created', at: lead.created_at, type: 'event', title: '', titleKey: 'ev.created', description: [lead.source, lead.source_detail].filter(Boolean).join(' · ') });
  push({ key: 'opened', at: lead.last_email_opened_at, type: 'email', title: '', titleKey: 'ev.opened' });
  if (linked.roi) push({ key: 'roi', at: linked.roi.created_at, type: 'event', title: '', titleKey: 'ev.roi', link: { table: 'roi_calculations', id: linked.roi.id } });
  if (linked.voice) push({ key: 'voice', at: linked.voice.start_time ?? linked.voice.created_at, type: 'event', title: '', titleKey: 'ev.voice', link: { table: 'voice_sessions', id: linked.voice.id } });
  if (linked.booking) {
    push({ key: 'booking', at: linked.booking.created_at, type: 'meeting', title: '', titleKey: 'ev.booking', link: { table: 'bookings', id: linked.booking.id } });
    // cancelled elsewhere (the CRM's own bookings page writes no activity): dated by the row's update time, if any
    if (!cancelled && linked.booking.status === 'cancelled') push({ key: 'booking-cancelled', at: linked.booking.updated_at, type: 'meeting', title: '', titleKey: 'ev.bookingCancelled', link: { table: 'bookings', id: linked.booking.id } });
  }
  return out.sort((a, b) => b.at.getTime() - a.at.getTime() || a.key.localeCompare(b.key));
}

/** Consecutive entries of the same day (in `tz`), keeping the newest-first order. */
export function groupByDay(entries: TimelineEntry[], tz: string): { day: string; entries: TimelineEntry[] }[] {
  const groups: { day: string; entries: TimelineEntry[] }[] = [];
  for (const e of entries) {
    const day = dayIn(e.at, tz);
    const last = groups[groups.length - 1];
    if (last?.day === day) last.entries.push(e);
    else groups.push({ day, entries: [e] });
  }
  return groups;
}

/** Email engagement of a lead, from the columns the kit writes and its email activities' `metadata.kind`. */
export function engagementOf(lead: Row, activities: Row[]) {
  const kinds = activities.filter((a) => a.type === 'email').map((a) => jsonOf<{ kind?: string }>(a.metadata, {}).kind);
  return {
    sent: kinds.filter((k) => k === 'email.sent').length,
    lastOpened: instantOf(lead.last_email_opened_at),
    clicks: Number(lead.email_click_count ?? 0),
    status: (lead.email_status as string | null) ?? null,
  };
}
