import { test } from 'node:test';
import assert from 'node:assert/strict';
import { businessDayRange, checkSlot, computeAvailability, DEFAULT_AVAILABILITY, type CalendarState, type SlotRules } from './slots.js';

const LA = 'America/Los_Angeles';
const MAD = 'Europe/Madrid';
const rules: SlotRules = {
  businessTimezone: LA,
  stepMinutes: 30,
  durations: { consultation: 30, assessment: 180 },
  minNoticeMinutes: 60,
  horizonDays: 60,
};
const state = (patch: Partial<CalendarState> = {}): CalendarState => ({
  settings: [...DEFAULT_AVAILABILITY],
  blockedDates: [],
  busy: [],
  ...patch,
});
const NOW = new Date('2026-02-27T12:00:00Z'); // Friday 04:00 in LA
const at = (iso: string): Date => new Date(iso);

test('businessDayRange covers every business date a visitor date can touch', () => {
  assert.deepEqual(businessDayRange('2026-03-02', '2026-03-03', MAD, LA), { from: '2026-03-01', to: '2026-03-03' });
  assert.deepEqual(businessDayRange('2026-03-02', '2026-03-02', LA, LA), { from: '2026-03-02', to: '2026-03-02' });
  assert.deepEqual(businessDayRange('2026-03-02', '2026-03-02', 'Pacific/Auckland', LA), { from: '2026-03-01', to: '2026-03-02' });
});

test('a Madrid visitor sees LA 09:00–17:00 as 18:00–02:00, spanning two Madrid dates', () => {
  const r = computeAvailability({ state: state(), rules, type: 'consultation', from: '2026-03-02', to: '2026-03-03', timezone: MAD, now: NOW });
  assert.equal(r.businessTimezone, LA);
  assert.equal(r.timezone, MAD);
  assert.deepEqual(r.days.map((d) => d.date), ['2026-03-02', '2026-03-03']);
  const [mon, tue] = r.days;
  // Madrid Monday: LA Monday 09:00–14:30 (Sunday LA is closed)
  assert.equal(mon!.slots.length, 12);
  assert.deepEqual(mon!.slots[0], { start: '2026-03-02T18:00:00+01:00', end: '2026-03-02T18:30:00+01:00', available: true });
  assert.equal(mon!.slots.at(-1)!.start, '2026-03-02T23:30:00+01:00');
  // Madrid Tuesday: LA Monday 15:00–16:30 after midnight, then LA Tuesday 09:00–14:30
  assert.equal(tue!.slots.length, 4 + 12);
  assert.equal(tue!.slots[0]!.start, '2026-03-03T00:00:00+01:00');
  assert.deepEqual(tue!.slots[3], { start: '2026-03-03T01:30:00+01:00', end: '2026-03-03T02:00:00+01:00', available: true });
  assert.equal(tue!.slots[4]!.start, '2026-03-03T18:00:00+01:00');
  const starts = tue!.slots.map((s) => Date.parse(s.start));
  assert.deepEqual(starts, [...starts].sort((a, b) => a - b));
});

test('weekends are closed in business time; the visitor may still see Friday-evening LA slots on Saturday', () => {
  const la = computeAvailability({ state: state(), rules, type: 'consultation', from: '2026-03-07', to: '2026-03-08', timezone: LA, now: NOW });
  assert.deepEqual(la.days, []);
  const mad = computeAvailability({ state: state(), rules, type: 'consultation', from: '2026-03-07', to: '2026-03-08', timezone: MAD, now: NOW });
  assert.deepEqual(mad.days.map((d) => [d.date, d.slots.length]), [['2026-03-07', 4]]);
  assert.equal(checkSlot({ state: state(), rules, type: 'consultation', start: at('2026-03-07T17:00:00Z'), now: NOW }).ok, false);
  assert.deepEqual(checkSlot({ state: state(), rules, type: 'consultation', start: at('2026-03-07T17:00:00Z'), now: NOW }), { ok: false, reason: 'closed-day' });
  // a missing weekday row is closed too
  const noMonday = state({ settings: DEFAULT_AVAILABILITY.filter((s) => s.weekday !== 1) });
  assert.deepEqual(checkSlot({ state: noMonday, rules, type: 'consultation', start: at('2026-03-02T17:00:00Z'), now: NOW }), { ok: false, reason: 'closed-day' });
});

