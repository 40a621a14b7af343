/**
 * The inspector's tab contents, one function per tab. Each takes the API's data and returns DOM built with
 * h() (text nodes only), so a hostile name, subject or transcript is shown, never run.
 */
import { h } from './dom.js';
import {
  EMPTY,
  bookingSlot,
  dateTime,
  duration,
  fullName,
  linkId,
  mailView,
  money,
  newestFirst,
  prettyJson,
  score,
  stringList,
  text,
  transcript,
} from './format.js';

/** @typedef {Record<string, unknown>} Row */
/** @typedef {import('./dom.js').Child} Child */
/**
 * @typedef {object} ViewContext
 * @property {string} tz  the timezone every date is shown in
 * @property {(tab: string, id: number) => void} jump  selects a tab and highlights a row
 * @property {Row[]} leads  for "which lead points here" links on the other tables
 */
/** @typedef {{ label: string, cell: (row: Row) => Child | Child[], className?: string }} Column */

/** Which tab shows which table, and the prefix of its rows' element ids. */
export const TAB_TABLE = {
  leads: 'leads',
  roi: 'roi_calculations',
  bookings: 'bookings',
  voice: 'voice_sessions',
  activities: 'activities',
};

/**
 * The element id of a row, so links can find it.
 * @param {string} tab
 * @param {unknown} id
 */
export const rowId = (tab, id) => `row-${tab}-${String(id)}`;

/**
 * A button that jumps to a row of another tab, or plain text when the id is missing or malformed.
 * @param {ViewContext} ctx
 * @param {string} tab
 * @param {unknown} value
 * @param {string} label
 * @returns {Child}
 */
function jumpLink(ctx, tab, value, label) {
  const id = linkId(value);
  if (id === null) return EMPTY;
  return h('button', { type: 'button', class: 'jump', dataset: { tab, row: String(id) }, on: { click: () => ctx.jump(tab, id) } }, `${label} #${id}`);
}

/**
 * The lead whose `column` points at `row`, as a jump link.
 * @param {ViewContext} ctx
 * @param {string} column
 * @param {Row} row
 */
function leadPointingAt(ctx, column, row) {
  const lead = ctx.leads.find((l) => linkId(l[column]) !== null && linkId(l[column]) === linkId(row.id));
  return lead ? jumpLink(ctx, 'leads', lead.id, 'Lead') : EMPTY;
}

/**
 * A `<details>` whose open state survives refreshes (the controller restores it by `data-key`).
 * @param {string} key
 * @param {string} summary
 * @param {...Child} body
 */
export function disclosure(key, summary, ...body) {
  return h('details', { dataset: { key } }, h('summary', {}, summary), ...body);
}

/** @param {string} primary @param {...Child} secondary */
const stack = (primary, ...secondary) => [
  h('span', { class: 'primary' }, primary),
  ...secondary.filter((s) => s !== '' && s !== null && s !== undefined).map((s) => h('span', { class: 'secondary' }, s)),
];

/** @param {unknown} v */
const yesNo = (v) => (v === 1 || v === true ? 'yes' : v === 0 || v === false ? 'no' : text(v));

/**
 * A table of rows (newest first) with a caption, column headers and one focusable row per record.
 * @param {string} tab
 * @param {string} caption
 * @param {Column[]} columns
 * @param {Row[]} rows
 */
