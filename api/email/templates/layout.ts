/**
 * The email shell and the few inline-styled building blocks the templates share. Inline styles and tables
 * only: most mail clients drop <style> and ignore flex/grid.
 */
import type { Locale } from '../../../model/contracts.js';
import { html, join, link, safeUrl, type HtmlValue, type SafeHtml } from '../html.js';

/** What every template returns: the EmailIt send body minus the addresses. */
export interface EmailContent {
  subject: string;
  html: string;
  text: string;
  tags: string[];
}

export const BRAND = 'AI KRE8TION Partners';

const FONT = "font-family:-apple-system,'Segoe UI',Roboto,Helvetica,Arial,sans-serif;";

/**
 * The full document: lang attribute, hidden preheader, a card up to 600px that narrows to the screen. Nothing
 * inside may be wider than a 320px phone: fixed table layout, long words (addresses, URLs) break, and tables
 * stack rather than scroll the page.
 */
export function layout(opts: { locale: Locale; title: string; preheader?: string; body: SafeHtml; footer?: HtmlValue }): string {
  return html`<!DOCTYPE html>
<html lang="${opts.locale}">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1"><title>${opts.title}</title></head>
<body style="margin:0;padding:0;background:#f4f4f7;${FONT}color:#1f2937;">
<div style="display:none;max-height:0;overflow:hidden;">${opts.preheader ?? ''}</div>
<table role="presentation" width="100%" cellpadding="0" cellspacing="0" style="background:#f4f4f7;table-layout:fixed;"><tr><td align="center" style="padding:16px 8px;">
<table role="presentation" cellpadding="0" cellspacing="0" style="max-width:600px;width:100%;background:#ffffff;border-radius:8px;table-layout:fixed;">
<tr><td style="padding:20px;background:#111827;color:#ffffff;border-radius:8px 8px 0 0;font-size:18px;font-weight:bold;">${BRAND}</td></tr>
<tr><td style="padding:20px;font-size:15px;line-height:1.55;overflow-wrap:anywhere;word-break:break-word;">${opts.body}</td></tr>
<tr><td style="padding:16px 20px;font-size:12px;color:#6b7280;border-top:1px solid #e5e7eb;overflow-wrap:anywhere;">${opts.footer ?? BRAND}</td></tr>
</table>
</td></tr></table>
</body>
</html>`.value;
}

export function heading(text: HtmlValue, level: 1 | 2 = 2): SafeHtml {
  return level === 1
    ? html`<h1 style="margin:0 0 16px;font-size:22px;color:#111827;">${text}</h1>`
    : html`<h2 style="margin:24px 0 10px;font-size:17px;color:#111827;">${text}</h2>`;
}

export function paragraph(content: HtmlValue, style = ''): SafeHtml {
  return html`<p style="margin:0 0 12px;${style}">${content}</p>`;
}

/** A label/value table; rows whose value is empty are left out (no "undefined" rows, D39). */
export function keyValues(rows: readonly (readonly [string, HtmlValue])[]): SafeHtml {
  const shown = rows.filter(([, v]) => v !== null && v !== undefined && v !== false && v !== '');
  if (shown.length === 0) return html``;
  return html`<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse;margin:0 0 12px;table-layout:fixed;">${join(
    shown.map(
      ([k, v]) =>
        html`<tr><td style="width:40%;padding:6px 12px 6px 0;color:#6b7280;vertical-align:top;">${k}</td><td style="padding:6px 0;vertical-align:top;">${v}</td></tr>`,
    ),
  )}</table>`;
}

/** Big-number tiles, two per row. */
export function metrics(items: readonly (readonly [string, string])[]): SafeHtml {
  const rows: SafeHtml[] = [];
  for (let i = 0; i < items.length; i += 2) {
    const pair = items.slice(i, i + 2);
    rows.push(
      html`<tr>${pair.map(
        ([label, value]) =>
          html`<td width="50%" style="padding:4px;vertical-align:top;"><div style="background:#f9fafb;border:1px solid #e5e7eb;border-radius:6px;padding:10px;"><div style="font-size:12px;color:#6b7280;">${label}</div><div style="font-size:19px;font-weight:bold;color:#111827;">${value}</div></div></td>`,
      )}</tr>`,
    );
  }
  return html`<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="margin:0 0 12px;table-layout:fixed;">${rows}</table>`;
}

const BADGE_COLOURS = {
  green: 'background:#dcfce7;color:#166534;',
  amber: 'background:#fef3c7;color:#92400e;',
  red: 'background:#fee2e2;color:#991b1b;',
  grey: 'background:#f3f4f6;color:#4b5563;',
} as const;
export type BadgeColour = keyof typeof BADGE_COLOURS;

export function badge(text: HtmlValue, colour: BadgeColour): SafeHtml {
  return html`<span style="display:inline-block;padding:2px 8px;border-radius:10px;font-size:12px;font-weight:bold;${BADGE_COLOURS[colour]}">${text}</span>`;
}

/** A call-to-action button; an unsafe URL renders no button at all rather than a dead or dangerous one. */
export function button(url: string, label: HtmlValue, colour = '#4f46e5'): SafeHtml {
  const href = safeUrl(url);
  if (!href) return html``;
  return html`<a href="${href}" style="display:inline-block;margin:4px 8px 4px 0;padding:10px 18px;background:${colour};color:#ffffff;text-decoration:none;border-radius:6px;font-weight:bold;">${label}</a>`;
}

/** A bulleted list (empty list → nothing). */
export function bullets(items: readonly HtmlValue[]): SafeHtml {
  if (items.length === 0) return html``;
  return html`<ul style="margin:0 0 12px;padding-left:20px;">${items.map((i) => html`<li style="margin:0 0 4px;">${i}</li>`)}</ul>`;
}

/** Multi-line visitor text (a challenge, a transcript turn): escaped, line breaks kept. */
export function multiline(text: string | null | undefined): SafeHtml {
  if (!text) return html``;
  return join(text.split(/\r\n|\r|\n/).map((line) => html`${line}`), html`<br>`);
}

export { link };
