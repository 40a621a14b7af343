import { css, html, nothing } from 'lit';
import { property, state } from 'lit/decorators.js';
import { TIERS } from '../../../model/catalog.js';
import { tokens } from '../../core/theme.js';
import type { Row } from '../shared/data-client.js';
import { AdminElement } from '../shared/admin-element.js';
import { adminStyles } from '../shared/admin.styles.js';
import { dayIn, formatDay } from '../shared/zoned.js';
import { barChart } from './chart.js';
import { lineChart } from './line-chart.js';
import { dashboard, FUNNEL, presetRange, type Pair, type Preset, type Range, type Tables } from './metrics.js';

const TABLES = ['leads', 'activities', 'roi_calculations', 'voice_sessions', 'bookings', 'opportunities'] as const;
type Format = 'n' | 'pct' | 'roi' | 's';

/**
 * @tagname kre8-crm-dashboard
 * "Is the landing page working?": leads over time by source, the lead funnel, email engagement, ROI
 * calculator, voice and booking figures for this week / month / quarter or custom days, each beside the
 * previous period of the same length. Reads every page of the six tables once; the range only recomputes.
 *
 * @cssprop --kre8-accent - colour of the bars.
 */
export class Kre8CrmDashboard extends AdminElement {
  static override styles = [
    tokens,
    adminStyles,
    css`
      .cards { display: grid; grid-template-columns: repeat(auto-fill, minmax(11rem, 1fr)); gap: 0.5rem; margin: 0.5rem 0 1rem; padding: 0; list-style: none; }
      .fig { font-size: 1.5rem; font-weight: 700; display: block; }
      .fig.name { font-size: 1.125rem; line-height: 1.4; }
      .up { color: var(--_success); }
      .down { color: var(--_danger); }
      .chart { margin: 0.5rem 0 1rem; }
      .chart > svg { width: 100%; max-width: 48rem; height: auto; display: block; margin: 0.25rem 0 0.5rem; }
      .pt rect { fill: var(--_accent); }
      .chart text { fill: var(--_text); font-size: 13px; }
      .chart .xt, .chart .yt { fill: var(--_muted); font-size: 12px; }
      .pt .v { font-weight: 600; }
      line.grid { stroke: var(--_border); stroke-dasharray: 2 4; }
      .tip { font-weight: 600; paint-order: stroke; stroke: var(--_surface); stroke-width: 4px; stroke-linejoin: round; opacity: 0; pointer-events: none; }
      svg:focus-within > .tip, svg:has(.pt:hover) > .tip { opacity: 1; }
      .pt:focus { outline: none; }
      .pt:focus rect, .pt:hover rect, .pt:focus circle, .pt:hover circle { stroke: var(--_text); stroke-width: 2; }
      .s0 { --c: var(--_accent); }
      .s1 { --c: #0f7b6c; }
      .s2 { --c: #b35900; }
      .s3 { --c: #7a3db8; }
      .s4 { --c: #3b6e2a; }
      .series polyline, .legend line { stroke: var(--c); stroke-width: 2; fill: none; }
      .series circle { fill: var(--c); }
      .legend { display: flex; flex-wrap: wrap; gap: 0.25rem 1rem; list-style: none; padding: 0; margin: 0.25rem 0; font-size: 0.875rem; }
      .legend svg { width: 1.5rem; height: 0.5rem; margin-right: 0.3rem; display: inline-block; }
      line.axis, .bar line { stroke: var(--_muted); }
      table { border-collapse: collapse; margin: 0.25rem 0; }
      th, td { border: 1px solid var(--_border); padding: 0.15rem 0.5rem; text-align: left; }
      figcaption { font-weight: 600; }
    `,
  ];
  /** Time zone the days are counted in (the business's). */
  @property() timezone = 'America/Los_Angeles';
  /** Today as 'YYYY-MM-DD' (defaults to the clock, in `timezone`); fixed in tests and screenshots. */
  @property() today = '';
  @state() private preset: Preset | 'custom' = 'month';
  @state() private custom: Range = { from: '', to: '' };
  @state() private tables: Tables | null = null;
  /** The leads chart's point in the tab order (moved by its arrow keys, not a render). */
  private leadsAt = { si: 0, i: 0 };

