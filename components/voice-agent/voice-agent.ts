import type { AgentAction, CapturedLead } from '../../model/contracts.js';
import { define, emit } from '../core/define.js';
import { onPageLang, resolveLocale } from '../core/locale.js';
import { launcherStrings } from './voice-agent.strings.js';
import { launcherCss } from './voice-agent.styles.js';
import type { Kre8VoiceAgentPanel } from './voice-agent-panel.js';

/** detail of `kre8-voice-agent-message` */
export interface VoiceAgentMessageDetail {
  role: 'user' | 'assistant';
  content: string;
}
/** detail of `kre8-voice-agent-action` (cancelable: preventDefault() stops the built-in handling) */
export interface VoiceAgentActionDetail {
  action: AgentAction;
}
/** detail of `kre8-voice-agent-lead` */
export interface VoiceAgentLeadDetail {
  lead: CapturedLead;
}
/** detail of `kre8-voice-agent-error` (status 0 = offline or the panel failed to load) */
export interface VoiceAgentErrorDetail {
  status: number;
  code: string;
  message: string;
}

const PANEL_TAG = 'kre8-voice-agent-panel';
const FORWARDED = ['api-base', 'locale', 'greeting', 'partner', 'name'];
/** Idle preloading waits this long after the page's load event, so it never competes with the host page. */
const IDLE_DELAY_MS = 3000;
const PANEL_PARTS =
  'panel,header,log,message,user-message,assistant-message,input,send-button,mic-button,mute-button,lead-chip,close-button';
/** A speech bubble (kept to a few bytes: this is the facade). */
const ICON = 'M3 4h18v12H8l-5 4zm5 5v2h2V9zm3 0v2h2V9zm3 0v2h2V9z';
const SVG_NS = 'http://www.w3.org/2000/svg';

let sheet: CSSStyleSheet | undefined;
let panelModule: Promise<void> | undefined;

/** Loads and registers the panel once per page; a failed load may be retried. */
function loadPanel(): Promise<void> {
  panelModule ??= import('./voice-agent-panel.js').then(
    (m) => m.Kre8VoiceAgentPanel.define(PANEL_TAG),
    (e: unknown) => {
      panelModule = undefined;
      throw e;
    },
  );
  return panelModule;
}

/**
 * A floating voice-and-text assistant. This element is only the launcher (no Lit, under 2 KB): the
 * conversation panel is loaded on the first hover, focus or click, or when the browser is idle.
 *
 * @summary Floating voice-and-text agent with a lazy-loaded panel.
 * @tagname kre8-voice-agent
 *
 * @attr api-base - The API origin + path prefix (default: the script's origin + /api).
 * @attr locale - `en` | `es`; defaults to the page's `lang`.
 * @attr position - `bottom-right` (default) | `bottom-left`.
 * @attr greeting - The assistant's first message (default: a greeting in the visitor's language).
 * @attr name - The visitor's name, when the host page knows it: the default greeting uses the first name.
 * @attr partner - Partner code recorded with the visitor's attribution.
 * @attr load - `idle` (default: preload the panel when the browser is idle) | `interaction` (only on hover/focus/click).
 *
 * @fires {CustomEvent<Record<string, never>>} kre8-voice-agent-open - when the panel opens (detail: {})
 * @fires {CustomEvent<Record<string, never>>} kre8-voice-agent-close - when the panel closes (detail: {})
 * @fires {CustomEvent<VoiceAgentMessageDetail>} kre8-voice-agent-message - for each visitor message and assistant reply (detail: {role, content})
 * @fires {CustomEvent<VoiceAgentActionDetail>} kre8-voice-agent-action - cancelable, before the agent acts on the page (detail: {action}); open-booking
 *   calls `open()` on the page's `<kre8-booking>`, open-roi-calculator and scroll-to scroll the target into view
 * @fires {CustomEvent<VoiceAgentLeadDetail>} kre8-voice-agent-lead - the first time the visitor's email or phone is known (detail: {lead})
 * @fires {CustomEvent<VoiceAgentErrorDetail>} kre8-voice-agent-error - when a request fails (detail: {status, code, message})
 *
 * @csspart launcher - the round launcher button
 * @csspart panel - the dialog
 * @csspart header - the dialog's title bar
 * @csspart log - the transcript
 * @csspart message - every message bubble
 * @csspart user-message - the visitor's bubbles
 * @csspart assistant-message - the assistant's bubbles
 * @csspart input - the text input
 * @csspart send-button - the send button
 * @csspart mic-button - the microphone button (only where the browser supports speech recognition)
 * @csspart mute-button - the spoken-replies toggle
 * @csspart lead-chip - the "we'll reach you at…" chip
 * @csspart close-button - the dialog's close button
 *
 * @cssprop --kre8-voice-z - stacking order of the launcher and panel (default 2147483000)
 * @cssprop --kre8-voice-offset - distance from the viewport edges (default 20px)
 * @cssprop --kre8-accent - launcher, header and visitor bubbles
 * @cssprop --kre8-accent-contrast - text on the accent colour
 * @cssprop --kre8-surface - panel background
 * @cssprop --kre8-surface-alt - assistant bubbles
 * @cssprop --kre8-text - text colour
 * @cssprop --kre8-muted - secondary text
 * @cssprop --kre8-border - borders
 * @cssprop --kre8-danger - errors and the active microphone
 * @cssprop --kre8-radius - corner radius
 * @cssprop --kre8-font - font family
 */
