import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import type { Locale } from '../../model/contracts.js';
import { extractLead } from '../lead/extract.js';
import { detect, extractRoiNumbers } from './detect.js';
import { normalize } from './normalize.js';
import { SLOT_PHRASES, describeWhen, unmetRequest } from './slot-phrases.js';
import { mentionsWhen, onlyWeekendDays, parseWhen, requestedWhen } from './when.js';

// Monday, November 23, 2026, 8:00 in Los Angeles (17:00 in Madrid).
const NOW = new Date('2026-11-23T16:00:00Z');
const LA = 'America/Los_Angeles';
const at = (text: string, tz = LA) => parseWhen(text, NOW, tz);
const en = (text: string) => parseWhen(text, NOW, LA, 'en');
const es = (text: string) => parseWhen(text, NOW, LA, 'es');

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

describe('parseWhen: weekends', () => {
  const thisWeekend = { day: '2026-11-28', through: '2026-11-29', span: 'this-weekend' };
  const nextWeekend = { day: '2026-12-05', through: '2026-12-06', span: 'next-weekend' };

  it('EN: this/the/on the weekend, "Saturday or Sunday" are the coming Saturday–Sunday; "next weekend" the one after', () => {
    for (const text of ['Anything this weekend?', 'the weekend', 'Can we do it on the weekend?', 'Saturday or Sunday?', 'sunday or saturday', 'do you meet on weekends?']) {
      assert.deepEqual(en(text), thisWeekend, text);
    }
    assert.deepEqual(en('next weekend'), nextWeekend);
    assert.deepEqual(en('Saturday or Sunday next week'), nextWeekend);
    assert.deepEqual(en('this weekend in the morning'), { ...thisWeekend, partOfDay: 'morning' });
  });

  it('ES: este/el fin de semana, el finde; el próximo fin de semana and "que viene" are the one after', () => {
    for (const text of ['¿Tienen algo este fin de semana?', 'el fin de semana', 'el finde', '¿sábado o domingo?', 'los fines de semana']) {
      assert.deepEqual(es(text), thisWeekend, text);
    }
    assert.deepEqual(es('el próximo fin de semana'), nextWeekend);
    assert.deepEqual(es('el fin de semana que viene'), nextWeekend, 'not "la semana que viene" (next week)');
    assert.deepEqual(es('el finde por la tarde'), { ...thisWeekend, partOfDay: 'afternoon' });
  });

  it('a named day wins over the weekend it falls in; "Saturday next weekend" is that Saturday', () => {
    assert.deepEqual(en('Saturday this weekend'), { day: '2026-11-28', span: 'day' });
    assert.deepEqual(en('Saturday next weekend'), { day: '2026-12-05', span: 'day' });
    assert.deepEqual(es('el domingo del próximo fin de semana'), { day: '2026-12-06', span: 'day' });
  });

  it('on a Saturday "this weekend" starts today, on a Sunday it is today alone; "next weekend" is always 6–7 days on', () => {
    const saturday = new Date('2026-11-28T18:00:00Z');
    const sunday = new Date('2026-11-29T18:00:00Z');
    assert.deepEqual(parseWhen('this weekend', saturday, LA), { day: '2026-11-28', through: '2026-11-29', span: 'this-weekend' });
    assert.deepEqual(parseWhen('this weekend', sunday, LA), { day: '2026-11-29', through: '2026-11-29', span: 'this-weekend' });
    assert.deepEqual(parseWhen('next weekend', saturday, LA), nextWeekend);
    assert.deepEqual(parseWhen('next weekend', sunday, LA), nextWeekend);
  });

  it('"this week" and "next week" are still weeks', () => {
    assert.equal(en('this week')?.span, 'this-week');
    assert.equal(en('next week')?.span, 'next-week');
    assert.equal(es('la semana que viene')?.span, 'next-week');
  });

  it('onlyWeekendDays: weekend spans and a Saturday or Sunday, not a week or a weekday', () => {
    assert.ok(onlyWeekendDays(en('this weekend')!));
    assert.ok(onlyWeekendDays(en('Saturday morning')!));
    assert.ok(onlyWeekendDays(en('11/29')!), 'November 29, 2026 is a Sunday');
    assert.ok(!onlyWeekendDays(en('next week')!));
    assert.ok(!onlyWeekendDays(en('Friday')!));
    assert.ok(!onlyWeekendDays(en('in the afternoon')!), 'no day asked for');
  });

  it('said back: "this weekend", "el próximo fin de semana"; closed weekends are said as such', () => {
    assert.equal(describeWhen(en('this weekend')!, 'en'), 'this weekend');
    assert.equal(describeWhen(es('el próximo fin de semana por la mañana')!, 'es'), 'el próximo fin de semana por la mañana');
    assert.equal(unmetRequest(en('this weekend')!, 'en', false), 'Sorry, I have nothing open this weekend.');
    assert.equal(unmetRequest(es('este fin de semana')!, 'es', true), SLOT_PHRASES.weekendsClosed.es);
    assert.equal(unmetRequest(en('Saturday')!, 'en', true), "Sorry, we don't meet on weekends.");
  });
});

