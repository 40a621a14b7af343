import { html, nothing, type PropertyValues } from 'lit';
import { property, state } from 'lit/decorators.js';
import { repeat } from 'lit/directives/repeat.js';
import { styleMap } from 'lit/directives/style-map.js';
import { TIERS } from '../../../model/catalog.js';
import { tokens } from '../../core/theme.js';
import { visitorTimezone } from '../../core/locale.js';
import { AdminElement } from '../shared/admin-element.js';
import { adminStyles } from '../shared/admin.styles.js';
import { dayOf, flag, instantOf, jsonOf, live, type Row } from '../shared/data-client.js';
import { formatDateTime, formatDay, zonedInstant } from '../shared/zoned.js';
import { buildTimeline, engagementOf, groupByDay, type Linked, type TimelineEntry } from './timeline.js';
import { styles } from './lead-detail.styles.js';
import '../delete-button/define.js';
import '../task-list/define.js';

/** The CRM's lead statuses (docs/reference/crm-domain.md §1.1). */
export const LEAD_STATUSES = ['new', 'contacted', 'qualified', 'nurturing', 'converted', 'disqualified'] as const;
const PAGE = 20;
const ICON: Record<string, string> = { call: '☎', email: '✉', meeting: '◷', note: '✎', task: '☐', followup: '↻', event: '•' };

/**
 * @tagname kre8-lead-detail
 * A lead's full story for the CRM: header (contact, score bar, status, source, partner), the activity
 * timeline (an APG feed, grouped by day, paged), linked ROI / booking / voice records, email engagement, and
 * actions: change status, add a note, convert to an opportunity, delete (soft, with undo); and the lead's tasks
 * (an embedded `<kre8-task-list lead-id>`: list, add, complete).
 *
 * @fires kre8-admin-navigate - `{table, id}` when a linked record is opened, so the host can route.
 * @fires kre8-admin-changed - `{table, id, action}` after every write.
 * @cssprop --kre8-accent - the score bar and primary buttons.
 */
export class Kre8LeadDetail extends AdminElement {
  static override styles = [tokens, adminStyles, styles];
  /** The lead's NCB id. */
  @property({ attribute: 'lead-id', type: Number }) leadId = 0;
  /** Zone for the timeline's times (default: the browser's). Booking times use the booking's zone. */
  @property() timezone = '';
  @state() private lead: Row | null = null;
  @state() private activities: Row[] = [];
  @state() private linked: Linked = {};
  @state() private loading = false;
  @state() private shown = PAGE;
  @state() private busy = false;

  private get tz() {
    return this.timezone || visitorTimezone();
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    if ((changed.has('leadId') || changed.has('dataUrl')) && this.leadId > 0) void this.load();
  }

  async load(): Promise<void> {
    this.loading = true;
    await this.guard(async () => {
      const found = await this.data.readOne('leads', this.leadId);
      const lead = found && !found.deleted_at ? found : null;
      if (!lead) {
        this.lead = null;
        return;
      }
      const one = (table: string, id: unknown) => (typeof id === 'number' && id > 0 ? this.data.readOne(table, id) : Promise.resolve(null));
      const [activities, roi, voice, booking] = await Promise.all([
        this.data.readAll('activities', { lead_id: this.leadId }),
        one('roi_calculations', lead.roi_calculation_id),
        one('voice_sessions', lead.voice_session_id),
        one('bookings', lead.booking_id),
      ]);
      // all at once, so the timeline never renders half a story
      this.activities = live(activities);
      this.linked = { roi, voice, booking };
      this.lead = lead;
    });
    this.loading = false;
  }

  private async setStatus(e: Event) {
    const status = (e.target as HTMLSelectElement).value;
    await this.write(async () => {
      await this.data.update('leads', this.leadId, { status });
      this.lead = { ...this.lead!, status };
      this.changed('leads', this.leadId, 'update');
      this.notice = this.t('lead.statusSaved', { s: this.t(`status.${status}`) });
    });
  }

  private async addNote(e: Event) {
    e.preventDefault();
    const form = e.target as HTMLFormElement;
    const text = (new FormData(form).get('note') as string | null)?.trim();
    if (!text) return;
    await this.write(async () => {
      const id = await this.data.create('activities', { type: 'note', subject: text.slice(0, 80), description: text, lead_id: this.leadId, status: 'completed' });
      form.reset();
      this.changed('activities', id, 'create');
      this.notice = this.t('lead.noteSaved');
      this.activities = live(await this.data.readAll('activities', { lead_id: this.leadId }));
    });
  }

