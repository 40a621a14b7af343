import type { EngagementEnv } from './engagement.js';

/** Test double for EngagementEnv: a hand-moved clock, hand-set visibility and manually fired timers. */
export function fakeEngagementEnv(start = 1_000_000) {
  let t = start;
  let onScreen: ((v: boolean) => void) | undefined;
  let onVisibility: ((v: boolean) => void) | undefined;
  let pageVisible = true;
  let nextId = 1;
  const timers = new Map<number, { at: number; fn: () => void }>();
  const env: EngagementEnv = {
    now: () => t,
    observeIntersection(_el, cb) {
      onScreen = cb;
      return () => (onScreen = undefined);
    },
    observeVisibility(cb) {
      onVisibility = cb;
      return () => (onVisibility = undefined);
    },
    pageVisible: () => pageVisible,
    setTimeout(fn, ms) {
      timers.set(nextId, { at: t + ms, fn });
      return nextId++;
    },
    clearTimeout: (id) => void timers.delete(id),
  };
  return {
    env,
    /** Moves the clock, firing timers that fall due. */
    advance(ms: number) {
      t += ms;
      for (const [id, timer] of [...timers]) {
        if (timer.at <= t) {
          timers.delete(id);
          timer.fn();
        }
      }
    },
    onScreen: (v: boolean) => onScreen?.(v),
    tabVisible(v: boolean) {
      pageVisible = v;
      onVisibility?.(v);
    },
    get observing() {
      return !!onScreen && !!onVisibility;
    },
  };
}
