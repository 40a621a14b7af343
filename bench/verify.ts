import type { Ledger } from './workload.js';

/**
 * Checks what NCB and the mailbox hold against what visitors were told went through. Pure: the caller takes
 * the snapshot (straight from the local NCB's SQLite, not through the API under test).
 *
 * lost       = submissions acknowledged (or given up on) whose records are not all there, plus dead jobs
 *              and jobs still pending when the run ended
 * duplicated = rows, activities or emails beyond the one each submission should produce
 */
type Row = Record<string, unknown>;

export interface Snapshot {
  leads: Row[];
  roi_calculations: Row[];
  bookings: Row[];
  voice_sessions: Row[];
  activities: Row[];
  mail: { to: string; idempotency_key: string | null }[];
  jobs: Record<string, number>;
}

export interface Verdict {
  lost: number;
  duplicated: number;
  /** One line per kind: expected, present exactly once, missing, duplicated. */
  table: { what: string; expected: number; complete: number; lost: number; duplicated: number }[];
  problems: string[];
}

/** What a store, a mailbox and a job queue give us; works for an in-process server or a restarted one. */
export interface Sources {
  store: { listRows(table: 'leads' | 'roi_calculations' | 'bookings' | 'voice_sessions' | 'activities'): Promise<Row[]> };
  mailbox: { list(): Promise<{ to: string; idempotency_key: string | null }[]> };
  jobs: { counts(): Promise<Record<string, number>> };
}

export async function takeSnapshot(s: Sources): Promise<Snapshot> {
  const [leads, roi_calculations, bookings, voice_sessions, activities, mail, jobs] = await Promise.all([
    s.store.listRows('leads'),
    s.store.listRows('roi_calculations'),
    s.store.listRows('bookings'),
    s.store.listRows('voice_sessions'),
    s.store.listRows('activities'),
    s.mailbox.list(),
    s.jobs.counts(),
  ]);
  return { leads, roi_calculations, bookings, voice_sessions, activities, mail: mail.map((m) => ({ to: m.to, idempotency_key: m.idempotency_key })), jobs };
}

function groupBy<T>(rows: T[], key: (r: T) => string | null): Map<string, T[]> {
  const m = new Map<string, T[]>();
  for (const r of rows) {
    const k = key(r);
    if (k === null) continue;
    const list = m.get(k);
    if (list) list.push(r);
    else m.set(k, [r]);
  }
  return m;
}

const dedupeOf = (a: Row): string | null => {
  try {
    return (JSON.parse(String(a.metadata)) as { dedupe?: string }).dedupe ?? null;
  } catch {
    return null;
  }
};
const submissionOf = (r: Row): string | null => {
  try {
    return (JSON.parse(String(r.calculations)) as { submissionId?: string }).submissionId ?? null;
  } catch {
    return null;
  }
};
const refOf = (b: Row): string | null => /Ref (\S+?)\.?$/.exec(String(b.notes ?? ''))?.[1] ?? null;