export class Kre8VoiceAgent extends HTMLElement {
  static readonly kitVersion = __KRE8_VERSION__;
  static readonly observedAttributes = [...FORWARDED, 'load'];

  /** Registers the element under `tag` unless it already is; a different version keeps the first and warns. */
  static define(tag: string): void {
    define(tag, this);
  }

  private readonly _button: HTMLButtonElement;
  private _panel?: Kre8VoiceAgentPanel;
  private _open = false;
  private _idle?: ReturnType<typeof setTimeout>;
  private _lang?: MutationObserver;

  constructor() {
    super();
    const root = this.attachShadow({ mode: 'open' });
    if ('adoptedStyleSheets' in root) {
      if (!sheet) {
        sheet = new CSSStyleSheet();
        sheet.replaceSync(launcherCss);
      }
      root.adoptedStyleSheets = [sheet];
    }
    // No type=button: a shadow root has no form to submit. No aria-hidden on the icon: a button's children are
    // presentational, its name is the aria-label.
    const b = (this._button = document.createElement('button'));
    b.part.add('launcher');
    b.setAttribute('aria-haspopup', 'dialog');
    b.setAttribute('aria-expanded', 'false');
    // Built with DOM calls, not innerHTML, so a Trusted Types CSP is satisfied too.
    const svg = document.createElementNS(SVG_NS, 'svg');
    const path = document.createElementNS(SVG_NS, 'path');
    svg.setAttribute('viewBox', '0 0 24 24');
    path.setAttribute('d', ICON);
    svg.append(path);
    b.append(svg);
    const preload = () => void this.load().catch(() => undefined);
    b.addEventListener('pointerenter', preload);
    b.addEventListener('focus', preload);
    b.addEventListener('click', () => (this._open ? this.close() : void this.open()));
    root.append(b);
  }

  /** The visitor's name, when the host page knows it (the `name` attribute): the greeting uses the first name. */
  get name(): string {
    return this.getAttribute('name') ?? '';
  }
  set name(value: string | null | undefined) {
    // Empty, null or undefined removes the attribute (setAttribute would store "null").
    if (value) this.setAttribute('name', value);
    else this.removeAttribute('name');
  }

  /** Whether the panel is open. */
  get isOpen(): boolean {
    return this._open;
  }

  connectedCallback(): void {
    this._sync();
    this._lang = onPageLang(() => this._sync());
    if (this.getAttribute('load') === 'interaction' || this._idle) return;
    const schedule = () => {
      if (!this.isConnected) return;
      const idle = window.requestIdleCallback ?? ((cb: () => void) => setTimeout(cb, 1));
      this._idle = setTimeout(() => idle(() => void this.load().catch(() => undefined)), IDLE_DELAY_MS);
    };
    if (document.readyState === 'complete') schedule();
    else addEventListener('load', schedule, { once: true });
  }

  disconnectedCallback(): void {
    this._lang?.disconnect();
    clearTimeout(this._idle);
    this._idle = undefined;
  }

  attributeChangedCallback(): void {
    this._sync();
  }

  /** Loads the panel's code without opening it (resolves once `<kre8-voice-agent-panel>` is defined). */
  load(): Promise<void> {
    return loadPanel();
  }

  /** Opens the panel (loading it first if needed) and moves focus into its text input. */
  async open(): Promise<void> {
    if (this._open) return;
    this._open = true;
    try {
      await this.load();
    } catch {
      this._open = false;
      emit<VoiceAgentErrorDetail>(this, 'kre8-voice-agent-error', { status: 0, code: 'load_failed', message: 'Panel failed to load' });
      return;
    }
    if (!this._open) return; // closed while loading
    const panel = this._ensurePanel();
    panel.open = true;
    this._button.setAttribute('aria-expanded', 'true');
    emit(this, 'kre8-voice-agent-open', {});
  }

  /** Closes the panel; focus returns to the launcher unless `restoreFocus` is false. */
  close(restoreFocus = true): void {
    if (!this._open) return;
    this._open = false;
    if (this._panel) this._panel.open = false;
    this._button.setAttribute('aria-expanded', 'false');
    if (restoreFocus) this._button.focus();
    emit(this, 'kre8-voice-agent-close', {});
  }

  private _ensurePanel(): Kre8VoiceAgentPanel {
    if (!this._panel) {
      const panel = (this._panel = document.createElement(PANEL_TAG) as Kre8VoiceAgentPanel);
      panel.setAttribute('exportparts', PANEL_PARTS);
      panel.addEventListener('request-close', (e) => this.close((e as CustomEvent<{ restoreFocus: boolean }>).detail.restoreFocus));
      this.shadowRoot!.append(panel);
      this._sync();
    }
    return this._panel;
  }

  /** Keeps the launcher's label and the panel's properties in step with the attributes. */
  private _sync(): void {
    const locale = resolveLocale(this, this.getAttribute('locale'));
    this._button.setAttribute('aria-label', launcherStrings[locale].label);
    const p = this._panel;
    if (!p) return;
    // Each forwarded attribute is the panel property of the same name (api-base: apiBase); locale, resolved.
    for (const a of FORWARDED) (p as unknown as Record<string, unknown>)[a === 'api-base' ? 'apiBase' : a] = this.getAttribute(a) ?? undefined;
    p.locale = locale;
  }

}
