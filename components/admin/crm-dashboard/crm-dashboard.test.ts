import { expect, fixture, html, waitUntil } from '@open-wc/testing';
import { resetMouse, sendKeys, sendMouse } from '@web/test-runner-commands';
import { setupWorker } from 'msw/browser';
import '../define.js';
import { createDataApi } from '../shared/test-data-api.js';
import type { Kre8CrmDashboard } from './crm-dashboard.js';
import { fixedTables } from './dashboard-fixture.js';

const worker = setupWorker();
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector(s) as T;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
/** The focused element's accessible name (chai's diff of two SVG elements would take minutes). */
const focused = (el: Element) => { const a = el.shadowRoot!.activeElement; return a ? (a.getAttribute('aria-label') ?? (a.id || a.outerHTML.slice(0, 200))) : null; };
const nameOf = (n: Element) => n.getAttribute('aria-label');
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
    expect(text($(el, '[data-fig=tier]'))).to.equal('Most chosen tierFoundation Builder');
    expect(text($(el, '[data-fig=upcoming]'))).to.equal('Upcoming2= previous: 2');
    expect(text($(el, '[data-fig=type-assessment]'))).to.equal('Assessment1');
  });

  it('leads over time: a line per source and the total, points in one tab stop, arrow keys move, values named', async () => {
    const el = await mount();
    const fig = 'figure[aria-labelledby=lt-t]';
    expect($$(el, `${fig} .legend li`).map(text)).to.deep.equal(['Total', 'Referral', 'ROI calculator', 'Voice agent']);
    const total = $$(el, `${fig} [data-series="0"] .pt`);
    const roi = $$(el, `${fig} [data-series="2"] .pt`);
    expect(total.length).to.equal(7);
    expect($$(el, `${fig} .pt`).length).to.equal(28);
    expect(total.map((p) => p.getAttribute('aria-label')).slice(0, 2)).to.deep.equal(['Total, Mon, Nov 16: 2 leads', 'Total, Tue, Nov 17: 0 leads']);
    // roving tabindex: only the first point is in the tab order
    expect($$(el, `${fig} .pt`).filter((p) => p.getAttribute('tabindex') === '0').map(nameOf)).to.deep.equal([nameOf(total[0])]);
    $<HTMLSelectElement>(el, '#range').focus();
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal(nameOf(total[0]));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el)).to.equal(nameOf(total[1]));
    expect(total[1].getAttribute('tabindex')).to.equal('0');
    expect(total[0].getAttribute('tabindex')).to.equal('-1');
    await sendKeys({ press: 'ArrowDown' });
    await sendKeys({ press: 'ArrowDown' });
    expect(focused(el)).to.equal(nameOf(roi[1]));
    await sendKeys({ press: 'ArrowLeft' });
    expect(focused(el)).to.equal('ROI calculator, Mon, Nov 16: 1 lead');
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.equal(nameOf(roi[6]));
    await sendKeys({ press: 'ArrowRight' });
    expect(focused(el), 'stops at the end').to.equal(nameOf(roi[6]));
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    await sendKeys({ press: 'ArrowUp' });
    expect(focused(el)).to.equal(nameOf(total[6]));
    expect($$(el, `${fig} .pt`).filter((p) => p.getAttribute('tabindex') === '0').map(nameOf)).to.deep.equal([nameOf(total[6])]);
    // leaving and coming back lands on the last point visited
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).not.to.equal(nameOf(total[6]));
    expect(text($(el, '#lt-k'))).to.contain('Arrow keys');
  });

  it('charts: the funnel’s bars are focusable and named; tables hold the same numbers', async () => {
    const el = await mount();
    const bars = $$(el, 'figure[aria-labelledby=fn-t] .pt');
    expect(bars.map((b) => b.getAttribute('aria-label'))).to.deep.equal(['New: 4', 'Contacted: 3', 'Qualified: 2', 'Opportunity: 2', 'Closed won: 1']);
    const cells = (sel: string) => $$(el, sel).map((tr) => [...tr.children].map(text).join(' '));
    const rows = cells('figure[aria-labelledby=lt-t] tbody tr');
    expect($$(el, 'figure[aria-labelledby=lt-t] thead th').map(text)).to.deep.equal(['Day', 'Referral', 'ROI calculator', 'Voice agent', 'Total']);
    expect(rows[0]).to.equal('Mon, Nov 16 0 1 1 2');
    expect(cells('figure[aria-labelledby=fn-t] tbody tr')).to.deep.equal(['New 4 1', 'Contacted 3 1', 'Qualified 2 0', 'Opportunity 2 1', 'Closed won 1 1']);
    await expect(el).to.be.accessible();
  });

  /** Every `sel` in the chart lies inside its SVG's box (labels never spill out or get clipped). */
  const inside = (el: Element, fig: string, sel: string) => {
    const box = $(el, `${fig} > svg`).getBoundingClientRect();
    return $$(el, `${fig} ${sel}`).every((n) => {
      const r = n.getBoundingClientRect();
      return r.width > 0 && r.left >= box.left - 0.5 && r.right <= box.right + 0.5 && r.top >= box.top - 0.5 && r.bottom <= box.bottom + 0.5;
    });
  };

  it('leads over time reads at a glance: days under the x axis, a 0–max scale, the focused point’s value beside it', async () => {
    const el = await mount();
    const fig = 'figure[aria-labelledby=lt-t]';
    expect($$(el, `${fig} .xt`).map(text)).to.deep.equal(['Nov 16', 'Nov 17', 'Nov 18', 'Nov 19', 'Nov 20', 'Nov 21', 'Nov 22']);
    // the week's busiest day has 2 leads
    expect($$(el, `${fig} .yt`).map(text)).to.deep.equal(['0', '1', '2']);
    expect(inside(el, fig, '.xt, .yt')).to.equal(true);
    const tip = $(el, `${fig} .tip`);
    expect(getComputedStyle(tip).opacity).to.equal('0');
    const total = $$(el, `${fig} [data-series="0"] .pt`);
    total[0].focus();
    await waitUntil(() => text(tip) === 'Total, Mon, Nov 16: 2 leads', 'no label beside the first point');
    expect(getComputedStyle(tip).opacity).to.equal('1');
    expect(inside(el, fig, '.tip'), 'first point’s label inside the chart').to.equal(true);
    await sendKeys({ press: 'End' });
    await waitUntil(() => text(tip) === 'Total, Sun, Nov 22: 0 leads', 'label did not follow the arrow keys');
    expect(inside(el, fig, '.tip'), 'last point’s label inside the chart').to.equal(true);
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowLeft' });
    await sendKeys({ press: 'ArrowDown' });
    await waitUntil(() => text(tip) === 'Referral, Fri, Nov 20: 1 lead');
    // a pointer over a point names it too (the busiest Monday: only the total is up there)
    const mon = total[0].querySelector('circle')!.getBoundingClientRect();
    await sendMouse({ type: 'move', position: [Math.round(mon.x + mon.width / 2), Math.round(mon.y + mon.height / 2)] });
    await waitUntil(() => text(tip) === 'Total, Mon, Nov 16: 2 leads', 'hovering a point did not name it');
    await resetMouse();
  });

  it('leads over time never hides a line under another: lines of equal value are drawn apart', async () => {
    const el = await mount();
    const lines = $$(el, 'figure[aria-labelledby=lt-t] .series').map((g) =>
      [...g.querySelectorAll('.pt')].map((p) => ({ value: Number(/: (\d+) leads?$/.exec(nameOf(p) ?? '')![1]), cy: Number(p.querySelector('circle')!.getAttribute('cy')) })),
    );
    let equal = 0;
    for (const [a, line] of lines.entries())
      for (const other of lines.slice(a + 1))
        for (const [i, p] of line.entries()) {
          if (p.value !== other[i].value) continue;
          equal++;
          expect(Math.abs(p.cy - other[i].cy), `two lines at ${p.value} on day ${i + 1}`).to.be.at.least(2);
        }
    // the fixture week has such days (the total equals its only source; days without leads)
    expect(equal).to.be.greaterThan(3);
  });

  it('leads over time keeps its tab stop when the range gets shorter, and the label beside a point never shows old data', async () => {
    const el = await mount();
    const fig = 'figure[aria-labelledby=lt-t]';
    const select = $<HTMLSelectElement>(el, '#range');
    const choose = async (preset: string) => {
      select.value = preset;
      select.dispatchEvent(new Event('change'));
      await el.updateComplete;
    };
    const tip = () => text($(el, `${fig} .tip`));
    const stops = () => $$(el, `${fig} .pt`).filter((p) => p.getAttribute('tabindex') === '0').map(nameOf);
    await choose('month');
    const total = $$(el, `${fig} [data-series="0"] .pt`);
    expect(total.length, 'November by day').to.equal(30);
    total[0].focus();
    await sendKeys({ press: 'End' });
    expect(focused(el)).to.match(/^Total, Mon, Nov 30: /);
    await waitUntil(() => tip().startsWith('Total, Mon, Nov 30: '), 'no label beside the last point');
    // the week has 7 points: the one in the tab order (the 30th) is gone
    select.focus();
    await choose('week');
    expect(stops()).to.deep.equal(['Total, Sun, Nov 22: 0 leads']);
    expect(tip(), 'the label still names a point of the month').to.equal('');
    await sendKeys({ press: 'Tab' });
    expect(focused(el)).to.equal('Total, Sun, Nov 22: 0 leads');
    await waitUntil(() => tip() === 'Total, Sun, Nov 22: 0 leads', 'no label beside the point Tab reached');
    // the range changing under a focused point: its label does not keep the old day
    await sendKeys({ press: 'Home' });
    await sendKeys({ press: 'ArrowRight' });
    await sendKeys({ press: 'ArrowRight' });
    await waitUntil(() => tip().startsWith('Total, Wed, Nov 18: '), 'no label beside the third point');
    await choose('month');
    expect(focused(el), 'focus stays on the third point').to.match(/^Total, Tue, Nov 3: /);
    expect(tip()).to.not.match(/Nov 18/);
    expect(stops()).to.deep.equal([nameOf($$(el, `${fig} [data-series="0"] .pt`)[2])]);
  });

  it('the funnel names each stage and shows its count beside the bar, longest bar for the most', async () => {
    const el = await mount();
    const fig = 'figure[aria-labelledby=fn-t]';
    expect(text($(el, `${fig} figcaption`))).to.equal('Count at each stage in this period');
    expect($$(el, `${fig} .pt .k`).map(text)).to.deep.equal(['New', 'Contacted', 'Qualified', 'Opportunity', 'Closed won']);
    expect($$(el, `${fig} .pt .v`).map(text)).to.deep.equal(['4', '3', '2', '2', '1']);
    const widths = $$(el, `${fig} .pt rect`).map((r) => r.getBoundingClientRect().width);
    expect(widths[0]).to.be.greaterThan(widths[1]);
    expect(widths[1]).to.be.greaterThan(widths[2]);
    expect(Math.abs(widths[2] - widths[3])).to.be.lessThan(0.5);
    expect(widths[3]).to.be.greaterThan(widths[4]);
    expect(inside(el, fig, '.k, .v')).to.equal(true);
    // each count sits after its bar, each name before it
    for (const g of $$(el, `${fig} .pt`)) {
      const [k, bar, v] = ['.k', 'rect', '.v'].map((s) => g.querySelector(s)!.getBoundingClientRect());
      expect(k.right).to.be.at.most(bar.left);
      expect(v.left).to.be.at.least(bar.right);
    }
  });

  it('Spanish: stage, source and tier names', async () => {
    const el = await mount('es');
    expect($$(el, 'figure[aria-labelledby=fn-t] .pt .k').map(text)).to.deep.equal(['Nuevos', 'Contactados', 'Calificados', 'Oportunidad', 'Ganados']);
    expect(inside(el, 'figure[aria-labelledby=fn-t]', '.k, .v')).to.equal(true);
    expect($$(el, 'figure[aria-labelledby=lt-t] .legend li').map(text)).to.deep.equal(['Total', 'Referido', 'Calculadora de ROI', 'Agente de voz']);
    expect($$(el, 'figure[aria-labelledby=lt-t] .xt').map(text)).to.deep.equal(['16 nov', '17 nov', '18 nov', '19 nov', '20 nov', '21 nov', '22 nov']);
    expect(text($(el, '[data-fig=tier]'))).to.equal('Plan más elegidoConstructor de Base');
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
