import { css } from 'lit';

/**
 * The booking widget's own rules; the shared tokens (focus outline, reduced motion, .visually-hidden) come
 * first in the class's `styles`. Kept terse on purpose: every byte here ships in the bundle.
 * Side by side (a wide container) the slot list scrolls beside the calendar instead of running far below it;
 * days are 40px tall, and on touch screens the selects and month buttons too. The dialog slides in without a
 * fade: a fade leaves its text below its contrast ratio while it runs (axe measured it mid-way).
 */
export const styles = css`
:host{display:block;line-height:1.45;accent-color:var(--_accent)}
.base,dialog{container-type:inline-size;background:var(--_surface);color:var(--_text);border:1px solid var(--_border);border-radius:var(--_radius);padding:1.25rem}
dialog{width:min(52rem,calc(100vw - 2rem));max-height:calc(100dvh - 2rem)}
dialog::backdrop{background:#0008}
dialog[open]{animation:in .2s ease-out}
@keyframes in{from{transform:translateY(.75rem)}}
.intro{margin:0 0 1rem}
.view-title{width:fit-content}
.head,.cal-head{display:flex;justify-content:space-between;align-items:center;gap:.5rem}
h2,h3,h4{margin:0 0 .5rem;line-height:1.25}
h3{font-size:1.05rem}
.title{font-size:1.35rem}
button,a,input,select,textarea{font:inherit;color:inherit;background:var(--_surface);border:1px solid var(--_border);border-radius:calc(var(--_radius)*.6);padding:.45rem .6rem}
button,a{cursor:pointer;text-decoration:none;display:inline-block}
button:disabled{opacity:.5;cursor:default}
:focus-visible{box-shadow:var(--_focus)}
.link{border:0;background:none;color:var(--_accent);text-decoration:underline;padding:0 .25rem}
.close{font-size:1.4rem;line-height:1;padding:.2rem .6rem}
.types{border:0;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:.5rem}
legend,.primary,.notice,.open{font-weight:600}
legend{margin-bottom:.4rem}
.type{flex:1 1 14rem;display:flex;gap:.6rem;align-items:start;border:1px solid var(--_border);border-radius:var(--_radius);padding:.7rem;cursor:pointer}
.type:has(:checked){border-color:var(--_accent);background:color-mix(in srgb,var(--_accent) 8%,var(--_surface))}
.desc{display:block}
.desc,.muted,th,td,.intro{color:var(--_muted)}
.desc,.muted,th,.field-error,.all{font-size:.9em}
.scheduler{display:flex;flex-wrap:wrap;gap:1.25rem}
.scheduler>*{flex:1 1 16rem}
select{min-width:0}
.tz,.field{display:grid;gap:.2rem;align-content:start}
.tz{margin-bottom:.75rem}
summary{cursor:pointer;color:var(--_accent);margin:.75rem 0}
.month{margin:0}
.month::first-letter{text-transform:uppercase}
table{table-layout:fixed;border-spacing:2px;width:100%;margin-top:.5rem}
th{font-weight:500}
td{text-align:center;height:2.5rem;border-radius:calc(var(--_radius)*.6)}
[aria-busy=true] td[data-date]{color:transparent;background:var(--_surface-alt);animation:pulse 1.2s infinite alternate}
@keyframes pulse{to{opacity:.4}}
.open{color:var(--_text);background:var(--_surface-alt);cursor:pointer}
[aria-current=date]{box-shadow:inset 0 0 0 1px var(--_border)}
.primary,[aria-selected=true]{background:var(--_accent);color:var(--_accent-contrast);border-color:var(--_accent)}
.primary{margin-top:1rem}
ul{list-style:none;padding:0;margin:0;display:grid;gap:.4rem}
.times{grid-template-columns:repeat(auto-fill,minmax(6.5rem,1fr))}
.slot{width:100%}
@container (min-width:34rem){.times{grid-template-columns:1fr;max-height:24rem;overflow-y:auto;padding:4px}}
@media (pointer:coarse){select,.cal-head button{min-width:2.5rem;height:2.5rem}}
.error,.field-error,.notice{color:var(--_danger)}
.field-error{margin:0}
[aria-invalid=true]{border-color:var(--_danger)}
.details{margin-top:1.25rem;border-top:1px solid var(--_border);padding-top:1rem}
.fields{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:.75rem}
.wide{grid-column:1/-1}
.confirmation h3{color:var(--_success)}
.cal-links{display:flex;flex-wrap:wrap;gap:.5rem}
`;
