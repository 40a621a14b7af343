import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../../core/theme.js';
import { instantOf, type Row } from '../shared/data-client.js';
import { ActivityListElement } from '../shared/activity-list.js';
import { adminStyles } from '../shared/admin.styles.js';
import { dayIn, formatDateTime, timeIn, zonedInstant, zoneLabel } from '../shared/zoned.js';
import { PRIORITIES, sortTasks, TASK_TYPES, viewOf, VIEWS, type View } from './task-model.js';

const LINKS = ['lead_id', 'company_id', 'partnership_id'] as const;

/**
 * @tagname kre8-task-list
 * Tasks: `activities` of type `task`, `call`, `meeting` or `followup` with `due_date` (ISO instant) and
 * `priority` (high/medium/low), in four views (overdue, today, upcoming, done). Create with a subject,
 * description, due time (in `timezone`), priority and a link to a lead, company or partnership; complete
 * (`status` completed, or pending again), edit, delete. With `lead-id` it lists and adds that lead's tasks only.
 *
 * @fires kre8-admin-changed - `{table: 'activities', id, action}` after each write.
 */
export class Kre8TaskList extends ActivityListElement {
  static override styles = [
    tokens,
    adminStyles,
    ActivityListElement.listStyles,
    css`
      .views button[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-contrast); border-color: var(--_accent); }
      form { display: grid; gap: 0.4rem; max-width: 34rem; }
      .done-t { text-decoration: line-through; }
      .p-high { border-left: 4px solid var(--_danger); }
    `,
  ];
  /** Only this lead's tasks; new tasks are linked to it. */
  @property({ attribute: 'lead-id', type: Number }) leadId = 0;
  /** Time zone the due times are entered and shown in. */
  @property() timezone = 'America/Los_Angeles';
  @state() private tasks: Row[] | null = null;
  @state() private view: View = 'today';
  /** The clock; replaced in tests. */
  now: () => Date = () => new Date();

  override updated(changed: Map<string, unknown>) {
    if (changed.has('leadId') || changed.has('dataUrl')) void this.load();
  }

  async load() {
    const filter = (type: string): Record<string, string | number> => (this.leadId ? { type, lead_id: this.leadId } : { type });
    const got = await this.guard(() => Promise.all(TASK_TYPES.map((t) => this.data.readAll('activities', filter(t)))));
    if (got) this.tasks = got.flat();
  }

  /** The form's fields as an activity patch; the due time is wall-clock in `timezone`. */
  private fields(form: HTMLFormElement): Record<string, unknown> | null {
    const f = new FormData(form);
    const subject = String(f.get('subject') ?? '').trim();
    if (!subject) {
      form.querySelector<HTMLInputElement>('[name=subject]')?.focus();
      return null;
    }
    const due = String(f.get('due') ?? '');
    const out: Record<string, unknown> = {
      type: f.get('type'),
      subject: subject.slice(0, 250),
      description: String(f.get('description') ?? '').trim() || null,
      priority: f.get('priority'),
      due_date: /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(due) ? zonedInstant(due.slice(0, 10), due.slice(11, 16), this.timezone).toISOString() : null,
    };
    if (this.leadId) return out;
    const link = String(f.get('link'));
    const linkId = Number(f.get('linkId'));
    for (const l of LINKS) out[l] = l === link && linkId > 0 ? linkId : null;
    return out;
  }

  private async create(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const body = this.fields(form);
    if (!body) return;
    if (this.leadId) body.lead_id = this.leadId;
    if (await this.write(() => this.data.create('activities', { ...body, status: 'pending' }), 0, 'create', 'tasks.added')) form.reset();
  }
  private async save(t: Row, e: SubmitEvent) {
    e.preventDefault();
    const body = this.fields(e.target as HTMLFormElement);
    if (body && (await this.write(() => this.data.update('activities', t.id, body), t.id, 'update', 'tasks.saved'))) this.editing = 0;
  }
  private toggle(t: Row) {
    const done = t.status === 'completed';
    return this.write(() => this.data.update('activities', t.id, { status: done ? 'pending' : 'completed' }), t.id, 'update', done ? 'tasks.reopened' : 'tasks.completed');
  }
  private deleteTask(t: Row) {
    return this.write(() => this.data.remove('activities', t.id), t.id, 'delete', 'tasks.deleted');
  }