  /** A company matched by name (case-insensitive) or created, then an opportunity at stage new-lead. */
  private async convert() {
    const lead = this.lead!;
    await this.write(async () => {
      const name = String(lead.company_name || [lead.first_name, lead.last_name].filter(Boolean).join(' ') || lead.email);
      const companies = live(await this.data.readAll('companies'));
      let companyId = companies.find((c) => String(c.name).trim().toLowerCase() === name.trim().toLowerCase())?.id;
      if (!companyId) {
        companyId = await this.data.create('companies', { name, industry: lead.industry ?? null, employee_count: lead.employee_count ?? null });
        this.changed('companies', companyId, 'create');
      }
      const tier = (this.linked.roi?.selected_tier as string | null) ?? null;
      const oppId = await this.data.create('opportunities', { name: `${name} — ${tier ?? 'discovery'}`, company_id: companyId, stage: 'new-lead', tier });
      this.changed('opportunities', oppId, 'create');
      await this.data.update('leads', this.leadId, { status: 'converted' });
      this.lead = { ...lead, status: 'converted' };
      this.changed('leads', this.leadId, 'update');
      this.notice = this.t('lead.converted', { id: oppId });
    });
  }

  private async write(run: () => Promise<void>) {
    this.busy = true;
    this.notice = '';
    await this.guard(run);
    this.busy = false;
  }

  private onChanged(e: CustomEvent<{ table: string; action: string }>) {
    if (e.target === this) return;
    // a task added or changed below: it is one of the lead's activities, so the timeline shows it too
    if (e.detail.table === 'activities') void this.guard(async () => (this.activities = live(await this.data.readAll('activities', { lead_id: this.leadId }))));
    // the embedded delete button: hide the lead once deleted, show it again on undo
    if (e.detail.table === 'leads' && e.detail.action === 'delete') this.lead = { ...this.lead!, deleted_at: 'pending' };
    if (e.detail.table === 'leads' && e.detail.action === 'restore') this.lead = { ...this.lead!, deleted_at: null };
  }

  override render() {
    if (this.loading && !this.lead) return html`<p role="status">${this.t('loading')}</p>`;
    if (!this.lead) return html`${this.errorView(() => this.load())}${this.error ? nothing : html`<p>${this.t('lead.notFound')}</p>`}`;
    const l = this.lead;
    const name = [l.first_name, l.last_name].filter(Boolean).join(' ') || String(l.email);
    const score = Math.max(0, Math.min(100, Number(l.lead_score ?? 0)));
    return html`
      <article class="lead ${l.deleted_at ? 'deleted' : ''}" aria-labelledby="name">
        <header class="card head">
          <h2 id="name">${name}</h2>
          <dl>
            <dt>${this.t('lead.email')}</dt><dd><a href="mailto:${String(l.email)}">${String(l.email)}</a></dd>
            ${l.phone ? html`<dt>${this.t('lead.phone')}</dt><dd><a href="tel:${String(l.phone)}">${String(l.phone)}</a></dd>` : nothing}
            ${l.company_name ? html`<dt>${this.t('lead.company')}</dt><dd>${String(l.company_name)}</dd>` : nothing}
            <dt>${this.t('lead.score')}</dt>
            <dd class="score"><span class="bar" role="meter" aria-valuemin="0" aria-valuemax="100" aria-valuenow=${score} aria-label=${this.t('lead.score')}><span style=${styleMap({ width: `${score}%` })}></span></span> ${score}/100
              ${this.scoreFactors()}</dd>
            <dt>${this.t('lead.source')}</dt><dd><span class="tag">${this.source(l.source)}</span> ${l.source_detail ? html`<span class="muted">${String(l.source_detail)}</span>` : nothing}</dd>
            ${this.partner() ? html`<dt>${this.t('lead.partner')}</dt><dd>${this.partner()}</dd>` : nothing}
          </dl>
        </header>

        <section class="card actions" aria-labelledby="actions-h">
          <h3 id="actions-h">${this.t('lead.actions')}</h3>
          <div class="row">
            <label>${this.t('lead.status')}
              <select name="status" .value=${String(l.status)} @change=${this.setStatus} ?disabled=${this.busy}>
                ${LEAD_STATUSES.map((s) => html`<option value=${s} ?selected=${s === l.status}>${this.t(`status.${s}`)}</option>`)}
              </select></label>
            <button type="button" class="btn convert" @click=${this.convert} ?disabled=${this.busy || l.status === 'converted'}>${this.t('lead.convert')}</button>
            <kre8-delete-button table="leads" id=${this.leadId} label=${name} data-url=${this.dataUrl} locale=${this.lang_} @kre8-admin-changed=${this.onChanged}></kre8-delete-button>
          </div>
          <form class="note" @submit=${this.addNote}>
            <label for="note">${this.t('lead.note')}</label>
            <textarea id="note" name="note" rows="2" maxlength="2000"></textarea>
            <button class="btn primary" ?disabled=${this.busy}>${this.t('lead.addNote')}</button>
          </form>
          <p class="notice" role="status">${this.notice}</p>
          ${this.errorView()}
        </section>

        <section class="card tasks" aria-labelledby="tasks-h">
          <h3 id="tasks-h">${this.t('lead.tasks')}</h3>
          <kre8-task-list lead-id=${this.leadId} timezone=${this.tz} data-url=${this.dataUrl} locale=${this.lang_} @kre8-admin-changed=${this.onChanged}></kre8-task-list>
        </section>

        ${this.engagementView()}
        ${this.linkedView()}
        ${this.timelineView()}
      </article>
    `;
  }

