import { html, nothing, type PropertyValues } from 'lit';
import type { AgentAction, BookingCreated, CapturedLead, Locale } from '../../model/contracts.js';
import { ApiRequestError } from '../core/api-client.js';
import { outageMessage, RETRY } from '../core/outage.js';
import { Kre8Element } from '../core/kre8-element.js';
import { performAction } from './actions.js';
import { contactDetails, leadContact, leadName } from './lead.js';
import { AgentSession } from './session.js';
import { SpeechController } from './speech.js';
import { panelStrings, type PanelStrings } from './voice-agent-panel.strings.js';
import { styles } from './voice-agent-panel.styles.js';
import type { VoiceAgentActionDetail, VoiceAgentErrorDetail, VoiceAgentLeadDetail, VoiceAgentMessageDetail } from './voice-agent.js';

interface Message {
  role: 'user' | 'assistant';
  content: string;
  /** The booking this reply made: shown as a confirmation card under it. */
  booking?: BookingCreated;
  /** A visitor message that did not reach the agent. */
  failed?: boolean;
}
/** A message that failed to send, kept so "Try again" resends exactly it. */
interface Failed {
  message: string;
  byVoice: boolean;
  status: number;
}

/** Holding the mic longer than this is press-to-talk (release stops); a shorter press toggles listening. */
const HOLD_MS = 350;
const icon = (d: string) => html`<svg viewBox="0 0 24 24" aria-hidden="true"><path d=${d}></path></svg>`;
const MIC = 'M12 15a3 3 0 0 0 3-3V6a3 3 0 1 0-6 0v6a3 3 0 0 0 3 3zm5-3a5 5 0 0 1-10 0H5a7 7 0 0 0 6 6.9V21h2v-2.1a7 7 0 0 0 6-6.9z';
const SEND = 'M3 20.5 21 12 3 3.5V10l12 2-12 2z';
const CLOSE = 'M6 5 5 6l6 6-6 6 1 1 6-6 6 6 1-1-6-6 6-6-1-1-6 6z';
const SPEAKER = 'M3 9v6h4l5 5V4L7 9zm13.5 3A4.5 4.5 0 0 0 14 8v8a4.5 4.5 0 0 0 2.5-4z';

/**
 * The conversation panel of `<kre8-voice-agent>` (internal: the launcher creates it inside its shadow root,
 * forwards its attributes and re-exposes its parts; the public events bubble out through the launcher).
 * A labelled dialog with a `role=log` transcript, an always-available text input, browser speech where
 * supported, the captured-contact chip and the agent's page actions.
 */
export class Kre8VoiceAgentPanel extends Kre8Element {
  static override styles = styles;
  // A static declaration rather than decorators: decorators cost ~0.6 KB gzip here, and the panel has a budget.
  static override properties = {
    open: { type: Boolean, reflect: true },
    apiBase: { attribute: false },
    locale: { attribute: false },
    greeting: { attribute: false },
    partner: { attribute: false },
    name: { attribute: false },
    _messages: { state: true },
    _pending: { state: true },
    _failed: { state: true },
    _lead: { state: true },
    _editing: { state: true },
    _saving: { state: true },
    _contactError: { state: true },
    _micHidden: { state: true },
  };

  /** Whether the dialog is shown; set by the launcher. Opening moves focus into the text input. */
  open = false;
  /** The API base (the launcher's `api-base`). */
  apiBase?: string;
  /** The resolved language (the launcher resolves `locale` / the page's `lang`). */
  locale: Locale = 'en';
  /** The first assistant bubble; a default greeting when unset. */
  greeting?: string;
  /** Partner code sent with the attribution. */
  partner?: string;
  /** The visitor's name as the host page knows it (the launcher's `name`): the default greeting uses the first name. */
  name?: string;

  private _messages: Message[] = [];
  private _pending = false;
  private _failed: Failed | null = null;
  private _lead: CapturedLead | null = null;
  private _editing = false;
  private _saving = false;
  private _contactError = '';
  /** The mic alert is dismissed once the visitor types instead (it never stacks with a chat error). */
  private _micHidden = false;
  private _restored = false;

  private readonly _session = new AgentSession(() => this.apiBase);
  private readonly _speech = new SpeechController(this, (text) => void this._send(text, true));
  private _leadAnnounced = false;
  private _pressedAt = 0;
  private _swallowClick = false;
  private _focusAfter?: string;

  private get _input(): HTMLInputElement {
    return this.renderRoot.querySelector('#input')!;
  }

