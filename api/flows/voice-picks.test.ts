import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AgentAction, BookingCreated } from '../../model/contracts.js';
import { pickOf } from '../agent/booking-dialog.js';
import { MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * Picks the issue names beyond "the first one": a day and a time asked for before anything was offered
 * ("could we talk next Thursday at 2pm?") is read back at once when open, or answered with that day's nearest
 * open times when not; a bare "first" answers offered times. "Now" is Monday 2026-11-23 08:00 in Los Angeles.
 */
interface Reply {
  reply: string;
  actions: AgentAction[];
  booking?: BookingCreated;
}

describe('a day and time asked for, and bare positions', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA });
  });
  after(() => h.close());

  const visitor = (language: 'en' | 'es', timezone: string) => {
    const sessionId = randomUUID();
    return async (message: string): Promise<Reply> => {
      const res = await h.json('/api/voice-agent/chat', { sessionId, message, language, timezone });
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as Reply;
    };
  };

  it('EN: "could we talk next Thursday at 2pm?" (the coming Thursday, as when.ts reads it) is read back at 2:00 PM in the visitor\'s zone, and the yes books exactly that', async () => {
    const say = visitor('en', 'America/New_York');
    await say("I'm Lee Chan, lee@chanhvac.com");
    const proposal = await say('could we talk next Thursday at 2pm?');
    assert.equal(proposal.reply, 'To confirm: a 30-minute strategy call on Thursday, November 26 at 2:00 PM Eastern Time (11:00 AM Pacific Time for us), for Lee Chan at lee@chanhvac.com. Shall I book it?');
    const done = await say('yes');
    assert.equal(done.booking?.booking.start, '2026-11-26T14:00:00-05:00');
  });

  it('EN: a day and time with the name missing: the time is kept while the name is asked for', async () => {
    const say = visitor('en', 'America/Los_Angeles');
    const picked = await say('can we do Wednesday at 10am?');
    assert.match(picked.reply, /^Great choice: Wednesday, November 25 at 10:00 AM Pacific Time\. Before I book it, one detail\./);
    await say('Dana Cole');
    const proposal = await say('dana@coleplumbing.com');
    assert.match(proposal.reply, /^To confirm: a 30-minute strategy call on Wednesday, November 25 at 10:00 AM Pacific Time, for Dana Cole at dana@coleplumbing\.com\./);
  });

  it('ES: a time before opening hours gets that day\'s nearest open times; "la primera" then reads the first back', async () => {
    const say = visitor('es', 'America/New_York');
    await say('Soy Ana Ruiz, ana@ruizclinica.com');
    const near = await say('¿me agendas una llamada el jueves a las 11 de la mañana?');
    assert.equal(near.reply, 'A las 11:00 no hay hueco. Te puedo ofrecer el jueves 26 de noviembre a las 12:00, 12:30 o 13:00 (hora oriental). ¿Cuál te funciona?');
    const proposal = await say('la primera');
    assert.match(proposal.reply, /^Para confirmar: una llamada de estrategia de 30 minutos el jueves 26 de noviembre a las 12:00 \(hora oriental\)/);
  });

  it('a time mentioned without asking for a meeting is not a pick', async () => {
    const say = visitor('en', 'America/Los_Angeles');
    await say("I'm Bo Diaz, bo@diazroofing.com");
    const r = await say('our crew starts Monday at 7am');
    assert.doesNotMatch(r.reply, /^To confirm|Great choice/);
  });

  it('a bare position answers offered times: "first", "second!", "la última"', () => {
    assert.deepEqual(pickOf('first'), { kind: 'index', index: 0 });
    assert.deepEqual(pickOf('Second!'), { kind: 'index', index: 1 });
    assert.deepEqual(pickOf('la última'), { kind: 'index', index: -1 });
    assert.equal(pickOf('first, what does it cost?'), null);
  });
});
