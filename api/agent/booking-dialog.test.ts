import { describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { claimsBooking, clockTimeOf, isAffirmation, isRefusal, pickOf, placeOf, resolvePick } from './booking-dialog.js';
import type { OpenSlot } from './types.js';

const slot = (start: string): OpenSlot => ({ start, date: start.slice(0, 10), partOfDay: 'morning', label: start });
// 9:00, 9:30 and 14:00 in New York (EST, -05:00).
const OFFERED = [slot('2030-03-05T09:00:00-05:00'), slot('2030-03-05T09:30:00-05:00'), slot('2030-03-05T14:00:00-05:00')];
const NY = 'America/New_York';

describe('a pick among the offered times', () => {
  for (const [message, index] of [
    ['the first one works', 0],
    ['the second one please', 1],
    ['el segundo, por favor', 1],
    ['la primera opción', 0],
    ['the last one', 2],
    ['el último', 2],
    ['option 2', 1],
    ['number three', 2],
  ] as const) {
    it(`"${message}" → offered[${index}]`, () => {
      assert.equal(resolvePick(pickOf(message)!, OFFERED, NY)?.start, OFFERED[index]!.start);
    });
  }
  for (const [message, index] of [
    ['9:30 works', 1],
    ['a las nueve y media', 1],
    ['at 2pm', 2],
    ['a las 14:00', 2],
    ['a las dos de la tarde', 2],
  ] as const) {
    it(`"${message}" → the offered time at that clock (${OFFERED[index]!.start})`, () => {
      assert.equal(resolvePick(pickOf(message)!, OFFERED, NY)?.start, OFFERED[index]!.start);
    });
  }
  it('a clock time not offered matches none; no time or position is no pick', () => {
    assert.equal(resolvePick(pickOf('12:30 works for me')!, OFFERED, NY), null);
    assert.deepEqual(clockTimeOf('12:30 works for me'), [750]);
    assert.equal(pickOf('how much does it cost?'), null);
    assert.equal(pickOf('my email is dana1@example.com'), null);
  });
});

describe('a clear yes to the proposal', () => {
  for (const yes of ['yes', 'Yes, book it', 'go ahead', 'confirm it', 'sure!', 'sí', 'Sí, confírmelo', 'confírmamelo', 'dale', 'perfecto, adelante']) {
    it(`"${yes}" is a yes`, () => assert.equal(isAffirmation(yes), true));
  }
  for (const notYes of ['no', 'yes but make it the afternoon', 'yes, what about 3pm?', 'actually wait', 'sí, pero mejor otro día', 'yes my email is a@b.com', 'ok so what does it include?']) {
    it(`"${notYes}" is not`, () => assert.equal(isAffirmation(notYes), false));
  }
  it('a no is a refusal (EN/ES)', () => {
    assert.equal(isRefusal('no, wait'), true);
    assert.equal(isRefusal('mejor no'), true);
    assert.equal(isRefusal('yes'), false);
  });
});

describe('claim words', () => {
  it('booked/reservada claims are recognised; a read-back or a hold is not a claim', () => {
    assert.equal(claimsBooking("Done: you're booked for a call."), true);
    assert.equal(claimsBooking('Listo: tu cita quedó reservada.'), true);
    assert.equal(claimsBooking('To confirm: a call on Tuesday. Shall I book it?'), false);
    assert.equal(claimsBooking("I'm holding Tuesday for you for 30 minutes."), false);
  });
});

describe('placeOf: where the on-site visit happens', () => {
  it('a street, a city after "we\'re in" / "estamos en", or after the visit itself', () => {
    assert.equal(placeOf('I want the on-site assessment at our office, 412 Main St, Fresno'), '412 Main St, Fresno');
    assert.equal(placeOf("we're in Sacramento"), 'Sacramento');
    assert.equal(placeOf('estamos en San Diego'), 'San Diego');
    assert.equal(placeOf('I want to book the on-site assessment in Fresno'), 'Fresno');
    assert.equal(placeOf('quiero la evaluación en Monterrey'), 'Monterrey');
    assert.equal(placeOf('I want the on-site assessment'), null);
  });

  it('answering our question, a bare place counts; a question, a pick or a yes does not', () => {
    assert.equal(placeOf('Portland', true), 'Portland');
    assert.equal(placeOf("it's Boise, Idaho.", true), 'Boise, Idaho');
    assert.equal(placeOf('Portland'), null);
    for (const m of ['what does it include?', 'the second one', 'yes', 'no']) assert.equal(placeOf(m, true), null, m);
  });
});

// Review finding: the meetings' lengths were typed into the phrases as well as the catalog.
describe('the meetings named in the booking dialogue', () => {
  it('say the catalog\'s lengths (3-hour assessment, 30-minute call) and state no length of their own', async () => {
    const { MEETING } = await import('./booking-phrases.js');
    assert.deepEqual(MEETING, {
      consultation: { en: 'a 30-minute strategy call', es: 'una llamada de estrategia de 30 minutos' },
      assessment: { en: 'the 3-hour on-site AI assessment', es: 'la evaluación presencial de IA de 3 horas' },
    });
    const source = readFileSync(new URL('./booking-phrases.ts', import.meta.url), 'utf8');
    assert.doesNotMatch(source, /\b\d+[- ](?:hour|minute|horas|minutos)\b/);
  });
});
