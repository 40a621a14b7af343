import { test } from 'node:test';
import assert from 'node:assert/strict';
import { addDays, daysBetween, formatOffsetIso, hhmm, isValidDate, isValidTimeZone, weekdayOf, zonedParts, zonedToInstant } from './time.js';

const LA = 'America/Los_Angeles';
const MAD = 'Europe/Madrid';
const KOL = 'Asia/Kolkata';
const AKL = 'Pacific/Auckland';
const at = (iso: string): Date => new Date(iso);
const iso = (d: Date): string => d.toISOString();

test('zonedParts: date, minutes, weekday and offset', () => {
  assert.deepEqual(zonedParts(at('2026-11-23T17:00:00Z'), LA), { date: '2026-11-23', minutes: 540, weekday: 1, offsetMinutes: -480 });
  assert.deepEqual(zonedParts(at('2026-07-01T01:00:00Z'), LA), { date: '2026-06-30', minutes: 1080, weekday: 2, offsetMinutes: -420 });
  assert.deepEqual(zonedParts(at('2026-01-01T00:00:00Z'), KOL), { date: '2026-01-01', minutes: 330, weekday: 4, offsetMinutes: 330 });
  assert.deepEqual(zonedParts(at('2026-01-01T00:00:00Z'), AKL), { date: '2026-01-01', minutes: 780, weekday: 4, offsetMinutes: 780 });
  assert.deepEqual(zonedParts(at('2026-07-01T00:00:00Z'), AKL), { date: '2026-07-01', minutes: 720, weekday: 3, offsetMinutes: 720 });
  assert.equal(zonedParts(at('2026-03-29T00:59:59Z'), MAD).offsetMinutes, 60);
  assert.equal(zonedParts(at('2026-03-29T01:00:00Z'), MAD).offsetMinutes, 120);
});

test('zonedParts at local midnight reports minute 0 of the right day', () => {
  assert.deepEqual(zonedParts(at('2026-03-01T08:00:00Z'), LA), { date: '2026-03-01', minutes: 0, weekday: 0, offsetMinutes: -480 });
});

test('zonedToInstant: ordinary wall times', () => {
  assert.equal(iso(zonedToInstant('2026-11-23', 540, LA)), '2026-11-23T17:00:00.000Z');
  assert.equal(iso(zonedToInstant('2026-06-15', 540, MAD)), '2026-06-15T07:00:00.000Z');
  assert.equal(iso(zonedToInstant('2026-06-15', 540, KOL)), '2026-06-15T03:30:00.000Z');
  assert.equal(iso(zonedToInstant('2026-06-15', 540, AKL)), '2026-06-14T21:00:00.000Z');
  // minutes past midnight roll into the next day
  assert.equal(iso(zonedToInstant('2026-11-23', 1440 + 60, LA)), '2026-11-24T09:00:00.000Z');
});

test('zonedToInstant: spring gap shifts forward by the gap', () => {
  assert.equal(iso(zonedToInstant('2026-03-08', 150, LA)), '2026-03-08T10:30:00.000Z'); // 02:30 → 03:30 PDT
  assert.equal(iso(zonedToInstant('2026-03-29', 150, MAD)), '2026-03-29T01:30:00.000Z'); // 02:30 → 03:30 CEST
  assert.equal(iso(zonedToInstant('2026-09-27', 150, AKL)), '2026-09-26T14:30:00.000Z'); // 02:30 → 03:30 NZDT
  // just outside the gap is exact
  assert.equal(iso(zonedToInstant('2026-03-08', 180, LA)), '2026-03-08T10:00:00.000Z');
  assert.equal(iso(zonedToInstant('2026-03-08', 90, LA)), '2026-03-08T09:30:00.000Z');
});

test('zonedToInstant: autumn overlap picks the earlier instant', () => {
  assert.equal(iso(zonedToInstant('2026-11-01', 90, LA)), '2026-11-01T08:30:00.000Z'); // 01:30 PDT, not PST
  assert.equal(iso(zonedToInstant('2026-10-25', 150, MAD)), '2026-10-25T00:30:00.000Z'); // 02:30 CEST, not CET
  assert.equal(iso(zonedToInstant('2026-04-05', 150, AKL)), '2026-04-04T13:30:00.000Z'); // 02:30 NZDT, not NZST
  assert.equal(iso(zonedToInstant('2026-11-01', 180, LA)), '2026-11-01T11:00:00.000Z');
});

