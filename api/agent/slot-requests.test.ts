import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * "Do you have anything tomorrow morning?" through the real API (chat route, built-in responder, the real
 * findOpenSlots over the local NCB calendar), on a fixed clock: Monday, November 23, 2026, 8:00 in Los Angeles.
 * Business hours are the CRM defaults (Mon–Fri 9:00–17:00 Los Angeles), so every expected time below follows.
 */
function conversation(h: Harness, language: 'en' | 'es', timezone = 'America/Los_Angeles') {
  const sessionId = randomUUID();
  return async (message: string): Promise<string> => {
    const res = await h.json('/api/voice-agent/chat', { sessionId, message, language, timezone });
    assert.equal(res.status, 200);
    const body = (await res.json()) as { reply: string; actions: { type: string }[] };
    assert.ok(body.actions.some((a) => a.type === 'open-booking'), `no calendar opened: ${body.reply}`);
    assert.ok(body.reply.length <= 1000);
    assert.doesNotMatch(body.reply, /GMT|PST|\bPT\b/);
    return body.reply;
  };
}

describe('voice agent: times for the day asked for (open calendar)', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
  });
  after(() => h.close());

  it('"tomorrow morning" offers only Tuesday-morning times, said by day with the zone named once', async () => {
    const reply = await conversation(h, 'en')('Do you have anything tomorrow morning?');
    assert.match(reply, /I can offer Tuesday, November 24 at 9:00, 9:30 or 10:00 AM Pacific Time\. Which works for you\?/);
    assert.doesNotMatch(reply, /Monday|Wednesday|PM|nothing open/);
  });

  it('"Thursday afternoon?" after asking to book offers Thursday between 12:00 and 17:00 only', async () => {
    const say = conversation(h, 'en');
    await say('I want to book a call');
    const reply = await say('Thursday afternoon?');
    assert.match(reply, /I can offer Thursday, November 26 at 12:00, 12:30 or 1:00 PM Pacific Time\./);
    assert.doesNotMatch(reply, /AM|Tuesday|Wednesday|pick that time/);
  });

  it('ES: "el jueves por la tarde" and "mañana temprano", in 24-hour time with the zone in words', async () => {
    const say = conversation(h, 'es');
    await say('Quiero agendar una llamada');
    assert.match(await say('¿Y el jueves por la tarde?'), /Te puedo ofrecer el jueves 26 de noviembre a las 12:00, 12:30 o 13:00 \(hora del Pacífico\)\./);
    assert.match(await say('¿Tienen algo mañana temprano?'), /el martes 24 de noviembre a las 9:00, 9:30 o 10:00 \(hora del Pacífico\)/);
  });

  it('"next week" offers the first open day of next week', async () => {
    const reply = await conversation(h, 'en')('Can I book a call next week?');
    assert.match(reply, /I can offer Monday, November 30 at 9:00, 9:30 or 10:00 AM Pacific Time\./);
  });

  it('a visitor in Madrid gets Madrid-local days and parts of day', async () => {
    // 8:00 in Los Angeles is 17:00 in Madrid; the business's 9:00–17:00 is 18:00–2:00 there.
    const es = conversation(h, 'es', 'Europe/Madrid');
    assert.match(await es('¿Tienen algo mañana por la noche?'), /Te puedo ofrecer el martes 24 de noviembre a las 18:00, 18:30 o 19:00 \(hora de Europa central\)\./);
    // Tuesday morning in Madrid is Monday afternoon in Los Angeles: the first hours after midnight.
    const en = conversation(h, 'en', 'Europe/Madrid');
    assert.match(await en('Any openings tomorrow morning?'), /I can offer Tuesday, November 24 at 12:00, 12:30 or 1:00 AM Central European Time\./);
  });
});

describe('voice agent: a requested day that is blocked or fully booked', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
    await h.deps.ncb.create('blocked_dates', { date: '2026-11-24', reason: 'Team offsite' });
    // One booking over the whole Thursday afternoon.
    await h.deps.ncb.create('bookings', {
      guest_name: 'Pat Lee',
      guest_email: 'pat@example.com',
      booking_date: '2026-11-26',
      start_time: '12:00',
      end_time: '17:00',
      status: 'confirmed',
      booking_type: 'consultation',
    });
  });
  after(() => h.close());

  it('a blocked day: says it is full, then offers the next open day at the part asked for', async () => {
    const reply = await conversation(h, 'en')('Do you have anything tomorrow morning?');
    assert.match(
      reply,
      /Sorry, I have nothing open on Tuesday, November 24 in the morning\. The nearest open times are Wednesday, November 25 at 9:00, 9:30 or 10:00 AM Pacific Time\./,
    );
  });

  it('a fully booked afternoon: says so, then offers the same day as close to the afternoon as it gets', async () => {
    const say = conversation(h, 'en');
    await say('I want to book a call');
    const reply = await say('Thursday afternoon?');
    assert.match(reply, /Sorry, I have nothing open on Thursday, November 26 in the afternoon\. The nearest open times are Thursday, November 26 at 10:30, 11:00 or 11:30 AM Pacific Time\./);
  });

  it('ES: "mañana por la mañana" on the blocked day', async () => {
    const reply = await conversation(h, 'es')('¿Tienen algo mañana por la mañana?');
    assert.match(
      reply,
      /Lo siento, no me quedan horarios libres el martes 24 de noviembre por la mañana\. Los horarios libres más cercanos son el miércoles 25 de noviembre a las 9:00, 9:30 o 10:00 \(hora del Pacífico\)\./,
    );
  });

  it('Madrid: the Madrid afternoon of Tuesday is outside business hours, so the nearest Madrid times that day come instead', async () => {
    const reply = await conversation(h, 'es', 'Europe/Madrid')('Quiero agendar una llamada mañana por la tarde');
    // Tuesday 18:00 in Madrid is Tuesday 9:00 in Los Angeles, the blocked day; what is left of the Madrid Tuesday
    // is its first hours (Monday afternoon in Los Angeles), the closest of them to the afternoon first.
    assert.match(reply, /Lo siento, no me quedan horarios libres el martes 24 de noviembre por la tarde\./);
    assert.match(reply, /Los horarios libres más cercanos son el martes 24 de noviembre a las 0:30, 1:00 o 1:30 \(hora de Europa central\)\./);
  });
});

