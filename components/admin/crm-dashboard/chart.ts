import { html, svg, type TemplateResult } from 'lit';

/**
 * A hand-written SVG bar chart (no charting library: the dashboard needs bars and a table, and the libraries
 * worth using cost more than the whole admin bundle's headroom). Each bar is a focusable point whose
 * accessible name carries its value, and the same numbers follow as a table for screen readers and copying.
 */
export interface Point {
  label: string;
  value: number;
  /** What the point's name reads, e.g. "Mon, Nov 16: 2 leads". */
  name: string;
}

const W = 320;
const H = 120;
const PAD = 18;

export function barChart(id: string, title: string, points: Point[], table: { head: string[]; rows: (string | number)[][] }, tableLabel: string): TemplateResult {
  const max = Math.max(1, ...points.map((p) => p.value));
  const step = (W - PAD) / Math.max(1, points.length);
  const bw = Math.max(2, step * 0.7);
  return html`<figure class="chart" aria-labelledby="${id}-t">
    <figcaption id="${id}-t">${title}</figcaption>
    <svg viewBox="0 0 ${W} ${H + PAD}" role="group" aria-labelledby="${id}-t" preserveAspectRatio="none">
      ${points.map((p, i) => {
        const h = (p.value / max) * (H - PAD);
        const x = PAD / 2 + i * step;
        return svg`<g class="pt" tabindex="0" role="img" aria-label=${p.name}>
          <rect x=${x} y=${H - h} width=${bw} height=${Math.max(h, 1)}></rect>
          <text class="v" x=${x + bw / 2} y=${H - h - 4} text-anchor="middle">${p.value}</text>
          <title>${p.name}</title>
        </g>`;
      })}
      <line x1="0" x2=${W} y1=${H} y2=${H}></line>
    </svg>
    <details>
      <summary>${tableLabel}</summary>
      <table>
        <thead><tr>${table.head.map((h) => html`<th scope="col">${h}</th>`)}</tr></thead>
        <tbody>${table.rows.map((r) => html`<tr>${r.map((c, i) => (i ? html`<td>${c}</td>` : html`<th scope="row">${c}</th>`))}</tr>`)}</tbody>
      </table>
    </details>
  </figure>`;
}
