/**
 * Date and datetime values as the local NCB stores and returns them.
 *
 * Real NCB sits on MySQL: DATETIME has second precision and comes back over OpenAPI as an ISO string
 * ('2026-02-12T00:00:00.000Z'), DATE as 'YYYY-MM-DD'. We store datetimes in that same ISO form (UTC,
 * milliseconds zeroed), which also sorts and compares correctly as text, so filters work on it directly.
 */

const DATE = /^(\d{4})-(\d{2})-(\d{2})$/;
// 'YYYY-MM-DD HH:MM:SS' or ISO 'YYYY-MM-DDTHH:MM[:SS[.fff]][Z|±HH:MM]'
const DATETIME = /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.\d{1,9})?)?(Z|[+-]\d{2}:?\d{2})?$/;

function validYmd(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** 'YYYY-MM-DD' if the string is a real calendar date, else null. */
export function normaliseDate(value: string): string | null {
  const m = DATE.exec(value);
  if (!m) return null;
  return validYmd(+m[1], +m[2], +m[3]) ? value : null;
}

/**
 * Accepts 'YYYY-MM-DD' (midnight UTC), 'YYYY-MM-DD HH:MM:SS' (UTC, as MySQL has no zone) or ISO-8601
 * with an optional offset; returns 'YYYY-MM-DDTHH:MM:SS.000Z', or null when the value is not a valid date.
 */
export function normaliseDatetime(value: string): string | null {
  const day = DATE.exec(value);
  if (day) return validYmd(+day[1], +day[2], +day[3]) ? `${value}T00:00:00.000Z` : null;
  const m = DATETIME.exec(value);
  if (!m) return null;
  const [, y, mo, d, h, mi, s = '00', zone] = m;
  if (!validYmd(+y, +mo, +d) || +h > 23 || +mi > 59 || +s > 59) return null;
  let offsetMinutes = 0;
  if (zone && zone !== 'Z') {
    const digits = zone.replace(':', '');
    const oh = +digits.slice(1, 3);
    const om = +digits.slice(3, 5);
    if (oh > 23 || om > 59) return null;
    offsetMinutes = (zone[0] === '-' ? -1 : 1) * (oh * 60 + om);
  }
  const ms = Date.UTC(+y, +mo - 1, +d, +h, +mi, +s) - offsetMinutes * 60_000;
  return new Date(ms).toISOString().replace(/\.\d{3}Z$/, '.000Z');
}

/** The current instant in the stored datetime form. */
export function nowDatetime(now: Date = new Date()): string {
  return now.toISOString().replace(/\.\d{3}Z$/, '.000Z');
}
