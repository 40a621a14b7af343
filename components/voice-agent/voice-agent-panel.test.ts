import { expect, oneEvent, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { AgentAction, CapturedLead, ChatRequest, ChatResponse } from '../../model/contracts.js';
import { SESSION_KEY } from './session.js';
import { mountOpen, NO_LEAD } from './test-helpers.js';
import type { VoiceAgentActionDetail, VoiceAgentErrorDetail, VoiceAgentLeadDetail, VoiceAgentMessageDetail } from './voice-agent.js';

const worker = setupWorker();
const DANA: CapturedLead = { firstName: 'Dana', lastName: 'Reyes', email: 'dana@example.com', phone: '+1 555 0100', companyName: 'Reyes HVAC' };

/** Answers every chat with `reply(body)` and records the request bodies. */
function chatApi(reply: (b: ChatRequest, n: number) => Partial<ChatResponse> | Response) {
  const bodies: ChatRequest[] = [];
  worker.use(
    http.post('/api/voice-agent/chat', async ({ request }) => {
      const body = (await request.json()) as ChatRequest;
      bodies.push(body);
      const r = reply(body, bodies.length);
      return r instanceof Response ? r : HttpResponse.json({ reply: `echo: ${body.message}`, actions: [], lead: NO_LEAD, ...r });
    }),
  );
  return bodies;
}

/** A bubble's text without its visually hidden speaker prefix ("You: ", "Tú: "…). */
const texts = (els: HTMLElement[]) => els.map((e) => e.textContent!.replace(/^[^:]+: /, ''));

describe('<kre8-voice-agent> conversation', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  beforeEach(() => sessionStorage.clear());
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('a host-known name: greeted once by first name, and thanked once (by the agent), never twice', async () => {
    chatApi(() => ({ reply: 'Thanks, Dana.', lead: { ...NO_LEAD, firstName: 'Dana', email: 'dana@example.com' } }));
    const { $, $$, say, panel } = await mountOpen({ name: 'Dana Reyes' });
    expect(texts($$('.msg.assistant'))).to.deep.equal(['Hi, Dana! Ask me about pricing, savings or booking a call — type, or use the mic.']);
    await say('My email is dana@example.com');
    await waitUntil(() => $('[part~="lead-chip"]'), 'chip');
    const all = panel.shadowRoot!.querySelector('section')!.textContent!;
    expect(all.match(/thanks/gi) ?? []).to.have.length(1);
    expect($('[part~="lead-chip"] span')!.textContent).to.equal("Dana, we'll reach you at dana@example.com");
  });

  it('holds a two-turn text conversation with one session id, the language and the page', async () => {
    document.title = 'Kre8 landing';
    const bodies = chatApi(() => ({}));
    const { el, panel, $$, say } = await mountOpen({ locale: 'es', partner: 'acme' });
    const messages: VoiceAgentMessageDetail[] = [];
    el.addEventListener('kre8-voice-agent-message', (e) => messages.push((e as CustomEvent<VoiceAgentMessageDetail>).detail));

    await say('Hola, ¿cuánto cuesta?');
    await waitUntil(() => $$('.msg.assistant').length === 2, 'first reply');
    await say('  ¿Y el soporte?  ');
    await waitUntil(() => $$('.msg.assistant').length === 3, 'second reply');
    await panel.updateComplete;

    expect(bodies).to.have.length(2);
    const [a, b] = bodies;
    expect(a.sessionId).to.match(/^[0-9a-f-]{36}$/);
    expect(b.sessionId).to.equal(a.sessionId);
    expect(sessionStorage.getItem(SESSION_KEY)).to.equal(a.sessionId);
    expect([a.message, b.message]).to.deep.equal(['Hola, ¿cuánto cuesta?', '¿Y el soporte?']);
    for (const body of bodies) {
      expect(body.language).to.equal('es');
      expect(body.page).to.deep.equal({ url: location.href, title: 'Kre8 landing' });
      expect(body.attribution?.partner).to.equal('acme');
      expect(body.attribution?.landingUrl).to.equal(location.href);
    }
    expect(texts($$('.msg.user'))).to.deep.equal(['Hola, ¿cuánto cuesta?', '¿Y el soporte?']);
    expect(texts($$('.msg.assistant')).slice(1)).to.deep.equal(['echo: Hola, ¿cuánto cuesta?', 'echo: ¿Y el soporte?']);
    expect(messages).to.deep.equal([
      { role: 'user', content: 'Hola, ¿cuánto cuesta?' },
      { role: 'assistant', content: 'echo: Hola, ¿cuánto cuesta?' },
      { role: 'user', content: '¿Y el soporte?' },
      { role: 'assistant', content: 'echo: ¿Y el soporte?' },
    ]);
    // The visible labels are Spanish too.
    expect($$('.msg.user')[0].textContent).to.match(/^Tú: /);
  });

  it('keeps the same session id for a second widget in the same tab', async () => {
    const bodies = chatApi(() => ({}));
    const first = await mountOpen();
    await first.say('one');
    await waitUntil(() => bodies.length === 1);
    const second = await mountOpen();
    await second.say('two');
    await waitUntil(() => bodies.length === 2);
    expect(bodies[1].sessionId).to.equal(bodies[0].sessionId);
  });

  it('shows a typing indicator in a status region while waiting', async () => {
    let release!: () => void;
    const gate = new Promise<void>((r) => (release = r));
    worker.use(http.post('/api/voice-agent/chat', async () => (await gate, HttpResponse.json({ reply: 'done', actions: [], lead: NO_LEAD }))));
    const { $, $$, say } = await mountOpen();
    await say('hello');
    await waitUntil(() => $('[role="status"]')!.textContent!.includes('typing'), 'typing indicator');
    release();
    await waitUntil(() => $$('.msg.assistant').length === 2);
    await waitUntil(() => $('[role="status"]')!.textContent === '');
  });

  it('ignores blank messages', async () => {
    const bodies = chatApi(() => ({}));
    const { $$, say } = await mountOpen();
    await say('   ');
    expect($$('.msg.user')).to.have.length(0);
    expect(bodies).to.have.length(0);
  });

  it('on a server error shows a retry that resends the same message, and fires kre8-voice-agent-error', async () => {
    const bodies = chatApi((_b, n) =>
      n === 1 ? HttpResponse.json({ error: { code: 'internal', message: 'boom', requestId: 'r1' } }, { status: 500 }) : {},
    );
    const { el, panel, $, $$, say } = await mountOpen();
    const errored = oneEvent(el, 'kre8-voice-agent-error');
    await say('price?');
    const { detail } = (await errored) as CustomEvent<VoiceAgentErrorDetail>;
    expect(detail).to.deep.equal({ status: 500, code: 'internal', message: 'boom' });
    await panel.updateComplete;
    expect($('[role="alert"]')!.textContent).to.contain('Our service is having trouble right now.');
    $('.retry')!.click();
    await waitUntil(() => $$('.msg.assistant').length === 2, 'reply after retry');
    expect(bodies.map((b) => b.message)).to.deep.equal(['price?', 'price?']);
    expect($$('.msg.user')).to.have.length(1); // resent, not duplicated in the transcript
    expect($('[role="alert"]')).to.equal(null);
    expect(panel.shadowRoot!.activeElement).to.equal($('#input'));
  });

  it('explains a 429 and an offline failure in plain words', async () => {
    chatApi(() => HttpResponse.json({ error: { code: 'rate_limited', message: 'slow down', requestId: 'r' } }, { status: 429 }));
    const { panel, $, say } = await mountOpen();
    await say('hi');
    await waitUntil(() => $('[role="alert"]'));
    expect($('[role="alert"]')!.textContent).to.contain("You're sending messages quickly — wait a moment");

    worker.use(http.post('/api/voice-agent/chat', () => HttpResponse.error()));
    $('.retry')!.click();
    await panel.updateComplete;
    // The shared outage wording (components/core/outage.ts): offline only when the browser says so.
    await waitUntil(() => $('[role="alert"]')?.textContent?.includes('Our service is having trouble right now.'), 'service message');
    Object.defineProperty(navigator, 'onLine', { configurable: true, get: () => false });
    $('.retry')!.click();
    await waitUntil(() => $('[role="alert"]')?.textContent?.includes('You appear to be offline.'), 'offline message');
    delete (navigator as { onLine?: boolean }).onLine;
  });
});

