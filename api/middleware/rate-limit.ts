import { ApiError } from '../errors.js';

/**
 * Fixed-window counters kept in this isolate's memory. Locally that is exact (one process); on Workers it is
 * per isolate, which is the usual first line — Cloudflare's rate-limiting rules sit in front in production.
 */
export function createRateLimiter(now: () => number = Date.now) {
  const windows = new Map<string, { start: number; count: number }>();
  let sweeps = 0;
  return {
    /** Counts a hit; throws a 429 ApiError with Retry-After when `limit` per `windowSeconds` is exceeded. */
    hit(key: string, limit: number, windowSeconds = 60) {
      const t = now();
      const w = windows.get(key);
      if (!w || t - w.start >= windowSeconds * 1000) windows.set(key, { start: t, count: 1 });
      else if (++w.count > limit) {
        const retryAfter = Math.max(1, Math.ceil((w.start + windowSeconds * 1000 - t) / 1000));
        throw new ApiError(429, 'rate_limited', 'Too many requests. Please wait a moment and try again.', undefined, {
          'Retry-After': String(retryAfter),
        });
      }
      if (++sweeps % 1000 === 0) {
        for (const [k, v] of windows) if (t - v.start > 3600_000) windows.delete(k);
      }
    },
  };
}
export type RateLimiter = ReturnType<typeof createRateLimiter>;