  override connectedCallback(): void {
    super.connectedCallback();
    void this.load();
  }

  /** Reads every page of the six tables again (e.g. after sign-in). */
  async load() {
    const all = await this.guard(() => Promise.all(TABLES.map((t) => this.data.readAll(t))));
    if (all) this.tables = Object.fromEntries(TABLES.map((t, i) => [t, all[i] as Row[]])) as unknown as Tables;
  }

  private get day() {
    return this.today || dayIn(new Date(), this.timezone);
  }
  private get range(): Range {
    if (this.preset !== 'custom') return presetRange(this.preset, this.day);
    const { from, to } = this.custom;
    return from && to && from <= to ? this.custom : presetRange('month', this.day);
  }

  private fmt(v: number, f: Format): string {
    const loc = this.lang_;
    if (f === 'pct') return new Intl.NumberFormat(loc, { style: 'percent', maximumFractionDigits: 0 }).format(v);
    if (f === 'roi') return `${new Intl.NumberFormat(loc, { maximumFractionDigits: 0 }).format(v)}%`;
    if (f === 's') return `${Math.floor(v / 60)}m ${Math.round(v % 60)}s`;
    return new Intl.NumberFormat(loc, { maximumFractionDigits: 1 }).format(v);
  }
  private change(p: Pair, f: Format) {
    const d = p.value - p.previous;
    const cls = d > 0 ? 'up' : d < 0 ? 'down' : 'muted';
    const arrow = d > 0 ? '▲' : d < 0 ? '▼' : '=';
    const pct = p.previous && d ? ` (${d > 0 ? '+' : ''}${Math.round((d / p.previous) * 100)}%)` : '';
    return html`<span class=${cls}>${arrow}${pct}</span> <span class="muted">${this.t('dash.prev', { v: this.fmt(p.previous, f) })}</span>`;
  }
  private card(key: string, p: Pair, f: Format = 'n') {
    return html`<li class="card" data-fig=${key}><span class="muted">${this.t(`dash.${key}`)}</span><span class="fig">${this.fmt(p.value, f)}</span>${this.change(p, f)}</li>`;
  }

  private setPreset(e: Event) {
    this.preset = (e.target as HTMLSelectElement).value as Preset | 'custom';
    if (this.preset === 'custom' && !this.custom.from) this.custom = presetRange('month', this.day);
  }
  private setCustom(which: 'from' | 'to', e: Event) {
    this.custom = { ...this.custom, [which]: (e.target as HTMLInputElement).value };
  }