describe('<kre8-voice-agent> captured lead', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  beforeEach(() => sessionStorage.clear());
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it('shows the chip once the API has an email, edits it through /contact, and fires the lead event once', async () => {
    chatApi((_b, n) => ({ lead: n === 1 ? NO_LEAD : { ...NO_LEAD, firstName: 'Dana', email: 'dana@example.com' } }));
    const contactBodies: unknown[] = [];
    worker.use(
      http.post('/api/voice-agent/contact', async ({ request }) => {
        const body = (await request.json()) as Record<string, string>;
        contactBodies.push(body);
        return HttpResponse.json({ lead: { ...NO_LEAD, firstName: body.firstName, lastName: body.lastName, email: body.email, phone: body.phone ?? null } });
      }),
    );
    const { el, panel, $, $$, say } = await mountOpen();
    const leads: CapturedLead[] = [];
    el.addEventListener('kre8-voice-agent-lead', (e) => leads.push((e as CustomEvent<VoiceAgentLeadDetail>).detail.lead));

    await say('hi');
    await waitUntil(() => $$('.msg.assistant').length === 2);
    expect($('[part~="lead-chip"]')).to.equal(null);
    await say("I'm Dana, dana@example.com");
    await waitUntil(() => $('[part~="lead-chip"]'), 'chip');
    expect($('[part~="lead-chip"] span')!.textContent).to.equal("Dana, we'll reach you at dana@example.com");
    expect(leads).to.have.length(1);

    $('.edit')!.click();
    await panel.updateComplete;
    const field = (n: string) => $<HTMLInputElement>(`input[name="${n}"]`)!;
    expect(panel.shadowRoot!.activeElement).to.equal(field('name'));
    expect(field('email').value).to.equal('dana@example.com');
    field('name').value = 'Dana María Reyes';
    field('email').value = 'dana@reyes.co';
    field('phone').value = '+1 555 0100';
    await expect(el).to.be.accessible();
    $<HTMLButtonElement>('.primary')!.click();
    await waitUntil(() => $('[part~="lead-chip"]'), 'chip after edit');
    expect(contactBodies).to.deep.equal([
      { sessionId: sessionStorage.getItem(SESSION_KEY), firstName: 'Dana', lastName: 'María Reyes', email: 'dana@reyes.co', phone: '+1 555 0100' },
    ]);
    expect($('[part~="lead-chip"] span')!.textContent).to.equal("Dana, we'll reach you at dana@reyes.co");
    expect(panel.shadowRoot!.activeElement).to.equal($('.edit'));

    await say('more');
    await waitUntil(() => $$('.msg.assistant').length === 4);
    expect(leads).to.have.length(1); // once, however often the lead comes back
  });

  it('falls back to the phone, and refuses to save a form with neither email nor phone', async () => {
    chatApi(() => ({ lead: { ...NO_LEAD, phone: '+34 600 000 000' } }));
    let contactCalls = 0;
    worker.use(http.post('/api/voice-agent/contact', () => (contactCalls++, HttpResponse.json({ lead: NO_LEAD }))));
    const { panel, $, say } = await mountOpen({ locale: 'es' });
    await say('llámame');
    await waitUntil(() => $('[part~="lead-chip"]'));
    expect($('[part~="lead-chip"] span')!.textContent).to.equal('Te contactaremos en +34 600 000 000');
    $('.edit')!.click();
    await panel.updateComplete;
    $<HTMLInputElement>('input[name="phone"]')!.value = '';
    $<HTMLButtonElement>('.primary')!.click();
    await panel.updateComplete;
    expect($<HTMLInputElement>('input[name="email"]')!.validationMessage).to.equal('Escribe un correo electrónico o un teléfono.');
    expect(contactCalls).to.equal(0);
    $<HTMLButtonElement>('.btn:not(.primary)')!.click(); // Cancel
    await panel.updateComplete;
    expect($('[part~="lead-chip"]')).to.not.equal(null);
    expect(panel.shadowRoot!.activeElement).to.equal($('.edit'));
  });
});

