import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Locale } from '../../model/contracts.js';

/**
 * The microphone's state: `unsupported` (no recognition API: text only), `idle`, `listening`, `denied`
 * (permission refused; the visitor must re-enable it in the site settings) or `failed` (no mic, network…).
 */
export type MicState = 'unsupported' | 'idle' | 'listening' | 'denied' | 'failed';

/** The slice of the Web Speech API we use (not in TypeScript's DOM lib). */
interface Recognition extends EventTarget {
  lang: string;
  interimResults: boolean;
  continuous: boolean;
  start(): void;
  stop(): void;
  abort(): void;
}
interface RecognitionResultEvent extends Event {
  resultIndex: number;
  results: ArrayLike<ArrayLike<{ transcript: string }> & { isFinal: boolean }>;
}
type RecognitionCtor = new () => Recognition;

const MUTE_KEY = 'kre8:voice-muted';

/** The BCP 47 tag recognition and synthesis use for a widget locale: en-US, or es-US (the kit's Spanish). */
export const speechLang = (locale: Locale): string => locale + '-US';

function recognitionCtor(): RecognitionCtor | undefined {
  const w = window as unknown as { SpeechRecognition?: RecognitionCtor; webkitSpeechRecognition?: RecognitionCtor };
  return w.SpeechRecognition || w.webkitSpeechRecognition;
}

function synth(): SpeechSynthesis | undefined {
  return (window as { speechSynthesis?: SpeechSynthesis }).speechSynthesis;
}

/**
 * Browser speech for the panel: recognition (one utterance per listen(), interim text exposed, the final
 * transcript handed to `onFinal`) and spoken replies through speechSynthesis with a per-tab mute.
 */
export class SpeechController implements ReactiveController {
  /** The microphone's state; the host re-renders on every change. */
  state: MicState;
  /** What the recogniser has heard so far in this utterance (not final). */
  interim = '';
  private _rec?: Recognition;
  private _muted = false;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly onFinal: (transcript: string) => void,
  ) {
    host.addController(this);
    this.state = recognitionCtor() ? 'idle' : 'unsupported';
    try {
      this._muted = sessionStorage.getItem(MUTE_KEY) === '1';
    } catch {
      /* storage disabled: not muted */
    }
  }

  /** Whether replies can be spoken at all (the mute toggle is only shown then). */
  get canSpeak(): boolean {
    return !!synth();
  }

  /** Spoken replies off; remembered for the tab. Muting stops any reply being spoken. */
  get muted(): boolean {
    return this._muted;
  }
  set muted(value: boolean) {
    this._muted = value;
    try {
      sessionStorage.setItem(MUTE_KEY, value ? '1' : '0');
    } catch {
      /* storage disabled: remembered for this page only */
    }
    if (value) this.cancelSpeech();
    this.host.requestUpdate();
  }

  /** Starts listening for one utterance in `locale`; stops any reply being spoken (the visitor talks over it). */
  listen(locale: Locale): void {
    const Ctor = recognitionCtor();
    if (!Ctor) return; // the panel offers no mic then
    this.cancelSpeech();
    this._rec?.abort();
    const rec = (this._rec = new Ctor());
    rec.lang = speechLang(locale);
    rec.interimResults = true;
    rec.continuous = false;
    rec.addEventListener('result', (e) => this._onResult(e as RecognitionResultEvent));
    rec.addEventListener('error', (e) => {
      const code = (e as Event & { error?: string }).error;
      this.interim = '';
      this._set(code === 'not-allowed' || code === 'service-not-allowed' ? 'denied' : code === 'no-speech' || code === 'aborted' ? 'idle' : 'failed');
    });
    rec.addEventListener('end', () => {
      if (this._rec !== rec) return;
      this._rec = undefined;
      this.interim = '';
      if (this.state === 'listening') this._set('idle');
    });
    // 'listening' before start(): a recogniser may report a denial synchronously from start().
    this.interim = '';
    this._set('listening');
    try {
      rec.start();
    } catch {
      this._set('failed');
    }
  }

  /** Stops listening; whatever was heard so far still arrives as the final result. */
  stop(): void {
    this._rec?.stop();
  }

  /** Speaks `text` unless muted or unsupported. */
  speak(text: string, locale: Locale): void {
    const s = synth();
    if (!s || this._muted) return;
    const u = new SpeechSynthesisUtterance(text);
    u.lang = speechLang(locale);
    s.cancel();
    s.speak(u);
  }

  /** Stops a reply being spoken. */
  cancelSpeech(): void {
    synth()?.cancel();
  }

  hostDisconnected(): void {
    this._rec?.abort();
    this._rec = undefined;
    this.cancelSpeech();
    if (this.state === 'listening') this.state = 'idle';
  }

  private _onResult(e: RecognitionResultEvent): void {
    let interim = '';
    let final = '';
    for (let i = e.resultIndex; i < e.results.length; i++) {
      const r = e.results[i];
      if (r.isFinal) final += r[0].transcript;
      else interim += r[0].transcript;
    }
    this.interim = interim;
    this.host.requestUpdate();
    if (final.trim()) {
      this.interim = '';
      this.onFinal(final.trim());
    }
  }

  private _set(state: MicState): void {
    this.state = state;
    this.host.requestUpdate();
  }
}
