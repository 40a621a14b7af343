/**
 * The inspector page: loads what the local stack wrote (through /inspector/api), renders the selected tab, and
 * keeps it fresh. Re-renders only what changed and restores open disclosures and focus, so polling every 3 s
 * never closes the transcript you are reading.
 */
import { byId, h, replace } from './js/dom.js';
import { partnerSiteUrl } from './js/partner-url.js';
import { createTabs } from './js/tabs.js';
import { TAB_TABLE, activitiesView, bookingsView, countsStrip, jobsView, leadsView, mailDetail, mailList, roiView, rowId, voiceView } from './js/inspector-views.js';

const API = '/inspector/api';
const POLL_MS = 3000;
const AUTO_KEY = 'kre8-inspector:auto';

/** @typedef {import('./js/inspector-views.js').ViewContext} ViewContext */
/** @typedef {Record<string, unknown>} Row */

const els = {
  refresh: byId('refresh', HTMLButtonElement),
  auto: byId('auto-refresh', HTMLInputElement),
  tz: byId('tz-select', HTMLSelectElement),
  updated: byId('updated'),
  error: byId('error'),
  counts: byId('counts'),
  mailStatus: byId('mail-status'),
  jobsStatus: byId('jobs-status'),
};
const ownTz = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';
byId('tz-own').textContent = `${ownTz} (yours)`;
// Don't list the same zone twice when the visitor is in the business's zone.
for (const option of byId('tz-select', HTMLSelectElement).options) if (option.value === ownTz) option.remove();
byId('partner-link', HTMLAnchorElement).href = partnerSiteUrl(location);

/** @type {{ selectedMail: string | null, leads: Row[], jump: { tab: string, id: number } | null, busy: boolean, again: boolean }} */
const state = { selectedMail: null, leads: [], jump: null, busy: false, again: false };
/** The last data each view was rendered from (JSON), to skip re-rendering unchanged data. */
const rendered = new Map();

/**
 * JSON from the inspector API; throws with the server's message on failure.
 * @param {string} path
 * @param {{ method?: string, body?: unknown }} [init]
 * @returns {Promise<any>}
 */
async function api(path, init = {}) {
  const res = await fetch(API + path, {
    method: init.method ?? 'GET',
    cache: 'no-store',
    headers: init.body === undefined ? { accept: 'application/json' } : { accept: 'application/json', 'content-type': 'application/json' },
    body: init.body === undefined ? undefined : JSON.stringify(init.body),
  });
  const data = await res.json().catch(() => null);
  if (!res.ok) throw new Error(data?.error?.message ?? `HTTP ${res.status} from ${path}`);
  return data;
}

/** @param {string} name */
const view = (name) => /** @type {HTMLElement} */ (document.querySelector(`[data-view="${name}"]`));

/**
 * Renders `build()` into a view unless `data` is what it already shows; keeps open `<details>` open and the
 * focused control focused (matched by data-key or id), since the nodes themselves are replaced.
 * @param {string} name
 * @param {unknown} data
 * @param {() => Node} build
 */
function render(name, data, build) {
  const key = JSON.stringify([data, els.tz.value]);
  if (rendered.get(name) === key) return;
  rendered.set(name, key);
  const target = view(name);
  const open = new Set([...target.querySelectorAll('details[open]')].map((d) => d.getAttribute('data-key')));
  const active = document.activeElement && target.contains(document.activeElement) ? document.activeElement : null;
  const focusKey = active?.closest('[data-key]')?.getAttribute('data-key') ?? null;
  const focusId = active?.id || null;
  replace(target, build());
  for (const d of target.querySelectorAll('details[data-key]')) if (open.has(d.getAttribute('data-key'))) d.setAttribute('open', '');
  const again = (focusKey && target.querySelector(`[data-key="${CSS.escape(focusKey)}"]`)) || (focusId && document.getElementById(focusId));
  if (again instanceof HTMLElement) again.focus({ preventScroll: true });
}

/** @type {ViewContext} */
const ctx = {
  get tz() {
    return els.tz.value || ownTz;
  },
  get leads() {
    return state.leads;
  },
  jump(tab, id) {
    state.jump = { tab, id };
    tabs.select(`tab-${tab}`);
    void refresh();
  },
};

/** After a jump, the target row is scrolled to, focused and briefly marked. */
function applyJump() {
  const jump = state.jump;
  if (!jump || tabs.selected !== `tab-${jump.tab}`) return;
  state.jump = null;
  const row = document.getElementById(rowId(jump.tab, jump.id));
  if (!row) {
    els.error.textContent = `Row #${jump.id} is not in ${jump.tab} (it may not be written yet).`;
    return;
  }
  for (const old of document.querySelectorAll('tr.highlight')) old.classList.remove('highlight');
  row.classList.add('highlight');
  row.scrollIntoView({ block: 'center' });
  row.focus({ preventScroll: true });
}

/** @param {string} table @returns {Promise<Row[]>} */
const rows = async (table) => (await api(`/tables/${table}`)).rows ?? [];

const TABLE_VIEWS = { leads: leadsView, roi: roiView, bookings: bookingsView, voice: voiceView, activities: activitiesView };

