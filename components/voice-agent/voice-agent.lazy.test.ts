import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import './define.js';
import type { Kre8VoiceAgent } from './voice-agent.js';

// A page of its own: these tests watch the panel module go from not loaded to loaded.
describe('<kre8-voice-agent> lazy loading', () => {
  afterEach(() => resetMouse());

  it('preloads the panel when the pointer reaches the launcher, without opening it', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent>`);
    expect(customElements.get('kre8-voice-agent-panel')).to.equal(undefined);
    const r = el.shadowRoot!.querySelector('button')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(r.x + r.width / 2), Math.round(r.y + r.height / 2)] });
    await waitUntil(() => customElements.get('kre8-voice-agent-panel'), 'panel never loaded on hover');
    expect(el.isOpen).to.equal(false);
    expect(el.shadowRoot!.querySelector('kre8-voice-agent-panel')).to.equal(null);
  });

  it('opens from the keyboard (Tab to the launcher, Enter)', async () => {
    const wrap = await fixture<HTMLDivElement>(html`<div><button id="before">before</button><kre8-voice-agent api-base="/api" load="interaction"></kre8-voice-agent></div>`);
    const el = wrap.querySelector('kre8-voice-agent')!;
    wrap.querySelector<HTMLButtonElement>('#before')!.focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(el.shadowRoot!.querySelector('button'));
    await sendKeys({ press: 'Enter' });
    await waitUntil(() => el.isOpen && el.shadowRoot!.querySelector('kre8-voice-agent-panel')?.shadowRoot?.activeElement?.id === 'input');
  });
});
