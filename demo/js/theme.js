/**
 * The widgets' theme tokens as the designer panel edits them. Pure data and functions: the panel applies the
 * result with `style.setProperty` (CSSOM, which a strict CSP allows; a style="" attribute would be blocked).
 */

/** @typedef {{ name: string, label: string, kind: 'color' | 'radius' | 'font' }} Token */
/** @typedef {Record<string, string>} Theme  keys are custom property names, e.g. `--kre8-accent` */

/** @type {readonly Token[]} */
export const TOKENS = [
  { name: '--kre8-accent', label: 'Accent', kind: 'color' },
  { name: '--kre8-accent-contrast', label: 'Text on accent', kind: 'color' },
  { name: '--kre8-surface', label: 'Surface', kind: 'color' },
  // Not in the brief's list, but without it the Dark preset would keep light option and bubble backgrounds.
  { name: '--kre8-surface-alt', label: 'Surface (alt)', kind: 'color' },
  { name: '--kre8-text', label: 'Text', kind: 'color' },
  { name: '--kre8-muted', label: 'Muted text', kind: 'color' },
  { name: '--kre8-border', label: 'Border', kind: 'color' },
  { name: '--kre8-radius', label: 'Corner radius', kind: 'radius' },
  { name: '--kre8-font', label: 'Font', kind: 'font' },
];

/** System stacks only: the kit promises no third-party fonts. */
export const FONTS = {
  system: "system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif",
  humanist: "Seravek, 'Gill Sans Nova', Ubuntu, Calibri, 'DejaVu Sans', source-sans-pro, sans-serif",
  serif: "Charter, 'Bitstream Charter', 'Sitka Text', Cambria, Georgia, serif",
  mono: "ui-monospace, 'Cascadia Code', 'Source Code Pro', Menlo, Consolas, 'DejaVu Sans Mono', monospace",
};

/** @type {Readonly<Record<'default' | 'teal' | 'dark', Theme>>} */
export const PRESETS = {
  // The kit's own defaults (components/core/theme.ts), so "Default" shows exactly what a host gets untouched.
  default: {
    '--kre8-accent': '#4338ca',
    '--kre8-accent-contrast': '#ffffff',
    '--kre8-surface': '#ffffff',
    '--kre8-surface-alt': '#f4f4f7',
    '--kre8-text': '#1b1b22',
    '--kre8-muted': '#55556a',
    '--kre8-border': '#d4d4de',
    '--kre8-radius': '10px',
    '--kre8-font': FONTS.system,
  },
  teal: {
    '--kre8-accent': '#0f766e',
    '--kre8-accent-contrast': '#ffffff',
    '--kre8-surface': '#ffffff',
    '--kre8-surface-alt': '#effaf8',
    '--kre8-text': '#102a27',
    '--kre8-muted': '#4b635f',
    '--kre8-border': '#c5ddd9',
    '--kre8-radius': '16px',
    '--kre8-font': FONTS.humanist,
  },
  dark: {
    '--kre8-accent': '#a5b4fc',
    '--kre8-accent-contrast': '#111827',
    '--kre8-surface': '#161b26',
    '--kre8-surface-alt': '#222a38',
    '--kre8-text': '#eef0f6',
    '--kre8-muted': '#a3abbe',
    '--kre8-border': '#3a4457',
    '--kre8-radius': '8px',
    '--kre8-font': FONTS.system,
  },
};

export const RADIUS_MIN = 0;
export const RADIUS_MAX = 24;

/**
 * A token value made safe to apply: colours must be #rrggbb, the radius a whole number of px in range, the font
 * one of FONTS. Anything else (a tampered localStorage entry) falls back to the default.
 * @param {string} name
 * @param {unknown} value
 * @returns {string}
 */
export function sanitizeToken(name, value) {
  const token = TOKENS.find((t) => t.name === name);
  const fallback = PRESETS.default[name] ?? '';
  if (!token || typeof value !== 'string') return fallback;
  if (token.kind === 'color') return /^#[0-9a-f]{6}$/i.test(value) ? value.toLowerCase() : fallback;
  if (token.kind === 'radius') {
    const px = Number(value.replace(/px$/, ''));
    return Number.isInteger(px) && px >= RADIUS_MIN && px <= RADIUS_MAX ? `${px}px` : fallback;
  }
  return Object.values(FONTS).includes(value) ? value : fallback;
}

/**
 * A complete theme from a partial one: every token present and sanitised.
 * @param {Record<string, unknown>} [partial]
 * @returns {Theme}
 */
export function normalizeTheme(partial = {}) {
  return Object.fromEntries(TOKENS.map((t) => [t.name, sanitizeToken(t.name, partial[t.name] ?? PRESETS.default[t.name])]));
}

/**
 * The preset a theme equals, if any (the panel marks it as pressed).
 * @param {Theme} theme
 * @returns {string | null}
 */
export function matchingPreset(theme) {
  const found = Object.entries(PRESETS).find(([, preset]) => TOKENS.every((t) => preset[t.name] === theme[t.name]));
  return found ? found[0] : null;
}

/**
 * The CSS a host would paste to ship this theme: only the tokens that differ from the kit's defaults.
 * @param {Theme} theme
 * @returns {string}
 */
export function themeCss(theme) {
  const lines = TOKENS.filter((t) => theme[t.name] !== PRESETS.default[t.name]).map((t) => `  ${t.name}: ${theme[t.name]};`);
  const selector = 'kre8-voice-agent,\nkre8-roi-calculator,\nkre8-booking';
  return lines.length ? `${selector} {\n${lines.join('\n')}\n}` : '/* the kit defaults: nothing to override */';
}

/**
 * Applies a theme to an element's inline custom properties (document.documentElement for the whole page).
 * @param {{ style: { setProperty(name: string, value: string): void } }} el
 * @param {Theme} theme
 */
export function applyTheme(el, theme) {
  for (const t of TOKENS) el.style.setProperty(t.name, theme[t.name]);
}

/**
 * WCAG contrast ratio of two #rrggbb colours (1 to 21).
 * @param {string} a
 * @param {string} b
 */
export function contrastRatio(a, b) {
  /** @param {string} hex */
  const lum = (hex) => {
    const [r, g, bl] = [1, 3, 5].map((i) => {
      const c = parseInt(hex.slice(i, i + 2), 16) / 255;
      return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
    });
    return 0.2126 * r + 0.7152 * g + 0.0722 * bl;
  };
  const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
  return (hi + 0.05) / (lo + 0.05);
}

/**
 * The text colour for buttons on `accent`: white or near-black, whichever reads better (a yellow accent gets
 * dark text instead of white at 1.3:1).
 * @param {string} accent
 */
export function textOn(accent) {
  return contrastRatio(accent, '#ffffff') >= contrastRatio(accent, '#111827') ? '#ffffff' : '#111827';
}

/**
 * A warning for text on the accent below WCAG AA (4.5:1), or '' when it passes.
 * @param {Theme} theme
 */
export function contrastWarning(theme) {
  const ratio = contrastRatio(theme['--kre8-accent'], theme['--kre8-accent-contrast']);
  return ratio < 4.5 ? `Text on accent is ${ratio.toFixed(1)}:1, below the 4.5:1 WCAG AA minimum: buttons will be hard to read.` : '';
}
