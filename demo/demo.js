/**
 * The designer toolbar of the mock landing page: live theme tokens, presets, EN/ES, the booking timezone, and
 * the CSS to ship the result. Everything goes through the DOM and CSSOM, so the page runs under a strict CSP.
 */
import { FONTS, PRESETS, RADIUS_MAX, RADIUS_MIN, applyTheme, contrastWarning, matchingPreset, normalizeTheme, textOn, themeCss } from './js/theme.js';
import { localizePage, toLocale } from './js/page-copy.js';
import { byId } from './js/dom.js';
import { partnerSiteUrl } from './js/partner-url.js';

const STORE = { theme: 'kre8-demo:theme', locale: 'kre8-demo:locale', tz: 'kre8-demo:tz', open: 'kre8-demo:toolbar-open' };

/** Storage can be disabled (private mode, policy): the toolbar still works, it just forgets. */
const saved = {
  /** @param {string} key */
  get(key) {
    try {
      return localStorage.getItem(key);
    } catch {
      return null;
    }
  },
  /** @param {string} key @param {string} value */
  set(key, value) {
    try {
      localStorage.setItem(key, value);
    } catch {
      /* not persisted */
    }
  },
};

/** @returns {Record<string, unknown>} */
function storedTheme() {
  try {
    const parsed = JSON.parse(saved.get(STORE.theme) ?? '{}');
    return parsed && typeof parsed === 'object' ? parsed : {};
  } catch {
    return {};
  }
}

const toggle = byId('designer-toggle', HTMLButtonElement);
const panel = byId('designer-panel');
const form = byId('theme-form', HTMLFormElement);
const radiusOut = byId('radius-out', HTMLOutputElement);
const fontSelect = byId('font-select', HTMLSelectElement);
const tzSelect = byId('tz-select', HTMLSelectElement);
const cssOut = byId('theme-css');
const copyStatus = byId('copy-status');

let theme = normalizeTheme(storedTheme());
/** English copy as the HTML has it, captured the first time the page is localized. */
const english = new Map();

// ---- open / close ------------------------------------------------------------------------------
/** @param {boolean} open */
function setOpen(open) {
  panel.hidden = !open;
  toggle.setAttribute('aria-expanded', String(open));
  saved.set(STORE.open, open ? '1' : '0');
}
toggle.addEventListener('click', () => {
  const open = toggle.getAttribute('aria-expanded') !== 'true';
  setOpen(open);
  if (open) /** @type {HTMLElement | null} */ (panel.querySelector('button, input, select'))?.focus();
});
panel.addEventListener('keydown', (event) => {
  if (event.key !== 'Escape') return;
  event.stopPropagation();
  setOpen(false);
  toggle.focus();
});

// ---- theme -------------------------------------------------------------------------------------
/** Puts the theme on the page and mirrors it in the form, the preset buttons and the CSS export. */
function renderTheme() {
  applyTheme(document.documentElement, theme);
  for (const input of form.querySelectorAll('input[type="color"], input[type="range"]')) {
    const el = /** @type {HTMLInputElement} */ (input);
    el.value = el.type === 'range' ? String(parseInt(theme[el.name], 10)) : theme[el.name];
  }
  radiusOut.value = theme['--kre8-radius'];
  fontSelect.value = Object.entries(FONTS).find(([, stack]) => stack === theme['--kre8-font'])?.[0] ?? 'system';
  const preset = matchingPreset(theme);
  for (const b of form.querySelectorAll('[data-preset]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-preset') === preset));
  cssOut.textContent = themeCss(theme);
  byId('contrast-warning').textContent = contrastWarning(theme);
  // The Dark preset darkens the page too, as a host with a dark site would.
  document.documentElement.dataset.scheme = preset === 'dark' ? 'dark' : '';
  saved.set(STORE.theme, JSON.stringify(theme));
}

form.addEventListener('input', (event) => {
  const el = /** @type {HTMLInputElement | HTMLSelectElement} */ (event.target);
  if (!el.name?.startsWith('--kre8-')) return;
  const value =
    el === fontSelect ? FONTS[/** @type {keyof typeof FONTS} */ (el.value)] : el.type === 'range' ? `${el.value}px` : el.value;
  theme = normalizeTheme({ ...theme, [el.name]: value });
  // A new accent picks its readable text colour; the designer can still override it (then the warning shows).
  if (el.name === '--kre8-accent') theme['--kre8-accent-contrast'] = textOn(theme['--kre8-accent']);
  renderTheme();
});
form.addEventListener('submit', (event) => event.preventDefault());
for (const b of form.querySelectorAll('[data-preset]')) {
  b.addEventListener('click', () => {
    const name = /** @type {keyof typeof PRESETS} */ (b.getAttribute('data-preset'));
    theme = normalizeTheme(PRESETS[name]);
    renderTheme();
  });
}
const radius = /** @type {HTMLInputElement} */ (form.elements.namedItem('--kre8-radius'));
radius.min = String(RADIUS_MIN);
radius.max = String(RADIUS_MAX);

// ---- language ----------------------------------------------------------------------------------
/** @param {'en' | 'es'} locale */
function setLocale(locale) {
  localizePage(document, locale, english);
  for (const b of form.querySelectorAll('[data-locale]')) b.setAttribute('aria-pressed', String(b.getAttribute('data-locale') === locale));
  saved.set(STORE.locale, locale);
}
for (const b of form.querySelectorAll('[data-locale]')) b.addEventListener('click', () => setLocale(toLocale(b.getAttribute('data-locale'))));

// ---- timezone ----------------------------------------------------------------------------------
/** @param {string} tz  an IANA zone, or '' for the visitor's own */
function setTimezone(tz) {
  for (const booking of document.querySelectorAll('kre8-booking')) {
    if (tz) booking.setAttribute('timezone', tz);
    else booking.removeAttribute('timezone');
  }
  tzSelect.value = tz;
  saved.set(STORE.tz, tz);
}
tzSelect.addEventListener('change', () => setTimezone(tzSelect.value));
byId('tz-own').textContent = Intl.DateTimeFormat().resolvedOptions().timeZone || 'UTC';

// ---- export, reset, links ----------------------------------------------------------------------
byId('copy-css').addEventListener('click', async () => {
  try {
    await navigator.clipboard.writeText(cssOut.textContent ?? '');
    copyStatus.textContent = 'Copied.';
  } catch {
    copyStatus.textContent = 'Copy is blocked here: select the text above instead.';
  }
});
byId('reset-theme').addEventListener('click', () => {
  theme = normalizeTheme(PRESETS.default);
  renderTheme();
  setLocale('en');
  setTimezone('');
});
byId('partner-link', HTMLAnchorElement).href = partnerSiteUrl(location);

// ---- start ---------------------------------------------------------------------------------------
const query = new URLSearchParams(location.search);
renderTheme();
setLocale(toLocale(query.get('lang') ?? saved.get(STORE.locale) ?? navigator.language));
const tz = saved.get(STORE.tz) ?? '';
setTimezone([...tzSelect.options].some((o) => o.value === tz) ? tz : '');
setOpen(query.has('designer') || saved.get(STORE.open) === '1');
