import type { AvailabilityResponse, BookingType } from '../../model/contracts.js';
import type { MonthKey } from './calendar-math.js';

export interface AvailabilityQuery {
  month: MonthKey;
  type: BookingType;
  timezone: string;
}

export type AvailabilityFetcher = (q: AvailabilityQuery) => Promise<AvailabilityResponse>;

/**
 * One availability request per month+type+timezone, asked again (a month revisited): asking twice
 * while a request is in flight reuses it. Failures are forgotten so a retry asks again.
 */
export class AvailabilityCache {
  readonly #entries = new Map<string, Promise<AvailabilityResponse>>();
  readonly #fetch: AvailabilityFetcher;
  /** How many `latest` calls were made: an answer to any but the last one is stale. */
  #asked = 0;

  constructor(fetcher: AvailabilityFetcher) {
    this.#fetch = fetcher;
  }

  /** The month's availability, from the cache or a new request. */
  get(q: AvailabilityQuery): Promise<AvailabilityResponse> {
    const key = `${q.type}|${q.timezone}|${q.month}`;
    let entry = this.#entries.get(key);
    if (!entry) {
      this.#entries.set(key, (entry = this.#fetch(q)));
      entry.catch(() => this.#entries.get(key) === entry && this.#entries.delete(key));
    }
    return entry;
  }

  /**
   * The answer to show: `get(q)`, but settled to null (an answer or a failure alike) when another `latest`
   * call started meanwhile, so a slow answer for a month the visitor left never overwrites the newer one.
   */
  latest(q: AvailabilityQuery): Promise<AvailabilityResponse | null> {
    const n = ++this.#asked;
    return this.get(q).then(
      (r) => (n === this.#asked ? r : null),
      (e: unknown) => {
        if (n === this.#asked) throw e;
        return null;
      },
    );
  }

  /** Drops every cached month of `type` (all of them without a type): slots changed on the server. */
  invalidate(type?: BookingType): void {
    for (const key of this.#entries.keys()) if (!type || key.startsWith(`${type}|`)) this.#entries.delete(key);
  }
}
