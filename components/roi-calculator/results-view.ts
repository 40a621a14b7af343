import { html, type TemplateResult } from 'lit';
import type { TaskId } from '../../model/contracts.js';
import type { RoiResults } from '../../model/roi.js';
import { paybackLabel, type Formatters } from './format.js';
import type { RoiStrings } from './roi-calculator.strings.js';

const row = (term: string, value: string, cls = '') => html`<div class=${cls}><dt>${term}</dt><dd>${value}</dd></div>`;

/** The headline figures: the whole live estimate beside steps 1–3, the start of the full results on step 4. */
const headline = (r: RoiResults, s: RoiStrings, f: Formatters, full?: boolean) =>
  html`${row(s.annualBenefit, f.money(r.annualBenefit), 'big')}${row(s.roi, f.pct(r.roi), full ? 'big' : '')}${row(s.payback, paybackLabel(r.paybackWeeks, s, f))}${row(s.hoursSaved, f.num(r.totalWeeklyHoursSaved))}`;

/** The compact live estimate beside steps 1–3 (not a live region: it would chatter on every slider step). */
export const summaryView = (r: RoiResults, s: RoiStrings, f: Formatters): TemplateResult =>
  html`<aside part="results" class="results" aria-labelledby="sum-h"><h3 id="sum-h">${s.estimate}</h3><dl>${headline(r, s, f)}</dl></aside>`;

/** Everything the results step shows: figures, the automated tasks and the consultant/agency comparison. */
export const resultsView = (r: RoiResults, s: RoiStrings, f: Formatters, tasks: Record<TaskId, string>): TemplateResult =>
  html`<div part="results" class="results"><dl>${headline(r, s, f, true)}${row(s.laborSavings, f.money(r.weeklyLaborSavings))}${r.monthlyRevenueRecovery > 0 ? row(s.revenueRecovery, f.money(r.monthlyRevenueRecovery)) : ''}${row(s.investment, f.money(r.investment))}</dl><h3>${s.automated}</h3><ul class="tasks">${r.automatedTasks.map(
    (t) => html`<li><span>${tasks[t.taskId]}</span> <span>${s.perWeek(f.money(t.weeklySavings))}</span></li>`,
  )}</ul><h3>${s.comparison}</h3><dl>${row(s.consultant, f.money(r.consultantCost))}${row(s.agency, f.money(r.agencyCost))}</dl>${r.comparisonSavingsPercent === null ? '' : html`<p class="save">${s.youSave(f.pct(r.comparisonSavingsPercent))}</p>`}<p class="note">${s.disclaimer}</p></div>`;