test('a blocked date disappears and is refused', () => {
  const s = state({ blockedDates: ['2026-03-04'] });
  const r = computeAvailability({ state: s, rules, type: 'consultation', from: '2026-03-03', to: '2026-03-05', timezone: LA, now: NOW });
  assert.deepEqual(r.days.map((d) => d.date), ['2026-03-03', '2026-03-05']);
  assert.deepEqual(checkSlot({ state: s, rules, type: 'consultation', start: at('2026-03-04T17:00:00Z'), now: NOW }), { ok: false, reason: 'blocked' });
});

test('a booking makes overlapping slots unavailable (half-open), and a fully booked day is not listed', () => {
  const s = state({ busy: [{ start: at('2026-03-02T18:00:00Z'), end: at('2026-03-02T18:30:00Z') }] }); // 10:00–10:30 PST
  const r = computeAvailability({ state: s, rules, type: 'consultation', from: '2026-03-02', to: '2026-03-02', timezone: LA, now: NOW });
  const slots = r.days[0]!.slots;
  assert.equal(slots.length, 16);
  const byStart = Object.fromEntries(slots.map((x) => [x.start.slice(11, 16), x.available]));
  assert.deepEqual([byStart['09:30'], byStart['10:00'], byStart['10:30']], [true, false, true]);
  assert.deepEqual(checkSlot({ state: s, rules, type: 'consultation', start: at('2026-03-02T18:00:00Z'), now: NOW }), { ok: false, reason: 'taken' });
  assert.equal(checkSlot({ state: s, rules, type: 'consultation', start: at('2026-03-02T18:30:00Z'), now: NOW }).ok, true);

  const full = state({ busy: [{ start: at('2026-03-02T17:00:00Z'), end: at('2026-03-03T01:00:00Z') }] });
  const none = computeAvailability({ state: full, rules, type: 'consultation', from: '2026-03-02', to: '2026-03-03', timezone: LA, now: NOW });
  assert.deepEqual(none.days.map((d) => d.date), ['2026-03-03']);
});

test('assessments (180 min) must end by closing: last start 14:00', () => {
  const r = computeAvailability({ state: state(), rules, type: 'assessment', from: '2026-03-02', to: '2026-03-02', timezone: LA, now: NOW });
  const starts = r.days[0]!.slots.map((s) => s.start.slice(11, 16));
  assert.equal(starts.length, 11);
  assert.equal(starts.at(-1), '14:00');
  assert.equal(r.days[0]!.slots.at(-1)!.end, '2026-03-02T17:00:00-08:00');
  const check = (iso: string) => checkSlot({ state: state(), rules, type: 'assessment', start: at(iso), now: NOW });
  assert.deepEqual(check('2026-03-02T22:00:00Z'), {
    ok: true, start: at('2026-03-02T22:00:00Z'), end: at('2026-03-03T01:00:00Z'), businessDate: '2026-03-02', startTime: '14:00', endTime: '17:00',
  });
  assert.deepEqual(check('2026-03-02T22:30:00Z'), { ok: false, reason: 'outside-hours' }); // 14:30 + 180 = 17:30
  assert.deepEqual(check('2026-03-02T23:00:00Z'), { ok: false, reason: 'outside-hours' }); // 15:00 + 180 = 18:00
  // a later booking inside the 3 hours blocks the assessment, not the one that ends where it starts
  const s = state({ busy: [{ start: at('2026-03-03T00:30:00Z'), end: at('2026-03-03T01:00:00Z') }] }); // 16:30–17:00
  assert.deepEqual(checkSlot({ state: s, rules, type: 'assessment', start: at('2026-03-02T22:00:00Z'), now: NOW }), { ok: false, reason: 'taken' });
  assert.equal(checkSlot({ state: s, rules, type: 'assessment', start: at('2026-03-02T21:30:00Z'), now: NOW }).ok, true);
});

