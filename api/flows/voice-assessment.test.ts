import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { randomUUID } from 'node:crypto';
import type { AgentAction, AvailabilityResponse, BookingCreated } from '../../model/contracts.js';
import { signStripePayload, stripePayments } from '../payments/stripe.js';
import { MONDAY_0800_LA } from '../testing/fixtures.js';
import { startHarness, type Harness } from '../testing/harness.js';
import { createStripeMock, type StripeMock } from '../testing/stripe-mock.js';

/**
 * The paid assessment in the chat: after a picked time the agent asks where the visit happens (one question, a
 * city is enough, or a place said earlier), reads one summary back, and on the yes holds the slot through the
 * same checkout flow as the form and hands over the checkout (the widget opens it at the top level). Nothing is
 * "paid", "booked" or "confirmed" until Stripe's signed event says so. Stripe is the msw stand-in (stripe-mock).
 */
const SECRET = 'whsec_test_stripe';
const PAGE = { url: 'http://localhost:8787/pricing', title: 'Pricing' };
const CLAIMS = /\b(paid|booked|confirmed|reserved|pagad[oa]|reservad[oa]|confirmad[oa])\b/i;

interface Reply {
  reply: string;
  actions: AgentAction[];
  booking?: BookingCreated;
}

describe('the paid assessment in the chat (Stripe stand-in)', () => {
  let h: Harness;
  let stripe: StripeMock;
  before(async () => {
    stripe = createStripeMock({ secretKey: 'sk_test_x', prices: { price_123: { unitAmount: 25000, currency: 'usd' } }, now: () => MONDAY_0800_LA });
    stripe.listen();
    h = await startHarness({ now: () => MONDAY_0800_LA, payments: () => stripePayments({ secretKey: 'sk_test_x', webhookSecret: SECRET, priceId: 'price_123' }) });
  });
  after(async () => {
    await h.close();
    stripe.close();
  });

  function visitor(language: 'en' | 'es') {
    const sessionId = randomUUID();
    return async (message: string): Promise<Reply> => {
      const res = await h.json('/api/voice-agent/chat', { sessionId, message, language, timezone: 'America/Los_Angeles', page: PAGE });
      assert.equal(res.status, 200, await res.clone().text());
      return (await res.json()) as Reply;
    };
  }
  async function available(start: string): Promise<boolean | undefined> {
    const day = start.slice(0, 10);
    const body = (await (await h.app.request(`/api/booking/availability?from=${day}&to=${day}&type=assessment&timezone=America/Los_Angeles`)).json()) as AvailabilityResponse;
    return body.days.flatMap((d) => d.slots).find((s) => Date.parse(s.start) === Date.parse(start))?.available;
  }

  it('EN: one question for the place, one read-back with the fee, the yes holds the slot and hands over the Stripe checkout; booked only on the signed event', async () => {
    const say = visitor('en');
    await say("I'm Ray Chen, ray@chenmail.com");
    await say('I want to book the on-site assessment');
    const picked = await say('the first one');
    assert.match(picked.reply, /^Great choice: .+ Pacific Time\. Where should we meet you for the visit\? A city is enough\.$/);
    const proposal = await say("we're in Sacramento");
    assert.match(proposal.reply, /^To confirm: the 3-hour on-site AI assessment on .+ Pacific Time, in Sacramento, for Ray Chen at ray@chenmail\.com\. The \$250 fee is due at the checkout\. Shall I hold it and open the checkout\?$/);
    const yes = await say('yes');
    assert.match(yes.reply, /^I'm holding .+ for you for \d+ minutes and opening the secure checkout\. The assessment is yours once the payment goes through\.$/);
    assert.doesNotMatch(yes.reply, CLAIMS);
    assert.equal(yes.booking, undefined);
    assert.equal(yes.actions.length, 1);
    assert.equal(yes.actions[0]!.type, 'open-checkout');
    const id = yes.actions[0]!.url!.match(/^https:\/\/checkout\.stripe\.com\/c\/pay\/(cs_test_[\w-]+)$/)?.[1];
    assert.ok(id, yes.actions[0]!.url);
    // The same checkout flow as the form: Stripe was asked for the visitor's email and the held start.
    const created = stripe.requests.filter((r) => r.method === 'POST').at(-1)!.params as { customer_email: string; metadata: Record<string, string> };
    assert.equal(created.customer_email, 'ray@chenmail.com');
    assert.equal(created.metadata.booking_type, 'assessment');
    const start = created.metadata.start!;
    assert.equal(await available(start), false, 'the slot is held while the visitor pays');
    await h.jobs.drain();
    assert.equal((await h.rows('bookings')).filter((b) => b.guest_email === 'ray@chenmail.com').length, 0, 'no booking before Stripe confirms');
    // Stripe's signed event: only now is there a booking, with the place the chat collected.
    const raw = stripe.event('checkout.session.completed', stripe.pay(id));
    const res = await h.app.request('/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': await signStripePayload(raw, SECRET) }, body: raw });
    assert.equal(res.status, 200);
    await h.jobs.drain();
    const rows = (await h.rows('bookings')).filter((b) => b.guest_email === 'ray@chenmail.com');
    assert.equal(rows.length, 1);
    assert.equal(rows[0]!.payment_status, 'paid');
    assert.match(String(rows[0]!.notes), /On-site address: Sacramento\./);
  });

  it('one assessment per conversation: after a hold, another pick holds nothing more and hands the same checkout back', async () => {
    const say = visitor('en');
    await say("I'm Gus Hale, gus@halehvac.com");
    await say('I want to book the on-site assessment in Fresno');
    await say('the first one');
    const held = await say('yes');
    const url = held.actions[0]!.url!;
    assert.equal(held.actions[0]!.type, 'open-checkout');
    const posts = stripe.requests.filter((r) => r.method === 'POST').length;
    await say('I want another on-site assessment');
    const again = await say('the second one');
    assert.match(again.reply, /^You already have the assessment on .+ held while you pay; I've opened that checkout again\. Nothing else is held\.$/);
    assert.deepEqual(again.actions, [{ type: 'open-checkout', url }]);
    assert.equal(stripe.requests.filter((r) => r.method === 'POST').length, posts, 'no second checkout session');
  });

  it('ES: a street address said before the pick is used without asking; the yes hands over the checkout', async () => {
    const say = visitor('es');
    await say('Soy Carmen Díaz, carmen@diazfisio.com');
    await say('quiero reservar la evaluación presencial, la oficina está en 412 Main St, Fresno');
    const proposal = await say('la primera');
    assert.match(proposal.reply, /^Para confirmar: la evaluación presencial de IA de 3 horas .+, en 412 Main St, Fresno, a nombre de Carmen Díaz, con el correo carmen@diazfisio\.com\. La tarifa de 250 dólares se cobra en el pago seguro\. ¿Te lo aparto y abro el pago\?$/);
    const yes = await say('sí, adelante');
    assert.match(yes.reply, /^Te aparto .+ durante \d+ minutos y abro el pago seguro\./);
    assert.doesNotMatch(yes.reply, CLAIMS);
    assert.deepEqual(yes.actions.map((a) => a.type), ['open-checkout']);
  });

  it('a question instead of the place is answered, and the place is asked again with the next pick, nothing held', async () => {
    const say = visitor('en');
    await say("I'm Bo Diaz, bo@diazroofing.com");
    await say('I want the on-site assessment');
    await say('the second one');
    const q = await say('what does the assessment include?');
    assert.doesNotMatch(q.reply, /^To confirm/);
    assert.doesNotMatch(q.reply, CLAIMS);
    const again = await say('the second one');
    assert.match(again.reply, /^Great choice: .+ Where should we meet you for the visit\?/);
    const proposal = await say('Fresno');
    assert.match(proposal.reply, /^To confirm: .+, in Fresno, for Bo Diaz/);
  });

  // Review finding: once the place was asked, any later text (a change of mind, a "let me think") became the address.
  for (const [language, lines] of [
    ['en', { me: "I'm Ana Ruiz, ana@ruizplumbing.com", want: 'I want the on-site assessment', pick: 'the first one', ask: /Where should we meet you/, other: ['I would rather do the free call instead', 'Let me think about it'] }],
    ['es', { me: 'Soy Ana Ruiz, ana@ruizplumbing.com', want: 'quiero la evaluación presencial', pick: 'la primera', ask: /¿Dónde hacemos la visita\?/, other: ['Mejor hago la llamada gratis', 'Déjame pensarlo'] }],
  ] as const) {
    for (const other of lines.other) {
      it(`${language.toUpperCase()}: "${other}" after the place was asked is not the address, and a later yes holds nothing`, async () => {
        const say = visitor(language);
        await say(lines.me);
        await say(lines.want);
        assert.match((await say(lines.pick)).reply, lines.ask);
        const posts = stripe.requests.filter((r) => r.method === 'POST').length;
        const answer = await say(other);
        assert.doesNotMatch(answer.reply, /^(To confirm|Para confirmar)/);
        assert.doesNotMatch(answer.reply, new RegExp(other.slice(0, 12)));
        const yes = await say(language === 'es' ? 'sí' : 'yes');
        assert.doesNotMatch(yes.reply, /^(To confirm|Para confirmar|I'm holding|Te aparto)/);
        assert.equal(yes.actions.some((a) => a.type === 'open-checkout'), false);
        assert.equal(stripe.requests.filter((r) => r.method === 'POST').length, posts, 'no checkout session');
      });
    }
  }

  it('a bare answer only counts right after the question: a place-like message two turns later is not the address', async () => {
    const say = visitor('en');
    await say("I'm Lu Park, lu@parkdental.com");
    await say('I want the on-site assessment');
    await say('the first one');
    await say('how long does it take?');
    const later = await say('Oakland');
    assert.doesNotMatch(later.reply, /^To confirm/);
    assert.doesNotMatch(later.reply, /Oakland/);
  });

  // Review finding: usted was applied to the finished reply, so "Ana Ti, tu.negocio@ves.com, Calle Te 5" came
  // back as "Ana Usted, su.negocio@ve.com, Calle Le 5".
  it('ES usted: our words turn formal, the visitor\'s name, email and address are read back exactly as given', async () => {
    const say = visitor('es');
    const hello = await say('Buenas tardes, soy Ana Ti, mi correo es tu.negocio@ves.com. ¿Me podría reservar la evaluación presencial?');
    assert.match(hello.reply, /tu\.negocio@ves\.com/);
    assert.doesNotMatch(hello.reply, /su\.negocio|ve\.com/);
    const picked = await say('la primera');
    assert.match(picked.reply, /^Buena elección: .+\. ¿Dónde hacemos la visita\? Basta con la ciudad\.$/);
    const proposal = await say('Calle Te 5');
    assert.match(proposal.reply, /^Para confirmar: la evaluación presencial de IA de 3 horas .+, en Calle Te 5, a nombre de Ana Ti, con el correo tu\.negocio@ves\.com\. La tarifa de 250 dólares se cobra en el pago seguro\. ¿Se lo aparto y abro el pago\?$/);
  });
});

// Review finding: state.held was never cleared, so after the hold lapsed (or was paid) the chat kept saying
// "held while you pay" and could never hold again.
describe('the held assessment in the chat after its hold lapses or is paid (Stripe stand-in, moving clock)', () => {
  let h: Harness;
  let stripe: StripeMock;
  let at = MONDAY_0800_LA.getTime();
  const now = () => new Date(at);
  before(async () => {
    stripe = createStripeMock({ secretKey: 'sk_test_x', prices: { price_123: { unitAmount: 25000, currency: 'usd' } }, now });
    stripe.listen();
    h = await startHarness({ now, payments: () => stripePayments({ secretKey: 'sk_test_x', webhookSecret: SECRET, priceId: 'price_123' }) });
  });
  after(async () => {
    await h.close();
    stripe.close();
  });
  const say = (sessionId: string) => async (message: string): Promise<Reply> => {
    const res = await h.json('/api/voice-agent/chat', { sessionId, message, language: 'en', timezone: 'America/Los_Angeles', page: PAGE });
    assert.equal(res.status, 200, await res.clone().text());
    return (await res.json()) as Reply;
  };

  it('past the hold minutes the old hold is not offered again: a new pick reads back and holds again', async () => {
    const chat = say(randomUUID());
    await chat("I'm Tia Moss, tia@mossdental.com");
    await chat('I want to book the on-site assessment in Fresno');
    await chat('the first one');
    const held = await chat('yes');
    assert.equal(held.actions[0]!.type, 'open-checkout');
    const before = stripe.requests.filter((r) => r.method === 'POST').length;
    at += 31 * 60_000; // CHECKOUT_HOLD_MINUTES is 30 by default
    await chat('I want the on-site assessment');
    const again = await chat('the second one');
    assert.doesNotMatch(again.reply, /held while you pay/);
    assert.match(again.reply, /^To confirm: the 3-hour on-site AI assessment on .+, in Fresno, for Tia Moss/);
    const yes = await chat('yes');
    assert.match(yes.reply, /^I'm holding .+ for you for 30 minutes/);
    assert.equal(yes.actions[0]!.type, 'open-checkout');
    assert.notEqual(yes.actions[0]!.url, held.actions[0]!.url);
    assert.ok(stripe.requests.filter((r) => r.method === 'POST').length > before, 'a new checkout session');
  });

  it('once Stripe says paid, the chat says it is booked rather than held while you pay', async () => {
    const chat = say(randomUUID());
    await chat("I'm Eli Ford, eli@fordfloors.com");
    await chat('I want to book the on-site assessment in Fresno');
    await chat('the first one');
    const held = await chat('yes');
    const id = held.actions[0]!.url!.match(/(cs_test_[\w-]+)$/)![1]!;
    const raw = stripe.event('checkout.session.completed', stripe.pay(id));
    const res = await h.app.request('/api/webhooks/stripe', { method: 'POST', headers: { 'content-type': 'application/json', 'stripe-signature': await signStripePayload(raw, SECRET) }, body: raw });
    assert.equal(res.status, 200);
    await h.jobs.drain();
    await chat('I want another on-site assessment');
    const again = await chat('the second one');
    assert.match(again.reply, /^You already have the 3-hour on-site AI assessment booked for .+\. To change it, reply to the confirmation email\.$/);
    assert.deepEqual(again.actions, []);
  });
});
