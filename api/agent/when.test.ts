import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { detect } from './detect.js';
import { parseWhen, requestedWhen } from './when.js';

// Monday, November 23, 2026, 8:00 in Los Angeles (17:00 in Madrid).
const NOW = new Date('2026-11-23T16:00:00Z');
const LA = 'America/Los_Angeles';
const at = (text: string, tz = LA) => parseWhen(text, NOW, tz);

describe('parseWhen: the day and part of day asked for', () => {
  it('relative days and parts of day, EN', () => {
    assert.deepEqual(at('Do you have anything tomorrow morning?'), { day: '2026-11-24', span: 'day', partOfDay: 'morning' });
    assert.deepEqual(at('Thursday afternoon?'), { day: '2026-11-26', span: 'day', partOfDay: 'afternoon' });
    assert.deepEqual(at('the day after tomorrow'), { day: '2026-11-25', span: 'day' });
    assert.deepEqual(at('anything tonight?'), { day: '2026-11-23', span: 'day', partOfDay: 'evening' });
    assert.deepEqual(at('next Tuesday'), { day: '2026-11-24', span: 'day' });
    assert.deepEqual(at('Monday'), { day: '2026-11-30', span: 'day' }, 'a weekday is its next occurrence after today');
    assert.deepEqual(at('Tuesday next week'), { day: '2026-12-01', span: 'day' });
    assert.deepEqual(at('next week'), { day: '2026-11-30', through: '2026-12-06', span: 'next-week' });
    assert.deepEqual(at('later this week, in the evening'), { day: '2026-11-23', through: '2026-11-29', span: 'this-week', partOfDay: 'evening' });
  });

  it('explicit dates, EN and ES, in the coming year', () => {
    assert.equal(at('Nov 24')?.day, '2026-11-24');
    assert.equal(at('how about December 3rd')?.day, '2026-12-03');
    assert.equal(at('the 24th')?.day, '2026-11-24');
    assert.equal(at('the 2nd')?.day, '2026-12-02', 'a day of the month already past is next month');
    assert.equal(at('el 24 de noviembre')?.day, '2026-11-24');
    assert.equal(at('Nov 20')?.day, '2027-11-20', 'a date already past is next year');
  });

  it('Spanish: "mañana" is tomorrow, "por la mañana" the morning; "pasado mañana", "temprano", "por la tarde/noche"', () => {
    assert.deepEqual(at('mañana'), { day: '2026-11-24', span: 'day' });
    assert.deepEqual(at('por la mañana'), { span: 'any', partOfDay: 'morning' });
    assert.deepEqual(at('mañana por la mañana'), { day: '2026-11-24', span: 'day', partOfDay: 'morning' });
    assert.deepEqual(at('pasado mañana'), { day: '2026-11-25', span: 'day' });
    assert.deepEqual(at('mañana temprano'), { day: '2026-11-24', span: 'day', partOfDay: 'morning' });
    assert.deepEqual(at('el martes por la tarde'), { day: '2026-11-24', span: 'day', partOfDay: 'afternoon' });
    assert.deepEqual(at('el viernes por la noche'), { day: '2026-11-27', span: 'day', partOfDay: 'evening' });
    assert.deepEqual(at('la próxima semana'), { day: '2026-11-30', through: '2026-12-06', span: 'next-week' });
    assert.deepEqual(at('esta tarde'), { day: '2026-11-23', span: 'day', partOfDay: 'afternoon' });
  });

  it('greetings are not parts of the day, and a sentence without a day is null', () => {
    assert.equal(at('Good morning, how much does it cost?'), null);
    assert.equal(at('Buenas tardes, ¿cuánto cuesta?'), null);
    assert.equal(at('Buenos días'), null);
    assert.equal(at('What does the Foundation tier include?'), null);
    assert.equal(at('early next week')?.partOfDay, undefined, '"early next week" is not a morning');
  });

  it("days are the visitor's: late Monday in Los Angeles is already Tuesday in Madrid", () => {
    const lateMonday = new Date('2026-11-24T06:00:00Z'); // Monday 22:00 in LA, Tuesday 07:00 in Madrid
    assert.equal(parseWhen('tomorrow', lateMonday, LA)?.day, '2026-11-24');
    assert.equal(parseWhen('tomorrow', lateMonday, 'Europe/Madrid')?.day, '2026-11-25');
    assert.equal(parseWhen('hoy', lateMonday, 'Europe/Madrid')?.day, '2026-11-24');
  });

  it('a part of day alone keeps the day asked for earlier', () => {
    assert.deepEqual(requestedWhen('what about the afternoon?', ['I want to book a call', 'Thursday?'], NOW, LA), { day: '2026-11-26', span: 'day', partOfDay: 'afternoon' });
    assert.deepEqual(requestedWhen('Friday', ['Thursday afternoon?'], NOW, LA), { day: '2026-11-27', span: 'day' });
  });
});

describe('detect: a day asked for is a slot search, a time picked is a follow-up', () => {
  const booking = { booking: true, roi: false, pricing: false };
  it('after a booking request', () => {
    const day = detect('Thursday afternoon?', booking);
    assert.ok(day.booking && !day.bookingFollowUp);
    const pick = detect('Thursday at 1 pm works', booking);
    assert.ok(pick.booking && pick.bookingFollowUp);
    assert.ok(detect('el jueves a las 13:00', booking).bookingFollowUp);
    assert.ok(!detect('¿y el jueves por la tarde?', booking).bookingFollowUp);
  });
  it('without one, only an availability question with a day counts', () => {
    assert.ok(detect('Do you have anything tomorrow morning?').booking);
    assert.ok(detect('¿Tienen algo mañana temprano?').booking);
    assert.ok(!detect('Good morning! What do you do?').booking);
    assert.ok(!detect('Thursday afternoon').booking);
  });
});
