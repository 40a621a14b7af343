import { expect, waitUntil } from '@open-wc/testing';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { BookingCreated, CapturedLead, ChatRequest, ChatResponse } from '../../model/contracts.js';
import type { BookingPrefill } from './actions.js';
import { SESSION_KEY } from './session.js';
import { mountOpen, NO_LEAD } from './test-helpers.js';

const worker = setupWorker();
const DANA: CapturedLead = { firstName: 'Dana', lastName: 'Whitfield', email: 'dana.whitfield@whitfieldplumbing.com', phone: null, companyName: null };

function chatApi(reply: (b: ChatRequest) => Partial<ChatResponse> | Response) {
  const bodies: ChatRequest[] = [];
  worker.use(
    http.post('/api/voice-agent/chat', async ({ request }) => {
      const body = (await request.json()) as ChatRequest;
      bodies.push(body);
      const r = reply(body);
      return r instanceof Response ? r : HttpResponse.json({ reply: 'ok', actions: [], lead: NO_LEAD, ...r });
    }),
  );
  return bodies;
}

const BOOKED: BookingCreated = {
  booking: {
    id: 'bk_1',
    type: 'consultation',
    start: '2030-03-05T13:30:00-05:00',
    end: '2030-03-05T14:00:00-05:00',
    timezone: 'America/New_York',
    businessTimezone: 'America/Los_Angeles',
    status: 'confirmed',
    name: 'Dana Whitfield',
    email: 'dana.whitfield@whitfieldplumbing.com',
  },
  calendar: { google: 'https://calendar.google.com/calendar/render?x=1', outlook: 'https://outlook.live.com/calendar/0/deeplink/compose?x=1', ics: 'data:text/calendar;base64,QUJD' },
};

describe('<kre8-voice-agent> booking in the conversation', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  beforeEach(() => sessionStorage.clear());
  afterEach(() => worker.resetHandlers());
  after(() => worker.stop());

  it("sends the visitor's IANA zone with every turn", async () => {
    const bodies = chatApi(() => ({}));
    const { say, $$ } = await mountOpen();
    await say('hi');
    await waitUntil(() => $$('.msg.assistant').length === 2);
    await say('book a call');
    await waitUntil(() => bodies.length === 2);
    const zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    expect(zone).to.be.a('string').and.not.equal('');
    expect(bodies.map((b) => b.timezone)).to.deep.equal([zone, zone]);
  });

  it('shows a confirmation card: day and time in the visitor zone, ours beside it, add-to-calendar links', async () => {
    chatApi(() => ({ reply: "Done: you're booked.", booking: BOOKED }));
    const { say, $ } = await mountOpen();
    await say('yes');
    await waitUntil(() => $('.card'), 'card');
    const card = $('.card')!;
    expect(card.getAttribute('role')).to.equal('group');
    expect(card.textContent).to.include('Booked');
    expect(card.textContent).to.match(/Tuesday, March 5.*1:30\sPM EST/);
    expect(card.textContent).to.match(/Our time: Tuesday, March 5.*10:30\sAM PST/);
    const links = [...card.querySelectorAll('a')].map((a) => [a.textContent, a.getAttribute('href')]);
    expect(links).to.deep.equal([
      ['Google', BOOKED.calendar.google],
      ['Outlook', BOOKED.calendar.outlook],
      ['iCal', BOOKED.calendar.ics],
    ]);
  });

  it('ES: the card in Spanish, one zone when the visitor is in ours', async () => {
    const local = { ...BOOKED, booking: { ...BOOKED.booking, timezone: 'America/Los_Angeles', start: '2030-03-05T10:30:00-08:00' } };
    chatApi(() => ({ reply: 'Listo.', booking: local }));
    const { say, $ } = await mountOpen({ locale: 'es' });
    await say('sí');
    await waitUntil(() => $('.card'), 'card');
    expect($('.card')!.textContent).to.include('Reservado');
    expect($('.card')!.textContent).to.not.include('Nuestra hora');
    expect($('.card')!.textContent).to.include('Agregar al calendario');
  });

  it('opening the booking widget preselects the slot under discussion and prefills the details', async () => {
    const opened: BookingPrefill[] = [];
    const booking = Object.assign(document.createElement('kre8-booking'), { open: (p: BookingPrefill) => opened.push(p) });
    document.body.append(booking);
    try {
      chatApi(() => ({ reply: 'I opened the calendar.', actions: [{ type: 'open-booking', start: '2030-03-05T13:30:00-05:00' }], lead: DANA }));
      const { say } = await mountOpen();
      await say('the first one');
      await waitUntil(() => opened.length === 1, 'booking opened');
      expect(opened[0]).to.deep.equal({ type: 'consultation', start: '2030-03-05T13:30:00-05:00', name: 'Dana Whitfield', email: 'dana.whitfield@whitfieldplumbing.com' });
    } finally {
      booking.remove();
    }
  });

  it('a reload restores the transcript and the full contact address from the API', async () => {
    sessionStorage.setItem(SESSION_KEY, '7d1f6a52-8f64-4f1e-9a7c-2b1e4a0f9c11');
    const asked: unknown[] = [];
    worker.use(
      http.post('/api/voice-agent/history', async ({ request }) => {
        asked.push(await request.json());
        return HttpResponse.json({ messages: [{ role: 'user', content: 'how much?' }, { role: 'assistant', content: 'From $2,500.' }], lead: DANA });
      }),
    );
    const { $$, $ } = await mountOpen();
    await waitUntil(() => $$('.msg').length === 3, 'restored');
    expect(asked).to.deep.equal([{ sessionId: '7d1f6a52-8f64-4f1e-9a7c-2b1e4a0f9c11' }]);
    expect($$('.msg').map((m) => m.textContent!.replace(/^[^:]+: /, '')).slice(1)).to.deep.equal(['how much?', 'From $2,500.']);
    const chip = $('.chip span')!;
    expect(chip.textContent).to.include('dana.whitfield@whitfieldplumbing.com');
    // Not cut off: the whole address is visible, wrapped if need be.
    expect(chip.scrollWidth).to.be.at.most(chip.clientWidth);
  });

  it('a message that failed is marked in the transcript, and unmarked once a retry goes through', async () => {
    let fail = true;
    chatApi(() => (fail ? new Response('{}', { status: 500 }) : {}));
    const { say, $, $$ } = await mountOpen();
    await say('hello');
    await waitUntil(() => $('.alert'), 'error shown');
    expect($$('.msg.user.failed')).to.have.length(1);
    expect($$('.msg.user')[0]!.textContent).to.include('(not sent)');
    fail = false;
    $<HTMLButtonElement>('.retry')!.click();
    await waitUntil(() => $$('.msg.assistant').length === 2, 'retried');
    expect($$('.msg.user.failed')).to.have.length(0);
  });
});