describe('parseWhen: numeric dates', () => {
  it('EN reads month/day, ES day/month, with or without a year', () => {
    assert.deepEqual(en('Can we meet 11/28?'), { day: '2026-11-28', span: 'day' });
    assert.equal(en('11/28/2026')?.day, '2026-11-28');
    assert.equal(en('12/1/26 in the afternoon')?.day, '2026-12-01');
    assert.equal(es('¿el 28/11?')?.day, '2026-11-28');
    assert.equal(es('28/11/2026')?.day, '2026-11-28');
    assert.deepEqual(es('el 1/12 por la tarde'), { day: '2026-12-01', span: 'day', partOfDay: 'afternoon' });
    assert.equal(en('1/12')?.day, '2027-01-12', 'the same digits are January 12 in English');
    assert.equal(es('1/12')?.day, '2026-12-01');
  });

  it('a date already past this year is next year; one with a past year, or impossible, is not a date', () => {
    assert.equal(en('11/20')?.day, '2027-11-20');
    assert.equal(es('20/11')?.day, '2027-11-20');
    assert.equal(en('11/20/2026'), null);
    for (const text of ['13/45', '2/31', '31/02', '0/12', '12/0']) {
      assert.equal(en(text), null, text);
      assert.equal(es(text), null, text);
    }
    assert.equal(en('28/11'), null, 'no 28th month');
    assert.equal(es('11/28'), null, 'no 28th month');
  });

  it('ES "el 28", "el día 28": a day of the month, this month if still ahead', () => {
    assert.deepEqual(es('el 28'), { day: '2026-11-28', span: 'day' });
    assert.equal(es('¿Tienen algo el día 28?')?.day, '2026-11-28');
    assert.equal(es('el 2 por la mañana')?.day, '2026-12-02');
    assert.equal(en('on the 28th')?.day, '2026-11-28');
  });

  it('times, phone numbers, money, fractions, ratios, percentages and ROI figures are not dates', () => {
    const notDates = [
      'at 3:30',
      '10/10 pm works',
      '9/10 am',
      'call me at 415/555/1234',
      'my number is 555-123-4567',
      '$2/hour',
      'we pay $30/hr',
      'a 1/2 hour call',
      'we lose 1/2 day a week',
      '3/4 of the team',
      '50/50%',
      '2/3 de mi equipo',
      'we offer 24/7 support',
      'atención 24/7',
      '24/7/365',
      'rated 5/5 stars',
      '12 people at $30/hour, 15 hours a week',
      'an ROI of 250% and 12 weeks of payback',
      'el 30% de ahorro',
      'el 15 por ciento',
      'el 20 mil al año',
      'el 12:30',
      'el 28 de cada mes',
      'pagamos el 25 dólares la hora',
      'version 1.2/3.4',
    ];
    for (const text of notDates) {
      assert.equal(en(text), null, `en: ${text}`);
      assert.equal(es(text), null, `es: ${text}`);
      assert.equal(mentionsWhen(normalize(text)), false, `mentionsWhen: ${text}`);
    }
  });

  it('a date and a time together: the date, and the time picks it', () => {
    assert.equal(en('11/28 at 3:30')?.day, '2026-11-28');
    assert.ok(detect('11/28 at 3:30 works', { booking: true, roi: false, pricing: false }).bookingFollowUp);
  });
});