  private get _t(): PanelStrings {
    return panelStrings[this.locale] ?? panelStrings.en;
  }

  // Templates are written tight: whitespace inside html`` ships as-is, and the panel has a size budget.
  override render() {
    const t = this._t;
    const mic = this._speech.state;
    const f = this._failed;
    return html`<section part="panel" class="panel" role="dialog" aria-labelledby="title" @keydown=${this._onKeydown}><div part="header" class="hd"><h2 id="title">${t.title}</h2>${this._speech.canSpeak && mic !== 'unsupported'
        ? html`<button part="mute-button" class="icon" type="button" aria-label=${t.mute} aria-pressed=${this._speech.muted} @click=${() => (this._speech.muted = !this._speech.muted)}>${icon(SPEAKER)}</button>`
        : nothing}<button part="close-button" class="icon" type="button" aria-label=${t.close} @click=${() => this._requestClose(true)}>${icon(CLOSE)}</button></div>
${this._editing ? this._renderContactForm(t) : this._renderChip(t)}
<div part="log" class="log" role="log" aria-live="polite" tabindex="0">${[{ role: 'assistant', content: this.greeting || t.greeting(this.name?.trim().split(' ')[0]) } as Message, ...this._messages].map(
      (m: Message) => html`<p part="message ${m.role}-message" class="msg ${m.role}${m.failed ? ' failed' : ''}"><span class="visually-hidden">${m.role === 'user' ? t.you : t.assistant}: </span>${m.content}${m.failed ? html`<small> ${t.notSent}</small>` : nothing}</p>${m.booking ? this._renderCard(m.booking, t) : nothing}`,
    )}</div>
${this._speech.interim ? html`<p class="interim" aria-hidden="true">${this._speech.interim}</p>` : nothing}
<p class="status" role="status">${this._pending ? t.typing : mic === 'listening' ? t.listening : ''}</p>
${f ? html`<p class="alert" role="alert">${f.status === 429 ? t.errRate : outageMessage(this.locale)}<button class="link retry" type="button" @click=${this._retry}>${RETRY[this.locale]}</button></p>` : nothing}
${!f && !this._micHidden && (mic === 'denied' || mic === 'failed')
        ? html`<p class="alert mic-alert" role="alert">${mic === 'denied' ? t.micDenied : t.micFailed}<button class="link" type="button" @click=${this._listen}>${RETRY[this.locale]}</button></p>`
        : mic === 'unsupported'
          ? html`<p class="note">${t.micUnsupported}</p>`
          : nothing}
<form class="composer" @submit=${this._onSubmit}><label class="visually-hidden" for="input">${t.inputLabel}</label><input id="input" part="input" autocomplete="off" maxlength="2000" placeholder=${t.placeholder}>${mic === 'unsupported'
        ? nothing
        : html`<button part="mic-button" class="round mic" type="button" aria-label=${t.mic} aria-pressed=${mic === 'listening'} @pointerdown=${this._micDown} @pointerup=${this._micUp} @pointercancel=${this._micUp} @keydown=${this._micDown} @keyup=${this._micUp} @click=${this._micClick}>${icon(MIC)}</button>`}<button part="send-button" class="round" type="submit" aria-label=${t.send}>${icon(SEND)}</button></form></section>`;
  }

  /** The in-chat confirmation: day and time in the visitor's zone, ours too when it differs, calendar links. */
  private _renderCard(b: BookingCreated, t: PanelStrings) {
    const { start, timezone, businessTimezone } = b.booking;
    const at = (timeZone: string) =>
      new Intl.DateTimeFormat(this.locale + '-US', { weekday: 'long', month: 'long', day: 'numeric', hour: 'numeric', minute: '2-digit', timeZone, timeZoneName: 'short' }).format(new Date(start));
    const c = b.calendar;
    return html`<div part="booking-card" class="card" role="group" aria-labelledby="bk"><strong id="bk">${t.booked}</strong><span>${at(timezone)}</span>${businessTimezone !== timezone ? html`<span>${t.ourTime} ${at(businessTimezone)}</span>` : nothing}<span>${t.addCal} <a href=${c.google} target="_blank" rel="noopener">Google</a> · <a href=${c.outlook} target="_blank" rel="noopener">Outlook</a> · <a href=${c.ics} download="booking.ics">iCal</a></span></div>`;
  }

