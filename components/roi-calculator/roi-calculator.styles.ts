import { css } from 'lit';
import { tokens } from '../core/theme.js';

// Written minified on purpose: no build step minifies CSS inside `css` templates, and every byte counts against
// the 17 KB budget. One rule per line; shared declarations are grouped under one selector list.
// A field's value (output) sits beside its label and wraps under it when a long (Spanish) label needs the room;
// on touch screens every control is at least 40px tall. On a narrow container the figures sit side by side, in the
// sticky estimate and in the results' hero alike, so the email capture starts within a phone's first screen.
export const styles = [
  tokens,
  css`
:host{display:block;container-type:inline-size}
:host([hidden]){display:none}
.wizard{background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);padding:1rem}
ol,ul,dl,dd{list-style:none;margin:0;padding:0}
nav ol{display:flex;flex-wrap:wrap;gap:.5rem 1rem;margin-bottom:1rem;color:var(--_muted);font-size:.875rem}
nav li,nav button,.affix{display:flex;align-items:center;gap:.4rem}
[aria-current],legend,label,dd,.total,.save,.sent h3,.primary{font-weight:600}
[aria-current]{color:var(--_text)}
.n{display:inline-grid;place-items:center;width:1.5rem;height:1.5rem;border-radius:50%;border:1px solid}
[aria-current] .n,.primary{background:var(--_accent);border-color:var(--_accent);color:var(--_accent-contrast)}
.layout,.final{display:grid;gap:1rem 1.5rem;align-items:start}
@container (min-width:640px){.two{grid-template-columns:1fr 15rem}.final{grid-template-columns:1fr 1fr}}
details{grid-column:1/-1}
summary{cursor:pointer;font-weight:600}
.hero dd{font-size:1.75rem}
@container (max-width:639px){.est{position:sticky;bottom:0;box-shadow:0 -2px 9px #0003}.est h3{margin:0}.results dl{display:flex;gap:.75rem;align-items:end}.results div{display:block;margin:0}.results dt{font-size:.75rem}.est .big dd{font-size:1rem}.hero dd{font-size:1.35rem}}
h2,h3{margin:1rem 0 .75rem;font-size:1rem}
h2{margin-top:0;font-size:1.25rem}
small,.note,output{display:block;color:var(--_muted);font-weight:400}
.note{font-size:.85rem}
label small{display:inline}
.choice small{display:block}
fieldset{border:0;margin:0 0 1rem;padding:0;display:grid;gap:.4rem;grid-template-columns:repeat(auto-fill,minmax(11rem,1fr))}
legend,label{padding:0;margin-bottom:.25rem}
.choice{display:flex;gap:.5rem;align-items:start;font-weight:400;margin:0;padding:.5rem .6rem;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface-alt);cursor:pointer}
.choice:has(:checked){border-color:var(--_accent);box-shadow:inset 0 0 0 1px var(--_accent)}
input,button,select{font:inherit;color:inherit;accent-color:var(--_accent)}
.field{display:flex;flex-wrap:wrap;justify-content:space-between;align-items:baseline;gap:0 .5rem;margin-bottom:.6rem}
.field>input,.field>select,.affix,.err{flex:1 1 100%}
input:not([type=range],[type=radio]),button,select{border:1px solid var(--_border);border-radius:calc(var(--_radius)/2)}
input:not([type=range],[type=radio]),select{width:100%;box-sizing:border-box;padding:.45rem .6rem;background:var(--_surface)}
input[aria-invalid=true]{border-color:var(--_danger)}
.err,.alert{color:var(--_danger);margin:.25rem 0 0}
.total,.tasks li,dl div{display:flex;justify-content:space-between;align-items:baseline;gap:.5rem;margin:.25rem 0}
.total{border-top:1px solid var(--_border);padding-top:.5rem}
.results{background:var(--_surface-alt);border-radius:var(--_radius);padding:.75rem 1rem}
dd{font-variant-numeric:tabular-nums}
.big dd{font-size:1.25rem;color:var(--_accent)}
.save,.sent h3{color:var(--_success)}
form h3{margin-top:0}
.actions{display:flex;gap:.5rem;justify-content:flex-end;margin-top:1rem}
button{cursor:pointer;background:none;padding:.5rem 1rem}
nav button{border:0;padding:0;color:var(--_accent);text-decoration:underline}
button:disabled{opacity:.6;cursor:progress}
:focus-visible{box-shadow:var(--_focus)}
@media (pointer:coarse){input:not([type=radio]),button,select{min-height:2.5rem}}
`,
];
