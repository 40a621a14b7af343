import { expect, fixture, html } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import '../define.js';
import type { Kre8CsvExport } from './csv-export.js';
import { createDataApi } from '../shared/test-data-api.js';

const worker = setupWorker();

describe('<kre8-csv-export>', () => {
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());

  it('exports every page with the filter applied, soft-deleted rows left out, BOM first', async () => {
    const leads = Array.from({ length: 230 }, (_, i) => ({ id: i + 1, email: `l${i + 1}@x.example`, first_name: i === 0 ? '=cmd()' : 'Ana', status: i % 2 ? 'new' : 'contacted', source: 'other', deleted_at: i === 2 ? '2026-12-01T00:00:00.000Z' : null, created_at: '2026-12-01T10:00:00.000Z' }));
    const api = createDataApi({ leads });
    worker.use(...api.handlers);
    const el = await fixture<Kre8CsvExport>(html`<kre8-csv-export table="leads" filter="status=contacted" locale="en"></kre8-csv-export>`);
    const blob = (await el.export())!;
    const bytes = new Uint8Array(await blob.arrayBuffer());
    expect([...bytes.slice(0, 3)]).to.deep.equal([0xef, 0xbb, 0xbf]);
    const lines = (await blob.text()).replace(/^\uFEFF/, '').split('\r\n').filter(Boolean);
    // 115 contacted rows (even indexes), one of them soft-deleted
    expect(lines.length).to.equal(1 + 114);
    expect(lines[1]).to.equal("1,2026-12-01T10:00:00.000Z,'=cmd(),,l1@x.example,,,,,other,,contacted,,,,");
    expect(api.log.map((l) => l.url.searchParams.get('page'))).to.deep.equal(['1', '2']);
    expect(api.log.every((l) => l.url.searchParams.get('status') === 'contacted')).to.equal(true);
    expect(el.shadowRoot!.querySelector('[role=status]')!.textContent).to.equal('114 rows exported.');
  });
});
