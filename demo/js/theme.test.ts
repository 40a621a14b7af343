import { test } from 'node:test';
import assert from 'node:assert/strict';
// @ts-expect-error -- a plain browser module (served as is, no build step), so it ships no type declarations
import { FONTS, PRESETS, TOKENS, applyTheme, contrastRatio, contrastWarning, matchingPreset, normalizeTheme, sanitizeToken, textOn, themeCss } from './theme.js';

test('every preset sets every token to a value that survives sanitising', () => {
  for (const [name, preset] of Object.entries(PRESETS) as [string, Record<string, string>][]) {
    for (const t of TOKENS) assert.equal(sanitizeToken(t.name, preset[t.name]), preset[t.name], `${name} ${t.name}`);
  }
});

test('sanitizeToken() rejects values that are not what the control produces', () => {
  assert.equal(sanitizeToken('--kre8-accent', '#0F766E'), '#0f766e');
  assert.equal(sanitizeToken('--kre8-accent', 'red; background:url(x)'), PRESETS.default['--kre8-accent']);
  assert.equal(sanitizeToken('--kre8-radius', '12px'), '12px');
  assert.equal(sanitizeToken('--kre8-radius', '12'), '12px');
  assert.equal(sanitizeToken('--kre8-radius', '99px'), PRESETS.default['--kre8-radius']);
  assert.equal(sanitizeToken('--kre8-font', FONTS.serif), FONTS.serif);
  assert.equal(sanitizeToken('--kre8-font', 'Comic Sans MS'), FONTS.system);
  assert.equal(sanitizeToken('--not-a-token', '#000000'), '');
});

test('normalizeTheme() fills gaps from the defaults and matchingPreset() recognises presets', () => {
  const theme = normalizeTheme({ '--kre8-accent': '#123456' });
  assert.equal(Object.keys(theme).length, TOKENS.length);
  assert.equal(theme['--kre8-accent'], '#123456');
  assert.equal(theme['--kre8-surface'], PRESETS.default['--kre8-surface']);
  assert.equal(matchingPreset(theme), null);
  assert.equal(matchingPreset(normalizeTheme(PRESETS.teal)), 'teal');
  assert.equal(matchingPreset(normalizeTheme()), 'default');
});

test('themeCss() lists only what differs from the kit defaults', () => {
  assert.match(themeCss(normalizeTheme()), /nothing to override/);
  const css = themeCss(normalizeTheme({ '--kre8-accent': '#0f766e', '--kre8-radius': '4px' }));
  assert.match(css, /^kre8-voice-agent,\nkre8-roi-calculator,\nkre8-booking \{/);
  assert.match(css, /--kre8-accent: #0f766e;/);
  assert.match(css, /--kre8-radius: 4px;/);
  assert.doesNotMatch(css, /--kre8-surface:/);
});

test('applyTheme() sets every token as a custom property', () => {
  const set = new Map<string, string>();
  applyTheme({ style: { setProperty: (k: string, v: string) => set.set(k, v) } }, normalizeTheme(PRESETS.dark));
  assert.equal(set.size, TOKENS.length);
  assert.equal(set.get('--kre8-surface'), PRESETS.dark['--kre8-surface']);
});

test('accent contrast: WCAG ratios, an automatic text colour, and a warning below 4.5:1', () => {
  assert.equal(contrastRatio('#ffffff', '#000000'), 21);
  assert.equal(contrastRatio('#facc15', '#ffffff').toFixed(1), '1.5'); // yellow-400 with white text
  assert.equal(textOn('#facc15'), '#111827');
  assert.equal(textOn('#4338ca'), '#ffffff');
  assert.match(contrastWarning({ '--kre8-accent': '#facc15', '--kre8-accent-contrast': '#ffffff' }), /1\.5:1, below the 4\.5:1/);
  assert.equal(contrastWarning({ '--kre8-accent': '#4338ca', '--kre8-accent-contrast': '#ffffff' }), '');
});