describe('<kre8-voice-agent> page actions', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  beforeEach(() => sessionStorage.clear());
  afterEach(() => {
    worker.resetHandlers();
    document.querySelectorAll('.test-target').forEach((n) => n.remove());
  });
  after(() => worker.stop());

  if (!customElements.get('kre8-booking')) {
    customElements.define(
      'kre8-booking',
      class extends HTMLElement {
        calls: unknown[] = [];
        open(options: unknown) {
          this.calls.push(options);
        }
      },
    );
  }
  const addTarget = <E extends HTMLElement>(tag: string, id?: string) => {
    const node = document.createElement(tag) as E;
    node.className = 'test-target';
    if (id) node.id = id;
    document.body.append(node);
    return node;
  };
  const stubScroll = (node: HTMLElement) => {
    const calls: ScrollIntoViewOptions[] = [];
    node.scrollIntoView = (o?: boolean | ScrollIntoViewOptions) => void calls.push(o as ScrollIntoViewOptions);
    return calls;
  };
  const act = (actions: AgentAction[], lead = DANA) => chatApi(() => ({ actions, lead }));

  it('open-booking fires a cancelable action event, then opens the page\'s <kre8-booking> prefilled', async () => {
    const booking = addTarget<HTMLElement & { calls: unknown[] }>('kre8-booking');
    act([{ type: 'open-booking', target: 'assessment' }]);
    const { el, say } = await mountOpen();
    const fired = oneEvent(el, 'kre8-voice-agent-action');
    await say('book the assessment');
    const ev = (await fired) as CustomEvent<VoiceAgentActionDetail>;
    expect(ev.cancelable).to.equal(true);
    expect(ev.detail.action).to.deep.equal({ type: 'open-booking', target: 'assessment' });
    await waitUntil(() => booking.calls.length === 1, 'booking opened');
    expect(booking.calls[0]).to.deep.equal({ type: 'assessment', name: 'Dana Reyes', email: 'dana@example.com', phone: '+1 555 0100', companyName: 'Reyes HVAC' });
  });

  it('open-booking without a target books a consultation; cancelling the event prevents it', async () => {
    const booking = addTarget<HTMLElement & { calls: unknown[] }>('kre8-booking');
    act([{ type: 'open-booking' }], { ...NO_LEAD, email: 'x@example.com' });
    const { el, $$, say } = await mountOpen();
    await say('book');
    await waitUntil(() => booking.calls.length === 1);
    expect(booking.calls[0]).to.deep.equal({ type: 'consultation', email: 'x@example.com' });

    el.addEventListener('kre8-voice-agent-action', (e) => e.preventDefault());
    await say('book again');
    await waitUntil(() => $$('.msg.assistant').length === 3);
    expect(booking.calls).to.have.length(1);
  });

  it('open-booking with no booking widget on the page does nothing more', async () => {
    act([{ type: 'open-booking' }]);
    const { el, $$, say } = await mountOpen();
    await say('book');
    await waitUntil(() => $$('.msg.assistant').length === 2);
    expect(el.isOpen).to.equal(true);
  });

  it('open-roi-calculator scrolls to and focuses the calculator, and steps aside', async () => {
    const section = addTarget<HTMLElement>('section', 'roi-calculator');
    const scrolls = stubScroll(section);
    act([{ type: 'open-roi-calculator' }]);
    const { el, say } = await mountOpen();
    await say('roi');
    await waitUntil(() => scrolls.length === 1, 'scrolled');
    const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
    expect(scrolls[0]).to.deep.equal({ behavior: reduce ? 'auto' : 'smooth', block: 'start' });
    expect(document.activeElement).to.equal(section);
    await waitUntil(() => !el.isOpen, 'panel collapsed');
  });

  it('open-roi-calculator prefers a <kre8-roi-calculator> element', async () => {
    const section = addTarget<HTMLElement>('section', 'roi-calculator');
    const calc = addTarget<HTMLElement>('kre8-roi-calculator');
    calc.tabIndex = 0;
    const sectionScrolls = stubScroll(section);
    const scrolls = stubScroll(calc);
    act([{ type: 'open-roi-calculator' }]);
    const { say } = await mountOpen();
    await say('roi');
    await waitUntil(() => scrolls.length === 1);
    expect(sectionScrolls).to.have.length(0);
    expect(document.activeElement).to.equal(calc);
  });

  it('scroll-to scrolls #target into view and keeps the conversation open', async () => {
    const pricing = addTarget<HTMLElement>('section', 'pricing');
    const scrolls = stubScroll(pricing);
    act([{ type: 'scroll-to', target: 'pricing' }, { type: 'scroll-to', target: 'no-such-section' }]);
    const { el, say } = await mountOpen();
    await say('pricing?');
    await waitUntil(() => scrolls.length === 1);
    expect(el.isOpen).to.equal(true);
  });
});

