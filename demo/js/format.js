/**
 * Pure formatting for the inspector: every function takes plain values and returns strings or plain objects,
 * so the views stay small and this stays testable without a DOM.
 */

export const EMPTY = '—';

/**
 * A cell's text: strings as they are, numbers and booleans printed, objects as compact JSON, nothing as a dash.
 * @param {unknown} value
 * @returns {string}
 */
export function text(value) {
  if (value === null || value === undefined || value === '') return EMPTY;
  if (typeof value === 'object') return JSON.stringify(value);
  return String(value);
}

/**
 * A date and time in `timeZone` with the zone printed (never a bare time), or the raw value when unparseable.
 * @param {unknown} value  ISO string or epoch milliseconds
 * @param {string} timeZone
 * @param {string} [locale]
 * @returns {string}
 */
export function dateTime(value, timeZone, locale = 'en-US') {
  if (value === null || value === undefined || value === '') return EMPTY;
  const date = new Date(/** @type {string | number} */ (value));
  if (Number.isNaN(date.getTime())) return String(value);
  return new Intl.DateTimeFormat(locale, {
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: '2-digit',
    minute: '2-digit',
    timeZone,
    timeZoneName: 'short',
  }).format(date);
}

/**
 * A booking's slot as stored (business-local day, HH:mm times, the zone they are in): "2026-03-02 10:00–10:30 America/Los_Angeles".
 * @param {{ booking_date?: unknown, start_time?: unknown, end_time?: unknown, timezone?: unknown }} row
 * @returns {string}
 */
export function bookingSlot(row) {
  const day = typeof row.booking_date === 'string' ? row.booking_date.slice(0, 10) : text(row.booking_date);
  const zone = typeof row.timezone === 'string' && row.timezone ? ` ${row.timezone}` : '';
  return `${day} ${text(row.start_time)}–${text(row.end_time)}${zone}`;
}

/**
 * Seconds as "45s", "2m 05s" or "1h 02m".
 * @param {unknown} seconds
 * @returns {string}
 */
export function duration(seconds) {
  const s = Number(seconds);
  if (seconds === null || seconds === undefined || !Number.isFinite(s) || s < 0) return EMPTY;
  const whole = Math.round(s);
  if (whole < 60) return `${whole}s`;
  const h = Math.floor(whole / 3600);
  const m = Math.floor((whole % 3600) / 60);
  const rest = whole % 60;
  return h ? `${h}h ${String(m).padStart(2, '0')}m` : `${m}m ${String(rest).padStart(2, '0')}s`;
}

/**
 * Cents as dollars: 25000 → "$250.00".
 * @param {unknown} cents
 * @returns {string}
 */
export function money(cents) {
  const n = Number(cents);
  if (cents === null || cents === undefined || cents === '' || !Number.isFinite(n)) return EMPTY;
  return new Intl.NumberFormat('en-US', { style: 'currency', currency: 'USD' }).format(n / 100);
}

/**
 * A JSON text column parsed, or null when absent or not JSON (the raw text is then shown as is).
 * @param {unknown} value
 * @returns {unknown}
 */
export function parseJson(value) {
  if (typeof value !== 'string' || !value.trim()) return null;
  try {
    return JSON.parse(value);
  } catch {
    return null;
  }
}

/**
 * A JSON text column indented for reading; the raw text when it isn't JSON.
 * @param {unknown} value
 * @returns {string}
 */
export function prettyJson(value) {
  if (value === null || value === undefined || value === '') return EMPTY;
  const parsed = typeof value === 'string' ? parseJson(value) : value;
  return parsed === null ? String(value) : JSON.stringify(parsed, null, 2);
}

/**
 * A JSON string[] column as a list of strings (tolerates a plain string or garbage).
 * @param {unknown} value
 * @returns {string[]}
 */
export function stringList(value) {
  const parsed = Array.isArray(value) ? value : parseJson(value);
  if (Array.isArray(parsed)) return parsed.map((v) => (typeof v === 'string' ? v : JSON.stringify(v)));
  return typeof value === 'string' && value.trim() ? [value] : [];
}