export function dataTable(tab, caption, columns, rows) {
  if (!rows.length) return h('p', { class: 'empty' }, `No ${caption.toLowerCase()} yet. Use the widgets on the demo page, then refresh.`);
  return h(
    'div',
    { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': caption },
    h(
      'table',
      {},
      h('caption', { class: 'visually-hidden' }, caption),
      h('thead', {}, h('tr', {}, columns.map((c) => h('th', { scope: 'col', class: c.className }, c.label)))),
      h(
        'tbody',
        {},
        newestFirst(rows).map((row) =>
          h('tr', { id: rowId(tab, row.id), tabindex: '-1' }, columns.map((c) => h('td', { class: c.className }, c.cell(row)))),
        ),
      ),
    ),
  );
}

/** @type {(ctx: ViewContext) => Column} */
const idCol = () => ({ label: '#', cell: (r) => text(r.id), className: 'num' });
/** @type {(ctx: ViewContext) => Column} */
const createdCol = (ctx) => ({ label: 'Created', cell: (r) => dateTime(r.created_at, ctx.tz), className: 'date' });

/**
 * @param {Row[]} rows
 * @param {ViewContext} ctx
 */
export function leadsView(rows, ctx) {
  return dataTable(
    'leads',
    'Leads',
    [
      idCol(ctx),
      createdCol(ctx),
      { label: 'Lead', cell: (r) => stack(fullName(r), text(r.email), r.phone ? text(r.phone) : '') },
      { label: 'Company', cell: (r) => stack(text(r.company_name), [r.industry, r.employee_count].filter(Boolean).map(text).join(' · ')) },
      { label: 'Source', cell: (r) => stack(text(r.source), r.source_detail ? text(r.source_detail) : '') },
      {
        label: 'Score / status',
        cell: (r) => {
          const s = score(r.lead_score);
          return [
            h('span', { class: 'score' }, h('meter', { min: '0', max: '100', low: '40', high: '70', optimum: '100', value: String(s), 'aria-label': `Lead score ${s} of 100` }), h('span', { class: 'num' }, String(s))),
            h('span', { class: 'secondary' }, text(r.status)),
          ];
        },
      },
      {
        label: 'Links',
        cell: (r) => {
          const links = [jumpLink(ctx, 'roi', r.roi_calculation_id, 'ROI'), jumpLink(ctx, 'bookings', r.booking_id, 'Booking'), jumpLink(ctx, 'voice', r.voice_session_id, 'Voice')];
          const present = links.filter((l) => l !== EMPTY);
          return present.length ? h('span', { class: 'links' }, present) : EMPTY;
        },
      },
      {
        label: 'Email engagement',
        cell: (r) =>
          stack(
            `status: ${text(r.email_status)}`,
            `opened: ${dateTime(r.last_email_opened_at, ctx.tz)}`,
            `clicks: ${text(r.email_click_count ?? 0)}`,
          ),
      },
    ],
    rows,
  );
}

/**
 * @param {Row[]} rows
 * @param {ViewContext} ctx
 */
export function roiView(rows, ctx) {
  return dataTable(
    'roi',
    'ROI calculations',
    [
      idCol(ctx),
      createdCol(ctx),
      { label: 'Lead', cell: (r) => leadPointingAt(ctx, 'roi_calculation_id', r) },
      { label: 'Email', cell: (r) => stack(text(r.email), `captured: ${yesNo(r.email_captured)}`) },
      { label: 'Business', cell: (r) => stack(text(r.industry), text(r.employee_count)) },
      { label: 'Rate / hours', cell: (r) => stack(`$${text(r.hourly_rate)}/h`, `${text(r.weekly_admin_hours)} h/wk`) },
      { label: 'Tier', cell: (r) => text(r.selected_tier) },
      { label: 'Report', cell: (r) => stack(`requested: ${yesNo(r.report_requested)}`, `sent: ${dateTime(r.report_sent_at, ctx.tz)}`) },
      { label: 'Time on calculator', cell: (r) => duration(r.time_on_calculator), className: 'num' },
      { label: 'Adjustments', cell: (r) => text(r.adjustments_count), className: 'num' },
      { label: 'Calculations', cell: (r) => disclosure(`roi-calc-${r.id}`, 'JSON', h('pre', {}, prettyJson(r.calculations))) },
    ],
    rows,
  );
}

/**
 * @param {Row[]} rows
 * @param {ViewContext} ctx
 */
export function bookingsView(rows, ctx) {
  return dataTable(
    'bookings',
    'Bookings',
    [
      idCol(ctx),
      createdCol(ctx),
      { label: 'Lead', cell: (r) => leadPointingAt(ctx, 'booking_id', r) },
      { label: 'Guest', cell: (r) => stack(text(r.guest_name), text(r.guest_email), r.guest_phone ? text(r.guest_phone) : '') },
      { label: 'Slot (business time)', cell: (r) => bookingSlot(r), className: 'date' },
      { label: 'Type / status', cell: (r) => stack(text(r.booking_type), text(r.status)) },
      { label: 'Payment', cell: (r) => stack(text(r.payment_status), money(r.payment_amount_cents), r.stripe_session_id ? text(r.stripe_session_id) : '') },
      { label: 'Company', cell: (r) => stack(text(r.company_name), [r.industry, r.employee_count].filter(Boolean).map(text).join(' · ')) },
      { label: 'Challenge / notes', cell: (r) => stack(text(r.challenge), r.notes ? text(r.notes) : ''), className: 'prose' },
      { label: 'Referral / website', cell: (r) => stack(text(r.referral_source), r.website_url ? text(r.website_url) : '') },
    ],
    rows,
  );
}

/**
 * @param {Row[]} rows
 * @param {ViewContext} ctx
 */
export function voiceView(rows, ctx) {
  return dataTable(
    'voice',
    'Voice sessions',
    [
      idCol(ctx),
      { label: 'Started', cell: (r) => stack(dateTime(r.start_time, ctx.tz), `lasted ${duration(r.duration)}`), className: 'date' },
      { label: 'Lead', cell: (r) => leadPointingAt(ctx, 'voice_session_id', r) },
      { label: 'Session', cell: (r) => stack(text(r.external_session_id), `${text(r.language)} · ${text(r.device)}`) },
      { label: 'Questions', cell: (r) => text(r.total_questions), className: 'num' },
      { label: 'Outcome', cell: (r) => stack(text(r.outcome), `sentiment: ${text(r.sentiment)}`) },
      {
        label: 'Topics / intents',
        cell: (r) => h('span', { class: 'chips' }, [...stringList(r.topics), ...stringList(r.intents)].map((t) => h('span', { class: 'pill' }, t))),
      },
      {
        label: 'Transcript',
        cell: (r) => {
          const turns = transcript(r.messages);
          if (!turns.length) return EMPTY;
          return disclosure(
            `voice-messages-${r.id}`,
            `${turns.length} messages`,
            h('ol', { class: 'transcript' }, turns.map((t) => h('li', { class: `turn turn-${t.role === 'user' ? 'user' : 'assistant'}` }, h('span', { class: 'role' }, t.role), ' ', t.content))),
          );
        },
      },
    ],
    rows,
  );
}

/**
 * @param {Row[]} rows
 * @param {ViewContext} ctx
 */
export function activitiesView(rows, ctx) {
  return dataTable(
    'activities',
    'Activities',
    [
      idCol(ctx),
      createdCol(ctx),
      { label: 'Type / status', cell: (r) => stack(text(r.type), text(r.status)) },
      { label: 'Lead', cell: (r) => jumpLink(ctx, 'leads', r.lead_id, 'Lead') },
      { label: 'Subject', cell: (r) => text(r.subject), className: 'prose' },
      { label: 'Description', cell: (r) => text(r.description), className: 'prose' },
      { label: 'Metadata', cell: (r) => (r.metadata ? disclosure(`activity-meta-${r.id}`, 'JSON', h('pre', {}, prettyJson(r.metadata))) : EMPTY) },
    ],
    rows,
  );
}

/**
 * The message list of the mailbox; `onSelect` gets a message id.
 * @param {unknown[]} messages
 * @param {string | null} selectedId
 * @param {ViewContext & { select: (id: string) => void }} ctx
 */
export function mailList(messages, selectedId, ctx) {
  if (!messages.length) return h('p', { class: 'empty' }, 'The mailbox is empty. Submit the ROI calculator or book a call, then refresh.');
  const views = messages.map(mailView).sort((a, b) => String(b.date ?? '').localeCompare(String(a.date ?? '')));
  return h(
    'ul',
    { class: 'mail-list', 'aria-label': 'Messages' },
    views.map((m) =>
      h(
        'li',
        {},
        h(
          'button',
          { type: 'button', class: 'mail-item', 'aria-current': m.id === selectedId ? 'true' : false, dataset: { key: `mail-${m.id}` }, on: { click: () => ctx.select(m.id) } },
          h('span', { class: 'primary' }, m.subject || '(no subject)'),
          h('span', { class: 'secondary' }, `to ${m.to || EMPTY}`),
          h('span', { class: 'secondary' }, dateTime(m.date, ctx.tz)),
          m.tags.length ? h('span', { class: 'chips' }, m.tags.map((t) => h('span', { class: 'pill' }, t))) : null,
        ),
      ),
    ),
  );
}

/**
 * One message: headers, the HTML part in a script-less sandbox, the text part, and the event buttons.
 * @param {unknown} message
 * @param {ViewContext & { fire: (id: string, kind: 'opened' | 'clicked' | 'bounced') => void, htmlUrl: (id: string) => string }} ctx
 */
export function mailDetail(message, ctx) {
  const m = mailView(message);
  // Empty sandbox: no scripts, no forms, no same-origin access, no top navigation. The HTML comes from its own
  // URL rather than srcdoc: a srcdoc document inherits this page's strict CSP, which would strip every inline
  // style the email relies on; the API serves it under a policy of its own (EMAIL_HTML_CSP, no scripts).
  const frame = h('iframe', { title: `HTML part of "${m.subject}"`, class: 'mail-frame', sandbox: '', referrerpolicy: 'no-referrer', src: ctx.htmlUrl(m.id) });
  const fire = /** @param {'opened' | 'clicked' | 'bounced'} kind */ (kind) =>
    h('button', { type: 'button', class: 'btn', on: { click: () => ctx.fire(m.id, kind) } }, `Fire ${kind}`);
  return h(
    'article',
    { class: 'mail-detail', 'aria-label': 'Selected message' },
    h('h2', {}, m.subject || '(no subject)'),
    h(
      'dl',
      { class: 'mail-headers' },
      h('dt', {}, 'From'),
      h('dd', {}, m.from || EMPTY),
      h('dt', {}, 'To'),
      h('dd', {}, m.to || EMPTY),
      h('dt', {}, 'Sent'),
      h('dd', {}, dateTime(m.date, ctx.tz)),
      h('dt', {}, 'Events'),
      h('dd', {}, m.events.length ? m.events.join(', ') : EMPTY),
    ),
    h('div', { class: 'fire-row' }, fire('opened'), fire('clicked'), fire('bounced')),
    h('h3', {}, 'HTML part'),
    frame,
    disclosure(`mail-text-${m.id}`, 'Text part', h('pre', { class: 'mail-text' }, m.text ?? EMPTY)),
  );
}

/**
 * @typedef {object} JobsData
 * @property {Record<string, number>} counts
 * @property {unknown[]} dead
 * @property {unknown[]} recent
 */

/**
 * @param {unknown} job
 * @returns {Row}
 */
const asRow = (job) => /** @type {Row} */ (job && typeof job === 'object' ? job : {});

/**
 * The job queue: counts per status, the dead letters with their last error and a Retry button, the recent tail.
 * @param {JobsData} data
 * @param {ViewContext & { retry: (id: string) => void }} ctx
 */
export function jobsView(data, ctx) {
  const statuses = ['pending', 'running', 'done', 'dead'];
  const extra = Object.keys(data.counts ?? {}).filter((k) => !statuses.includes(k));
  /** @param {Row} j */
  const when = (j) => dateTime(j.updatedAt ?? j.updated_at, ctx.tz);
  const dead = (data.dead ?? []).map(asRow);
  const recent = (data.recent ?? []).map(asRow);
  return h(
    'div',
    { class: 'jobs' },
    h(
      'ul',
      { class: 'stat-cards', 'aria-label': 'Jobs by status' },
      [...statuses, ...extra].map((s) => h('li', { class: `stat stat-${s}` }, h('span', { class: 'stat-value' }, String(data.counts?.[s] ?? 0)), h('span', { class: 'stat-label' }, s))),
    ),
    h('h2', {}, 'Dead letters'),
    dead.length
      ? h(
          'div',
          { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Dead letters' },
          h(
            'table',
            {},
            h('thead', {}, h('tr', {}, ['Job', 'Type', 'Attempts', 'Last error', 'Updated', ''].map((l) => h('th', { scope: 'col' }, l)))),
            h(
              'tbody',
              {},
              dead.map((j) =>
                h(
                  'tr',
                  {},
                  h('td', { class: 'mono' }, text(j.id)),
                  h('td', {}, text(j.type)),
                  h('td', { class: 'num' }, text(j.attempts)),
                  h('td', { class: 'prose error-text' }, text(j.lastError ?? j.last_error)),
                  h('td', { class: 'date' }, when(j)),
                  h('td', {}, h('button', { type: 'button', class: 'btn', 'aria-label': `Retry job ${text(j.id)}`, on: { click: () => ctx.retry(String(j.id)) } }, 'Retry')),
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No dead jobs. Everything the API queued has run or is still retrying.'),
    h('h2', {}, 'Recent jobs'),
    recent.length
      ? h(
          'div',
          { class: 'table-scroll', tabindex: '0', role: 'region', 'aria-label': 'Recent jobs' },
          h(
            'table',
            {},
            h('thead', {}, h('tr', {}, ['Job', 'Type', 'Status', 'Attempts', 'Updated', 'Payload'].map((l) => h('th', { scope: 'col' }, l)))),
            h(
              'tbody',
              {},
              recent.map((j) =>
                h(
                  'tr',
                  {},
                  h('td', { class: 'mono' }, text(j.id)),
                  h('td', {}, text(j.type)),
                  h('td', {}, h('span', { class: `pill pill-${text(j.status)}` }, text(j.status))),
                  h('td', { class: 'num' }, text(j.attempts)),
                  h('td', { class: 'date' }, when(j)),
                  h('td', {}, disclosure(`job-payload-${text(j.id)}`, 'JSON', h('pre', {}, prettyJson(j.payload)))),
                ),
              ),
            ),
          ),
        )
      : h('p', { class: 'empty' }, 'No jobs yet.'),
  );
}

/**
 * A one-line summary of every table's row count (the header strip).
 * @param {Record<string, number>} counts
 */
export function countsStrip(counts) {
  return Object.entries(counts).map(([table, n]) => h('li', {}, h('span', { class: 'stat-value' }, String(n)), ' ', h('span', { class: 'stat-label' }, table)));
}
