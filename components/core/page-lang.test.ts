import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import '../booking/define.js';
import '../roi-calculator/define.js';
import '../voice-agent/define.js';
import type { Kre8Booking } from '../booking/booking.js';
import type { Kre8RoiCalculator } from '../roi-calculator/roi-calculator.js';
import type { Kre8VoiceAgent } from '../voice-agent/voice-agent.js';
import { createMockApi } from '../booking/test-booking-api.js';

/** Changing `<html lang>` re-renders every widget that has no `locale` of its own (core/locale.ts onPageLang). */
const worker = setupWorker();
const shadowText = (el: Element) => el.shadowRoot!.innerHTML;
const panelOf = (el: Kre8VoiceAgent) => el.shadowRoot!.querySelector('kre8-voice-agent-panel')!;

describe('the widgets follow <html lang>', () => {
  before(async () => {
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass' });
    worker.use(...createMockApi().handlers);
  });
  after(() => worker.stop());
  afterEach(() => (document.documentElement.lang = 'en'));

  it('from en to es and back, without touching the widgets; one with its own locale keeps it', async () => {
    document.documentElement.lang = 'en';
    const wrap = await fixture<HTMLDivElement>(html`<div>
      <kre8-booking api-base="/api"></kre8-booking>
      <kre8-roi-calculator api-base="/api" no-persist></kre8-roi-calculator>
      <kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>
      <kre8-booking id="own" api-base="/api" locale="en"></kre8-booking>
    </div>`);
    const booking = wrap.querySelector<Kre8Booking>('kre8-booking')!;
    const own = wrap.querySelector<Kre8Booking>('#own')!;
    const roi = wrap.querySelector<Kre8RoiCalculator>('kre8-roi-calculator')!;
    const voice = wrap.querySelector<Kre8VoiceAgent>('kre8-voice-agent')!;
    await voice.open();
    const panel = panelOf(voice);
    const launcher = () => voice.shadowRoot!.querySelector('button[part=launcher]')!.getAttribute('aria-label');
    const placeholder = () => panel.shadowRoot!.querySelector('input, textarea')?.getAttribute('placeholder');

    await waitUntil(() => shadowText(booking).includes('Book a meeting') && shadowText(roi).includes('Calculator steps'), 'English first');
    expect(launcher()).to.equal('Talk to our assistant');
    expect(placeholder()).to.equal('Type a message…');

    document.documentElement.lang = 'es';
    await waitUntil(() => shadowText(booking).includes('Reserva una reunión'), 'booking in Spanish');
    await waitUntil(() => shadowText(roi).includes('Pasos de la calculadora'), 'ROI calculator in Spanish');
    await waitUntil(() => launcher() === 'Habla con nuestro asistente', 'launcher in Spanish');
    await waitUntil(() => placeholder() === 'Escribe un mensaje…', 'panel in Spanish');
    expect(shadowText(booking)).to.not.contain('Book a meeting');
    expect(shadowText(own)).to.contain('Book a meeting');
    expect(shadowText(own)).to.not.contain('Reserva una reunión');

    document.documentElement.lang = 'en-US';
    await waitUntil(() => shadowText(booking).includes('Book a meeting') && launcher() === 'Talk to our assistant', 'back to English');
    voice.close();
  });

  it('stops listening once removed', async () => {
    document.documentElement.lang = 'en';
    const el = await fixture<Kre8Booking>(html`<kre8-booking api-base="/api"></kre8-booking>`);
    await el.updateComplete;
    let renders = 0;
    const original = el.requestUpdate.bind(el);
    el.requestUpdate = (...args: Parameters<Kre8Booking['requestUpdate']>) => {
      renders++;
      original(...args);
    };
    el.remove();
    document.documentElement.lang = 'es';
    // A MutationObserver delivers in a microtask: one that was still listening would have run by now.
    await new Promise((r) => setTimeout(r, 0));
    expect(renders).to.equal(0);
  });
});
