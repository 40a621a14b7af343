import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { setupWorker } from 'msw/browser';
import '../define.js';
import { createDataApi } from '../shared/test-data-api.js';
import type { Kre8TaskList } from './task-list.js';
import { sortTasks, viewOf } from './task-model.js';
import type { Row } from '../shared/data-client.js';

const worker = setupWorker();
const $ = <T extends Element = HTMLElement>(el: Element, s: string) => el.shadowRoot!.querySelector(s) as T;
const $$ = (el: Element, s: string) => [...el.shadowRoot!.querySelectorAll<HTMLElement>(s)];
const text = (n: Node | null) => (n?.textContent ?? '').replace(/\s+/g, ' ').trim();
// the fake clock: Wednesday 18 Nov 2026, 10:00 in Los Angeles
const NOW = new Date('2026-11-18T18:00:00.000Z');
const TZ = 'America/Los_Angeles';

const tables = () => ({
  activities: [
    { id: 1, type: 'task', subject: 'Send proposal', status: 'pending', priority: 'high', due_date: '2026-11-17T17:00:00.000Z', lead_id: 7, created_at: '2026-11-01T00:00:00.000Z' },
    { id: 2, type: 'call', subject: 'Call back', status: 'pending', priority: 'low', due_date: '2026-11-18T17:30:00.000Z', lead_id: 7, created_at: '2026-11-01T00:00:00.000Z' },
    { id: 3, type: 'meeting', subject: 'Site visit', status: 'pending', priority: 'medium', due_date: '2026-11-18T23:00:00.000Z', company_id: 2, created_at: '2026-11-01T00:00:00.000Z' },
    // 07:30 UTC on the 19th is still the 18th (23:30) in Los Angeles
    { id: 4, type: 'followup', subject: 'Late follow-up', status: 'pending', priority: 'high', due_date: '2026-11-19T07:30:00.000Z', lead_id: 8, created_at: '2026-11-01T00:00:00.000Z' },
    { id: 5, type: 'task', subject: 'Next week', status: 'pending', priority: 'medium', due_date: '2026-11-25T17:00:00.000Z', partnership_id: 4, created_at: '2026-11-01T00:00:00.000Z' },
    { id: 6, type: 'task', subject: 'Someday', status: 'pending', priority: null, due_date: null, created_at: '2026-11-01T00:00:00.000Z' },
    { id: 7, type: 'task', subject: 'Finished', status: 'completed', priority: 'low', due_date: '2026-11-10T17:00:00.000Z', lead_id: 7, created_at: '2026-11-01T00:00:00.000Z' },
    { id: 8, type: 'note', subject: 'Not a task', lead_id: 7, created_at: '2026-11-01T00:00:00.000Z' },
    { id: 9, type: 'email', subject: 'ROI report sent', lead_id: 7, created_at: '2026-11-01T00:00:00.000Z' },
  ],
});

describe('task views (pure)', () => {
  it('overdue once the due instant has passed, today later today in the zone, upcoming later or undated', () => {
    const views = tables().activities.slice(0, 7).map((t) => viewOf(t as Row, NOW, TZ));
    expect(views).to.deep.equal(['overdue', 'overdue', 'today', 'today', 'upcoming', 'upcoming', 'done']);
    expect(viewOf({ id: 1, status: 'cancelled' }, NOW, TZ)).to.equal('done');
    expect(sortTasks(tables().activities.slice(2, 6) as Row[], 'upcoming').map((t) => t.id)).to.deep.equal([3, 4, 5, 6]);
    expect(sortTasks([{ id: 1, priority: 'low' }, { id: 2, priority: 'high' }, { id: 3, priority: 'medium' }] as Row[], 'upcoming').map((t) => t.id)).to.deep.equal([2, 3, 1]);
  });
});

