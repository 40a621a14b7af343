import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Where the engagement controller gets time and visibility. The browser version uses Date.now,
 * IntersectionObserver and `visibilitychange`; tests pass fakes so time and visibility are under their control.
 */
export interface EngagementEnv {
  now(): number;
  /** Reports whether `el` is on screen; returns a function that stops observing. */
  observeIntersection(el: Element, cb: (onScreen: boolean) => void): () => void;
  /** Reports tab visibility changes; returns a function that stops listening. */
  observeVisibility(cb: (visible: boolean) => void): () => void;
  pageVisible(): boolean;
  setTimeout(fn: () => void, ms: number): number;
  clearTimeout(id: number): void;
}

export const browserEnv: EngagementEnv = {
  now: () => Date.now(),
  observeIntersection(el, cb) {
    if (typeof IntersectionObserver === 'undefined') {
      cb(true);
      return () => undefined;
    }
    const io = new IntersectionObserver((entries) => cb(entries[entries.length - 1].isIntersecting));
    io.observe(el);
    return () => io.disconnect();
  },
  observeVisibility(cb) {
    const h = () => cb(document.visibilityState === 'visible');
    document.addEventListener('visibilitychange', h);
    return () => document.removeEventListener('visibilitychange', h);
  },
  pageVisible: () => document.visibilityState === 'visible',
  setTimeout: (fn, ms) => window.setTimeout(fn, ms),
  clearTimeout: (id) => window.clearTimeout(id),
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
  /** Pause after which typing in a number field counts as one adjustment. */
  debounceMs?: number;
}

/**
 * Measures engagement honestly: seconds the calculator was on screen while the tab was visible (not seconds
 * since load), and committed adjustments (a slider drag counts once on `change`; typing counts once per pause;
 * setting a value back to what it was still counts, since the visitor did adjust it).
 */
export class EngagementController implements ReactiveController {
  private env: EngagementEnv = browserEnv;
  private onScreen = false;
  private tabVisible = true;
  private since: number | null = null;
  private accumulated = 0;
  private count = 0;
  private shownAt: number | null = null;
  private connectedAt = 0;
  private pending = new Map<string, number>();
  private stops: (() => void)[] = [];

  constructor(
    private readonly host: ReactiveControllerHost & Element,
    private readonly options: EngagementOptions = {},
  ) {
    host.addController(this);
  }

  hostConnected(): void {
    this.env = this.options.env?.() ?? browserEnv;
    this.connectedAt = this.env.now();
    this.tabVisible = this.env.pageVisible();
    this.stops = [
      this.env.observeIntersection(this.host, (v) => {
        this.onScreen = v;
        this.sync();
      }),
      this.env.observeVisibility((v) => {
        this.tabVisible = v;
        this.sync();
      }),
    ];
  }

  hostDisconnected(): void {
    for (const stop of this.stops) stop();
    this.stops = [];
    this.onScreen = false;
    this.sync();
    for (const id of this.pending.values()) this.env.clearTimeout(id);
    this.count += this.pending.size;
    this.pending.clear();
  }

  /** Whole seconds on screen with the tab visible, including time restored from a previous page load. */
  get seconds(): number {
    const running = this.since === null ? 0 : this.env.now() - this.since;
    return Math.floor((this.accumulated + running) / 1000);
  }

  /** Committed changes so far (pending typing included, since it will commit). */
  get adjustments(): number {
    return this.count + this.pending.size;
  }

  /** Milliseconds since the calculator was first shown (since connect if it never was). */
  fillMs(): number {
    return Math.max(0, this.env.now() - (this.shownAt ?? this.connectedAt));
  }

  /** One committed change (slider `change`, a radio choice). */
  commit(): void {
    this.count++;
  }

  /** Typing in a field: counts once when the visitor pauses for `debounceMs`. */
  typing(field: string): void {
    const prev = this.pending.get(field);
    if (prev !== undefined) this.env.clearTimeout(prev);
    const id = this.env.setTimeout(() => {
      this.pending.delete(field);
      this.count++;
    }, this.options.debounceMs ?? 800);
    this.pending.set(field, id);
  }

  snapshot(): EngagementSnapshot {
    const running = this.since === null ? 0 : this.env.now() - this.since;
    return { visibleMs: this.accumulated + running, adjustments: this.adjustments, shownAt: this.shownAt };
  }

  /** Continues from a saved snapshot (after a reload in the same tab). */
  restore(s: EngagementSnapshot): void {
    this.accumulated = s.visibleMs;
    this.count = s.adjustments;
    this.shownAt = s.shownAt;
    if (this.since !== null) this.since = this.env.now();
  }

  private sync(): void {
    const visible = this.onScreen && this.tabVisible;
    const now = this.env.now();
    if (visible && this.since === null) {
      this.since = now;
      this.shownAt ??= now;
    } else if (!visible && this.since !== null) {
      this.accumulated += now - this.since;
      this.since = null;
      this.options.onPause?.();
    }
  }
}
