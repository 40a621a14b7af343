import { html, nothing, type TemplateResult } from 'lit';
import type { Locale } from '../../model/contracts.js';
import { monthGrid, type DateKey, type MonthKey } from './calendar-math.js';
import { formatDay, formatMonth, weekdayNames } from './time-format.js';
import type { BookingStrings } from './booking.strings.js';

export interface CalendarView {
  s: BookingStrings;
  locale: Locale;
  month: MonthKey;
  weekStart: number;
  /** Days with at least one open slot. */
  open: { has(date: DateKey): boolean };
  /** Availability is on its way: the days show as a skeleton, none marked open or not. */
  loading: boolean;
  selected: DateKey | null;
  /** The one day in the tab order (roving tabindex). */
  focus: DateKey;
  today: DateKey;
  canGoBack: boolean;
  /** False at the booking horizon. */
  canGoForward: boolean;
  onMonth: (delta: number) => void;
  onKey: (e: KeyboardEvent) => void;
  onPick: (date: DateKey) => void;
}

/**
 * The month as a WAI-ARIA date grid: a table with role=grid, one day in the tab order, days without open
 * times aria-disabled (still focusable, so arrow keys walk every day).
 */
export function renderCalendar(v: CalendarView): TemplateResult {
  const { s, locale, weekStart } = v;
  // One delegated click handler for the whole table.
  const pick = (e: Event) => {
    const date = (e.target as HTMLElement).closest('td')?.dataset.date;
    if (date) v.onPick(date);
  };
  return html`<div part="calendar"><div class="cal-head"><button part="button" aria-label=${s.prevMonth} ?disabled=${!v.canGoBack} @click=${() => v.onMonth(-1)}>‹</button><h3 id="cal-month" class="month">${formatMonth(v.month, locale)}</h3><button part="button" class="next" aria-label=${s.nextMonth} ?disabled=${!v.canGoForward} @click=${() => v.onMonth(1)}>›</button></div><table role="grid" aria-labelledby="cal-month" aria-busy=${v.loading} @keydown=${v.onKey} @click=${pick}><thead><tr>${weekdayNames(locale, weekStart).map((day) => html`<th scope="col">${day}</th>`)}</tr></thead><tbody>${monthGrid(v.month, weekStart).map((week) => html`<tr>${week.map((d) => (d
    ? html`<td part="day" data-date=${d} tabindex=${d === v.focus ? 0 : -1} class=${v.open.has(d) ? 'open' : ''} aria-label=${formatDay(d, locale)} aria-selected=${d === v.selected} aria-disabled=${v.open.has(d) ? nothing : 'true'} aria-current=${d === v.today ? 'date' : nothing}>${+d.slice(8)}</td>`
    : html`<td></td>`))}</tr>`)}</tbody></table></div>`;
}
