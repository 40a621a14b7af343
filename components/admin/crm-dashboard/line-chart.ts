import { html, svg, type TemplateResult } from 'lit';
import type { Point } from './chart.js';

/**
 * A hand-written SVG line chart (no library, like `chart.ts`): one line per series over the same labels, a
 * legend that tells the lines apart by dash pattern as well as colour, and every point focusable with a
 * roving tabindex — Tab enters the chart once, Left/Right move along a line, Up/Down between lines, Home/End
 * to its ends — each point named with its value. The table under it holds the same numbers.
 */
export interface Series {
  name: string;
  points: Point[];
}

const W = 320;
const H = 120;
const PAD = 18;
const DASH = ['', '6 3', '2 3', '8 3 2 3', '1 2'];

export function lineChart(id: string, title: string, hint: string, series: Series[], table: { head: string[]; rows: (string | number)[][] }, tableLabel: string): TemplateResult {
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.value)));
  const n = Math.max(1, ...series.map((s) => s.points.length));
  const x = (i: number) => PAD + (n > 1 ? (i * (W - 2 * PAD)) / (n - 1) : (W - 2 * PAD) / 2);
  const y = (v: number) => H - (v / max) * (H - PAD);
  // points shrink as they crowd (a quarter by day is ~90), so neighbours never overlap
  const r = Math.max(1.5, Math.min(3.5, (W - 2 * PAD) / Math.max(1, n - 1) / 3));
  return html`<figure class="chart line" aria-labelledby="${id}-t">
    <figcaption id="${id}-t">${title}</figcaption>
    <p class="visually-hidden" id="${id}-k">${hint}</p>
    <ul class="legend">${series.map((s, si) => html`<li><svg viewBox="0 0 24 8" aria-hidden="true"><line class="s${si % DASH.length}" x1="0" x2="24" y1="4" y2="4" stroke-dasharray=${DASH[si % DASH.length]}></line></svg>${s.name}</li>`)}</ul>
    <svg viewBox="0 0 ${W} ${H + PAD}" role="group" aria-labelledby="${id}-t" aria-describedby="${id}-k" @keydown=${rove}>
      <line class="axis" x1="0" x2=${W} y1=${H} y2=${H}></line>
      ${series.map(
        (s, si) => svg`<g class="series s${si % DASH.length}" data-series=${si}>
          <polyline fill="none" stroke-dasharray=${DASH[si % DASH.length]} points=${s.points.map((p, i) => `${x(i)},${y(p.value)}`).join(' ')}></polyline>
          ${s.points.map(
            (p, i) => svg`<g class="pt" role="img" aria-label=${p.name} tabindex=${si === 0 && i === 0 ? 0 : -1} data-i=${i}>
              <circle cx=${x(i)} cy=${y(p.value)} r=${r}></circle>
              <text class="v" x=${x(i)} y=${y(p.value) - 6} text-anchor="middle">${p.value}</text>
            </g>`,
          )}
        </g>`,
      )}
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

/** Roving tabindex over the points: the focused one alone is in the tab order. */
function rove(e: KeyboardEvent) {
  const pt = (e.target as Element).closest('.pt');
  const chart = e.currentTarget as SVGSVGElement;
  if (!pt) return;
  const lines = [...chart.querySelectorAll('.series')].map((g) => [...g.querySelectorAll<SVGGElement>('.pt')]);
  const si = Number(pt.parentElement!.getAttribute('data-series'));
  const i = Number(pt.getAttribute('data-i'));
  const line = lines[si];
  const moves: Record<string, [number, number]> = {
    ArrowRight: [si, Math.min(i + 1, line.length - 1)],
    ArrowLeft: [si, Math.max(i - 1, 0)],
    ArrowDown: [Math.min(si + 1, lines.length - 1), i],
    ArrowUp: [Math.max(si - 1, 0), i],
    Home: [si, 0],
    End: [si, line.length - 1],
  };
  const to = moves[e.key];
  if (!to) return;
  e.preventDefault();
  const next = lines[to[0]][Math.min(to[1], lines[to[0]].length - 1)];
  if (!next || next === pt) return;
  pt.setAttribute('tabindex', '-1');
  next.setAttribute('tabindex', '0');
  next.focus();
}
