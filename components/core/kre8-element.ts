import { LitElement } from 'lit';

export const KIT_VERSION = '0.1.0';

/**
 * Base class of every kre8 element: a typed `emit()` (bubbling + composed by default) and an idempotent,
 * version-aware `define()`, so loading a bundle twice, or two bundles on one page, is harmless.
 */
export class Kre8Element extends LitElement {
  static readonly kitVersion = KIT_VERSION;

  /**
   * Registers the element under `tag` unless it already is. A second registration of the same version is a
   * no-op; a different version keeps the first one and warns once, never throws.
   */
  static define(this: typeof Kre8Element & CustomElementConstructor, tag: string): void {
    const existing = customElements.get(tag) as (CustomElementConstructor & { kitVersion?: string }) | undefined;
    if (!existing) {
      customElements.define(tag, this);
      return;
    }
    if (existing.kitVersion !== this.kitVersion) {
      console.warn(`[kre8] <${tag}> v${existing.kitVersion} already defined; v${this.kitVersion} not registered`);
    }
  }

  /** Dispatches `name` with `detail`; returns false when a cancelable event was cancelled by the host. */
  protected emit<D>(name: string, detail: D, options: { cancelable?: boolean } = {}): boolean {
    const event = new CustomEvent<D>(name, { detail, bubbles: true, composed: true, cancelable: !!options.cancelable });
    return this.dispatchEvent(event);
  }
}
