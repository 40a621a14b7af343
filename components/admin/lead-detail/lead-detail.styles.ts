import { css } from 'lit';

export const styles = css`
  .lead { display: grid; gap: 0.75rem; }
  .lead.deleted { opacity: 0.55; }
  .head h2 { margin: 0 0 0.4rem; }
  .bar { display: inline-block; width: 8rem; height: 0.6rem; background: var(--_surface-alt); border-radius: 999px; overflow: hidden; vertical-align: middle; }
  .bar > span { display: block; height: 100%; background: var(--_accent); }
  .cards { display: grid; gap: 0.75rem; grid-template-columns: repeat(auto-fit, minmax(16rem, 1fr)); }
  .cards h4 { margin: 0 0 0.3rem; display: flex; justify-content: space-between; align-items: center; gap: 0.5rem; }
  .btn.link { min-height: 32px; padding: 0.1rem 0.5rem; }
  .note { display: grid; gap: 0.3rem; margin-top: 0.5rem; }
  .entry { display: grid; grid-template-columns: 1.5rem 1fr; gap: 0.5rem; padding: 0.4rem 0.25rem; border-bottom: 1px solid var(--_border); }
  .entry p { margin: 0; }
  .entry .title { font-weight: 600; }
  .day { grid-column: 1 / -1; margin: 0.75rem 0 0.25rem; color: var(--_muted); font-size: 0.9rem; }
  .icon { font-size: 1.1rem; }
  .tag.bad { color: var(--_danger); border-color: currentColor; }
  .transcript { padding-left: 1.2rem; max-height: 14rem; overflow: auto; }
`;