describe('<kre8-task-list>', () => {
  let api: ReturnType<typeof createDataApi>;
  before(() => worker.start({ quiet: true, onUnhandledRequest: 'bypass', serviceWorker: { url: '/mockServiceWorker.js' } }));
  after(() => worker.stop());
  afterEach(() => worker.resetHandlers());
  const mount = async (leadId = 0, locale = 'en') => {
    api = createDataApi(tables());
    worker.use(...api.handlers);
    const el = document.createElement('kre8-task-list');
    el.now = () => NOW;
    el.timezone = TZ;
    el.locale = locale;
    if (leadId) el.leadId = leadId;
    await fixture(html`<div>${el}</div>`);
    // both locales' loading line ends in '…'
    await waitUntil(() => $(el, '.views') && !text(el.shadowRoot!).includes('…'), 'never loaded');
    return el as Kre8TaskList;
  };
  const view = async (el: Kre8TaskList, v: string) => {
    $<HTMLButtonElement>(el, `[data-view=${v}]`).click();
    await el.updateComplete;
    return $$(el, '[data-task]').map((n) => n.dataset.task);
  };

  it('shows the four views with counts, task kinds only, times in the zone', async () => {
    const el = await mount();
    expect($$(el, '.views button').map(text)).to.deep.equal(['Overdue (2)', 'Today (2)', 'Upcoming (2)', 'Done (1)']);
    expect(await view(el, 'overdue')).to.deep.equal(['1', '2']);
    expect(await view(el, 'today')).to.deep.equal(['3', '4']);
    expect(text($(el, '[data-task="4"] .muted'))).to.equal('Follow-up · High · Nov 18, 2026, 11:30 PM PST');
    expect(await view(el, 'upcoming')).to.deep.equal(['5', '6']);
    expect(text($(el, '[data-task="6"] .muted'))).to.equal('Task · Medium · no due date');
    expect(await view(el, 'done')).to.deep.equal(['7']);
    expect($(el, '[data-view=done]').getAttribute('aria-pressed')).to.equal('true');
    await expect(el).to.be.accessible();
  });

  it('creates a task linked to a company with the due time read in the zone', async () => {
    const el = await mount();
    $<HTMLDetailsElement>(el, 'details').open = true;
    const form = $<HTMLFormElement>(el, 'form.add');
    (form.elements.namedItem('type') as HTMLSelectElement).value = 'meeting';
    (form.elements.namedItem('subject') as HTMLInputElement).value = 'Kick-off';
    (form.elements.namedItem('description') as HTMLTextAreaElement).value = 'On site';
    (form.elements.namedItem('due') as HTMLInputElement).value = '2026-11-20T09:15';
    (form.elements.namedItem('priority') as HTMLSelectElement).value = 'high';
    (form.elements.namedItem('link') as HTMLSelectElement).value = 'company_id';
    (form.elements.namedItem('linkId') as HTMLInputElement).value = '2';
    setTimeout(() => $<HTMLButtonElement>(el, 'form.add > button').click());
    expect((await oneEvent(el, 'kre8-admin-changed')).detail).to.deep.equal({ table: 'activities', id: 1000, action: 'create' });
    expect(api.log.find((l) => l.method === 'POST')!.body).to.deep.equal({
      type: 'meeting', subject: 'Kick-off', description: 'On site', priority: 'high', due_date: '2026-11-20T17:15:00.000Z', lead_id: null, company_id: 2, partnership_id: null, status: 'pending',
    });
    await waitUntil(() => text($(el, '[data-view=upcoming]')) === 'Upcoming (3)');
  });

  it('for one lead: lists its tasks, adds linked to it, completes, edits and deletes', async () => {
    const el = await mount(7);
    expect(api.log.filter((l) => l.method === 'GET').every((l) => l.url.searchParams.get('lead_id') === '7')).to.equal(true);
    expect($$(el, '.views button').map(text)).to.deep.equal(['Overdue (2)', 'Today (0)', 'Upcoming (0)', 'Done (1)']);
    expect($(el, 'form.add [name=link]')).to.equal(null);

    const form = $<HTMLFormElement>(el, 'form.add');
    (form.elements.namedItem('subject') as HTMLInputElement).value = 'Send contract';
    setTimeout(() => $<HTMLButtonElement>(el, 'form.add > button').click());
    await oneEvent(el, 'kre8-admin-changed');
    expect(api.log.find((l) => l.method === 'POST')!.body).to.deep.equal({ type: 'task', subject: 'Send contract', description: null, priority: 'medium', due_date: null, lead_id: 7, status: 'pending' });

    await view(el, 'overdue');
    setTimeout(() => $<HTMLButtonElement>(el, '[data-task="1"] .toggle').click());
    await oneEvent(el, 'kre8-admin-changed');
    expect(api.log.filter((l) => l.method === 'PUT').at(-1)!.body).to.deep.equal({ status: 'completed' });
    await waitUntil(() => text($(el, '[data-view=done]')) === 'Done (2)');

    $<HTMLButtonElement>(el, '[data-task="2"] .edit-btn').click();
    await el.updateComplete;
    const edit = $<HTMLFormElement>(el, '[data-task="2"] form');
    expect((edit.elements.namedItem('due') as HTMLInputElement).value).to.equal('2026-11-18T09:30');
    (edit.elements.namedItem('due') as HTMLInputElement).value = '2026-11-19T08:00';
    setTimeout(() => $<HTMLButtonElement>(el, '[data-task="2"] form .primary').click());
    await oneEvent(el, 'kre8-admin-changed');
    expect(api.log.filter((l) => l.method === 'PUT').at(-1)!.body).to.deep.equal({ type: 'call', subject: 'Call back', description: null, priority: 'low', due_date: '2026-11-19T16:00:00.000Z' });
    await waitUntil(() => text($(el, '[data-view=upcoming]')) === 'Upcoming (2)');

    await view(el, 'done');
    $<HTMLButtonElement>(el, '[data-task="7"] .del').click();
    await el.updateComplete;
    setTimeout(() => $<HTMLButtonElement>(el, '[data-task="7"] .confirm').click());
    expect((await oneEvent(el, 'kre8-admin-changed')).detail).to.deep.equal({ table: 'activities', id: 7, action: 'delete' });
    await waitUntil(() => text($(el, '[data-view=done]')) === 'Done (1)');
  });

  it('speaks Spanish', async () => {
    const el = await mount(0, 'es');
    expect($$(el, '.views button').map(text)).to.deep.equal(['Vencidas (2)', 'Hoy (2)', 'Próximas (2)', 'Hechas (1)']);
  });
});