  /** The factors the kit scored on, when the ROI/voice rows show them (the score itself is the kit's). */
  private scoreFactors() {
    const f: string[] = [];
    const r = this.linked.roi;
    if (r) {
      if (flag(r.email_captured)) f.push('email captured');
      if (flag(r.report_requested)) f.push('report requested');
      const roi = jsonOf<{ roi?: number }>(r.calculations, {}).roi;
      if (typeof roi === 'number') f.push(`ROI ${Math.round(roi)}%`);
    }
    const v = this.linked.voice;
    if (v?.outcome) f.push(String(v.outcome).replace(/_/g, ' '));
    if (this.linked.booking) f.push(String(this.linked.booking.booking_type ?? 'booking'));
    return f.length ? html`<span class="muted factors">(${f.join(' · ')})</span>` : nothing;
  }

  private partner() {
    const m = /partner[:=]\s*([\w.-]+)/i.exec(String(this.lead?.source_detail ?? ''));
    return m?.[1] ?? '';
  }

  private engagementView() {
    const e = engagementOf(this.lead!, this.activities);
    const loc = this.lang_;
    return html`<section class="card" aria-labelledby="eng-h">
      <h3 id="eng-h">${this.t('lead.engagement')}</h3>
      <dl class="engagement">
        <dt>${this.t('lead.sent')}</dt><dd>${e.sent}</dd>
        <dt>${this.t('lead.opened')}</dt><dd>${e.lastOpened ? formatDateTime(e.lastOpened, this.tz, loc) : this.t('lead.never')}</dd>
        <dt>${this.t('lead.clicks')}</dt><dd>${e.clicks}</dd>
        <dt>${this.t('lead.emailStatus')}</dt><dd><span class="tag ${e.status === 'bounced' || e.status === 'complained' ? 'bad' : ''}">${e.status ?? '—'}</span></dd>
      </dl>
    </section>`;
  }