/**
 * A voice session's `messages` column as turns; anything malformed is dropped rather than guessed at.
 * @param {unknown} value
 * @returns {{ role: string, content: string, timestamp: string | null }[]}
 */
export function transcript(value) {
  const parsed = Array.isArray(value) ? value : parseJson(value);
  if (!Array.isArray(parsed)) return [];
  return parsed
    .filter((m) => m && typeof m === 'object' && typeof m.content === 'string')
    .map((m) => ({ role: typeof m.role === 'string' ? m.role : 'unknown', content: m.content, timestamp: typeof m.timestamp === 'string' ? m.timestamp : null }));
}

/**
 * A lead score as a whole number in 0..100 (the meter's range).
 * @param {unknown} value
 * @returns {number}
 */
export function score(value) {
  const n = Math.round(Number(value));
  return Number.isFinite(n) ? Math.min(100, Math.max(0, n)) : 0;
}

/**
 * "Ada Lovelace" from first/last name columns, or the dash.
 * @param {{ first_name?: unknown, last_name?: unknown }} row
 * @returns {string}
 */
export function fullName(row) {
  const name = [row.first_name, row.last_name].filter((p) => typeof p === 'string' && p.trim()).join(' ');
  return name || EMPTY;
}

/**
 * Rows newest first: by numeric id, descending (NCB ids grow with inserts).
 * @template {Record<string, unknown>} R
 * @param {R[]} rows
 * @returns {R[]}
 */
export function newestFirst(rows) {
  return [...rows].sort((a, b) => Number(b.id ?? 0) - Number(a.id ?? 0));
}

/**
 * A positive integer id from a link column, or null (so a dangling or malformed link renders as plain text).
 * @param {unknown} value
 * @returns {number | null}
 */
export function linkId(value) {
  const n = Number(value);
  return value !== null && value !== '' && Number.isInteger(n) && n > 0 ? n : null;
}

/**
 * @typedef {{ id: string, from: string, to: string, subject: string, date: unknown, tags: string[],
 *   html: string | null, text: string | null, events: string[] }} MailView
 */

/**
 * A mailbox message in the fields the inspector shows (api/email/local-mailbox.ts StoredEmail: the EmailIt send
 * body plus id, created_at and the fired events), tolerant of other shapes (address objects, arrays).
 * @param {unknown} message
 * @returns {MailView}
 */
export function mailView(message) {
  const m = /** @type {Record<string, unknown>} */ (message && typeof message === 'object' ? message : {});
  /** @param {unknown} v @returns {string} */
  const address = (v) => {
    if (Array.isArray(v)) return v.map(address).join(', ');
    if (v && typeof v === 'object') {
      const o = /** @type {Record<string, unknown>} */ (v);
      return o.name ? `${o.name} <${o.email ?? o.address ?? ''}>` : String(o.email ?? o.address ?? '');
    }
    return typeof v === 'string' ? v : '';
  };
  // The local mailbox records each fired event as {kind, status, at}: show which, and what the webhook answered.
  const events = Array.isArray(m.events)
    ? m.events.map((e) => {
        if (typeof e === 'string') return e;
        const o = /** @type {{ kind?: unknown, type?: unknown, status?: unknown }} */ (e ?? {});
        return `${text(o.kind ?? o.type)}${typeof o.status === 'number' ? ` (${o.status})` : ''}`;
      })
    : [];
  return {
    id: String(m.id ?? ''),
    from: address(m.from),
    to: address(m.to),
    subject: typeof m.subject === 'string' ? m.subject : '',
    date: m.createdAt ?? m.created_at ?? m.sentAt ?? m.sent_at ?? m.timestamp ?? null,
    tags: Array.isArray(m.tags) ? m.tags.map(String) : [],
    html: typeof m.html === 'string' ? m.html : null,
    text: typeof m.text === 'string' ? m.text : null,
    events,
  };
}
