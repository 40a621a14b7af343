import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { tokens } from '../../core/theme.js';
import { instantOf, type Row } from '../shared/data-client.js';
import { ActivityListElement } from '../shared/activity-list.js';
import { adminStyles } from '../shared/admin.styles.js';
import { formatDateTime } from '../shared/zoned.js';

/** The `activities` column that links a note to each kind of entity. */
export const LINK_COLUMN: Record<string, string> = {
  leads: 'lead_id',
  companies: 'company_id',
  contacts: 'contact_id',
  opportunities: 'opportunity_id',
  partnerships: 'partnership_id',
};

/** A note's subject: its first line, short enough for NCB's VARCHAR column and the CRM's activity list. */
export const subjectOf = (text: string) => text.trim().split('\n')[0].slice(0, 120);

/**
 * @tagname kre8-entity-notes
 * A collapsible notes section for a lead, company, contact, opportunity or partnership: `activities` of
 * type `note` linked by the table's id column (`lead_id`, `company_id`, `contact_id`, `opportunity_id`,
 * `partnership_id`), newest first with author (from `user_profiles`) and time; add, edit, delete. The
 * entity's legacy `notes` column is shown read-only when it has text.
 *
 * @fires kre8-admin-changed - `{table: 'activities', id, action}` after each write.
 */
export class Kre8EntityNotes extends ActivityListElement {
  static override styles = [
    tokens,
    adminStyles,
    ActivityListElement.listStyles,
    css`
      textarea { width: 100%; min-height: 4.5rem; }
      .legacy { white-space: pre-wrap; }
      .body { white-space: pre-wrap; margin: 0.25rem 0; }
      summary { cursor: pointer; font-weight: 600; min-height: 40px; display: flex; align-items: center; }
    `,
  ];
  /** `leads`, `companies`, `contacts`, `opportunities` or `partnerships`. */
  @property() table = 'leads';
  /** The entity's NCB id (the `id` attribute). */
  @property({ attribute: 'id', type: Number }) recordId = 0;
  /** Time zone for the note times. */
  @property() timezone = 'America/Los_Angeles';
  /** Starts expanded. */
  @property({ type: Boolean }) open = false;
  @state() private notes: Row[] | null = null;
  @state() private legacy = '';
  @state() private authors = new Map<string, string>();

  override updated(changed: Map<string, unknown>) {
    if ((changed.has('table') || changed.has('recordId') || changed.has('dataUrl')) && this.recordId > 0) void this.load();
  }

  async load() {
    const col = LINK_COLUMN[this.table];
    if (!col) return;
    const got = await this.guard(() => Promise.all([this.data.readAll('activities', { [col]: this.recordId, type: 'note' }), this.data.readOne(this.table, this.recordId), this.data.readAll('user_profiles')]));
    if (!got) return;
    this.notes = got[0].sort((a, b) => String(b.created_at).localeCompare(String(a.created_at)));
    this.legacy = typeof got[1]?.notes === 'string' ? got[1].notes.trim() : '';
    this.authors = new Map(got[2].map((p) => [String(p.user_id), String(p.display_name || p.name || p.user_id)]));
  }

  private async add(e: SubmitEvent) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const area = form.querySelector('textarea')!;
    const text = area.value.trim();
    if (!text) return area.focus();
    const ok = await this.write(() => this.data.create('activities', { type: 'note', subject: subjectOf(text), description: text, status: 'completed', [LINK_COLUMN[this.table]]: this.recordId }), 0, 'create', 'notes.added');
    if (ok) area.value = '';
  }
  private async save(n: Row, e: SubmitEvent) {
    e.preventDefault();
    const text = (e.target as HTMLFormElement).querySelector('textarea')!.value.trim();
    if (!text) return;
    if (await this.write(() => this.data.update('activities', n.id, { subject: subjectOf(text), description: text }), n.id, 'update', 'notes.saved')) this.editing = 0;
  }
  private async deleteNote(n: Row) {
    await this.write(() => this.data.remove('activities', n.id), n.id, 'delete', 'notes.deleted');
  }

  private noteView(n: Row) {
    const at = instantOf(n.created_at);
    const who = this.authors.get(String(n.user_id)) ?? this.t('notes.unknown');
    const body = String(n.description ?? n.subject ?? '');
    return html`<li class="card" data-note=${n.id}>
      <div class="muted">${who} · ${at ? formatDateTime(at, this.timezone, this.lang_) : ''}</div>
      ${this.editing === n.id
        ? html`<form class="edit" @submit=${(e: SubmitEvent) => this.save(n, e)}>
            <label class="visually-hidden" for="e-${n.id}">${this.t('notes.edit')}</label>
            <textarea id="e-${n.id}" .value=${body}></textarea>
            <div class="row"><button class="btn primary" ?disabled=${this.busy}>${this.t('save')}</button><button type="button" class="btn" @click=${() => (this.editing = 0)}>${this.t('cancel')}</button></div>
          </form>`
        : html`<p class="body">${body}</p>
            <div class="row">
              <button type="button" class="btn edit-btn" @click=${() => (this.editing = n.id)}>${this.t('notes.edit')}</button>
              ${this.deleteButtons(n.id, 'notes.confirm', () => this.deleteNote(n))}
            </div>`}
    </li>`;
  }

  override render() {
    const n = this.notes?.length ?? 0;
    return html`<details ?open=${this.open}>
      <summary>${this.t('notes.title', { n })}</summary>
      <p class="notice" role="status">${this.notice}</p>
      ${this.errorView(() => void this.load())}
      ${this.legacy ? html`<section class="card legacy-box" aria-labelledby="lg"><h3 id="lg">${this.t('notes.legacy')}</h3><p class="legacy">${this.legacy}</p></section>` : nothing}
      <form class="add" @submit=${this.add}>
        <label for="new">${this.t('notes.add')}</label>
        <textarea id="new" name="note"></textarea>
        <button class="btn primary" ?disabled=${this.busy}>${this.t('notes.addBtn')}</button>
      </form>
      ${this.notes === null ? (this.error ? nothing : html`<p class="muted">${this.t('loading')}</p>`) : n ? html`<ol>${this.notes.map((x) => this.noteView(x))}</ol>` : html`<p class="muted">${this.t('notes.none')}</p>`}
    </details>`;
  }
}
