import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { type LocalSlot, chooseSlots, matchesRequest, partOfDay } from './slot-choice.js';
import { speakTimes, zoneName } from './speak-times.js';
import { SLOT_PHRASES } from './slot-phrases.js';
import { NO_LEAD, NOW, fakeTools, input } from './test-fakes.js';
import { respondBuiltIn } from './builtin.js';

/** Open slots every half hour from `from` to `to` (minutes) on each date. */
function grid(dates: string[], from: number, to: number): LocalSlot[] {
  return dates.flatMap((date) => {
    const out: LocalSlot[] = [];
    for (let m = from; m < to; m += 30) out.push({ start: `${date}T${String(Math.floor(m / 60)).padStart(2, '0')}:${String(m % 60).padStart(2, '0')}`, date, minutes: m });
    return out;
  });
}
const times = (s: LocalSlot[]) => s.map((x) => x.start);

describe('chooseSlots', () => {
  const open = grid(['2026-11-24', '2026-11-25', '2026-11-26'], 540, 1020);

  it('parts of the day: morning before 12:00, afternoon 12:00–17:00, evening after', () => {
    assert.deepEqual([0, 719, 720, 1019, 1020, 1439].map(partOfDay), ['morning', 'morning', 'afternoon', 'afternoon', 'evening', 'evening']);
  });

  it('no request: the first open times, across days', () => {
    assert.deepEqual(times(chooseSlots(open, {}, 3)), ['2026-11-24T09:00', '2026-11-24T09:30', '2026-11-24T10:00']);
  });

  it("a day and part: only that day's times in that part", () => {
    assert.deepEqual(times(chooseSlots(open, { day: '2026-11-25', partOfDay: 'afternoon' }, 3)), ['2026-11-25T12:00', '2026-11-25T12:30', '2026-11-25T13:00']);
    assert.deepEqual(times(chooseSlots(open, { partOfDay: 'afternoon' }, 2)), ['2026-11-24T12:00', '2026-11-24T12:30']);
  });

  it('a week: the first day in it with open times', () => {
    const later = open.filter((s) => s.date !== '2026-11-24');
    assert.deepEqual(times(chooseSlots(later, { day: '2026-11-23', through: '2026-11-29' }, 2)), ['2026-11-25T09:00', '2026-11-25T09:30']);
  });

  it('nothing at the part asked: the same day, closest to it', () => {
    const mornings = grid(['2026-11-26'], 540, 720);
    assert.deepEqual(times(chooseSlots(mornings, { day: '2026-11-26', partOfDay: 'afternoon' }, 3)), ['2026-11-26T10:30', '2026-11-26T11:00', '2026-11-26T11:30']);
  });

  it('nothing on the day: the next open day at the part asked, else the last day before', () => {
    const noTuesday = open.filter((s) => s.date !== '2026-11-24');
    assert.deepEqual(times(chooseSlots(noTuesday, { day: '2026-11-24', partOfDay: 'afternoon' }, 2)), ['2026-11-25T12:00', '2026-11-25T12:30']);
    const onlyTuesday = open.filter((s) => s.date === '2026-11-24');
    assert.deepEqual(times(chooseSlots(onlyTuesday, { day: '2026-11-26' }, 2)), ['2026-11-24T09:00', '2026-11-24T09:30']);
    assert.deepEqual(chooseSlots([], { day: '2026-11-26' }, 2), []);
  });

  it('matchesRequest tells a match from an alternative', () => {
    assert.ok(matchesRequest({ date: '2026-11-24', partOfDay: 'morning' }, { day: '2026-11-24', partOfDay: 'morning' }));
    assert.ok(!matchesRequest({ date: '2026-11-24', partOfDay: 'afternoon' }, { day: '2026-11-24', partOfDay: 'morning' }));
    assert.ok(matchesRequest({ date: '2026-11-27', partOfDay: 'afternoon' }, { day: '2026-11-23', through: '2026-11-29' }));
    assert.ok(!matchesRequest({ date: '2026-11-30', partOfDay: 'afternoon' }, { day: '2026-11-23', through: '2026-11-29' }));
  });
});

