import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import '../define.js';
import { createDataApi } from '../shared/test-data-api.js';
import type { Kre8EntityNotes } from './entity-notes.js';

const worker = setupWorker();
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector(s) as T;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

const tables = () => ({
  companies: [{ id: 2, name: 'Engine Works', notes: 'Met at the trade fair.\nCall after Q1.', created_at: '2026-10-01T00:00:00.000Z' }],
  user_profiles: [{ id: 1, user_id: 'u-ana', role: 'admin', display_name: 'Ana Admin' }],
  activities: [
    { id: 11, type: 'note', subject: 'Older', description: 'Older', company_id: 2, user_id: 'u-ana', status: 'completed', created_at: '2026-11-02T17:00:00.000Z' },
    { id: 12, type: 'note', subject: 'Newer', description: 'Newer\nsecond line', company_id: 2, user_id: 'u-gone', status: 'completed', created_at: '2026-11-03T17:00:00.000Z' },
    { id: 13, type: 'task', subject: 'A task', company_id: 2, created_at: '2026-11-04T17:00:00.000Z' },
    { id: 14, type: 'note', subject: 'Another company', company_id: 3, created_at: '2026-11-04T17:00:00.000Z' },
  ],
});

describe('<kre8-entity-notes>', () => {
  let api: ReturnType<typeof createDataApi>;
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());
  const mount = async (locale = 'en') => {
    api = createDataApi(tables());
    worker.use(...api.handlers);
    const el = await fixture<Kre8EntityNotes>(html`<kre8-entity-notes table="companies" id="2" open timezone="America/Los_Angeles" locale=${locale}></kre8-entity-notes>`);
    await waitUntil(() => $$(el, '[data-note]').length > 0, 'notes never listed');
    return el;
  };

  it('lists the entity’s notes newest first with author and zoned time, and the legacy notes read-only', async () => {
    const el = await mount();
    const read = api.log.find((l) => l.url.pathname === '/api/data/read/activities')!;
    expect(read.url.searchParams.get('company_id')).to.equal('2');
    expect(read.url.searchParams.get('type')).to.equal('note');
    expect(text($(el, 'summary'))).to.equal('Notes (2)');
    expect($$(el, '[data-note]').map((n) => n.dataset.note)).to.deep.equal(['12', '11']);
    expect(text($(el, '[data-note="11"] .muted'))).to.equal('Ana Admin · Nov 2, 2026, 9:00 AM PST');
    expect(text($(el, '[data-note="12"] .muted'))).to.contain('Unknown author');
    expect(text($(el, '.legacy-box h3'))).to.equal('Earlier notes (read-only)');
    expect($(el, '.legacy').textContent).to.equal('Met at the trade fair.\nCall after Q1.');
    expect($(el, '.legacy-box textarea')).to.equal(null);
    await expect(el).to.be.accessible();
  });

  it('adds, edits and deletes a note through the proxy', async () => {
    const el = await mount();
    $<HTMLTextAreaElement>(el, '#new').value = 'Wants a demo\nin March';
    setTimeout(() => $<HTMLButtonElement>(el, 'form.add button').click());
    expect((await oneEvent(el, 'kre8-admin-changed')).detail).to.deep.equal({ table: 'activities', id: 1000, action: 'create' });
    expect(api.log.find((l) => l.method === 'POST')!.body).to.deep.equal({ type: 'note', subject: 'Wants a demo', description: 'Wants a demo\nin March', status: 'completed', company_id: 2 });
    await waitUntil(() => $$(el, '[data-note]').length === 3);

    $<HTMLButtonElement>(el, '[data-note="11"] .edit-btn').click();
    await el.updateComplete;
    $<HTMLTextAreaElement>(el, '[data-note="11"] textarea').value = 'Older, corrected';
    setTimeout(() => $<HTMLButtonElement>(el, '[data-note="11"] form button').click());
    expect((await oneEvent(el, 'kre8-admin-changed')).detail.action).to.equal('update');
    const put = api.log.find((l) => l.method === 'PUT')!;
    expect(put.url.search).to.equal('?id=11');
    expect(put.body).to.deep.equal({ subject: 'Older, corrected', description: 'Older, corrected' });

    await waitUntil(() => $(el, '[data-note="12"] .del'));
    $<HTMLButtonElement>(el, '[data-note="12"] .del').click();
    await el.updateComplete;
    expect(api.log.some((l) => l.method === 'DELETE')).to.equal(false);
    setTimeout(() => $<HTMLButtonElement>(el, '[data-note="12"] .confirm').click());
    expect((await oneEvent(el, 'kre8-admin-changed')).detail).to.deep.equal({ table: 'activities', id: 12, action: 'delete' });
    await waitUntil(() => $$(el, '[data-note]').length === 2);
    expect(text($(el, 'summary'))).to.equal('Notes (2)');
  });

  it('speaks Spanish', async () => {
    const el = await mount('es');
    expect(text($(el, 'summary'))).to.equal('Notas (2)');
    expect(text($(el, '.legacy-box h3'))).to.equal('Notas anteriores (solo lectura)');
  });
});
