import type { EngagementEnv } from './engagement.js';

/** Test double for EngagementEnv: a hand-moved clock and hand-set screen and tab visibility. */
export function fakeEngagementEnv(start = 1_000_000) {
  let t = start;
  let onScreen: ((v: boolean) => void) | undefined;
  let onVisibility: ((v: boolean) => void) | undefined;
  let pageVisible = true;
  const env: EngagementEnv = {
    now: () => t,
    observeIntersection(_el, cb) {
      onScreen = cb;
      return () => (onScreen = undefined);
    },
    observeVisibility(cb) {
      onVisibility = cb;
      cb(pageVisible);
      return () => (onVisibility = undefined);
    },
  };
  return {
    env,
    /** Moves the clock. */
    advance(ms: number) {
      t += ms;
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
