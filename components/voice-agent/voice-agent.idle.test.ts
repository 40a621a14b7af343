import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import './define.js';
import type { Kre8VoiceAgent } from './voice-agent.js';

// A page of its own: nothing else may load the panel first.
describe('<kre8-voice-agent> idle preloading', () => {
  it('loads the panel once the page is idle when load is not "interaction", without opening it', async () => {
    const el = await fixture<Kre8VoiceAgent>(html`<kre8-voice-agent api-base="/api"></kre8-voice-agent>`);
    expect(customElements.get('kre8-voice-agent-panel')).to.equal(undefined);
    await waitUntil(() => customElements.get('kre8-voice-agent-panel'), 'panel never preloaded', { timeout: 7000 });
    expect(el.isOpen).to.equal(false);
  });
});