describe('speakTimes', () => {
  const tue = ['2026-11-24T17:00:00Z', '2026-11-24T17:30:00Z', '2026-11-24T18:00:00Z'];
  it('groups by day, says AM/PM and the zone once (EN) and 24-hour time with the zone in words (ES)', () => {
    assert.equal(speakTimes(tue, 'America/Los_Angeles', 'en'), 'Tuesday, November 24 at 9:00, 9:30 or 10:00 AM Pacific Time');
    assert.equal(speakTimes(tue, 'America/Los_Angeles', 'es'), 'el martes 24 de noviembre a las 9:00, 9:30 o 10:00 (hora del Pacífico)');
    assert.equal(speakTimes(tue, 'Europe/Madrid', 'es'), 'el martes 24 de noviembre a las 18:00, 18:30 o 19:00 (hora de Europa central)');
  });
  it('mixed AM/PM, several days, "a la 1" and "u 11"', () => {
    assert.equal(
      speakTimes(['2026-11-24T19:30:00Z', '2026-11-24T20:00:00Z', '2026-11-25T17:00:00Z'], 'America/Los_Angeles', 'en'),
      'Tuesday, November 24 at 11:30 AM or 12:00 PM, or Wednesday, November 25 at 9:00 AM Pacific Time',
    );
    assert.equal(speakTimes(['2026-11-24T21:00:00Z', '2026-11-24T21:30:00Z'], 'America/Los_Angeles', 'es'), 'el martes 24 de noviembre a las 13:00 o 13:30 (hora del Pacífico)');
    assert.equal(speakTimes(['2026-11-24T18:30:00Z', '2026-11-24T19:00:00Z'], 'America/Los_Angeles', 'es'), 'el martes 24 de noviembre a las 10:30 u 11:00 (hora del Pacífico)');
    assert.equal(speakTimes(['2026-11-24T09:00:00Z'], 'America/Los_Angeles', 'es'), 'el martes 24 de noviembre a la 1:00 (hora del Pacífico)');
    assert.equal(speakTimes([], 'America/Los_Angeles', 'en'), '');
  });
  it('never an offset: zones Intl names only by offset are said in words', () => {
    for (const tz of ['America/Chicago', 'Europe/Madrid', 'Asia/Kolkata', 'UTC', 'Etc/GMT+5', 'America/Mexico_City']) {
      for (const l of ['en', 'es'] as const) assert.doesNotMatch(zoneName(tz, l), /GMT|[+-]\d/, `${tz} ${l}`);
    }
    assert.equal(zoneName('Etc/GMT+5', 'en'), 'UTC minus 5');
  });
});

describe('built-in responder: times for the day asked for (fake tools)', () => {
  it('passes the day and part of day to the tool and offers only matching times', async () => {
    const tools = fakeTools();
    const out = await respondBuiltIn(input('Do you have anything tomorrow morning?', { timezone: 'America/Los_Angeles' }), tools);
    assert.deepEqual(tools.slotCalls, [{ type: 'consultation', timezone: 'America/Los_Angeles', limit: 3, day: '2026-11-24', partOfDay: 'morning' }]);
    assert.match(out.reply, /I can offer Tuesday, November 24 at 9:00 or 9:30 AM Pacific Time\. Which works for you\?/);
    assert.equal(tools.now(), NOW);
  });

  it('a day with nothing open: the full sentence, then the nearest times (ES)', async () => {
    const tools = fakeTools();
    const out = await respondBuiltIn(input('¿Tienen algo el viernes por la tarde?', { language: 'es', timezone: 'America/Los_Angeles' }), tools);
    assert.equal(tools.slotCalls[0]?.day, '2026-11-27');
    assert.ok(out.reply.includes(SLOT_PHRASES.full.es.replace('{when}', 'el viernes 27 de noviembre por la tarde')), out.reply);
    assert.match(out.reply, /Los horarios libres más cercanos son el miércoles 25 de noviembre a las 10:00 o 10:30 \(hora del Pacífico\)/);
  });

  it('says the calendar is open when the lookup has nothing at all', async () => {
    const out = await respondBuiltIn(input('Any openings next week?', { lead: NO_LEAD }), fakeTools([]));
    assert.match(out.reply, /^Happy to set up.*Sorry, I have nothing open next week\. I've opened the booking calendar/);
  });
});
