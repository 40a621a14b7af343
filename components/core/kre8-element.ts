import { LitElement } from 'lit';
import { define, emit, KIT_VERSION } from './define.js';
import { onPageLang } from './locale.js';

export { KIT_VERSION };

/**
 * Base class of every kre8 Lit element: a typed `emit()` (bubbling + composed by default), an idempotent,
 * version-aware `define()` (both from core/define.ts, which the Lit-free voice launcher shares), and a render
 * whenever the page's `<html lang>` changes, so an element without its own `locale` follows the page.
 */
export class Kre8Element extends LitElement {
  static readonly kitVersion = __KRE8_VERSION__;
  private _lang?: MutationObserver;

  override connectedCallback(): void {
    super.connectedCallback();
    this._lang = onPageLang(() => this.requestUpdate());
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this._lang?.disconnect();
  }

  /**
   * Registers the element under `tag` unless it already is. A second registration of the same version is a
   * no-op; a different version keeps the first one and warns, never throws.
   */
  static define(this: typeof Kre8Element & CustomElementConstructor, tag: string): void {
    define(tag, this);
  }

  /** Dispatches `name` with `detail`; returns false when a cancelable event was cancelled by the host. */
  protected emit<D>(name: string, detail: D, options: { cancelable?: boolean } = {}): boolean {
    return emit(this, name, detail, options.cancelable);
  }
}
