import type { AvailabilityResponse, BookingType } from '../../model/contracts.js';
import type { MonthKey } from './calendar-math.js';

export interface AvailabilityQuery {
  month: MonthKey;
  type: BookingType;
  timezone: string;
}

export type AvailabilityFetcher = (q: AvailabilityQuery) => Promise<AvailabilityResponse>;

const keyOf = (q: AvailabilityQuery) => `${q.type}|${q.timezone}|${q.month}`;

/**
 * One availability request per month+type+timezone, shared by the visible month and prefetches: asking twice
 * while a request is in flight reuses it. Failures are forgotten so a retry asks again.
 */
export class AvailabilityCache {
  private readonly entries = new Map<string, Promise<AvailabilityResponse>>();

  constructor(private readonly fetcher: AvailabilityFetcher) {}

  /** The month's availability, from the cache or a new request. */
  get(q: AvailabilityQuery): Promise<AvailabilityResponse> {
    const key = keyOf(q);
    let entry = this.entries.get(key);
    if (!entry) {
      entry = this.fetcher(q);
      this.entries.set(key, entry);
      entry.catch(() => {
        if (this.entries.get(key) === entry) this.entries.delete(key);
      });
    }
    return entry;
  }

  /** Warms the cache; errors are left for the visible request to report. */
  prefetch(q: AvailabilityQuery): void {
    this.get(q).catch(() => undefined);
  }

  /** Drops every cached month of `type` (all of them without a type): slots changed on the server. */
  invalidate(type?: BookingType): void {
    for (const key of this.entries.keys()) if (!type || key.startsWith(`${type}|`)) this.entries.delete(key);
  }
}
