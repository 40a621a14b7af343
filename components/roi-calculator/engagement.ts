import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where the engagement controller gets time and visibility. The browser version uses Date.now,
 * IntersectionObserver and `visibilitychange`; tests pass fakes so time and visibility are under their control.
 */
export interface EngagementEnv {
  now(): number;
  /** Reports whether `el` is on screen; returns a function that stops observing. */
  observeIntersection(el: Element, cb: (onScreen: boolean) => void): () => void;
  /** Reports tab visibility now and on every change; returns a function that stops listening. */
  observeVisibility(cb: (visible: boolean) => void): () => void;
}

export const browserEnv: EngagementEnv = {
  now: Date.now,
  observeIntersection(el, cb) {
    const io = new IntersectionObserver((entries) => cb(entries[entries.length - 1].isIntersecting));
    io.observe(el);
    return () => io.disconnect();
  },
  observeVisibility(cb) {
    const h = () => cb(document.visibilityState === 'visible');
    h();
    document.addEventListener('visibilitychange', h);
    return () => document.removeEventListener('visibilitychange', h);
  },
};

/** What survives a reload (sessionStorage). */
export interface EngagementSnapshot {
  visibleMs: number;
  adjustments: number;
  /** env.now() when the calculator was first on screen; null if never. */
  shownAt: number | null;
}

export interface EngagementOptions {
  /** Read at connect time, so a host can inject an env after construction. */
  env?: () => EngagementEnv | undefined;
  /** Called when the calculator leaves the screen or the tab hides: a good moment to persist. */
  onPause?: () => void;
  /** Pause after which more typing in the same field counts as another adjustment. */
  debounceMs?: number;
}

/**
 * Measures engagement honestly: milliseconds the calculator was on screen while the tab was visible (not time
 * since load), and committed adjustments (a slider drag counts once on `change`; a burst of typing in one field
 * counts once; setting a value back to what it was still counts, since the visitor did adjust it).
 */
export class EngagementController implements ReactiveController {
  #env = browserEnv;
  #onScreen = false;
  #tabVisible = true;
  /** When the current visible stretch began; null while not visible. */
  #since: number | null = null;
  #ms = 0;
  #count = 0;
  #shownAt: number | null = null;
  #connectedAt = 0;
  /** Last keystroke time per field, for the typing debounce. */
  #typedAt: Record<string, number> = {};
  #stops: (() => void)[] = [];
  #host: Element;
  #opts: EngagementOptions;

  constructor(host: ReactiveControllerHost & Element, options: EngagementOptions = {}) {
    this.#host = host;
    this.#opts = options;
    host.addController(this);
  }

  hostConnected(): void {
    const env = (this.#env = this.#opts.env?.() ?? browserEnv);
    this.#connectedAt = env.now();
    this.#stops = [
      env.observeIntersection(this.#host, (v) => {
        this.#onScreen = v;
        this.#sync();
      }),
      env.observeVisibility((v) => {
        this.#tabVisible = v;
        this.#sync();
      }),
    ];
  }

  hostDisconnected(): void {
    for (const stop of this.#stops) stop();
    this.#onScreen = false;
    this.#sync();
  }

  /** Whole seconds on screen with the tab visible, including time restored from a previous page load. */
  get seconds(): number {
    return Math.floor(this.#visibleMs() / 1000);
  }

  /** Committed changes so far. */
  get adjustments(): number {
    return this.#count;
  }

  /** Milliseconds since the calculator was first shown (since connect if it never was). */
  fillMs(): number {
    return Math.max(0, this.#env.now() - (this.#shownAt ?? this.#connectedAt));
  }

  /** One committed change (slider `change`, a radio choice). */
  commit(): void {
    this.#count++;
  }

  /** Typing in a field: counts once per burst, a new burst starting after a pause of `debounceMs`. */
  typing(field: string): void {
    const now = this.#env.now();
    // First keystroke in a field: now - undefined is NaN, and NaN < x is false, so it counts.
    if (!(now - this.#typedAt[field] < (this.#opts.debounceMs ?? 800))) this.#count++;
    this.#typedAt[field] = now;
  }

  snapshot(): EngagementSnapshot {
    return { visibleMs: this.#visibleMs(), adjustments: this.#count, shownAt: this.#shownAt };
  }

  /** Continues from a saved snapshot (after a reload in the same tab). */
  restore(s: EngagementSnapshot): void {
    this.#ms = s.visibleMs;
    this.#count = s.adjustments;
    this.#shownAt = s.shownAt;
    if (this.#since !== null) this.#since = this.#env.now();
  }

  #visibleMs(): number {
    return this.#ms + (this.#since === null ? 0 : this.#env.now() - this.#since);
  }

  #sync(): void {
    const now = this.#env.now();
    if (this.#onScreen && this.#tabVisible) {
      if (this.#since === null) {
        this.#since = now;
        this.#shownAt ??= now;
      }
    } else if (this.#since !== null) {
      this.#ms += now - this.#since;
      this.#since = null;
      this.#opts.onPause?.();
    }
  }
}
