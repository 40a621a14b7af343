import { expect } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import { http, HttpResponse } from 'msw';
import { createDataClient, DataError, decodeRow, flag, instantOf, jsonOf } from './data-client.js';
import { createDataApi } from './test-data-api.js';

const worker = setupWorker();

describe('admin data client', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());

  it('reads every page (235 rows in pages of 100) with the session cookie', async () => {
    const leads = Array.from({ length: 235 }, (_, i) => ({ id: i + 1, email: `l${i}@x.example`, created_at: '2026-12-01T10:00:00.000Z' }));
    const api = createDataApi({ leads });
    worker.use(...api.handlers);
    const rows = await createDataClient('/api/data').readAll('leads', { status: 'new' });
    expect(rows.length).to.equal(0); // no row has status=new: the filter reached the proxy
    const all = await createDataClient('/api/data').readAll('leads');
    expect(all.length).to.equal(235);
    expect(all[234].id).to.equal(235);
    expect(api.log.filter((l) => !l.url.searchParams.has('status')).map((l) => l.url.searchParams.get('page'))).to.deep.equal(['1', '2', '3']);
  });

  it('decodes NCB formats: numeric-string ids and decimals, 0/1, JSON text, ISO and SQL datetimes', () => {
    const r = decodeRow({ id: '7', company_id: '3', setup_fee: '4000.00', name: '0123' });
    expect(r).to.deep.equal({ id: 7, company_id: 3, setup_fee: 4000, name: '0123' });
    expect([flag(1), flag(0), flag(true), flag(null)]).to.deep.equal([true, false, true, false]);
    expect(jsonOf('{"roi":293}', {})).to.deep.equal({ roi: 293 });
    expect(jsonOf('{broken', { fallback: 1 })).to.deep.equal({ fallback: 1 });
    expect(instantOf('2026-12-03T00:00:00.000Z')!.toISOString()).to.equal('2026-12-03T00:00:00.000Z');
    expect(instantOf('2026-12-03 14:30:00')!.toISOString()).to.equal('2026-12-03T14:30:00.000Z');
    expect(instantOf('Invalid')).to.equal(null);
  });

  it('turns 401, 403 and 429 into typed errors (with Retry-After)', async () => {
    const client = createDataClient('/api/data');
    const answer = (status: number, headers: Record<string, string> = {}) => worker.use(http.get('/api/data/read/leads', () => HttpResponse.json({ error: 'x' }, { status, headers })));
    for (const [status, kind] of [[401, 'signed-out'], [403, 'forbidden'], [500, 'server']] as const) {
      answer(status);
      const e = await client.readAll('leads').catch((x: unknown) => x);
      expect(e).to.be.instanceOf(DataError);
      expect((e as DataError).kind).to.equal(kind);
    }
    answer(429, { 'Retry-After': '42' });
    const e = (await client.readAll('leads').catch((x: unknown) => x)) as DataError;
    expect([e.kind, e.retryAfterSeconds]).to.deep.equal(['rate-limited', 42]);
  });
});