export function verifyRun(ledger: Ledger, snap: Snapshot): Verdict {
  const problems: string[] = [];
  const note = (p: string) => problems.length < 50 && problems.push(p);
  const leadsByEmail = groupBy(snap.leads, (l) => String(l.email).toLowerCase());
  const roiBySubmission = groupBy(snap.roi_calculations, submissionOf);
  const bookingsByRef = groupBy(snap.bookings, refOf);
  const sessionsByExternal = groupBy(snap.voice_sessions, (v) => String(v.external_session_id));
  const actsByKey = groupBy(snap.activities, dedupeOf);
  const mailByKey = groupBy(snap.mail, (m) => m.idempotency_key);
  const roiIds = new Set(snap.roi_calculations.map((r) => r.id));
  const bookingIds = new Set(snap.bookings.map((b) => b.id));
  const sessionIdsOf = new Map<string, Set<unknown>>();
  for (const v of ledger.voice) {
    const ids = sessionIdsOf.get(v.email) ?? new Set();
    for (const row of sessionsByExternal.get(v.sessionId) ?? []) ids.add(row.id);
    sessionIdsOf.set(v.email, ids);
  }

  const table: Verdict['table'] = [];
  /** One kind of submission: each must pass every check; a failed check names what is missing. */
  const check = <T>(what: string, items: T[], checks: (item: T) => string[]) => {
    let complete = 0;
    let lost = 0;
    for (const item of items) {
      const missing = checks(item);
      if (missing.length) {
        lost++;
        note(`${what}: ${missing.join('; ')}`);
      } else complete++;
    }
    table.push({ what, expected: items.length, complete, lost, duplicated: 0 });
  };
  const one = <T>(map: Map<string, T[]>, key: string, label: string, out: string[]) => {
    const n = map.get(key)?.length ?? 0;
    if (n === 0) out.push(`no ${label}`);
    return map.get(key)?.[0];
  };
  const leadFor = (email: string, out: string[]) => one(leadsByEmail, email.toLowerCase(), `lead ${email}`, out);
  const activity = (key: string, leadId: unknown, out: string[]) => {
    const a = one(actsByKey, key, `activity ${key}`, out);
    if (a && leadId !== undefined && a.lead_id !== leadId) out.push(`activity ${key} on lead ${a.lead_id}, not ${leadId}`);
  };
  const mailed = (key: string, out: string[]) => one(mailByKey, key, `email ${key}`, out);

  check('roi submissions', uniqueBy(ledger.roi, (r) => r.submissionId), (r) => {
    const out: string[] = [];
    const lead = leadFor(r.email, out);
    const row = one(roiBySubmission, r.submissionId, `roi_calculations row for ${r.submissionId}`, out);
    if (row && !row.report_sent_at) out.push(`roi row ${row.id} has no report_sent_at`);
    if (lead && !roiIds.has(lead.roi_calculation_id)) out.push(`lead ${lead.id}.roi_calculation_id → ${lead.roi_calculation_id} (no such row)`);
    if (lead && row && snap.roi_calculations.find((x) => x.id === lead.roi_calculation_id)?.email !== r.email) out.push(`lead ${lead.id} links another person's ROI row`);
    activity(`roi:${r.submissionId}:report`, lead?.id, out);
    activity(`roi:${r.submissionId}:dossier`, lead?.id, out);
    mailed(`roi:${r.submissionId}:report`, out);
    mailed(`roi:${r.submissionId}:dossier`, out);
    return out;
  });
  check('bookings', uniqueBy(ledger.bookings, (b) => b.submissionId), (b) => {
    const out: string[] = [];
    const lead = leadFor(b.email, out);
    const row = one(bookingsByRef, b.ref, `bookings row for ${b.ref}`, out);
    if (row && row.guest_email !== b.email) out.push(`booking ${b.ref} has guest ${row.guest_email}`);
    if (lead && !bookingIds.has(lead.booking_id)) out.push(`lead ${lead.id}.booking_id → ${lead.booking_id} (no such row)`);
    if (lead && row && snap.bookings.find((x) => x.id === lead.booking_id)?.guest_email !== b.email) out.push(`lead ${lead.id} links another person's booking`);
    activity(`booking:${b.ref}:confirmation`, lead?.id, out);
    activity(`booking:${b.ref}:dossier`, lead?.id, out);
    mailed(`booking:${b.ref}:confirmation`, out);
    mailed(`booking:${b.ref}:dossier`, out);
    return out;
  });
  check('voice sessions', uniqueBy(ledger.voice, (v) => v.sessionId), (v) => {
    const out: string[] = [];
    const lead = leadFor(v.email, out);
    one(sessionsByExternal, v.sessionId, `voice_sessions row for ${v.sessionId}`, out);
    if (lead && !sessionIdsOf.get(v.email)?.has(lead.voice_session_id)) out.push(`lead ${lead.id}.voice_session_id → ${lead.voice_session_id} (not one of this visitor's sessions)`);
    activity(`voice:${v.sessionId}:conversation`, lead?.id, out);
    activity(`voice:${v.sessionId}:dossier`, lead?.id, out);
    mailed(`voice-sync:${v.sessionId}:dossier`, out);
    return out;
  });
  check('email events', uniqueBy(ledger.events, (e) => e.eventId), (e) => {
    const out: string[] = [];
    const lead = leadFor(e.email, out);
    activity(`emailit:${e.eventId}`, lead?.id, out);
    return out;
  });
  // A click count is recounted from the click activities: after redeliveries it must equal them exactly.
  const clicksByLead = groupBy(
    snap.activities.filter((a) => String(a.metadata).includes('"kind":"email.click"')),
    (a) => String(a.lead_id),
  );
  let wrongCounts = 0;
  for (const lead of snap.leads) {
    const n = clicksByLead.get(String(lead.id))?.length ?? 0;
    if (Number(lead.email_click_count ?? 0) !== n) {
      wrongCounts++;
      note(`lead ${lead.id} email_click_count ${lead.email_click_count}, ${n} click activities`);
    }
  }
  table.push({ what: 'click counters', expected: snap.leads.length, complete: snap.leads.length - wrongCounts, lost: wrongCounts, duplicated: 0 });

  const dupes = (what: string, groups: Map<string, unknown[]>) => {
    let extra = 0;
    for (const [k, rows] of groups) {
      if (rows.length > 1) {
        extra += rows.length - 1;
        note(`${rows.length} × ${what} ${k}`);
      }
    }
    table.push({ what: `unique ${what}`, expected: groups.size, complete: groups.size, lost: 0, duplicated: extra });
  };
  dupes('lead email', leadsByEmail);
  dupes('roi row per submission', roiBySubmission);
  dupes('booking per reference', bookingsByRef);
  dupes('booked slot', groupBy(snap.bookings.filter((b) => b.status !== 'cancelled'), (b) => `${String(b.booking_date).slice(0, 10)} ${b.start_time}`));
  dupes('voice session per conversation', sessionsByExternal);
  dupes('activity dedupe key', actsByKey);
  dupes('email per idempotency key', mailByKey);
  const unkeyed = snap.mail.filter((m) => !m.idempotency_key).length;
  if (unkeyed) note(`${unkeyed} emails sent without an idempotency key`);

  const badResends = ledger.resends.filter((r) => !r.consistent).length;
  if (badResends) note(`${badResends} re-sent requests answered differently from the first time`);
  table.push({ what: 're-sent requests', expected: ledger.resends.length, complete: ledger.resends.length - badResends, lost: 0, duplicated: badResends });
  table.push({ what: 'never acknowledged', expected: ledger.failed.length, complete: 0, lost: ledger.failed.length, duplicated: 0 });
  for (const f of ledger.failed.slice(0, 10)) note(`${f.kind} ${f.id} never acknowledged (last status ${f.status})`);
  const unfinished = (snap.jobs.dead ?? 0) + (snap.jobs.pending ?? 0) + (snap.jobs.running ?? 0);
  table.push({ what: 'dead or unfinished jobs', expected: 0, complete: 0, lost: unfinished, duplicated: 0 });

  return {
    lost: table.reduce((s, r) => s + r.lost, 0),
    duplicated: table.reduce((s, r) => s + r.duplicated, 0) + unkeyed,
    table,
    problems,
  };
}

function uniqueBy<T>(items: T[], key: (t: T) => string): T[] {
  const seen = new Set<string>();
  return items.filter((i) => !seen.has(key(i)) && !!seen.add(key(i)));
}

export function formatVerdict(v: Verdict): string {
  const w = Math.max(...v.table.map((r) => r.what.length));
  const lines = [`${'check'.padEnd(w)}  expected  complete      lost  duplicated`];
  for (const r of v.table) lines.push(`${r.what.padEnd(w)}  ${String(r.expected).padStart(8)}  ${String(r.complete).padStart(8)}  ${String(r.lost).padStart(8)}  ${String(r.duplicated).padStart(10)}`);
  if (v.problems.length) lines.push('', 'problems (first 50):', ...v.problems.map((p) => `  - ${p}`));
  lines.push('', `lost = ${v.lost}`, `duplicated = ${v.duplicated}`);
  return lines.join('\n');
}
