/**
 * The launcher's stylesheet as plain text: the facade imports no Lit, so it adopts this through a constructable
 * stylesheet (CSP-safe). It also places the lazily created panel above the button, or over the whole
 * viewport on a phone (a floating panel there leaves slivers of page around a cramped chat).
 */
export const launcherCss = `
:host{position:fixed;z-index:var(--kre8-voice-z,2147483000);bottom:var(--kre8-voice-offset,20px);right:var(--kre8-voice-offset,20px)}
:host([position=bottom-left]){right:auto;left:var(--kre8-voice-offset,20px)}
button{display:grid;place-items:center;width:56px;height:56px;padding:0;border:2px solid transparent;border-radius:50%;background:var(--kre8-accent,#4338ca);color:var(--kre8-accent-contrast,#fff);box-shadow:0 4px 14px #0004;cursor:pointer}
button:focus-visible{outline:3px solid var(--kre8-accent,#4338ca);outline-offset:3px}
svg{width:26px;height:26px;fill:currentColor}
kre8-voice-agent-panel{position:absolute;bottom:calc(100% + 12px);right:0}
:host([position=bottom-left]) kre8-voice-agent-panel{right:auto;left:0}
@media (max-width:30rem){kre8-voice-agent-panel{position:fixed;inset:0!important;width:auto}}
@media (prefers-reduced-motion:no-preference){button{transition:transform .15s}button:hover{transform:scale(1.06)}}
`;