describe('<kre8-voice-agent> end beacon', () => {
  const sent: [string, string][] = [];
  let original: PropertyDescriptor | undefined;
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
    original = Object.getOwnPropertyDescriptor(navigator, 'sendBeacon');
    Object.defineProperty(navigator, 'sendBeacon', { configurable: true, value: (url: string, body: string) => (sent.push([url, body]), true) });
  });
  beforeEach(() => sessionStorage.clear());
  afterEach(() => worker.resetHandlers());
  after(() => {
    if (original) Object.defineProperty(navigator, 'sendBeacon', original);
    else delete (navigator as { sendBeacon?: unknown }).sendBeacon;
    worker.stop();
  });
  const mine = () => sent.filter(([, body]) => JSON.parse(body).sessionId === sessionStorage.getItem(SESSION_KEY));

  it('is not sent when no conversation started', async () => {
    await mountOpen();
    sessionStorage.setItem(SESSION_KEY, 'never-used');
    dispatchEvent(new Event('pagehide'));
    expect(mine()).to.have.length(0);
  });

  it('sends {sessionId} to /voice-agent/end once at pagehide after a conversation', async () => {
    chatApi(() => ({}));
    const { $$, say } = await mountOpen();
    await say('hello');
    await waitUntil(() => $$('.msg.assistant').length === 2);
    dispatchEvent(new Event('pagehide'));
    dispatchEvent(new Event('pagehide'));
    expect(mine()).to.deep.equal([['/api/voice-agent/end', JSON.stringify({ sessionId: sessionStorage.getItem(SESSION_KEY) })]]);
  });
});
