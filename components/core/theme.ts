import { css } from 'lit';

/**
 * Design tokens shared by every widget. Hosts theme the kit through these custom properties (they inherit
 * through shadow roots), e.g. `kre8-booking { --kre8-accent: #0f766e; }`.
 *
 * Unless set, error and success colours take their lightness from the text colour, so a dark theme that only
 * sets surface and text still gets readable (WCAG AA) light red and green; the default text gives #b42318 and
 * #067647. (Browsers without relative colours, before 2024, show these messages in the text colour.)
 * Every widget takes `color-scheme="dark"` or `"auto"` (follows `prefers-color-scheme`) for a dark token set:
 * opt-in, since a widget cannot tell whether the page around it is dark; --kre8-* still win.
 * Written minified: nothing minifies CSS inside css`` and these rules ship in every bundle.
 */
export const tokens = css`
:host{--_accent:var(--kre8-accent,#4338ca);--_accent-contrast:var(--kre8-accent-contrast,#fff);--_surface:var(--kre8-surface,#fff);--_surface-alt:var(--kre8-surface-alt,#f4f4f7);--_text:var(--kre8-text,#1b1b22);--_muted:var(--kre8-muted,#55556a);--_border:var(--kre8-border,#d4d4de);--_danger:var(--kre8-danger,oklch(from var(--_text) calc(l*.3 + .43) .182 29.5));--_success:var(--kre8-success,oklch(from var(--_text) calc(l*.3 + .43) .117 157));--_radius:var(--kre8-radius,10px);--_font:var(--kre8-font,system-ui,-apple-system,'Segoe UI',Roboto,sans-serif);--_focus:var(--kre8-focus-ring,0 0 0 3px color-mix(in srgb,var(--_accent) 40%,transparent));font-family:var(--_font);color:var(--_text)}
:host([color-scheme=dark]){--_accent:var(--kre8-accent,#a5b4fc);--_accent-contrast:var(--kre8-accent-contrast,#111827);--_surface:var(--kre8-surface,#17171c);--_surface-alt:var(--kre8-surface-alt,#23232b);--_text:var(--kre8-text,#ececf1);--_muted:var(--kre8-muted,#a9a9b8);--_border:var(--kre8-border,#3a3a46);color-scheme:dark}
@media (prefers-color-scheme:dark){:host([color-scheme=auto]){--_accent:var(--kre8-accent,#a5b4fc);--_accent-contrast:var(--kre8-accent-contrast,#111827);--_surface:var(--kre8-surface,#17171c);--_surface-alt:var(--kre8-surface-alt,#23232b);--_text:var(--kre8-text,#ececf1);--_muted:var(--kre8-muted,#a9a9b8);--_border:var(--kre8-border,#3a3a46);color-scheme:dark}}
:focus-visible{outline:2px solid var(--_accent);outline-offset:2px}
@media (prefers-reduced-motion:reduce){*{transition:none!important;animation:none!important}}
.visually-hidden{position:absolute;width:1px;height:1px;overflow:hidden;clip-path:inset(50%);white-space:nowrap}
`;
