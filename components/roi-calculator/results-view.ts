import { html, type TemplateResult } from 'lit';
import type { TaskId } from '../../model/contracts.js';
import { CONSULTANT_HOURLY, TIER_DATA, type RoiResults } from '../../model/roi.js';
import type { TierId } from '../../model/contracts.js';
import { paybackLabel, type Formatters } from './format.js';
import type { RoiStrings } from './roi-calculator.strings.js';

const row = (term: string, value: string, cls = '') => html`<div class=${cls}><dt>${term}</dt><dd>${value}</dd></div>`;

/** The payoff: annual benefit, first-year ROI and first-year payback (the honest figures, not the minimum term's). */
const headline = (r: RoiResults, s: RoiStrings, f: Formatters) =>
  html`${row(s.annualBenefit, f.money(r.annualBenefit), 'big')}${row(s.roi, f.pct(r.firstYearRoi), 'big')}${row(s.payback, paybackLabel(r.firstYearPaybackWeeks, s, f), 'big')}`;

/**
 * The live estimate beside steps 1–3, a compact bar stuck to the bottom of a phone's screen. A group, not an
 * `<aside>`: a widget must not add a landmark the host page did not ask for. Not a live region either: it
 * would chatter on every slider step.
 */
export const summaryView = (r: RoiResults, s: RoiStrings, f: Formatters): TemplateResult =>
  html`<div part="results" class="results est" role="group" aria-labelledby="sum-h"><h3 id="sum-h">${s.estimate}</h3><dl>${headline(r, s, f)}</dl></div>`;

/** The results step's hero: the three figures large, and what the first year includes. */
export const heroView = (r: RoiResults, s: RoiStrings, f: Formatters, tier: TierId): TemplateResult => {
  const t = TIER_DATA[tier];
  return html`<div part="results" class="results hero"><dl>${headline(r, s, f)}</dl><p class="note">${s.firstYear(f.money(t.setupFee), f.money(t.monthlyFee), f.money(r.firstYearCost))}</p></div>`;
};

/** Everything else, collapsed: weekly figures, the minimum-term ROI the CRM records, tasks and the comparison. */
export const detailsView = (r: RoiResults, s: RoiStrings, f: Formatters, tasks: Record<TaskId, string>, tier: TierId): TemplateResult =>
  html`<details part="details"><summary>${s.details}</summary><dl>${row(s.hoursSaved, f.num(r.totalWeeklyHoursSaved))}${row(s.laborSavings, f.money(r.weeklyLaborSavings))}${r.monthlyRevenueRecovery > 0 ? row(s.revenueRecovery, f.money(r.monthlyRevenueRecovery)) : ''}</dl><p class="note">${s.minTerm(TIER_DATA[tier].months, f.money(r.investment), f.pct(r.roi))}</p><h3>${s.automated}</h3><ul class="tasks">${r.automatedTasks.map(
    (t) => html`<li><span>${tasks[t.taskId]}</span> <span>${s.perWeek(f.money(t.weeklySavings))}</span></li>`,
  )}</ul><h3>${s.comparison}</h3><dl>${row(s.consultant(f.money(CONSULTANT_HOURLY)), f.money(r.consultantCost))}${row(s.agency, f.money(r.agencyCost))}</dl>${r.comparisonSavingsPercent === null ? '' : html`<p class="save">${s.youSave(f.pct(r.comparisonSavingsPercent))}</p>`}<p class="note">${s.disclaimer}</p></details>`;
