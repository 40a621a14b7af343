/**
 * How many NCB round trips a request waited for one after another: the longest chain of calls in which each
 * starts only after the previous one ended. Calls made in parallel (Promise.all) count once.
 */
export interface Span {
  /** Start and end, milliseconds since the epoch (fractional). */
  s: number;
  e: number;
}

/** Millisecond clocks in two processes: a call starting within this of another's end follows it. */
const TOLERANCE_MS = 2;

export function sequentialRoundTrips(spans: Span[]): number {
  const sorted = [...spans].sort((a, b) => a.e - b.e);
  const depth: number[] = [];
  let best = 0;
  for (const [i, span] of sorted.entries()) {
    let d = 1;
    for (let j = 0; j < i; j++) if (sorted[j]!.e <= span.s + TOLERANCE_MS) d = Math.max(d, depth[j]! + 1);
    depth.push(d);
    best = Math.max(best, d);
  }
  return best;
}

/** The calls a request waited for: started after it was sent and finished before its answer arrived. */
export function within<T extends Span>(spans: T[], from: number, to: number): T[] {
  return spans.filter((x) => x.s >= from - TOLERANCE_MS && x.e <= to + TOLERANCE_MS);
}