/** Loads the counts and the selected tab, and renders what changed. Overlapping calls coalesce into one more run. */
async function refresh() {
  if (state.busy) {
    state.again = true;
    return;
  }
  state.busy = true;
  try {
    const [{ counts }, jobs, mailbox] = await Promise.all([api('/tables'), api('/jobs'), api('/mailbox')]);
    render('counts', counts, () => fragment(countsStrip(counts)));
    setCount('mailbox', mailbox.messages?.length ?? 0);
    setCount('dead', jobs.counts?.dead ?? 0);
    for (const [table, n] of Object.entries(counts)) setCount(table, n);
    await renderTab(tabs.selected.replace(/^tab-/, ''), { jobs, mailbox });
    applyJump();
    els.updated.textContent = `Updated ${new Date().toLocaleTimeString()}`;
    if (!state.jump) els.error.textContent = '';
  } catch (e) {
    // A TypeError from fetch means no server answered at all; anything else carries the server's own message.
    const hint = e instanceof TypeError && /fetch/i.test(e.message) ? ' Is the local stack running (npm start)?' : '';
    els.error.textContent = `Could not load the inspector data: ${/** @type {Error} */ (e).message}.${hint}`;
  } finally {
    state.busy = false;
    if (state.again) {
      state.again = false;
      void refresh();
    }
  }
}

/**
 * @param {string} tab
 * @param {{ jobs: any, mailbox: any }} loaded
 */
async function renderTab(tab, loaded) {
  if (tab in TABLE_VIEWS) {
    const name = /** @type {keyof typeof TABLE_VIEWS} */ (tab);
    const [data, leads] = await Promise.all([rows(TAB_TABLE[name]), name === 'leads' ? null : rows('leads')]);
    state.leads = leads ?? data;
    render(name, { data, leads: state.leads }, () => TABLE_VIEWS[name](data, ctx));
  } else if (tab === 'mailbox') {
    const messages = loaded.mailbox.messages ?? [];
    render('mail-list', { messages, selected: state.selectedMail }, () => mailList(messages, state.selectedMail, { ...ctx, select: selectMail }));
    if (state.selectedMail && !messages.some((/** @type {{ id?: unknown }} */ m) => String(m?.id) === state.selectedMail)) {
      // The message is gone (the mailbox was cleared): drop the selection rather than erroring every 3 s.
      state.selectedMail = null;
      rendered.delete('mail-detail');
      replace(view('mail-detail'), h('p', { class: 'empty' }, 'Select a message to see it.'));
    }
    if (state.selectedMail) {
      const { message } = await api(`/mailbox/${encodeURIComponent(state.selectedMail)}`);
      render('mail-detail', message, () => mailDetail(message, { ...ctx, fire, htmlUrl }));
    }
  } else if (tab === 'jobs') {
    render('jobs', loaded.jobs, () => jobsView(loaded.jobs, { ...ctx, retry }));
  }
}

/** @param {Node[]} nodes */
function fragment(nodes) {
  const f = document.createDocumentFragment();
  f.append(...nodes);
  return f;
}

/** @param {string} key @param {number} n */
function setCount(key, n) {
  for (const el of document.querySelectorAll(`[data-count="${key}"]`)) el.textContent = String(n);
}

/** @param {string} id */
const htmlUrl = (id) => `${API}/mailbox/${encodeURIComponent(id)}/html`;

/** @param {string} id */
function selectMail(id) {
  state.selectedMail = id;
  els.mailStatus.textContent = '';
  // The preview pane sits at the top of the list; a message picked low in a long list would render out of view.
  void refresh().then(() => view('mail-detail').scrollIntoView({ block: 'nearest' }));
}

/**
 * Fires an email event for a stored message through the inspector API and shows the webhook's answer.
 * @param {string} id
 * @param {'opened' | 'clicked' | 'bounced'} kind
 */
async function fire(id, kind) {
  els.mailStatus.className = 'action-status';
  els.mailStatus.textContent = `Firing "${kind}"…`;
  try {
    const { status } = await api(`/mailbox/${encodeURIComponent(id)}/events`, { method: 'POST', body: { type: kind } });
    const ok = status >= 200 && status < 300;
    els.mailStatus.classList.add(ok ? 'ok' : 'bad');
    els.mailStatus.textContent = `"${kind}" fired: the webhook answered ${status}.${ok ? ' The lead updates once its job runs; refresh to see it.' : ''}`;
  } catch (e) {
    els.mailStatus.classList.add('bad');
    els.mailStatus.textContent = `Could not fire "${kind}": ${/** @type {Error} */ (e).message}`;
  }
  void refresh();
}

/** @param {string} id */
async function retry(id) {
  els.jobsStatus.className = 'action-status';
  try {
    await api(`/jobs/${encodeURIComponent(id)}/retry`, { method: 'POST' });
    els.jobsStatus.classList.add('ok');
    els.jobsStatus.textContent = `Job ${id} is queued again.`;
  } catch (e) {
    els.jobsStatus.classList.add('bad');
    els.jobsStatus.textContent = `Could not retry ${id}: ${/** @type {Error} */ (e).message}`;
  }
  void refresh();
}

// ---- wiring ------------------------------------------------------------------------------------------
const tabs = createTabs(/** @type {HTMLElement} */ (document.querySelector('[role="tablist"]')), (id) => {
  history.replaceState(null, '', `#${id.replace(/^tab-/, '')}`);
  void refresh();
});

/** @type {ReturnType<typeof setInterval> | undefined} */
let timer;
function schedule() {
  clearInterval(timer);
  timer = els.auto.checked ? setInterval(() => document.visibilityState === 'visible' && void refresh(), POLL_MS) : undefined;
}
els.auto.addEventListener('change', () => {
  try {
    localStorage.setItem(AUTO_KEY, els.auto.checked ? '1' : '0');
  } catch {
    /* not persisted */
  }
  schedule();
});
els.refresh.addEventListener('click', () => void refresh());
els.tz.addEventListener('change', () => void refresh());

try {
  if (localStorage.getItem(AUTO_KEY) === '0') els.auto.checked = false;
} catch {
  /* storage disabled: keep the default */
}
tabs.select(`tab-${location.hash.slice(1) || 'leads'}`);
schedule();
