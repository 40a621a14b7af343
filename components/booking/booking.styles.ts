import { css } from 'lit';

/** The booking widget's own rules; the shared tokens come first in the class's `styles`. */
export const styles = css`
  :host{display:block;line-height:1.45}
  .base,dialog{background:var(--_surface);color:var(--_text);border:1px solid var(--_border);border-radius:var(--_radius);padding:1.25rem}
  dialog{width:min(52rem,calc(100vw - 2rem));max-height:calc(100dvh - 2rem);overflow:auto}
  dialog::backdrop{background:rgb(0 0 0 / 0.5)}
  .dialog-head{display:flex;justify-content:space-between;align-items:start;gap:1rem}
  h2,h3,h4{margin:0 0 0.5rem;line-height:1.25}
  .title{font-size:1.35rem}
  h3{font-size:1.05rem}
  button,a[part~='button']{font:inherit;color:var(--_text);background:var(--_surface);border:1px solid var(--_border);border-radius:calc(var(--_radius) * 0.7);padding:0.45rem 0.8rem;cursor:pointer;text-decoration:none;display:inline-block}
  button:disabled{opacity:0.5;cursor:default}
  .primary{background:var(--_accent);color:var(--_accent-contrast);border-color:var(--_accent);font-weight:600;margin-top:1rem}
  .link{border:none;background:none;color:var(--_accent);text-decoration:underline;padding:0 0.25rem}
  .close{font-size:1.4rem;line-height:1;padding:0.2rem 0.6rem}
  :is(button,a,input,select,textarea,td):focus-visible{outline:2px solid var(--_accent);outline-offset:2px;box-shadow:var(--_focus)}
  .types{border:none;padding:0;margin:0 0 1rem;display:flex;flex-wrap:wrap;gap:0.5rem}
  .types legend{font-weight:600;margin-bottom:0.4rem}
  .type{flex:1 1 14rem;display:flex;gap:0.6rem;align-items:start;border:1px solid var(--_border);border-radius:var(--_radius);padding:0.7rem;cursor:pointer}
  .type:has(:checked){border-color:var(--_accent);background:color-mix(in srgb,var(--_accent) 8%,var(--_surface))}
  .type input{accent-color:var(--_accent);margin-top:0.25rem}
  .desc{display:block;color:var(--_muted);font-size:0.9em}
  .scheduler{display:flex;flex-wrap:wrap;gap:1.25rem}
  .when{flex:1 1 17rem}
  .slots{flex:1 1 15rem}
  .tz{display:flex;flex-direction:column;gap:0.2rem;margin-bottom:0.75rem}
  .cal-head{display:flex;align-items:center;justify-content:space-between}
  .month{margin:0;text-transform:capitalize}
  table{border-collapse:collapse;width:100%;margin-top:0.5rem}
  th{font-size:0.8rem;color:var(--_muted);font-weight:500;padding:0.25rem 0}
  td{text-align:center;padding:0.45rem 0;border-radius:calc(var(--_radius) * 0.6);color:var(--_muted)}
  td[aria-disabled='true']{text-decoration:line-through;text-decoration-color:color-mix(in srgb,var(--_muted) 40%,transparent)}
  td.open{color:var(--_text);background:var(--_surface-alt);font-weight:600;cursor:pointer}
  td[aria-current='date']{box-shadow:inset 0 0 0 1px var(--_border)}
  td[aria-selected='true']{background:var(--_accent);color:var(--_accent-contrast)}
  ul{list-style:none;padding:0;margin:0;display:grid;gap:0.4rem}
  .slot{width:100%;text-align:left}
  .slot[aria-pressed='true']{background:var(--_accent);color:var(--_accent-contrast);border-color:var(--_accent)}
  .muted{color:var(--_muted)}
  .error,.field-error,.notice{color:var(--_danger)}
  .notice{font-weight:600}
  .details{margin-top:1.25rem;border-top:1px solid var(--_border);padding-top:1rem}
  .fields{display:grid;grid-template-columns:repeat(auto-fit,minmax(14rem,1fr));gap:0.75rem}
  .field{display:flex;flex-direction:column;gap:0.2rem}
  .field.wide{grid-column:1 / -1}
  .field-error{margin:0;font-size:0.9em}
  .opt{color:var(--_muted);font-size:0.85em}
  input,select,textarea{font:inherit;color:var(--_text);background:var(--_surface);border:1px solid var(--_border);border-radius:calc(var(--_radius) * 0.6);padding:0.45rem 0.55rem}
  [aria-invalid='true']{border-color:var(--_danger)}
  .hp{position:absolute;left:-10000px;width:1px;height:1px;overflow:hidden}
  .confirmation .view-title{color:var(--_success)}
  .cal-links{display:flex;flex-wrap:wrap;gap:0.5rem}
  .spinner{display:inline-block;width:0.9em;height:0.9em;margin-right:0.5em;vertical-align:-0.1em;border:2px solid var(--_border);border-top-color:var(--_accent);border-radius:50%;animation:spin 0.8s linear infinite}
  @keyframes spin{to{transform:rotate(360deg)}
  }
`;