  private _renderChip(t: PanelStrings) {
    const contact = leadContact(this._lead);
    return contact
      ? html`<p part="lead-chip" class="chip"><span>${t.reachYou(this._lead?.firstName, contact)}</span><button class="link edit" type="button" aria-label=${t.editLabel} @click=${this._startEdit}>${t.edit}</button></p>`
      : nothing;
  }

  private _renderContactForm(t: PanelStrings) {
    const l = this._lead;
    return html`<form @submit=${this._saveContact} @input=${this._clearContactValidity}><fieldset><legend>${t.contactTitle}</legend>
<label>${t.name}<input name="name" autocomplete="name" maxlength="200" .value=${leadName(l) ?? ''}></label>
<label>${t.email}<input name="email" type="email" autocomplete="email" maxlength="254" .value=${l?.email ?? ''}></label>
<label>${t.phone}<input name="phone" type="tel" autocomplete="tel" maxlength="40" .value=${l?.phone ?? ''}></label>
${this._contactError ? html`<p class="alert" role="alert">${this._contactError}</p>` : nothing}
<div class="row"><button class="btn" type="button" @click=${this._cancelEdit}>${t.cancel}</button><button class="btn primary" ?disabled=${this._saving}>${t.save}</button></div></fieldset></form>`;
  }

  override updated(changed: PropertyValues): void {
    // Closed, it fades out for a moment: inert already, so Tab never lands in a closing dialog.
    this.inert = !this.open;
    if (changed.has('open') && this.open) {
      this._input.focus();
      if (!this._restored) void this._restore();
    }
    if (changed.has('_messages')) {
      const log = this.renderRoot.querySelector('.log')!;
      log.scrollTop = log.scrollHeight;
    }
    if (this._focusAfter) {
      this.renderRoot.querySelector<HTMLElement>(this._focusAfter)?.focus();
      this._focusAfter = undefined;
    }
  }

  /** Escape closes; Tab and Shift+Tab cycle inside the dialog while it is open. */
  private _onKeydown(e: KeyboardEvent): void {
    if (e.key === 'Escape') {
      e.preventDefault();
      this._requestClose(true);
    } else if (e.key === 'Tab') {
      const items = [...this.renderRoot.querySelectorAll<HTMLElement>('button:not([disabled]), input, [tabindex="0"]')];
      const first = items[0];
      const last = items[items.length - 1];
      const active = this.shadowRoot!.activeElement;
      if (e.shiftKey && active === first) {
        e.preventDefault();
        last.focus();
      } else if (!e.shiftKey && active === last) {
        e.preventDefault();
        first.focus();
      }
    }
  }

  private _requestClose(restoreFocus: boolean): void {
    this._speech.stop();
    this.dispatchEvent(new CustomEvent('request-close', { detail: { restoreFocus } }));
  }

  private _onSubmit(e: SubmitEvent): void {
    e.preventDefault();
    // While a reply is pending the text stays in the input, to be sent after.
    if (this._pending || !this._input.value.trim()) return;
    const text = this._input.value;
    this._input.value = '';
    void this._send(text, false);
  }

  /** After a reload: the conversation the server still has, and its contact chip. */
  private async _restore(): Promise<void> {
    this._restored = true;
    try {
      const h = await this._session.history();
      if (h?.messages.length && !this._messages.length) {
        this._messages = h.messages;
        this._setLead(h.lead);
      }
    } catch {
      /* nothing to restore: the conversation starts afresh */
    }
  }

  /** Adds the visitor's message to the transcript and asks the agent. */
  private async _send(text: string, byVoice: boolean): Promise<void> {
    const message = text.trim();
    if (!message || this._pending) return;
    this._micHidden = !byVoice;
    this._messages = [...this._messages, { role: 'user', content: message }];
    this.emit<VoiceAgentMessageDetail>('kre8-voice-agent-message', { role: 'user', content: message });
    await this._ask(message, byVoice);
  }

  private _retry(): void {
    const f = this._failed;
    if (f) void this._ask(f.message, f.byVoice);
    this._focusAfter = '#input';
  }