  override render() {
    const head = html`<div class="row">
      <label for="range">${this.t('dash.range')}</label>
      <select id="range" name="range" .value=${this.preset} @change=${this.setPreset}>
        ${(['week', 'month', 'quarter', 'custom'] as const).map((p) => html`<option value=${p} ?selected=${p === this.preset}>${this.t(`dash.${p}`)}</option>`)}
      </select>
      ${this.preset === 'custom'
        ? html`<label for="from">${this.t('dash.from')}</label><input id="from" type="date" .value=${this.custom.from} @change=${(e: Event) => this.setCustom('from', e)} />
            <label for="to">${this.t('dash.to')}</label><input id="to" type="date" .value=${this.custom.to} @change=${(e: Event) => this.setCustom('to', e)} />`
        : nothing}
    </div>`;
    if (!this.tables) return html`${head}${this.errorView(() => void this.load())}${this.error ? nothing : html`<p class="muted" role="status">${this.t('loading')}</p>`}`;
    const d = dashboard(this.tables, this.range, this.timezone, this.day);
    const loc = this.lang_;
    const short = (day: string) => formatDay(day, loc, { weekday: 'short', month: 'short', day: 'numeric' });
    const sources = [...new Set(d.leads.buckets.flatMap((b) => Object.keys(b.bySource)))].sort();
    const tick = (day: string) => formatDay(day, loc, { month: 'short', day: 'numeric' });
    const leadName = (n: number) => this.t(n === 1 ? 'dash.oneLead' : 'dash.nLeads', { n });
    const src = (s: string) => this.source(s);
    const tier = TIERS.find((x) => x.id === d.roi.topTier);
    return html`${head}
      <p class="muted" id="period">${this.t('dash.period', { from: formatDay(d.range.from, loc), to: formatDay(d.range.to, loc), pf: formatDay(d.previous.from, loc), pt: formatDay(d.previous.to, loc), tz: this.timezone })}</p>
      ${this.errorView(() => void this.load())}
      <h2>${this.t('dash.leadsH')}</h2>
      <ul class="cards">${this.card('leads', d.leads.total)}</ul>
      ${lineChart(
        'lt',
        this.t(d.leads.step === 'day' ? 'dash.perDay' : 'dash.perWeek'),
        this.t('dash.keys'),
        [
          { name: this.t('dash.total'), points: d.leads.buckets.map((b) => ({ label: tick(b.start), value: b.total, name: `${this.t('dash.total')}, ${short(b.start)}: ${leadName(b.total)}` })) },
          ...sources.map((s) => ({ name: src(s), points: d.leads.buckets.map((b) => ({ label: tick(b.start), value: b.bySource[s] ?? 0, name: `${src(s)}, ${short(b.start)}: ${leadName(b.bySource[s] ?? 0)}` })) })),
        ],
        { head: [this.t(d.leads.step === 'day' ? 'dash.day' : 'dash.weekOf'), ...sources.map(src), this.t('dash.total')], rows: d.leads.buckets.map((b) => [short(b.start), ...sources.map((s) => b.bySource[s] ?? 0), b.total]) },
        this.t('dash.table'),
        this.leadsAt,
      )}
      <h2>${this.t('dash.funnelH')}</h2>
      ${barChart(
        'fn',
        this.t('dash.funnelCap'),
        FUNNEL.map((k) => ({ label: this.t(`dash.f.${k}`), value: d.funnel[k].value, name: `${this.t(`dash.f.${k}`)}: ${d.funnel[k].value}` })),
        { head: [this.t('dash.stage'), this.t('dash.thisPeriod'), this.t('dash.prevPeriod')], rows: FUNNEL.map((k) => [this.t(`dash.f.${k}`), d.funnel[k].value, d.funnel[k].previous]) },
        this.t('dash.table'),
      )}
      <h2>${this.t('dash.emailH')}</h2>
      <ul class="cards">${this.card('sent', d.email.sent)}${this.card('openRate', d.email.openRate, 'pct')}${this.card('clickRate', d.email.clickRate, 'pct')}${this.card('bounceRate', d.email.bounceRate, 'pct')}</ul>
      <h2>${this.t('dash.roiH')}</h2>
      <ul class="cards">
        ${this.card('calcs', d.roi.count)}${this.card('avgRoi', d.roi.averageRoi, 'roi')}${this.card('medRoi', d.roi.medianRoi, 'roi')}${this.card('capture', d.roi.emailCaptureRate, 'pct')}${this.card('time', d.roi.averageSeconds, 's')}
        <li class="card" data-fig="tier"><span class="muted">${this.t('dash.tier')}</span><span class="fig name">${tier ? tier.name[loc] : (d.roi.topTier ?? '—')}</span></li>
      </ul>
      <h2>${this.t('dash.voiceH')}</h2>
      <ul class="cards">${this.card('sessions', d.voice.sessions)}${this.card('contactShare', d.voice.contactShare, 'pct')}${this.card('bookedShare', d.voice.bookedShare, 'pct')}</ul>
      <h2>${this.t('dash.bookingsH')}</h2>
      <ul class="cards">
        ${this.card('upcoming', d.bookings.upcoming)}${this.card('booked', d.bookings.total)}${this.card('cancelled', d.bookings.cancelled)}
        ${Object.entries(d.bookings.byType).map(([k, n]) => html`<li class="card" data-fig="type-${k}"><span class="muted">${this.t(`bk.${k}`)}</span><span class="fig">${n}</span></li>`)}
      </ul>`;
  }
}