describe('mentionsWhen agrees with parseWhen', () => {
  const texts = ['this weekend', 'el finde', 'Saturday or Sunday', 'next weekend', '11/28', '28/11', '11/28/2026', 'el 28', 'el día 28', 'tomorrow', 'what do you charge?', '$2/hour', '1/2 hour', '13/45'];
  it('with a locale, exactly when parseWhen finds a day; without one, a numeric date in either order', () => {
    for (const text of texts) {
      for (const locale of ['en', 'es'] as Locale[]) {
        assert.equal(mentionsWhen(normalize(text), locale), parseWhen(text, NOW, LA, locale) !== null, `${locale}: ${text}`);
      }
      const either = parseWhen(text, NOW, LA, 'en') !== null || parseWhen(text, NOW, LA, 'es') !== null;
      assert.equal(mentionsWhen(normalize(text)), either, text);
    }
  });

  it('a weekend or numeric date asked about is a slot search; figures in an ROI turn are not', () => {
    assert.ok(detect('Do you have anything this weekend?').booking);
    assert.ok(detect('¿Tienen algo el finde?').booking);
    assert.ok(detect('¿Tienen algo el 28/11?').booking);
    assert.ok(detect('Are you free on 11/28?').booking);
    const prior = { booking: true, roi: false, pricing: false };
    assert.ok(!detect('we have 12 people at $30/hour and 1/2 hour a day goes to invoices', prior).booking);
    assert.ok(!detect('tenemos 12 empleados a 25 dólares la hora', prior).booking);
  });

  it('requestedWhen threads the locale to earlier turns: "the afternoon?" after "1/12"', () => {
    assert.equal(requestedWhen('y por la tarde?', ['¿tienen algo el 1/12?'], NOW, LA, 'es')?.day, '2026-12-01');
    assert.equal(requestedWhen('and in the afternoon?', ['anything on 1/12?'], NOW, LA, 'en')?.day, '2027-01-12');
  });
});

describe('dates in turns do not leak into lead or ROI figures', () => {
  const lead = (content: string, language: Locale) => extractLead([{ role: 'user', content }], { language, defaultCountry: 'US' });

  it('a date is neither a phone number nor part of one', () => {
    assert.equal(lead("Can we talk on 11/28/2026 at 10 am? I'm Dana Whitfield", 'en').phone, null);
    assert.equal(lead("Can we talk on 11/28/2026 at 10 am? I'm Dana Whitfield, 512-555-0134", 'en').phone, '+15125550134');
    assert.equal(lead('Soy Ana López, ¿tienen algo el 28/11/2026?', 'es').phone, null);
    assert.equal(lead('Soy Ana López, ¿el 28/11? Mi teléfono es 612 345 678', 'es').phone, '+34612345678');
  });

  it('ROI numbers are read the same with a date in the turn', () => {
    assert.deepEqual(extractRoiNumbers('We have 12 people at $30/hour, can we meet 11/28?'), { employees: 12, hourlyLaborCost: 30 });
    assert.deepEqual(extractRoiNumbers('Can we meet 11/28? We are a team of 12'), { employees: 12 });
    assert.deepEqual(extractRoiNumbers('12 empleados a 25 dólares la hora, ¿el 28/11?'), { employees: 12, hourlyLaborCost: 25 });
  });
});
