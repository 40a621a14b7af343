import { css } from 'lit';
import { tokens } from '../core/theme.js';

// Written compactly on purpose: esbuild does not minify CSS inside css`` and the panel has a size budget.
// The header is a div, not <header>: inside the dialog a header would be a second banner landmark on the page.
// On a phone the launcher stretches the panel over the viewport (launcherCss); the panel then fills it.
// Opening slides the dialog in (transform only: axe measures contrast, a fade would read as low contrast); closing
// fades and slides it out, and `display` flips to none when that ends (allow-discrete); with reduced motion, at once.
export const styles = [
  tokens,
  css`
:host{display:block;width:min(23rem,calc(100vw - 2*var(--kre8-voice-offset,20px)));line-height:1.4;transition:opacity .15s,transform .15s,display .15s allow-discrete}
:host(:not([open])){display:none;opacity:0;transform:translateY(.5rem)}
:host([open]) section{animation:in .2s ease-out}
@keyframes in{from{transform:translateY(.5rem) scale(.98)}}
@media (prefers-reduced-motion:reduce){:host{transition:none}:host([open]) section{animation:none}}
.failed{outline:2px dashed var(--_danger)}
.card{display:grid;gap:.2rem;align-self:flex-start;max-width:85%;padding:.5rem .75rem;border:1px solid var(--_accent);border-radius:var(--_radius);font-size:.85rem}
.card a{color:var(--_accent)}
section{display:flex;flex-direction:column;max-height:min(36rem,calc(100vh - 7rem));background:var(--_surface);border:1px solid var(--_border);border-radius:var(--_radius);box-shadow:0 12px 32px #0003;overflow:hidden}
.hd{display:flex;align-items:center;padding:.5rem .5rem .5rem 1rem;background:var(--_accent);color:var(--_accent-contrast)}
h2{flex:1;margin:0;font-size:1rem}
button,input{font:inherit;color:inherit}
button{cursor:pointer;padding:0;border:0;background:none}
.icon,.round{display:grid;place-items:center;flex:none;width:2.5rem;height:2.5rem;border:2px solid #0000;border-radius:50%}
.hd :focus-visible{outline-color:currentColor}
svg{width:1.25rem;fill:currentColor}
/* muted: the speaker struck through */
[aria-pressed=true].icon{background:linear-gradient(45deg,#0000 46%,currentColor 46% 54%,#0000 54%)}
.log{flex:1;display:flex;flex-direction:column;gap:.5rem;min-height:8rem;padding:.75rem;overflow-y:auto}
p{margin:0 .75rem .5rem;font-size:.85rem}
.msg{max-width:85%;margin:0;padding:.5rem .75rem;border-radius:var(--_radius);white-space:pre-wrap;overflow-wrap:anywhere;align-self:flex-start;background:var(--_surface-alt);font-size:1rem}
.user,.interim{align-self:flex-end}
.user,.round,.primary{background:var(--_accent);color:var(--_accent-contrast)}
.status,.note,.interim,label{color:var(--_muted)}
.status:empty{display:none}
.alert{padding:.5rem .65rem;border-radius:var(--_radius);background:color-mix(in srgb,var(--_danger) 8%,var(--_surface));color:var(--_danger)}
.link{margin-inline-start:.35rem;text-decoration:underline}
.chip{display:flex;gap:.5rem;margin:.6rem .75rem 0;padding:.3rem .75rem;border:1px solid var(--_border);border-radius:2rem}
.chip span{flex:1;overflow-wrap:anywhere}
.chip .link{color:var(--_accent);padding:.6rem .4rem;margin:-.6rem -.4rem}
fieldset{display:grid;gap:.45rem;margin:0;padding:.75rem;border:0;border-bottom:1px solid var(--_border)}
label{display:grid;font-size:.8rem}
input{min-width:0;padding:.45rem .6rem;border:1px solid var(--_border);border-radius:var(--_radius);background:var(--_surface);color:var(--_text)}
.row{display:flex;gap:.5rem;justify-content:flex-end}
.btn{padding:.4rem .9rem;border:1px solid var(--_accent);border-radius:var(--_radius)}
.composer{display:flex;gap:.4rem;padding:.6rem;border-top:1px solid var(--_border)}
.composer input{flex:1}
.mic{touch-action:none;user-select:none}
.mic[aria-pressed=true]{background:var(--_danger)}
@media (max-width:30rem){section{height:100%;max-height:none;border:0;border-radius:0}}
`,
];
