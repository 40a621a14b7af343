import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import '../define.js';
import { createDataApi } from '../shared/test-data-api.js';
import type { Kre8UserAdmin } from './user-admin.js';

const worker = setupWorker();
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector(s) as T;
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

const tables = (admins = 2) => ({
  user_profiles: [
    { id: 1, user_id: 'u-me', role: 'admin', display_name: 'Ana Admin', created_at: '2026-01-01T00:00:00.000Z' },
    ...(admins > 1 ? [{ id: 2, user_id: 'u-bo', role: 'admin', display_name: 'Bo Boss', created_at: '2026-01-01T00:00:00.000Z' }] : []),
    { id: 3, user_id: 'u-cy', role: 'customer', display_name: 'Cy Customer', company_name: 'Acme', created_at: '2026-01-01T00:00:00.000Z' },
    { id: 4, user_id: 'u-dee', role: 'team_member', name: 'Dee Team', created_at: '2026-01-01T00:00:00.000Z' },
  ],
  customer_access: [
    { id: 1, user_id: 'u-cy', partnership_id: 3, access_level: 'edit', is_active: 1, expires_at: '2030-06-01T19:00:00.000Z' },
    { id: 2, user_id: 'u-cy', partnership_id: 4, access_level: 'view', is_active: 0, expires_at: null },
  ],
});

describe('<kre8-user-admin>', () => {
  let api: ReturnType<typeof createDataApi>;
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());
  const mount = async (admins = 2, locale = 'en') => {
    api = createDataApi(tables(admins));
    worker.use(...api.handlers);
    const el = await fixture<Kre8UserAdmin>(html`<kre8-user-admin current-user-id="u-me" timezone="America/New_York" locale=${locale}></kre8-user-admin>`);
    await waitUntil(() => $(el, 'tbody'), 'users never listed');
    return el;
  };

  it('lists users by name with role and customer access grants', async () => {
    const el = await mount();
    expect([...el.shadowRoot!.querySelectorAll('tbody th')].map(text)).to.deep.equal(['Ana Admin', 'Bo Boss', 'Cy Customer (Acme)', 'Dee Team']);
    expect($<HTMLSelectElement>(el, '[data-user=u-dee] select').value).to.equal('team_member');
    expect(text($(el, '[data-user=u-cy] ul'))).to.equal('Partnership #3: edit · until Jun 1, 2030, 3:00 PM EDT Partnership #4: view inactive');
    await expect(el).to.be.accessible();
  });

  it('assigns a role through the proxy', async () => {
    const el = await mount();
    const select = $<HTMLSelectElement>(el, '[data-user=u-cy] select');
    select.value = 'team_member';
    setTimeout(() => select.dispatchEvent(new Event('change')));
    expect((await oneEvent(el, 'kre8-admin-changed')).detail).to.deep.equal({ table: 'user_profiles', id: 3, action: 'update' });
    const put = api.log.find((l) => l.method === 'PUT')!;
    expect(put.url.pathname + put.url.search).to.equal('/api/data/update/user_profiles?id=3');
    expect(put.body).to.deep.equal({ role: 'team_member' });
    await waitUntil(() => text($(el, '.notice')) === 'Cy Customer is now Team member.');
  });

  it('refuses to remove your own admin role or the last admin, without calling the proxy', async () => {
    let el = await mount();
    const mine = $<HTMLSelectElement>(el, '[data-user=u-me] select');
    expect(text($(el, '[data-user=u-me] .why'))).to.equal('You cannot remove your own admin role.');
    expect(mine.getAttribute('aria-describedby')).to.equal('role-1-why');
    expect([...mine.options].filter((o) => o.disabled).map((o) => o.value)).to.deep.equal(['team_member', 'customer']);
    // another admin may be demoted while two remain
    expect($(el, '[data-user=u-bo] .why')).to.equal(null);
    mine.value = 'customer';
    mine.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(mine.value).to.equal('admin');
    expect(text($(el, '.notice'))).to.equal('You cannot remove your own admin role.');

    el = await mount(1, 'es');
    api.log.length = 0;
    const ana = $<HTMLSelectElement>(el, '[data-user=u-me] select');
    el.currentUserId = 'u-other';
    await el.updateComplete;
    expect(text($(el, '[data-user=u-me] .why'))).to.equal('El último administrador no puede perder el rol.');
    ana.value = 'team_member';
    ana.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(api.log.some((l) => l.method === 'PUT')).to.equal(false);
  });
});
