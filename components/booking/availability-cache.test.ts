import { expect } from '@open-wc/testing';
import type { AvailabilityResponse } from '../../model/contracts.js';
import { AvailabilityCache, type AvailabilityQuery } from './availability-cache.js';

const response = (tz: string): AvailabilityResponse => ({ businessTimezone: 'America/Los_Angeles', timezone: tz, bookableUntil: '2030-01-31', days: [] });

describe('AvailabilityCache', () => {
  const q: AvailabilityQuery = { month: '2026-03', type: 'consultation', timezone: 'Europe/Madrid' };

  it('asks once per month, type and timezone', async () => {
    const asked: AvailabilityQuery[] = [];
    const cache = new AvailabilityCache(async (x) => { asked.push(x); return response(x.timezone); });
    void cache.get(q);
    await cache.get(q);
    await cache.get({ ...q, type: 'assessment' });
    await cache.get({ ...q, timezone: 'UTC' });
    await cache.get(q);
    expect(asked).to.have.length(3);
  });

  it('forgets failures and invalidated types', async () => {
    let calls = 0;
    const cache = new AvailabilityCache(async (x) => {
      calls++;
      if (calls === 1) throw new Error('down');
      return response(x.timezone);
    });
    let failed = false;
    await cache.get(q).catch(() => { failed = true; });
    expect(failed).to.equal(true);
    await cache.get(q);
    await cache.get(q);
    expect(calls).to.equal(2);
    cache.invalidate('assessment');
    await cache.get(q);
    expect(calls).to.equal(2);
    cache.invalidate('consultation');
    await cache.get(q);
    expect(calls).to.equal(3);
  });

  it('settles a superseded answer or failure to null, and gives the newest its own answer', async () => {
    const pending = new Map<string, { resolve: (r: AvailabilityResponse) => void; reject: (e: Error) => void }>();
    const cache = new AvailabilityCache((x) => new Promise((resolve, reject) => pending.set(x.month, { resolve, reject })));
    const march = cache.latest(q);
    const april = cache.latest({ ...q, month: '2026-04' });
    const may = cache.latest({ ...q, month: '2026-05' });
    pending.get('2026-03')!.resolve(response('March'));
    pending.get('2026-04')!.reject(new Error('down'));
    pending.get('2026-05')!.resolve(response('May'));
    expect(await march).to.equal(null);
    expect(await april).to.equal(null);
    expect((await may)?.timezone).to.equal('May');
  });

  it('rejects when the newest request fails', async () => {
    const cache = new AvailabilityCache(() => Promise.reject(new Error('down')));
    let message = '';
    await cache.latest(q).catch((e: Error) => { message = e.message; });
    expect(message).to.equal('down');
  });
});
