/**
 * The escaping toolkit for email HTML. Every value reaches the markup through `html\`…\``, which escapes
 * each interpolation unless it is a `SafeHtml` made by `html` itself, so nested fragments compose and no
 * visitor string can slip through raw (D37). No dependencies: runs on Node and Workers alike.
 */

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

/** Escapes `& < > " '`, so the result is inert both in text and inside a quoted attribute. */
export function escapeHtml(value: unknown): string {
  if (value === null || value === undefined) return '';
  return String(value).replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Only `html` can mint one (the constructor key is module-private), so a SafeHtml is always escaped markup. */
const MINT = Symbol('SafeHtml');

export class SafeHtml {
  readonly value: string;
  constructor(key: typeof MINT, value: string) {
    if (key !== MINT) throw new TypeError('SafeHtml is created by html`…` only');
    this.value = value;
  }
  toString(): string {
    return this.value;
  }
}

/** What may be interpolated. Numbers are deliberately absent: format them with Intl first (see format helpers). */
export type HtmlValue = string | SafeHtml | null | undefined | false | readonly HtmlValue[];

/** Fallback for untyped callers: a number still goes through Intl, never printed raw. */
const NUMBER_FALLBACK = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

function render(value: unknown): string {
  if (value instanceof SafeHtml) return value.value;
  if (value === null || value === undefined || value === false) return '';
  if (Array.isArray(value)) return value.map(render).join('');
  if (typeof value === 'number') return escapeHtml(NUMBER_FALLBACK.format(value));
  return escapeHtml(value);
}

/** Tagged template: literal parts are trusted markup, every interpolation is escaped unless it is SafeHtml. */
export function html(strings: TemplateStringsArray, ...values: HtmlValue[]): SafeHtml {
  let out = strings[0] ?? '';
  for (let i = 0; i < values.length; i++) out += render(values[i]) + (strings[i + 1] ?? '');
  return new SafeHtml(MINT, out);
}

/** Joins fragments (e.g. table rows built with map) into one SafeHtml, escaping any plain strings. */
export function join(parts: readonly HtmlValue[], separator: SafeHtml | string = ''): SafeHtml {
  const sep = render(separator);
  return new SafeHtml(MINT, parts.map(render).filter((s) => s !== '').join(sep));
}

const SAFE_SCHEMES = new Set(['http:', 'https:', 'mailto:']);

/**
 * An absolute http/https/mailto URL, normalised by the URL parser (which also strips the tabs/newlines used
 * to disguise `java\nscript:`), or null. Relative URLs are refused: an email has no base to resolve them.
 */
export function safeUrl(url: string | null | undefined): string | null {
  if (!url) return null;
  let parsed: URL;
  try {
    parsed = new URL(String(url).trim());
  } catch {
    return null;
  }
  return SAFE_SCHEMES.has(parsed.protocol) ? parsed.href : null;
}

/** A value fit for `href="…"`: the safe URL, or `#` (still escaped by `html` on interpolation). */
export function safeHref(url: string | null | undefined): string {
  return safeUrl(url) ?? '#';
}

/**
 * A link when the URL is safe, else the label (or URL) as plain escaped text, so a rejected URL is still
 * visible to the reader but never clickable.
 */
export function link(url: string | null | undefined, label?: HtmlValue, style = 'color:#4f46e5;'): SafeHtml {
  const href = safeUrl(url);
  const text = label ?? url ?? '';
  return href ? html`<a href="${href}" style="${style}">${text}</a>` : html`${text}`;
}

// ---- the plain-text part ------------------------------------------------------------------------------

/** Control characters other than newline and tab have no place in a text email. */
// eslint-disable-next-line no-control-regex
const CONTROL = /[\u0000-\u0008\u000b-\u001f\u007f]/g;

/** One value for the text part: stringified, control characters removed. */
export function textValue(value: unknown): string {
  if (value === null || value === undefined || value === false) return '';
  return String(value).replace(CONTROL, '');
}

export type TextLine = string | null | undefined | false;

/** Joins the text part's lines, dropping absent ones (null/undefined/false) but keeping '' as a blank line. */
export function toText(...lines: (TextLine | readonly TextLine[])[]): string {
  const flat = lines.flat() as TextLine[];
  return flat
    .filter((l): l is string => typeof l === 'string')
    .map(textValue)
    .join('\n')
    .replace(/\n{3,}/g, '\n\n')
    .trim();
}

/** A header-safe subject: one line (CR/LF/control characters become spaces, preventing header injection), trimmed. */
/** The first word of a name, for greetings ("Grace Hopper" → "Grace"); empty when there is none. */
export function firstName(name: string | null | undefined): string {
  return (name ?? '').trim().split(/\s+/)[0] ?? '';
}

export function subjectLine(value: string, maxLength = 200): string {
  // eslint-disable-next-line no-control-regex
  const line = value.replace(/[\u0000-\u001f\u007f\u2028\u2029]+/g, ' ').replace(/\s{2,}/g, ' ').trim();
  return line.length > maxLength ? `${line.slice(0, maxLength - 1)}…` : line;
}