test('minimum notice and horizon are measured from now', () => {
  const now = at('2026-03-02T17:10:00Z'); // Monday 09:10 PST
  const r = computeAvailability({ state: state(), rules, type: 'consultation', from: '2026-03-02', to: '2026-03-02', timezone: LA, now });
  assert.equal(r.days[0]!.slots[0]!.start, '2026-03-02T10:30:00-08:00');
  const check = (iso: string, h = rules) => checkSlot({ state: state(), rules: h, type: 'consultation', start: at(iso), now });
  assert.deepEqual(check('2026-03-02T17:00:00Z'), { ok: false, reason: 'past' });
  assert.deepEqual(check('2026-03-02T18:00:00Z'), { ok: false, reason: 'too-soon' });
  assert.equal(check('2026-03-02T18:30:00Z').ok, true);

  const short = { ...rules, horizonDays: 14 }; // limit: 2026-03-16T17:10Z = 10:10 PDT
  assert.equal(check('2026-03-16T17:00:00Z', short).ok, true);
  assert.deepEqual(check('2026-03-16T17:30:00Z', short), { ok: false, reason: 'beyond-horizon' });
  const far = computeAvailability({ state: state(), rules: short, type: 'consultation', from: '2026-03-16', to: '2026-03-31', timezone: LA, now });
  assert.deepEqual(far.days.map((d) => d.date), ['2026-03-16']);
  assert.deepEqual(far.days[0]!.slots.map((s) => s.start.slice(11, 16)), ['09:00', '09:30', '10:00']);
});

test('DST week: slots stay at 09:00 business time while their UTC and Madrid times move', () => {
  // US springs forward on 2026-03-08, Europe only on 2026-03-29: for three weeks LA–Madrid is 8 h, not 9 h.
  const la = computeAvailability({ state: state(), rules, type: 'consultation', from: '2026-03-06', to: '2026-03-09', timezone: LA, now: NOW });
  assert.deepEqual(la.days.map((d) => d.slots[0]!.start), ['2026-03-06T09:00:00-08:00', '2026-03-09T09:00:00-07:00']);
  assert.equal(la.days[1]!.slots.length, 16);
  const mad = computeAvailability({ state: state(), rules, type: 'consultation', from: '2026-03-09', to: '2026-03-09', timezone: MAD, now: NOW });
  assert.equal(mad.days[0]!.slots[0]!.start, '2026-03-09T17:00:00+01:00');
  assert.equal(mad.days[0]!.slots.length, 14); // 17:00–23:30 Madrid; 00:00–00:30 fall on the 10th
  assert.equal(checkSlot({ state: state(), rules, type: 'consultation', start: at('2026-03-09T16:00:00Z'), now: NOW }).ok, true);
  // 23:30Z is 16:30 PDT (the last slot); a week earlier the same UTC time was 15:30 PST
  assert.deepEqual(checkSlot({ state: state(), rules, type: 'consultation', start: at('2026-03-09T23:30:00Z'), now: NOW }), {
    ok: true, start: at('2026-03-09T23:30:00Z'), end: at('2026-03-10T00:00:00Z'), businessDate: '2026-03-09', startTime: '16:30', endTime: '17:00',
  });
  assert.deepEqual(checkSlot({ state: state(), rules, type: 'consultation', start: at('2026-03-10T00:00:00Z'), now: NOW }), { ok: false, reason: 'outside-hours' });
});

