import { html, svg, type TemplateResult } from 'lit';

/**
 * A hand-written SVG bar chart (no charting library: the dashboard needs bars and a table, and the libraries
 * worth using cost more than the whole admin bundle's headroom). Bars run across, so each stage's name sits
 * before its bar and its count after it, readable at a glance in either language. Each bar is a focusable
 * point whose accessible name carries its value, and the same numbers follow as a table.
 */
export interface Point {
  /** The short text on the axis: the stage, or the day ("Nov 16"). */
  label: string;
  value: number;
  /** What the point's name reads, e.g. "Mon, Nov 16: 2 leads". */
  name: string;
}
export interface Table {
  head: string[];
  rows: (string | number)[][];
}

const W = 600;
const ROW = 32;
const BAR = 22;
/** Room for the stage names (the longest, "Contactados", is ~80 units at 13px) and for the counts. */
const LABEL = 128;
const VALUE = 48;

export function barChart(id: string, title: string, points: Point[], table: Table, tableLabel: string): TemplateResult {
  const max = Math.max(1, ...points.map((p) => p.value));
  const len = (v: number) => (v / max) * (W - LABEL - VALUE);
  return html`<figure class="chart bar" aria-labelledby="${id}-t">
    <figcaption id="${id}-t">${title}</figcaption>
    <svg viewBox="0 0 ${W} ${points.length * ROW}" role="group" aria-labelledby="${id}-t">
      <line x1=${LABEL} x2=${LABEL} y1="0" y2=${points.length * ROW}></line>
      ${points.map((p, i) => {
        const y = i * ROW + (ROW - BAR) / 2;
        const w = Math.max(len(p.value), 1);
        return svg`<g class="pt" tabindex="0" role="img" aria-label=${p.name}>
          <text class="k" x=${LABEL - 8} y=${y + BAR / 2} dominant-baseline="central" text-anchor="end">${p.label}</text>
          <rect x=${LABEL} y=${y} width=${w} height=${BAR}></rect>
          <text class="v" x=${LABEL + w + 6} y=${y + BAR / 2} dominant-baseline="central">${p.value}</text>
          <title>${p.name}</title>
        </g>`;
      })}
    </svg>
    ${dataTable(table, tableLabel)}
  </figure>`;
}

/** The chart's numbers as a table, folded under it (for screen readers, copying and exact values). */
export function dataTable(table: Table, label: string): TemplateResult {
  return html`<details>
    <summary>${label}</summary>
    <table>
      <thead><tr>${table.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
      <tbody>${table.rows.map((r) => html`<tr>${r.map((c, i) => (i ? html`<td>${c}</td>` : html`<th scope="row">${c}</th>`))}</tr>`)}</tbody>
    </table>
  </details>`;
}