  /** Replies are spoken only when the visitor spoke: typing keeps the conversation silent. */
  private async _ask(message: string, byVoice: boolean): Promise<void> {
    this._pending = true;
    this._failed = null;
    try {
      const res = await this._session.chat(message, this.locale, this.partner);
      this._messages = [...this._markFailed(message, false), { role: 'assistant', content: res.reply, booking: res.booking }];
      this.emit<VoiceAgentMessageDetail>('kre8-voice-agent-message', { role: 'assistant', content: res.reply });
      if (byVoice) this._speech.speak(res.reply, this.locale);
      this._setLead(res.lead);
      for (const action of res.actions ?? []) this._act(action);
    } catch (e) {
      const err = e instanceof ApiRequestError ? e : new ApiRequestError(0, 'offline', String(e));
      this._failed = { message, byVoice, status: err.status };
      this._messages = this._markFailed(message, true);
      this.emit<VoiceAgentErrorDetail>('kre8-voice-agent-error', { status: err.status, code: err.code, message: err.message });
    } finally {
      this._pending = false;
    }
  }

  /** The transcript with the last visitor message (the one just sent or retried) marked failed or not. */
  private _markFailed(message: string, failed: boolean): Message[] {
    const i = this._messages.map((m) => m.role === 'user' && m.content === message).lastIndexOf(true);
    return this._messages.map((m, j) => (j === i ? { ...m, failed } : m));
  }

  private _setLead(lead: CapturedLead | null | undefined): void {
    if (!lead) return;
    this._lead = lead;
    if (!this._leadAnnounced && leadContact(lead)) {
      this._leadAnnounced = true;
      this.emit<VoiceAgentLeadDetail>('kre8-voice-agent-lead', { lead });
    }
  }

  /** The host may cancel the action event to handle it itself; when another widget takes over, step aside. */
  private _act(action: AgentAction): void {
    if (!this.emit<VoiceAgentActionDetail>('kre8-voice-agent-action', { action }, { cancelable: true })) return;
    if (performAction(action, this._lead)) this._requestClose(false);
  }

  private _listen(): void {
    this._micHidden = false;
    this._speech.listen(this.locale);
  }

  private _micDown(e: PointerEvent | KeyboardEvent): void {
    if (e instanceof KeyboardEvent ? e.key !== ' ' || e.repeat : e.button !== 0) return;
    this._swallowClick = true;
    if (this._speech.state === 'listening') {
      this._speech.stop();
      this._pressedAt = 0;
    } else {
      if (e instanceof PointerEvent) (e.currentTarget as Element).setPointerCapture?.(e.pointerId);
      this._listen();
      this._pressedAt = Date.now();
    }
  }

  private _micUp(e: PointerEvent | KeyboardEvent): void {
    if (e instanceof KeyboardEvent && e.key !== ' ') return;
    if (this._pressedAt && Date.now() - this._pressedAt > HOLD_MS) this._speech.stop();
    this._pressedAt = 0;
  }

  /** Clicks from a press were handled on press; a bare click (Enter, assistive tech) toggles listening. */
  private _micClick(): void {
    if (this._swallowClick) {
      this._swallowClick = false;
      return;
    }
    if (this._speech.state === 'listening') this._speech.stop();
    else this._listen();
  }

  private _startEdit(): void {
    this._editing = true;
    this._contactError = '';
    this._focusAfter = 'input[name="name"]';
  }

  private _cancelEdit(): void {
    this._editing = false;
    this._focusAfter = '.edit';
  }

  private _clearContactValidity(e: Event): void {
    const form = e.currentTarget as HTMLFormElement;
    (form.elements.namedItem('email') as HTMLInputElement).setCustomValidity('');
  }

  private async _saveContact(e: SubmitEvent): Promise<void> {
    e.preventDefault();
    const form = e.currentTarget as HTMLFormElement;
    const field = (n: string) => form.elements.namedItem(n) as HTMLInputElement;
    const details = contactDetails(field('name').value, field('email').value, field('phone').value);
    field('email').setCustomValidity(details.email || details.phone ? '' : this._t.contactNeeded);
    if (!form.reportValidity() || this._saving) return;
    this._saving = true;
    this._contactError = '';
    try {
      this._setLead(await this._session.saveContact(details));
      this._editing = false;
      this._focusAfter = '.edit';
    } catch (e) {
      const err = e instanceof ApiRequestError ? e : new ApiRequestError(0, 'offline', String(e));
      const t = this._t;
      this._contactError = err.status === 429 ? t.errRate : outageMessage(this.locale);
      this.emit<VoiceAgentErrorDetail>('kre8-voice-agent-error', { status: err.status, code: err.code, message: err.message });
    } finally {
      this._saving = false;
    }
  }
}

declare global {
  interface HTMLElementTagNameMap {
    'kre8-voice-agent-panel': Kre8VoiceAgentPanel;
  }
}