test('round-the-clock hours on DST days: no non-existent or duplicate starts', () => {
  const allDay = state({ settings: [0, 1, 2, 3, 4, 5, 6].map((weekday) => ({ weekday, start_minutes: 0, end_minutes: 1440, is_available: true })) });
  const spring = computeAvailability({ state: allDay, rules, type: 'consultation', from: '2026-03-08', to: '2026-03-08', timezone: LA, now: NOW });
  assert.equal(spring.days[0]!.slots.length, 46); // 02:00 and 02:30 do not exist
  const october = at('2026-10-15T00:00:00Z');
  const autumn = computeAvailability({ state: allDay, rules, type: 'consultation', from: '2026-11-01', to: '2026-11-01', timezone: LA, now: october });
  assert.equal(autumn.days[0]!.slots.length, 48);
  const starts = autumn.days[0]!.slots.map((s) => Date.parse(s.start));
  assert.equal(new Set(starts).size, starts.length);
  // the second 01:30 (PST) is not on the grid; the first (PDT) is
  assert.deepEqual(checkSlot({ state: allDay, rules, type: 'consultation', start: at('2026-11-01T09:30:00Z'), now: october }), { ok: false, reason: 'off-grid' });
  assert.equal(checkSlot({ state: allDay, rules, type: 'consultation', start: at('2026-11-01T08:30:00Z'), now: october }).ok, true);
});

test('checkSlot rejects off-grid, outside-hours and invalid starts', () => {
  const check = (start: Date) => checkSlot({ state: state(), rules, type: 'consultation', start, now: NOW });
  assert.deepEqual(check(at('2026-03-02T17:15:00Z')), { ok: false, reason: 'off-grid' }); // 09:15
  assert.deepEqual(check(at('2026-03-02T17:00:30Z')), { ok: false, reason: 'off-grid' }); // 09:00:30
  assert.deepEqual(check(at('2026-03-02T16:00:00Z')), { ok: false, reason: 'outside-hours' }); // 08:00
  assert.deepEqual(check(at('2026-03-03T01:00:00Z')), { ok: false, reason: 'outside-hours' }); // 17:00
  assert.deepEqual(check(new Date('nope')), { ok: false, reason: 'invalid' });
  assert.deepEqual(
    checkSlot({ state: state(), rules: { ...rules, businessTimezone: 'Mars/Olympus' }, type: 'consultation', start: at('2026-03-02T17:00:00Z'), now: NOW }),
    { ok: false, reason: 'invalid' },
  );
  assert.deepEqual(check(at('2026-03-02T17:00:00Z')), {
    ok: true, start: at('2026-03-02T17:00:00Z'), end: at('2026-03-02T17:30:00Z'), businessDate: '2026-03-02', startTime: '09:00', endTime: '09:30',
  });
});

test('every listed slot agrees with checkSlot (the calendar offers exactly what create accepts)', () => {
  const s = state({
    blockedDates: ['2026-03-11'],
    busy: [{ start: at('2026-03-10T18:00:00Z'), end: at('2026-03-10T21:00:00Z') }],
  });
  for (const type of ['consultation', 'assessment'] as const) {
    const r = computeAvailability({ state: s, rules, type, from: '2026-03-01', to: '2026-03-14', timezone: 'Asia/Kolkata', now: NOW });
    let n = 0;
    for (const day of r.days) {
      for (const slot of day.slots) {
        const c = checkSlot({ state: s, rules, type, start: new Date(slot.start), now: NOW });
        if (slot.available) assert.equal(c.ok, true, slot.start);
        else assert.deepEqual(c, { ok: false, reason: 'taken' });
        if (c.ok) assert.equal(c.end.getTime(), Date.parse(slot.end));
        n++;
      }
    }
    assert.ok(n > 20);
  }
});

test('bad input: invalid dates or zones throw, an inverted range is empty', () => {
  const base = { state: state(), rules, type: 'consultation' as const, now: NOW };
  assert.throws(() => computeAvailability({ ...base, from: '2026-02-30', to: '2026-03-01', timezone: LA }), RangeError);
  assert.throws(() => computeAvailability({ ...base, from: '2026-03-01', to: '2026-03-02', timezone: 'Nowhere/City' }), RangeError);
  assert.deepEqual(computeAvailability({ ...base, from: '2026-03-05', to: '2026-03-01', timezone: LA }).days, []);
});