describe('voice agent: weekends and numeric dates (default hours: closed at weekends)', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
  });
  after(() => h.close());

  it('"this weekend": we do not meet on weekends, and the nearest weekday times come instead', async () => {
    const reply = await conversation(h, 'en')('Do you have anything this weekend?');
    assert.match(reply, /Sorry, we don't meet on weekends\. The nearest open times are Monday, November 30 at 9:00, 9:30 or 10:00 AM Pacific Time\. Which works for you\?/);
    assert.doesNotMatch(reply, /nothing open|Saturday|Sunday/);
  });

  it('"Saturday morning?" after asking to book, and "next weekend": the same kind answer, after the weekend asked for', async () => {
    const say = conversation(h, 'en');
    await say('I want to book a call');
    assert.match(await say('Saturday morning?'), /Sorry, we don't meet on weekends\. The nearest open times are Monday, November 30 at 9:00, 9:30 or 10:00 AM/);
    assert.match(await say('What about next weekend?'), /Sorry, we don't meet on weekends\. The nearest open times are Monday, December 7 at 9:00, 9:30 or 10:00 AM/);
  });

  it('ES: "este fin de semana" and "el finde"', async () => {
    const say = conversation(h, 'es');
    assert.match(
      await say('¿Tienen algo este fin de semana?'),
      /Lo siento, los fines de semana no tenemos reuniones\. Los horarios libres más cercanos son el lunes 30 de noviembre a las 9:00, 9:30 o 10:00 \(hora del Pacífico\)\. ¿Cuál te queda mejor\?/,
    );
    assert.match(await say('¿Y el próximo finde?'), /los fines de semana no tenemos reuniones\. Los horarios libres más cercanos son el lunes 7 de diciembre/);
  });

  it('EN "11/25" is month/day: Wednesday, November 25', async () => {
    const reply = await conversation(h, 'en')('Can I book a call on 11/25?');
    assert.match(reply, /I can offer Wednesday, November 25 at 9:00, 9:30 or 10:00 AM Pacific Time\. Which works for you\?/);
  });

  it('ES "26/11 por la tarde" is day/month, "1/12" is December 1 and "el 25" this month', async () => {
    const say = conversation(h, 'es');
    await say('Quiero agendar una llamada');
    assert.match(await say('¿Y el 26/11 por la tarde?'), /Te puedo ofrecer el jueves 26 de noviembre a las 12:00, 12:30 o 13:00 \(hora del Pacífico\)\./);
    assert.match(await say('¿Tienen algo el 1/12?'), /Te puedo ofrecer el martes 1 de diciembre a las 9:00, 9:30 o 10:00 \(hora del Pacífico\)\./);
    assert.match(await say('¿y el 25?'), /Te puedo ofrecer el miércoles 25 de noviembre a las 9:00, 9:30 o 10:00/);
  });

  it('EN "12/1" is December 1, as ES "1/12" is', async () => {
    const say = conversation(h, 'en');
    await say('I want to book a call');
    assert.match(await say('Do you have anything on 12/1?'), /I can offer Tuesday, December 1 at 9:00, 9:30 or 10:00 AM Pacific Time\./);
  });

  it('figures after asking to book are an estimate, not a day: "12 people at $30/hour, 1/2 hour a day"', async () => {
    const sessionId = randomUUID();
    const send = async (message: string) => {
      const res = await h.json('/api/voice-agent/chat', { sessionId, message, language: 'en', timezone: 'America/Los_Angeles' });
      return (await res.json()) as { reply: string; actions: { type: string }[] };
    };
    await send('I want to book a call');
    const r = await send('What would I save? We have 12 people at $30/hour and lose 1/2 hour a day each on invoices.');
    assert.ok(r.actions.some((a) => a.type === 'open-roi-calculator'), r.reply);
    assert.doesNotMatch(r.reply, /I can offer|nothing open|weekends|January|February/);
  });
});

describe('voice agent: a business that opens on Saturday mornings, this Saturday fully booked', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
    await h.deps.ncb.create('availability_settings', { weekday: 6, start_minutes: 600, end_minutes: 720, is_available: 1 });
    await h.deps.ncb.create('bookings', {
      guest_name: 'Pat Lee',
      guest_email: 'pat@example.com',
      booking_date: '2026-11-28',
      start_time: '10:00',
      end_time: '12:00',
      status: 'confirmed',
      booking_type: 'consultation',
    });
  });
  after(() => h.close());

  it('"next weekend" offers that Saturday', async () => {
    const reply = await conversation(h, 'en')('Do you have anything next weekend?');
    assert.match(reply, /I can offer Saturday, December 5 at 10:00, 10:30 or 11:00 AM Pacific Time\./);
  });

  it('a fully booked weekend is "nothing open this weekend", not "we don\'t meet on weekends"', async () => {
    const reply = await conversation(h, 'es')('¿Tienen algo este fin de semana?');
    assert.match(reply, /Lo siento, no me quedan horarios libres este fin de semana\. Los horarios libres más cercanos son el lunes 30 de noviembre a las 9:00, 9:30 o 10:00/);
    assert.doesNotMatch(reply, /no tenemos reuniones/);
  });
});