test('round trip instant → wall → instant across both 2026 transitions (every 15 min)', () => {
  const windows: [string, string][] = [
    [LA, '2026-03-08T00:00:00Z'], [LA, '2026-11-01T00:00:00Z'],
    [MAD, '2026-03-28T20:00:00Z'], [MAD, '2026-10-24T20:00:00Z'],
    [AKL, '2026-04-04T06:00:00Z'], [AKL, '2026-09-26T06:00:00Z'],
    [KOL, '2026-03-28T20:00:00Z'],
  ];
  let checked = 0;
  for (const [tz, startIso] of windows) {
    const start = Date.parse(startIso);
    for (let t = start; t < start + 24 * 3600_000; t += 15 * 60_000) {
      const p = zonedParts(new Date(t), tz);
      const back = zonedToInstant(p.date, p.minutes, tz).getTime();
      // The only lossy case is the second pass through an overlap hour, which maps to the first (1 h earlier).
      if (back !== t) assert.equal(t - back, 3600_000, `${tz} ${new Date(t).toISOString()}`);
      else checked++;
    }
  }
  assert.ok(checked > 600);
});

test('formatOffsetIso', () => {
  assert.equal(formatOffsetIso(at('2026-11-23T17:00:00Z'), LA), '2026-11-23T09:00:00-08:00');
  assert.equal(formatOffsetIso(at('2026-07-23T16:00:00Z'), LA), '2026-07-23T09:00:00-07:00');
  assert.equal(formatOffsetIso(at('2026-11-24T01:30:00Z'), MAD), '2026-11-24T02:30:00+01:00');
  assert.equal(formatOffsetIso(at('2026-01-01T00:00:00Z'), KOL), '2026-01-01T05:30:00+05:30');
  assert.equal(formatOffsetIso(at('2026-01-01T00:00:00Z'), 'UTC'), '2026-01-01T00:00:00+00:00');
  // parses back to the same instant
  const d = at('2026-10-25T00:30:00Z');
  assert.equal(new Date(formatOffsetIso(d, MAD)).getTime(), d.getTime());
});

test('addDays and daysBetween across months, years and leap days', () => {
  assert.equal(addDays('2026-12-31', 1), '2027-01-01');
  assert.equal(addDays('2028-02-28', 1), '2028-02-29');
  assert.equal(addDays('2026-03-01', -1), '2026-02-28');
  assert.equal(addDays('2026-03-08', 0), '2026-03-08');
  assert.equal(daysBetween('2026-03-01', '2026-03-31'), 30);
  assert.throws(() => addDays('2026-02-30', 1), RangeError);
  assert.equal(isValidDate('2026-02-29'), false);
  assert.equal(isValidDate('2028-02-29'), true);
  assert.equal(isValidDate('26-1-1'), false);
});

test('isValidTimeZone', () => {
  for (const tz of [LA, MAD, KOL, AKL, 'UTC']) assert.equal(isValidTimeZone(tz), true, tz);
  for (const tz of ['', 'Mars/Olympus', 'PST8PDT; DROP']) assert.equal(isValidTimeZone(tz), false, tz);
});

test('hhmm', () => {
  assert.equal(hhmm(540), '09:00');
  assert.equal(hhmm(0), '00:00');
  assert.equal(hhmm(1439), '23:59');
  assert.equal(hhmm(1020 + 30), '17:30');
  assert.equal(hhmm(1440 + 90), '01:30');
});

test('weekdayOf: 0 = Sunday … 6 = Saturday, across month and year ends; malformed dates throw', () => {
  assert.equal(weekdayOf('2026-11-21'), 6);
  assert.equal(weekdayOf('2026-11-22'), 0);
  assert.equal(weekdayOf('2026-11-23'), 1);
  assert.equal(weekdayOf('2027-01-01'), 5);
  assert.equal(weekdayOf('2028-02-29'), 2);
  assert.throws(() => weekdayOf('2026-02-30'), RangeError);
});
