import { html, svg, type TemplateResult } from 'lit';
import { keyed } from 'lit/directives/keyed.js';
import { live } from 'lit/directives/live.js';
import { dataTable, type Point, type Table } from './chart.js';

/**
 * A hand-written SVG line chart (no library, like `chart.ts`): one line per series over the same labels, a
 * legend that tells the lines apart by dash pattern as well as colour, a y scale (0, middle, top) and the days
 * under the x axis (thinned to about eight), and every point focusable with a roving tabindex — Tab enters the
 * chart once, Left/Right move along a line, Up/Down between lines, Home/End to its ends — each point named
 * with its value. The focused point's name also shows beside it, drawn last so no line covers it and kept
 * inside the chart. The table under it holds the same numbers.
 */
export interface Series {
  name: string;
  points: Point[];
}

/**
 * The point in the tab order (line, index), kept by the host across renders: the keys move it and the
 * render binds from it, clamped, so a shorter range or fewer lines never leave the chart without a tab stop.
 */
export interface Roving {
  si: number;
  i: number;
}

const W = 600;
const H = 200;
const TOP = 16;
const LEFT = 40;
const RIGHT = 28;
const DASH = ['', '6 3', '2 3', '8 3 2 3', '1 2'];
/** How far apart (in chart units) lines of equal value are drawn. */
const NUDGE = 3;

export function lineChart(id: string, title: string, hint: string, series: Series[], table: Table, tableLabel: string, at: Roving): TemplateResult {
  const max = Math.max(1, ...series.flatMap((s) => s.points.map((p) => p.value)));
  // counts are whole numbers: an even top keeps the middle tick whole too
  const top = max > 1 && max % 2 ? max + 1 : max;
  const ticks = top > 1 ? [0, top / 2, top] : [0, top];
  const n = Math.max(1, ...series.map((s) => s.points.length));
  const x = (i: number) => LEFT + (n > 1 ? (i * (W - LEFT - RIGHT)) / (n - 1) : (W - LEFT - RIGHT) / 2);
  const y = (v: number) => H - (v / top) * (H - TOP);
  const apart = nudges(series);
  const py = (si: number, i: number, v: number) => y(v) + apart[si][i];
  const every = Math.ceil(n / 8);
  // points shrink as they crowd (a quarter by day is ~90), so neighbours never overlap
  const r = Math.max(2, Math.min(5, (W - LEFT - RIGHT) / Math.max(1, n - 1) / 3));
  const fs = Math.max(0, Math.min(at.si, series.length - 1));
  const fi = Math.max(0, Math.min(at.i, (series[fs]?.points.length ?? 1) - 1));
  // The tip is written by `tip` outside Lit: keyed by the points' names, it starts again empty when they change,
  // so an old name never shows over new data.
  // focusin listens on the figure: on an <svg> it would make Chrome put the svg itself in the tab order; a
  // pointer over a point shows its name the same way
  return html`<figure class="chart line" aria-labelledby="${id}-t" @focusin=${tip} @pointerover=${tip}>
    <figcaption id="${id}-t">${title}</figcaption>
    <p class="visually-hidden" id="${id}-k">${hint}</p>
    <ul class="legend">${series.map((s, si) => html`<li><svg viewBox="0 0 24 8" aria-hidden="true"><line class="s${si % DASH.length}" x1="0" x2="24" y1="4" y2="4" stroke-dasharray=${DASH[si % DASH.length]}></line></svg>${s.name}</li>`)}</ul>
    <svg viewBox="0 0 ${W} ${H + 28}" role="group" aria-labelledby="${id}-t" aria-describedby="${id}-k" @keydown=${(e: KeyboardEvent) => rove(e, at)}>
      <g class="axes" aria-hidden="true">
        ${ticks.map((v) => svg`<line class=${v ? 'grid' : 'axis'} x1=${LEFT - 4} x2=${W} y1=${y(v)} y2=${y(v)}></line><text class="yt" x=${LEFT - 8} y=${y(v)} dominant-baseline="central" text-anchor="end">${v}</text>`)}
        ${(series[0]?.points ?? []).map((p, i) => (i % every ? null : svg`<text class="xt" x=${x(i)} y=${H + 20} text-anchor="middle">${p.label}</text>`))}
      </g>
      ${series.map(
        (s, si) => svg`<g class="series s${si % DASH.length}" data-series=${si}>
          <polyline fill="none" stroke-dasharray=${DASH[si % DASH.length]} points=${s.points.map((p, i) => `${x(i)},${py(si, i, p.value)}`).join(' ')}></polyline>
          ${s.points.map(
            (p, i) => svg`<g class="pt" role="img" aria-label=${p.name} tabindex=${live(si === fs && i === fi ? '0' : '-1')} data-i=${i}>
              <circle cx=${x(i)} cy=${py(si, i, p.value)} r=${r}></circle>
            </g>`,
          )}
        </g>`,
      )}
      ${keyed(series.map((s) => s.points.map((p) => p.name)).join('\n'), svg`<text class="tip" aria-hidden="true"></text>`)}
    </svg>
    ${dataTable(table, tableLabel)}
  </figure>`;
}

/**
 * Lines with the same value at a point are drawn a few pixels apart there (spread about the true height), so
 * a line never hides under another: the total often equals its only source.
 */
function nudges(series: Series[]): number[][] {
  return series.map((s, si) =>
    s.points.map((p, i) => {
      const same = series.map((o, k) => (o.points[i]?.value === p.value ? k : -1)).filter((k) => k >= 0);
      return (same.indexOf(si) - (same.length - 1) / 2) * NUDGE;
    }),
  );
}

/** Writes the focused point's name beside it: above (below when at the top), anchored so it stays inside. */
function tip(e: Event) {
  const c = (e.target as Element).closest('.pt')?.querySelector('circle');
  const t = (e.currentTarget as Element).querySelector('.tip');
  if (!c || !t) return;
  const cx = Number(c.getAttribute('cx'));
  const cy = Number(c.getAttribute('cy'));
  t.textContent = c.parentElement!.getAttribute('aria-label');
  t.setAttribute('x', String(cx));
  t.setAttribute('y', String(cy < TOP + 24 ? cy + 22 : cy - 12));
  t.setAttribute('text-anchor', cx < W / 3 ? 'start' : cx > (2 * W) / 3 ? 'end' : 'middle');
}

/**
 * Roving tabindex over the points: the focused one alone is in the tab order. Written to the DOM at once
 * (no render per key) and to `at`, which the next render binds from (`live`, as the DOM moved under Lit).
 */
function rove(e: KeyboardEvent, at: Roving) {
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
  at.si = to[0];
  at.i = Number(next.getAttribute('data-i'));
  next.focus();
}
