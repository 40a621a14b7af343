import { css } from 'lit';

/** Layout shared by the admin elements (the kit's tokens come from core/theme). */
export const adminStyles = css`
  :host { display: block; font-size: 0.95rem; line-height: 1.45; }
  .btn { font: inherit; min-height: 40px; padding: 0.4rem 0.9rem; border-radius: var(--_radius); border: 1px solid var(--_border); background: var(--_surface); color: var(--_text); cursor: pointer; }
  .btn.primary { background: var(--_accent); color: var(--_accent-contrast); border-color: var(--_accent); }
  .btn.danger { color: var(--_danger); border-color: currentColor; }
  .btn:disabled { opacity: 0.6; cursor: default; }
  .btn:focus-visible { box-shadow: var(--_focus); }
  .error { color: var(--_danger); border: 1px solid currentColor; border-radius: var(--_radius); padding: 0.5rem 0.75rem; margin: 0.5rem 0; display: flex; gap: 0.75rem; align-items: center; flex-wrap: wrap; }
  caption { text-align: start; padding: 0.25rem 0.5rem; }
  .notice { color: var(--_success); margin: 0.25rem 0; min-height: 1.4em; }
  /* an empty live region stays in the DOM (so its next message is announced) but takes no room */
  .notice:empty { min-height: 0; margin: 0; }
  .muted { color: var(--_muted); }
  .card { border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); padding: 0.75rem 1rem; }
  .tag { display: inline-block; padding: 0 0.5rem; border-radius: 999px; border: 1px solid var(--_border); font-size: 0.85em; }
  .st-confirmed { --_st: var(--_success); }
  .st-pending { --_st: oklch(from var(--_text) calc(l*.3 + .45) .15 70); }
  .st-cancelled { --_st: var(--_danger); }
  .st { border-left: 4px solid var(--_st, var(--_border)); }
  .st-label { color: var(--_st, var(--_text)); font-weight: 600; }
  dialog { border: 1px solid var(--_border); border-radius: var(--_radius); background: var(--_surface); color: var(--_text); max-width: min(32rem, 92vw); padding: 1rem 1.25rem; }
  dialog::backdrop { background: rgb(0 0 0 / 0.4); }
  dialog h2 { margin: 0 0 0.5rem; font-size: 1.1rem; }
  .row { display: flex; gap: 0.5rem; flex-wrap: wrap; align-items: center; }
  dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.2rem 0.75rem; margin: 0.25rem 0; }
  dt { color: var(--_muted); }
  dd { margin: 0; }
  select, textarea, input { font: inherit; color: var(--_text); background: var(--_surface); border: 1px solid var(--_border); border-radius: var(--_radius); padding: 0.35rem 0.5rem; min-height: 40px; box-sizing: border-box; }
  h2, h3 { margin: 0.75rem 0 0.4rem; }
`;
