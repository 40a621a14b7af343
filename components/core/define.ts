/**
 * The Lit-free half of every kre8 element, shared by the Lit base class (kre8-element.ts) and the voice
 * launcher, which must stay free of Lit to stay under 2 KB.
 */

/**
 * The kit's version: package.json's, put in at build time (vite.config.ts; the test runners do the same). The
 * elements write `__KRE8_VERSION__` itself, so each bundle holds the literal and no chunk imports a binding.
 */
export const KIT_VERSION: string = __KRE8_VERSION__;

/**
 * Registers `ctor` under `tag` unless it already is, so loading a bundle twice, or two bundles on one page, is
 * harmless: the same version again is a no-op; another version keeps the first one and warns, never throws.
 */
export function define(tag: string, ctor: CustomElementConstructor): void {
  const existing = customElements.get(tag) as { kitVersion?: string } | undefined;
  if (!existing) customElements.define(tag, ctor);
  else if (existing.kitVersion !== __KRE8_VERSION__) console.warn(`[kre8] <${tag}> v${existing.kitVersion} kept, v${__KRE8_VERSION__} ignored`);
}

/** Dispatches `name` with `detail`, bubbling and composed; returns false when a cancelable event was cancelled. */
export const emit = <D>(target: EventTarget, name: string, detail: D, cancelable?: boolean): boolean =>
  target.dispatchEvent(new CustomEvent<D>(name, { detail, bubbles: true, composed: true, cancelable }));