  private form(t: Row | null) {
    const due = instantOf(t?.due_date);
    const dueValue = due ? `${dayIn(due, this.timezone)}T${timeIn(due, this.timezone)}` : '';
    const p = t ? `e${t.id}-` : 'n-';
    const link = LINKS.find((l) => t?.[l]) ?? 'lead_id';
    return html`
      <label for="${p}type">${this.t('tasks.type')}</label>
      <select id="${p}type" name="type">${TASK_TYPES.map((x) => html`<option value=${x} ?selected=${(t?.type ?? 'task') === x}>${this.t(`type.${x}`)}</option>`)}</select>
      <label for="${p}subject">${this.t('tasks.subject')}</label>
      <input id="${p}subject" name="subject" required maxlength="250" .value=${String(t?.subject ?? '')} />
      <label for="${p}desc">${this.t('tasks.description')}</label>
      <textarea id="${p}desc" name="description" .value=${String(t?.description ?? '')}></textarea>
      <label for="${p}due">${this.t('tasks.due', { tz: this.timezone })}</label>
      <input id="${p}due" name="due" type="datetime-local" .value=${dueValue} />
      <label for="${p}prio">${this.t('tasks.priority')}</label>
      <select id="${p}prio" name="priority">${PRIORITIES.map((x) => html`<option value=${x} ?selected=${(t?.priority ?? 'medium') === x}>${this.t(`prio.${x}`)}</option>`)}</select>
      ${this.leadId
        ? nothing
        : html`<label for="${p}link">${this.t('tasks.link')}</label>
            <div class="row">
              <select id="${p}link" name="link">${LINKS.map((l) => html`<option value=${l} ?selected=${l === link}>${this.t(`tasks.${l}`)}</option>`)}</select>
              <input name="linkId" type="number" min="1" aria-label=${this.t('tasks.linkId')} .value=${t?.[link] ? String(t[link]) : ''} />
            </div>`}
    `;
  }

  private item(t: Row) {
    const due = instantOf(t.due_date);
    const done = t.status === 'completed';
    if (this.editing === t.id)
      return html`<li class="card" data-task=${t.id}><form class="edit" @submit=${(e: SubmitEvent) => this.save(t, e)}>${this.form(t)}
        <div class="row"><button class="btn primary" ?disabled=${this.busy}>${this.t('save')}</button><button type="button" class="btn" @click=${() => (this.editing = 0)}>${this.t('cancel')}</button></div></form></li>`;
    return html`<li class="card p-${String(t.priority ?? 'none')}" data-task=${t.id}>
      <strong class=${done ? 'done-t' : ''}>${t.subject}</strong>
      <div class="muted">${this.t(`type.${String(t.type)}`)} · ${this.t(`prio.${String(t.priority ?? 'medium')}`)} · ${due ? formatDateTime(due, this.timezone, this.lang_) : this.t('tasks.noDue')}</div>
      ${t.description ? html`<p>${t.description}</p>` : nothing}
      <div class="row">
        <button type="button" class="btn toggle" ?disabled=${this.busy} @click=${() => this.toggle(t)}>${this.t(done ? 'tasks.reopen' : 'tasks.complete')}</button>
        <button type="button" class="btn edit-btn" @click=${() => (this.editing = t.id)}>${this.t('tasks.edit')}</button>
        ${this.deleteButtons(t.id, 'tasks.confirm', () => this.deleteTask(t))}
      </div>
    </li>`;
  }

  override render() {
    const now = this.now();
    const all = this.tasks ?? [];
    const count = (v: View) => all.filter((t) => viewOf(t, now, this.timezone) === v).length;
    const shown = sortTasks(all.filter((t) => viewOf(t, now, this.timezone) === this.view), this.view);
    return html`
      <div class="row views" role="group" aria-label=${this.t('tasks.views')}>
        ${VIEWS.map((v) => html`<button type="button" class="btn" data-view=${v} aria-pressed=${String(v === this.view)} @click=${() => (this.view = v)}>${this.t(`tasks.${v}`)} (${count(v)})</button>`)}
      </div>
      <p class="muted">${this.t('tasks.times', { tz: `${this.timezone}, ${zoneLabel(this.timezone, this.lang_, now)}` })}</p>
      <p class="notice" role="status">${this.notice}</p>
      ${this.errorView(() => void this.load())}
      ${this.tasks === null ? (this.error ? nothing : html`<p class="muted">${this.t('loading')}</p>`) : shown.length ? html`<ol aria-label=${this.t(`tasks.${this.view}`)}>${shown.map((t) => this.item(t))}</ol>` : html`<p class="muted">${this.t('tasks.none')}</p>`}
      <details>
        <summary class="btn">${this.t('tasks.new')}</summary>
        <form class="add" @submit=${this.create}>${this.form(null)}<button class="btn primary" ?disabled=${this.busy}>${this.t('tasks.add')}</button></form>
      </details>
    `;
  }
}
