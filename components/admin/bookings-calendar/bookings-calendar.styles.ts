import { css } from 'lit';

export const styles = css`
  .toolbar h2 { margin: 0 0 0.4rem; font-size: 1.15rem; }
  .btn[aria-pressed='true'] { background: var(--_accent); color: var(--_accent-contrast); border-color: var(--_accent); }
  .grid { width: 100%; border-collapse: collapse; table-layout: fixed; margin-top: 0.5rem; }
  .grid th { font-weight: 600; color: var(--_muted); padding: 0.25rem; }
  .grid td { vertical-align: top; border: 1px solid var(--_border); height: 5.5rem; padding: 0.2rem; overflow: hidden; }
  .grid.week td { height: 14rem; }
  .grid td.outside { background: var(--_surface-alt); color: var(--_muted); }
  .grid td.blocked { background: repeating-linear-gradient(45deg, var(--_surface-alt) 0 6px, var(--_surface) 6px 12px); }
  .grid td:focus-visible { outline: 2px solid var(--_accent); outline-offset: -2px; }
  .num { font-size: 0.85rem; }
  .blocked-label { display: block; font-size: 0.75rem; color: var(--_muted); }
  .chip { display: block; width: 100%; text-align: left; font: inherit; font-size: 0.78rem; margin: 0.15rem 0; padding: 0.1rem 0.3rem; background: var(--_surface); color: var(--_text); border: 1px solid var(--_border); border-radius: 6px; cursor: pointer; white-space: nowrap; overflow: hidden; text-overflow: ellipsis; }
  /* the status on its own line: in a month cell the name would push it out of sight ("Canc…") */
  .chip .st-label { display: block; overflow: hidden; text-overflow: ellipsis; }
  .list { list-style: none; padding: 0; display: grid; gap: 0.35rem; }
  .list li { padding-left: 0.5rem; }
  .list .item { width: 100%; text-align: left; }
  .slots { display: flex; flex-wrap: wrap; gap: 0.35rem; border: 1px solid var(--_border); border-radius: var(--_radius); margin-top: 0.5rem; }
  @media (max-width: 640px) { .grid td { height: 3.5rem; } .chip .st-label, .chip { font-size: 0.7rem; } }
`;
