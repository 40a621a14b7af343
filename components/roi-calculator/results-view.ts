import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../model/contracts.js';
import { taskName } from '../../model/labels.js';
import type { RoiResults } from '../../model/roi.js';
import { paybackLabel, type Formatters } from './format.js';
import type { RoiStrings } from './roi-calculator.strings.js';

const row = (term: string, value: string, cls = '') => html`<div class=${cls}><dt>${term}</dt><dd>${value}</dd></div>`;

/** The compact live estimate beside steps 1–3 (not a live region: it would chatter on every slider step). */
export function summaryView(r: RoiResults, s: RoiStrings, f: Formatters): TemplateResult {
  return html`<aside part="results" class="results summary" aria-labelledby="sum-h">
    <h3 id="sum-h">${s.estimate}</h3>
    <dl>
      ${row(s.annualBenefit, f.money(r.annualBenefit), 'big')} ${row(s.roi, f.pct(r.roi))}
      ${row(s.payback, paybackLabel(r.paybackWeeks, s, f))} ${row(s.hoursSaved, f.num(r.totalWeeklyHoursSaved))}
    </dl>
  </aside>`;
}

/** Everything the results step shows: figures, the automated tasks and the consultant/agency comparison. */
export function resultsView(r: RoiResults, s: RoiStrings, f: Formatters, locale: Locale): TemplateResult {
  return html`<div part="results" class="results">
    <dl class="figures">
      ${row(s.annualBenefit, f.money(r.annualBenefit), 'big')} ${row(s.roi, f.pct(r.roi), 'big')}
      ${row(s.hoursSaved, f.num(r.totalWeeklyHoursSaved))} ${row(s.laborSavings, f.money(r.weeklyLaborSavings))}
      ${r.monthlyRevenueRecovery > 0 ? row(s.revenueRecovery, f.money(r.monthlyRevenueRecovery)) : nothing}
      ${row(s.investment, f.money(r.investment))} ${row(s.payback, paybackLabel(r.paybackWeeks, s, f))}
    </dl>
    <h3>${s.automated}</h3>
    <ul class="tasks">
      ${r.automatedTasks.map(
        (t) => html`<li><span>${taskName(t.taskId, locale)}</span> <span>${s.perWeek(f.money(t.weeklySavings))}</span></li>`,
      )}
    </ul>
    <h3>${s.comparison}</h3>
    <dl class="compare">
      ${row(s.consultant, f.money(r.consultantCost))} ${row(s.agency, f.money(r.agencyCost))}
    </dl>
    ${r.comparisonSavingsPercent !== null ? html`<p class="save">${s.youSave(f.pct(r.comparisonSavingsPercent))}</p>` : nothing}
    <p class="note">${s.disclaimer}</p>
  </div>`;
}
