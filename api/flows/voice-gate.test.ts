import { after, afterEach, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import { setupServer } from 'msw/node';
import { HttpResponse, http } from 'msw';
import type { AgentAction, BookingCreated } from '../../model/contracts.js';
import { MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';

/**
 * A booking made in the conversation passes the form's gate at its confirming message: the same per-IP rate
 * limit (one budget shared with the form) and, when TURNSTILE_SECRET is set, a Turnstile token — the widget
 * sends it with the message that says yes (siteverify is msw here). Refused: nothing is booked, the reply says
 * so, and the calendar opens on the slot.
 */
interface Reply {
  reply: string;
  actions: AgentAction[];
  booking?: BookingCreated;
}
const IP = { 'x-forwarded-for': '203.0.113.9' };

function visitor(h: Harness, extra: () => Record<string, unknown> = () => ({})) {
  const sessionId = randomUUID();
  return async (message: string, more: Record<string, unknown> = {}): Promise<Reply> => {
    const res = await h.json('/api/voice-agent/chat', { sessionId, message, language: 'en', timezone: 'America/Los_Angeles', ...extra(), ...more }, IP);
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as Reply;
  };
}
const rowsFor = async (h: Harness, email: string) => (await h.rows('bookings')).filter((b) => b.guest_email === email);

describe('chat bookings: the rate limit the form has, one budget with it', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness({ now: () => MONDAY_0800_LA, env: { RATE_LIMIT_PER_MINUTE: '1', TRUST_PROXY_HOPS: '1' } });
  });
  after(() => h.close());

  it('a second booking from one IP within the minute is refused in words, with the calendar on the slot; nothing booked', async () => {
    const one = visitor(h);
    await one("I'm Ann Lee, ann@leedental.com");
    await one('book a call');
    await one('the first one');
    const first = await one('yes');
    assert.ok(first.booking, first.reply);
    const two = visitor(h);
    await two("I'm Bo Diaz, bo@diazroofing.com");
    await two('book a call');
    const proposal = await two('the second one');
    assert.match(proposal.reply, /^To confirm: /);
    const refused = await two('yes');
    assert.equal(refused.booking, undefined);
    assert.equal(refused.reply, "There have been too many bookings from here in the last minute, so nothing went through. I've opened the calendar so you can book it there in a moment.");
    assert.deepEqual(refused.actions.map((a) => a.type), ['open-booking']);
    assert.ok(refused.actions[0]!.start);
    // And the form, from the same IP, finds the budget spent by the chat.
    const form = await h.json('/api/booking/create', { submissionId: randomUUID(), type: 'consultation', start: refused.actions[0]!.start, timezone: 'America/Los_Angeles', name: 'Bo Diaz', email: 'bo@diazroofing.com', fillMs: 5000 }, IP);
    assert.equal(form.status, 429);
    await h.jobs.drain();
    assert.equal((await rowsFor(h, 'bo@diazroofing.com')).length, 0);
  });
});

describe('chat bookings with Turnstile configured', () => {
  const SECRET = '0x4AAAAAAAlocal-test-secret';
  const GOOD = 'XXXX.DUMMY.TOKEN.XXXX';
  const verified: string[] = [];
  const server = setupServer(
    http.post('https://challenges.cloudflare.com/turnstile/v0/siteverify', async ({ request }) => {
      const form = await request.formData();
      const token = String(form.get('response'));
      verified.push(token);
      return HttpResponse.json({ success: form.get('secret') === SECRET && token === GOOD, 'error-codes': [] });
    }),
  );
  let h: Harness;
  before(async () => {
    server.listen({ onUnhandledRequest: 'bypass' });
    h = await startHarness({ now: () => MONDAY_0800_LA, env: { TURNSTILE_SECRET: SECRET, TRUST_PROXY_HOPS: '1' } });
  });
  afterEach(() => (verified.length = 0));
  after(async () => {
    await h.close();
    server.close();
  });

  it('a yes without a token books nothing and keeps the proposal; a forged token neither; the yes with a good token books', async () => {
    const say = visitor(h);
    await say("I'm Kim Tran, kim@trandispatch.com");
    await say('book a call');
    assert.match((await say('the first one')).reply, /^To confirm: /);
    const noToken = await say('yes');
    assert.equal(noToken.booking, undefined);
    assert.match(noToken.reply, /^Before I book it, a quick check that you're not a robot/);
    assert.deepEqual(noToken.actions.map((a) => a.type), ['open-booking']);
    assert.deepEqual(verified, [], 'no token: siteverify not even asked');
    const forged = await say('yes', { turnstileToken: 'forged' });
    assert.equal(forged.booking, undefined);
    assert.deepEqual(verified, ['forged']);
    const ok = await say('yes', { turnstileToken: GOOD });
    assert.ok(ok.booking, ok.reply);
    assert.match(ok.reply, /^Done: you're booked/);
    await h.jobs.drain();
    assert.equal((await rowsFor(h, 'kim@trandispatch.com')).length, 1);
  });

  it('turns that book nothing need no token', async () => {
    const r = await visitor(h)('how much does it cost?');
    assert.match(r.reply, /\$2,500 setup/);
    assert.deepEqual(verified, []);
  });
});
