import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { emulateMedia, sendKeys } from '@web/test-runner-commands';
import './define.js';
import type { Kre8VoiceAgent } from './voice-agent.js';
import type { Kre8VoiceAgentPanel } from './voice-agent-panel.js';

const launcher = (el: Kre8VoiceAgent) => el.shadowRoot!.querySelector('button')!;
const panelOf = (el: Kre8VoiceAgent) => el.shadowRoot!.querySelector('kre8-voice-agent-panel') as Kre8VoiceAgentPanel | null;
const inPanel = (el: Kre8VoiceAgent, sel: string) => panelOf(el)!.shadowRoot!.querySelector<HTMLElement>(sel);
const focusedInPanel = (el: Kre8VoiceAgent) => panelOf(el)!.shadowRoot!.activeElement;

async function openByClick(el: Kre8VoiceAgent) {
  const opened = oneEvent(el, 'kre8-voice-agent-open');
  launcher(el).click();
  await opened;
  await panelOf(el)!.updateComplete;
}

describe('<kre8-voice-agent> launcher', () => {
  beforeEach(() => sessionStorage.clear());

  // Must stay first: the panel module is global to the page once loaded.
  it('does not load the panel before interaction, and loads and opens it on click', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
    await new Promise((r) => setTimeout(r, 50));
    expect(customElements.get('kre8-voice-agent-panel')).to.equal(undefined);
    expect(panelOf(el)).to.equal(null);
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');

    await openByClick(el);
    expect(customElements.get('kre8-voice-agent-panel')).to.not.equal(undefined);
    expect(panelOf(el)!.open).to.equal(true);
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('true');
    expect(el.isOpen).to.equal(true);
  });

  it('is an accessible, labelled button while closed, in EN and ES', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
    expect(launcher(el).getAttribute('aria-label')).to.equal('Talk to our assistant');
    expect(launcher(el).part.contains('launcher')).to.equal(true);
    await expect(el).to.be.accessible();
    el.setAttribute('locale', 'es');
    expect(launcher(el).getAttribute('aria-label')).to.equal('Habla con nuestro asistente');
  });

  it('takes the page language when no locale is set, and forwards it to the panel', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div lang="es"><kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent></div>`);
    const el = wrap.querySelector('kre8-voice-agent')!;
    expect(launcher(el).getAttribute('aria-label')).to.equal('Habla con nuestro asistente');
    await openByClick(el);
    expect(inPanel(el, 'h2')!.textContent).to.equal('Habla con nuestro asistente');
    expect(inPanel(el, '.msg.assistant')!.textContent).to.contain('¡Hola!');
  });

  it('opens a labelled dialog with focus in the text input, a polite log, and passes the a11y audit', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction" greeting="Hello there"></kre8-voice-agent>`);
    await openByClick(el);
    const dialog = inPanel(el, '[role="dialog"]')!;
    const title = inPanel(el, '#' + dialog.getAttribute('aria-labelledby'))!;
    expect(title.textContent).to.equal('Chat with our assistant');
    expect(focusedInPanel(el)).to.equal(inPanel(el, '#input'));
    const log = inPanel(el, '[role="log"]')!;
    expect(log.getAttribute('aria-live')).to.equal('polite');
    expect(log.textContent).to.contain('Hello there');
    await expect(el).to.be.accessible();
  });

  it('closes on Escape, returns focus to the launcher and fires kre8-voice-agent-close', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
    await openByClick(el);
    const closed = oneEvent(el, 'kre8-voice-agent-close');
    await sendKeys({ press: 'Escape' });
    await closed;
    expect(el.isOpen).to.equal(false);
    expect(panelOf(el)!.open).to.equal(false);
    await waitUntil(() => getComputedStyle(panelOf(el)!).display === 'none', 'hidden once the close motion ends');
    expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
    expect(launcher(el).getAttribute('aria-expanded')).to.equal('false');
  });

  describe('open and close motion', () => {
    afterEach(() => emulateMedia({ reducedMotion: 'no-preference' }));

    // Steady on a loaded machine: what the styles ask for is read from the computed style, and whether a
    // motion ran from its events (a start is dispatched even when a slow frame lands past the end), never
    // from getAnimations() some awaits after it began.
    it('slides in on open; on close fades out, inert at once, then hidden, with focus back on the launcher', async () => {
      await emulateMedia({ reducedMotion: 'no-preference' });
      const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
      await openByClick(el);
      const panel = panelOf(el)!;
      const section = inPanel(el, 'section')!;
      const opening = getComputedStyle(section);
      expect([opening.animationName, opening.animationDuration]).to.deep.equal(['in', '0.2s'], 'the open animation');
      const fading: string[] = [];
      panel.addEventListener('transitionrun', (e) => fading.push(e.propertyName));
      inPanel(el, '[part~="close-button"]')!.click();
      await panel.updateComplete;
      expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
      expect(panel.inert).to.equal(true);
      // Still shown while it fades: the transitions run, then display flips to none.
      await waitUntil(() => fading.includes('opacity'), 'no fade-out ran');
      await waitUntil(() => getComputedStyle(panel).display === 'none', 'hidden once the close motion ends');
      expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
      // Opening again shows it, interactive, sliding in again.
      const started: string[] = [];
      section.addEventListener('animationstart', (e) => started.push(e.animationName));
      await openByClick(el);
      expect(panel.inert).to.equal(false);
      expect(getComputedStyle(panel).display).to.equal('block');
      await waitUntil(() => started.includes('in'), 'the open animation did not run again');
    });

    it('with reduced motion, neither animates: closed is hidden at once, focus on the launcher', async () => {
      await emulateMedia({ reducedMotion: 'reduce' });
      const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
      await openByClick(el);
      const panel = panelOf(el)!;
      expect(getComputedStyle(inPanel(el, 'section')!).animationName).to.equal('none');
      expect(inPanel(el, 'section')!.getAnimations()).to.deep.equal([]);
      expect(getComputedStyle(panel).transitionDuration).to.equal('0s');
      await sendKeys({ press: 'Escape' });
      await panel.updateComplete;
      expect(el.isOpen).to.equal(false);
      expect(panel.getAnimations()).to.deep.equal([]);
      expect(getComputedStyle(panel).display).to.equal('none');
      expect(el.shadowRoot!.activeElement).to.equal(launcher(el));
    });
  });

  it('the name property sets the attribute, and null or empty removes it (never the text "null")', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
    el.name = 'Dana Reyes';
    expect(el.getAttribute('name')).to.equal('Dana Reyes');
    el.name = null;
    expect(el.hasAttribute('name')).to.equal(false);
    expect(el.name).to.equal('');
    el.name = 'Dana';
    el.name = '';
    expect(el.hasAttribute('name')).to.equal(false);
    // the panel greets without a name, not "Hi, null!"
    await openByClick(el);
    expect(inPanel(el, '.msg.assistant')!.textContent).to.not.contain('null');
  });

  it('greets once, by first name, when the host page knows the name; the host greeting wins', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction" name="  Dana María Reyes "></kre8-voice-agent>`);
    await openByClick(el);
    const greeting = () => inPanel(el, '.msg.assistant')!.textContent!.replace(/^[^:]+: /, '');
    expect(greeting()).to.equal('Hi, Dana! Ask me about pricing, savings or booking a call — type, or use the mic.');
    el.setAttribute('locale', 'es');
    await panelOf(el)!.updateComplete;
    expect(greeting()).to.equal('¡Hola, Dana! Pregúntame por precios, ahorros o cómo agendar una llamada: escribe o usa el micrófono.');
    el.removeAttribute('name');
    await panelOf(el)!.updateComplete;
    expect(greeting()).to.match(/^¡Hola! Pregúntame/);
    // The property, as a framework or a script would set it, is the attribute.
    el.name = 'Ana Ruiz';
    expect(el.getAttribute('name')).to.equal('Ana Ruiz');
    await panelOf(el)!.updateComplete;
    expect(greeting()).to.match(/^¡Hola, Ana! Pregúntame/);
    el.setAttribute('greeting', 'Welcome back!');
    await panelOf(el)!.updateComplete;
    expect(greeting()).to.equal('Welcome back!');
  });

  it('the close button closes too, and clicking the launcher toggles', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
    await openByClick(el);
    inPanel(el, '[part~="close-button"]')!.click();
    expect(el.isOpen).to.equal(false);
    await openByClick(el);
    launcher(el).click();
    expect(el.isOpen).to.equal(false);
  });

  it('keeps Tab inside the open dialog, in both directions', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
    await openByClick(el);
    const items = [...panelOf(el)!.shadowRoot!.querySelectorAll<HTMLElement>('button, input, [tabindex="0"]')];
    const first = items[0];
    const last = items[items.length - 1];
    expect(last.getAttribute('part')).to.equal('send-button');
    last.focus();
    await sendKeys({ press: 'Tab' });
    expect(focusedInPanel(el)).to.equal(first);
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Tab' });
    await sendKeys({ up: 'Shift' });
    expect(focusedInPanel(el)).to.equal(last);
    // Tabbing forward from the input stays inside the dialog all the way round.
    inPanel(el, '#input')!.focus();
    for (let i = 0; i < items.length + 1; i++) {
      await sendKeys({ press: 'Tab' });
      expect(items).to.include(focusedInPanel(el) as HTMLElement);
    }
  });

  it('never traps focus while collapsed', async () => {
    const wrap = await fixture<HTMLDivElement>(
      html`<div><kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent><button id="after">after</button></div>`,
    );
    const el = wrap.querySelector('kre8-voice-agent')!;
    launcher(el).focus();
    await sendKeys({ press: 'Tab' });
    expect(document.activeElement).to.equal(wrap.querySelector('#after'));
  });

  it('places itself by the position attribute and exposes the panel parts', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction" position="bottom-left"></kre8-voice-agent>`);
    expect(getComputedStyle(el).position).to.equal('fixed');
    expect(getComputedStyle(el).left).to.equal('20px');
    el.style.setProperty('--kre8-voice-z', '42');
    expect(getComputedStyle(el).zIndex).to.equal('42');
    await openByClick(el);
    expect(panelOf(el)!.getAttribute('exportparts')).to.contain('lead-chip');
    await waitUntil(() => inPanel(el, '[part~="input"]'));
  });

  it('defines itself idempotently', async () => {
    const { Kre8VoiceAgent } = await import('./voice-agent.js');
    expect(() => Kre8VoiceAgent.define('kre8-voice-agent')).to.not.throw();
    expect(customElements.get('kre8-voice-agent')).to.equal(Kre8VoiceAgent);
  });
});