  private linkedView() {
    const { roi, booking, voice } = this.linked;
    if (!roi && !booking && !voice) return nothing;
    const loc = this.lang_;
    const open = (table: string, id: number) => html`<button type="button" class="btn link" @click=${() => this.navigate(table, id)}>${this.t('card.open')} #${id}</button>`;
    const calc = roi ? jsonOf<Record<string, number>>(roi.calculations, {}) : {};
    const messages = voice ? jsonOf<{ role: string; content: string }[]>(voice.messages, []) : [];
    const bDay = booking ? dayOf(booking.booking_date) : null;
    const bTz = String(booking?.timezone || 'America/Los_Angeles');
    const bAt = bDay && booking?.start_time ? zonedInstant(bDay, String(booking.start_time), bTz) : null;
    return html`<section aria-labelledby="linked-h">
      <h3 id="linked-h">${this.t('lead.linked')}</h3>
      <div class="cards">
        ${roi
          ? html`<section class="card roi" aria-label=${this.t('card.roi')}>
              <h4>${this.t('card.roi')} ${open('roi_calculations', roi.id)}</h4>
              <dl>
                ${calc.roi !== undefined ? html`<dt>${this.t('roi.roi')}</dt><dd>${Math.round(calc.roi)}%</dd>` : nothing}
                ${calc.weeklyValue !== undefined ? html`<dt>${this.t('roi.weekly')}</dt><dd>${new Intl.NumberFormat(loc, { style: 'currency', currency: 'USD', maximumFractionDigits: 0 }).format(calc.weeklyValue)}</dd>` : nothing}
                ${calc.paybackWeeks !== undefined ? html`<dt>${this.t('roi.payback')}</dt><dd>${this.t('roi.weeks', { n: calc.paybackWeeks })}</dd>` : nothing}
                <dt>${this.t('roi.tier')}</dt><dd>${TIERS.find((x) => x.id === roi.selected_tier)?.name[this.lang_] ?? String(roi.selected_tier ?? '—')}</dd>
                <dt>${this.t('roi.time')}</dt><dd>${Math.floor(Number(roi.time_on_calculator ?? 0) / 60)}m ${Number(roi.time_on_calculator ?? 0) % 60}s</dd>
                <dt>${this.t('roi.report')}</dt><dd>${flag(roi.report_requested) ? this.t('yes') : this.t('no')}</dd>
              </dl>
            </section>`
          : nothing}
        ${booking
          ? html`<section class="card booking st st-${String(booking.status)}" aria-label=${this.t('card.booking')}>
              <h4>${this.t('card.booking')} ${open('bookings', booking.id)}</h4>
              <p>${bAt ? formatDateTime(bAt, bTz, loc) : '—'} <span class="muted">(${bTz})</span></p>
              <p><span class="st-label">${this.t(`bk.${String(booking.status)}`)}</span> · ${this.t(`bk.${String(booking.booking_type ?? 'consultation')}`)}</p>
            </section>`
          : nothing}
        ${voice
          ? html`<section class="card voice" aria-label=${this.t('card.voice')}>
              <h4>${this.t('card.voice')} ${open('voice_sessions', voice.id)}</h4>
              <p>${instantOf(voice.start_time) ? formatDateTime(instantOf(voice.start_time)!, this.tz, loc) : ''} · ${Math.round(Number(voice.duration ?? 0) / 60)} min · ${String(voice.language ?? '')}</p>
              <details>
                <summary>${this.t('card.transcript', { n: messages.length })}</summary>
                <ol class="transcript">
                  ${messages.map((m) => html`<li><strong>${m.role === 'user' ? this.t('visitor') : this.t('ai')}:</strong> ${m.content}</li>`)}
                </ol>
              </details>
            </section>`
          : nothing}
      </div>
    </section>`;
  }

  private timelineView() {
    const all = buildTimeline(this.lead!, this.activities, this.linked);
    const page = all.slice(0, this.shown);
    const groups = groupByDay(page, this.tz);
    const loc = this.lang_;
    let pos = 0;
    const timeFmt = new Intl.DateTimeFormat(loc, { timeZone: this.tz, timeStyle: 'short' });
    // a feed holds only articles (APG), so each day's heading sits in its first article
    const entry = (e: TimelineEntry, day: string | null) => {
      pos++;
      const title = e.titleKey ? this.t(e.titleKey) : e.title;
      return html`<article class="entry type-${e.type}" tabindex="0" aria-posinset=${pos} aria-setsize=${all.length} aria-labelledby="t-${e.key}" @keydown=${this.feedKeys}>
        ${day ? html`<h4 class="day">${formatDay(day, loc)}</h4>` : nothing}
        <span class="icon" aria-hidden="true">${ICON[e.type]}</span>
        <div>
          <p id="t-${e.key}" class="title"><span class="visually-hidden">${this.t(`type.${e.type}`)}: </span>${title}</p>
          ${e.description ? html`<p class="muted">${e.description}</p>` : nothing}
          <p class="muted"><time datetime=${e.at.toISOString()}>${timeFmt.format(e.at)}</time>
            ${e.link ? html`<button type="button" class="btn link" @click=${() => this.navigate(e.link!.table, e.link!.id)}>${this.t('card.open')}</button>` : nothing}</p>
        </div>
      </article>`;
    };
    return html`<section aria-labelledby="tl-h">
      <h3 id="tl-h">${this.t('lead.timeline')} <span class="muted">(${this.tz})</span></h3>
      <div role="feed" aria-labelledby="tl-h" aria-busy=${this.loading ? 'true' : 'false'}>
        ${repeat(groups, (g) => g.day, (g) => g.entries.map((e, i) => entry(e, i === 0 ? g.day : null)))}
      </div>
      ${all.length > this.shown ? html`<button type="button" class="btn more" @click=${() => (this.shown += PAGE)}>${this.t('lead.more')}</button>` : nothing}
    </section>`;
  }

  /** APG feed: Page Down / Page Up move between articles. */
  private feedKeys(e: KeyboardEvent) {
    if (e.key !== 'PageDown' && e.key !== 'PageUp') return;
    const items = [...this.renderRoot.querySelectorAll<HTMLElement>('[role=feed] article')];
    const i = items.indexOf(e.currentTarget as HTMLElement);
    const next = items[e.key === 'PageDown' ? i + 1 : i - 1];
    if (next) {
      e.preventDefault();
      next.focus();
    }
  }
}
