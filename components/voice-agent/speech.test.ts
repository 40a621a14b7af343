import { expect, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { http, HttpResponse } from 'msw';
import { setupWorker } from 'msw/browser';
import type { ChatRequest } from '../../model/contracts.js';
import { mountOpen, NO_LEAD } from './test-helpers.js';

/** A scriptable SpeechRecognition: `deny` makes start() report a refused permission, as Chromium does. */
class FakeRecognition extends EventTarget {
  static last: FakeRecognition | undefined;
  static deny: string | null = null;
  static created = 0;
  lang = '';
  interimResults = false;
  continuous = true;
  starts = 0;
  stops = 0;
  constructor() {
    super();
    FakeRecognition.last = this;
    FakeRecognition.created++;
  }
  start() {
    this.starts++;
    if (FakeRecognition.deny) {
      this.dispatchEvent(Object.assign(new Event('error'), { error: FakeRecognition.deny }));
      this.dispatchEvent(new Event('end'));
    }
  }
  stop() {
    this.stops++;
  }
  abort() {}
  /** Emits results the way the Web Speech API shapes them. */
  hear(...items: [string, boolean][]) {
    const results = items.map(([transcript, isFinal]) => Object.assign([{ transcript }], { isFinal }));
    this.dispatchEvent(Object.assign(new Event('result'), { resultIndex: 0, results }));
  }
  finish() {
    this.dispatchEvent(new Event('end'));
  }
}

class FakeSynth {
  spoken: { text: string; lang: string }[] = [];
  cancels = 0;
  speak(u: SpeechSynthesisUtterance) {
    this.spoken.push({ text: u.text, lang: u.lang });
  }
  cancel() {
    this.cancels++;
  }
}

const KEYS = ['SpeechRecognition', 'webkitSpeechRecognition', 'speechSynthesis'] as const;
const saved = new Map<string, PropertyDescriptor | undefined>();
function stubWindow(values: Partial<Record<(typeof KEYS)[number], unknown>>) {
  for (const k of KEYS) Object.defineProperty(window, k, { configurable: true, writable: true, value: values[k] });
}

const worker = setupWorker();

describe('<kre8-voice-agent> voice', () => {
  let synth: FakeSynth;
  let bodies: ChatRequest[];
  before(async () => {
    for (const k of KEYS) saved.set(k, Object.getOwnPropertyDescriptor(window, k));
    await worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } });
  });
  beforeEach(() => {
    sessionStorage.clear();
    FakeRecognition.last = undefined;
    FakeRecognition.deny = null;
    FakeRecognition.created = 0;
    synth = new FakeSynth();
    stubWindow({ SpeechRecognition: FakeRecognition, speechSynthesis: synth });
    bodies = [];
    worker.use(
      http.post('/api/voice-agent/chat', async ({ request }) => {
        const body = (await request.json()) as ChatRequest;
        bodies.push(body);
        return HttpResponse.json({ reply: `You said: ${body.message}`, actions: [], lead: NO_LEAD });
      }),
    );
  });
  afterEach(() => worker.resetHandlers());
  after(() => {
    for (const [k, d] of saved) {
      if (d) Object.defineProperty(window, k, d);
      else delete (window as unknown as Record<string, unknown>)[k];
    }
    worker.stop();
  });

  it('shows interim text, sends the final transcript as a message and speaks the reply', async () => {
    const { $, $$, panel } = await mountOpen();
    const mic = $<HTMLButtonElement>('[part~="mic-button"]')!;
    mic.click();
    await panel.updateComplete;
    const rec = FakeRecognition.last!;
    expect(rec.starts).to.equal(1);
    expect(rec.lang).to.equal('en-US');
    expect(rec.interimResults).to.equal(true);
    expect(mic.getAttribute('aria-pressed')).to.equal('true');
    expect($('[role="status"]')!.textContent).to.equal('Listening…');

    rec.hear(['how much', false]);
    await panel.updateComplete;
    expect($('.interim')!.textContent).to.equal('how much');

    rec.hear(['how much does it cost', true]);
    rec.finish();
    await waitUntil(() => $$('.msg.assistant').length === 2, 'reply');
    expect(bodies.map((b) => b.message)).to.deep.equal(['how much does it cost']);
    expect($('.interim')).to.equal(null);
    expect(mic.getAttribute('aria-pressed')).to.equal('false');
    expect(synth.spoken).to.deep.equal([{ text: 'You said: how much does it cost', lang: 'en-US' }]);
  });

  it('does not speak replies when muted (remembered for the tab), nor replies to typed messages', async () => {
    const { $, $$, panel, say } = await mountOpen({ locale: 'es' });
    await say('escrito');
    await waitUntil(() => $$('.msg.assistant').length === 2);
    expect(synth.spoken).to.deep.equal([]);

    const mute = $<HTMLButtonElement>('[part~="mute-button"]')!;
    expect(mute.getAttribute('aria-pressed')).to.equal('false');
    mute.click();
    await panel.updateComplete;
    expect(mute.getAttribute('aria-pressed')).to.equal('true');
    expect(sessionStorage.getItem('kre8:voice-muted')).to.equal('1');

    $<HTMLButtonElement>('[part~="mic-button"]')!.click();
    expect(FakeRecognition.last!.lang).to.equal('es-US');
    FakeRecognition.last!.hear(['hola', true]);
    await waitUntil(() => $$('.msg.assistant').length === 3);
    expect(synth.spoken).to.deep.equal([]);

    // A new widget in the same tab starts muted.
    const again = await mountOpen();
    expect(again.$('[part~="mute-button"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('speaks again once unmuted, in Spanish for an ES page', async () => {
    sessionStorage.setItem('kre8:voice-muted', '1');
    const { $, $$, panel } = await mountOpen({ locale: 'es' });
    $<HTMLButtonElement>('[part~="mute-button"]')!.click();
    await panel.updateComplete;
    $<HTMLButtonElement>('[part~="mic-button"]')!.click();
    FakeRecognition.last!.hear(['precio', true]);
    await waitUntil(() => $$('.msg.assistant').length === 2);
    expect(synth.spoken).to.deep.equal([{ text: 'You said: precio', lang: 'es-US' }]);
  });

  it('press-to-talk: holding Space on the mic listens until release', async () => {
    const { $, panel } = await mountOpen();
    $<HTMLButtonElement>('[part~="mic-button"]')!.focus();
    // A fake clock: the panel tells a hold from a click by Date.now(), so the test moves it instead of waiting.
    const realNow = Date.now;
    let now = realNow();
    Date.now = () => now;
    let rec: FakeRecognition;
    try {
      await sendKeys({ down: ' ' });
      rec = FakeRecognition.last!;
      expect(rec.starts).to.equal(1);
      now += 450; // held longer than a click
      expect(rec.stops).to.equal(0);
      await sendKeys({ up: ' ' });
    } finally {
      Date.now = realNow;
    }
    await panel.updateComplete;
    expect(rec.stops).to.equal(1);
    expect(FakeRecognition.last).to.equal(rec); // the release did not start a second recognition
  });

  it('a second click stops listening (toggle)', async () => {
    const { $ } = await mountOpen();
    const mic = $<HTMLButtonElement>('[part~="mic-button"]')!;
    mic.click();
    mic.click();
    expect(FakeRecognition.last!.stops).to.equal(1);
  });

  for (const denial of ['not-allowed', 'service-not-allowed']) {
    it(`explains how to re-enable a denied microphone (${denial}), offers a retry, and text still works`, async () => {
      FakeRecognition.deny = denial;
      const { el, $, $$, panel, say } = await mountOpen();
      $<HTMLButtonElement>('[part~="mic-button"]')!.click();
      await panel.updateComplete;
      const alert = $('.mic-alert')!;
      expect(alert.getAttribute('role')).to.equal('alert');
      expect(alert.textContent).to.contain("browser's site settings");
      expect($('[part~="mic-button"]')!.getAttribute('aria-pressed')).to.equal('false');
      await expect(el).to.be.accessible();

      expect(FakeRecognition.created).to.equal(1);
      alert.querySelector('button')!.click(); // try again
      expect(FakeRecognition.created).to.equal(2);
      expect(FakeRecognition.last!.starts).to.equal(1);
      expect(bodies).to.have.length(0);

      const input = $<HTMLInputElement>('#input')!;
      expect(input.disabled).to.equal(false);
      await say('typing instead');
      await waitUntil(() => $$('.msg.assistant').length === 2);
      expect(bodies.map((b) => b.message)).to.deep.equal(['typing instead']);
    });
  }

  it('recovers after a denial once the visitor allows the microphone', async () => {
    FakeRecognition.deny = 'not-allowed';
    const { $, panel } = await mountOpen();
    $<HTMLButtonElement>('[part~="mic-button"]')!.click();
    await panel.updateComplete;
    FakeRecognition.deny = null;
    $('.mic-alert button')!.click();
    await panel.updateComplete;
    expect($('.mic-alert')).to.equal(null);
    expect($('[part~="mic-button"]')!.getAttribute('aria-pressed')).to.equal('true');
  });

  it('without speech recognition shows no mic button, a short note, and text still works', async () => {
    stubWindow({ speechSynthesis: synth });
    const { el, $, $$, say } = await mountOpen();
    expect($('[part~="mic-button"]')).to.equal(null);
    expect($('[part~="mute-button"]')).to.equal(null);
    expect($('.note')!.textContent).to.equal("Voice isn't available in this browser — typing works.");
    await say('hello');
    await waitUntil(() => $$('.msg.assistant').length === 2);
    await expect(el).to.be.accessible();
  });
});
