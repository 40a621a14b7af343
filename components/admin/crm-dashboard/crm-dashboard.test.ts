import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { sendKeys } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import '../define.js';
import { createDataApi } from '../shared/test-data-api.js';
import type { Kre8CrmDashboard } from './crm-dashboard.js';
import { fixedTables } from './dashboard-fixture.js';

const worker = setupWorker();
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector(s) as T;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (n: Element | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();

describe('<kre8-crm-dashboard>', () => {
  let api: ReturnType<typeof createDataApi>;
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  beforeEach(() => {
    api = createDataApi(fixedTables() as never);
    worker.use(...api.handlers);
  });
  afterEach(() => worker.resetHandlers());

  const mount = async (locale = 'en') => {
    const el = await fixture<Kre8CrmDashboard>(html`<kre8-crm-dashboard today="2026-11-18" timezone="America/Los_Angeles" locale=${locale}></kre8-crm-dashboard>`);
    await waitUntil(() => $(el, '.cards'), 'figures never rendered');
    const select = $<HTMLSelectElement>(el, '#range');
    select.value = 'week';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    return el;
  };

  it('reads every page of the six tables and shows the week beside the week before', async () => {
    const el = await mount();
    for (const t of ['leads', 'activities', 'roi_calculations', 'voice_sessions', 'bookings', 'opportunities']) {
      expect(api.log.some((l) => l.url.pathname === `/api/data/read/${t}` && l.url.searchParams.get('limit') === '100'), t).to.equal(true);
    }
    expect(text($(el, '#period'))).to.equal('Monday, November 16, 2026 – Sunday, November 22, 2026, compared with Monday, November 9, 2026 – Sunday, November 15, 2026 (days in America/Los_Angeles)');
    expect(text($(el, '[data-fig=leads]'))).to.equal('New leads4▲ (+300%) previous: 1');
    expect(text($(el, '[data-fig=openRate]'))).to.equal('Open rate67%▲ previous: 0%');
    expect(text($(el, '[data-fig=avgRoi]'))).to.equal('Average ROI300%▲ (+500%) previous: 50%');
    expect(text($(el, '[data-fig=capture]'))).to.equal('Email capture rate50%▼ (-50%) previous: 100%');
    expect(text($(el, '[data-fig=time]'))).to.equal('Average time on calculator1m 45s▲ (+250%) previous: 0m 30s');
    expect(text($(el, '[data-fig=tier]'))).to.equal('Most chosen tierfoundation');
    expect(text($(el, '[data-fig=upcoming]'))).to.equal('Upcoming2= previous: 2');
    expect(text($(el, '[data-fig=type-assessment]'))).to.equal('Assessment1');
  });

  it('leads over time: a line per source and the total, points in one tab stop, arrow keys move, values named', async () => {
    const el = await mount();
    const fig = 'figure[aria-labelledby=lt-t]';
    expect($$(el, `${fig} .legend li`).map(text)).to.deep.equal(['Total', 'referral', 'roi-calculator', 'voice-agent']);
    const total = $$(el, `${fig} [data-series="0"] .pt`);
    const roi = $$(el, `${fig} [data-series="2"] .pt`);
    expect(total.length).to.equal(7);
    expect($$(el, `${fig} .pt`).length).to.equal(28);
    expect(total.map((p) => p.getAttribute('aria-label')).slice(0, 2)).to.deep.equal(['Total, Mon, Nov 16: 2 leads', 'Total, Tue, Nov 17: 0 leads']);
    // roving tabindex: only the first point is in the tab order
    expect($$(el, `${fig} .pt`).filter((p) => p.getAttribute('tabindex') === '0')).to.deep.equal([total[0]]);
    $<HTMLSelectElement>(el, '#range').focus();
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).to.equal(total[0]);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement).to.equal(total[1]);
    expect(total[1].getAttribute('tabindex')).to.equal('0');
    expect(total[0].getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(el.shadowRoot!.activeElement).to.equal(roi[1]);
    await sendKeys({ press: 'ArrowLeft' });
    expect(el.shadowRoot!.activeElement!.getAttribute('aria-label')).to.equal('roi-calculator, Mon, Nov 16: 1 leads');
    await sendKeys({ press: 'End' });
    expect(el.shadowRoot!.activeElement).to.equal(roi[6]);
    await sendKeys({ press: 'ArrowRight' });
    expect(el.shadowRoot!.activeElement, 'stops at the end').to.equal(roi[6]);
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(el.shadowRoot!.activeElement).to.equal(total[6]);
    expect($$(el, `${fig} .pt`).filter((p) => p.getAttribute('tabindex') === '0')).to.deep.equal([total[6]]);
    // leaving and coming back lands on the last point visited
    await sendKeys({ press: 'Tab' });
    expect(el.shadowRoot!.activeElement).not.to.equal(total[6]);
    expect(text($(el, '#lt-k'))).to.contain('Arrow keys');
  });

  it('charts: the funnel’s bars are focusable and named; tables hold the same numbers', async () => {
    const el = await mount();
    const bars = $$(el, 'figure[aria-labelledby=fn-t] .pt');
    expect(bars.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['New: 4', 'Contacted: 3', 'Qualified: 2', 'Opportunity: 2', 'Closed won: 1']);
    const cells = (sel: string) => $$(el, sel).map((tr) => [...tr.children].map(text).join(' '));
    const rows = cells('figure[aria-labelledby=lt-t] tbody tr');
    expect($$(el, 'figure[aria-labelledby=lt-t] thead th').map(text)).to.deep.equal(['Day', 'referral', 'roi-calculator', 'voice-agent', 'Total']);
    expect(rows[0]).to.equal('Mon, Nov 16 0 1 1 2');
    expect(cells('figure[aria-labelledby=fn-t] tbody tr')).to.deep.equal(['New 4 1', 'Contacted 3 1', 'Qualified 2 0', 'Opportunity 2 1', 'Closed won 1 1']);
    await expect(el).to.be.accessible();
  });

  it('a custom range recomputes without reading again; Spanish', async () => {
    const el = await mount('es');
    const reads = api.log.length;
    const select = $<HTMLSelectElement>(el, '#range');
    select.value = 'custom';
    select.dispatchEvent(new Event('change'));
    await el.updateComplete;
    const from = $<HTMLInputElement>(el, '#from');
    const to = $<HTMLInputElement>(el, '#to');
    from.value = '2026-11-20';
    from.dispatchEvent(new Event('change'));
    to.value = '2026-11-21';
    to.dispatchEvent(new Event('change'));
    await el.updateComplete;
    expect(text($(el, '[data-fig=leads]'))).to.equal('Leads nuevos1= anterior: 1');
    expect($$(el, 'figure[aria-labelledby=lt-t] [data-series="0"] .pt').length).to.equal(2);
    expect(api.log.length).to.equal(reads);
  });
});
