// Shared by this folder's browser tests (not shipped): mount an open agent and reach into its panel.
import { fixture, html, oneEvent } from '@open-wc/testing';
import { nothing } from 'lit';
import type { CapturedLead } from '../../model/contracts.js';
import './define.js';
import type { Kre8VoiceAgent } from './voice-agent.js';
import type { Kre8VoiceAgentPanel } from './voice-agent-panel.js';

export const NO_LEAD: CapturedLead = { firstName: null, lastName: null, email: null, phone: null, companyName: null };

export interface Mounted {
  el: Kre8VoiceAgent;
  panel: Kre8VoiceAgentPanel;
  $: <E extends HTMLElement = HTMLElement>(sel: string) => E | null;
  $$: (sel: string) => HTMLElement[];
  /** Types into the input and submits with Enter-equivalent form submission. */
  say: (text: string) => Promise<void>;
}

export async function mountOpen(attrs: { locale?: string; partner?: string; name?: string } = {}): Promise<Mounted> {
  const el = await fixture<Kre8VoiceAgent>(
    html`<kre8-voice-agent api-base="/api" load="interaction" locale=${attrs.locale ?? 'en'} partner=${attrs.partner ?? ''} name=${attrs.name ?? nothing}></kre8-voice-agent>`,
  );
  const opened = oneEvent(el, 'kre8-voice-agent-open');
  void el.open();
  await opened;
  const panel = el.shadowRoot!.querySelector('kre8-voice-agent-panel')!;
  await panel.updateComplete;
  const $ = <E extends HTMLElement = HTMLElement>(sel: string) => panel.shadowRoot!.querySelector<E>(sel);
  const $$ = (sel: string) => [...panel.shadowRoot!.querySelectorAll<HTMLElement>(sel)];
  const say = async (text: string) => {
    $<HTMLInputElement>('#input')!.value = text;
    $<HTMLFormElement>('form.composer')!.requestSubmit();
    await panel.updateComplete;
  };
  return { el, panel, $, $$, say };
}
