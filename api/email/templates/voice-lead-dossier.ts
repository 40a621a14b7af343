/** The voice-agent lead dossier to ADMIN_EMAIL, English: who, how good a lead, and what they said. */
import type { Attribution, CapturedLead, Locale } from '../../../model/contracts.js';
import { html, subjectLine, toText } from '../html.js';
import {
  attributionBlock,
  attributionTextLines,
  emailLink,
  phoneLink,
  scoreBlock,
  scoreText,
  scoreTextLines,
  type LeadTier,
} from './dossier-parts.js';
import { heading, keyValues, layout, multiline, type EmailContent } from './layout.js';
import { singleLine } from '../../routes/text.js';

export interface TranscriptTurn {
  role: 'user' | 'assistant';
  content: string;
}

export interface VoiceLeadDossierData {
  lead: CapturedLead & { industry?: string | null; employeeCount?: string | null };
  score: number;
  tier: LeadTier;
  factors: string[];
  language: Locale;
  transcriptExcerpt: TranscriptTurn[];
  attribution?: Attribution;
}

const LANGUAGE: Record<Locale, string> = { en: 'English', es: 'Spanish' };

/** "First Last", or null when the agent caught neither. */
export function leadFullName(lead: CapturedLead): string | null {
  const full = [lead.firstName, lead.lastName].filter((p): p is string => !!p && !!p.trim()).join(' ').trim();
  return full || null;
}

/** A value for one line: what the extractor caught from chat never reaches the route's single-line cleanup. */
const oneLine = (v: string | null | undefined): string | null => (v ? singleLine(v) || null : null);

export function voiceLeadDossier(d: VoiceLeadDossierData): EmailContent {
  // Every contact field is one line here, as the forms' fields are at the API's boundary, so a name cannot add
  // lines of its own ("Lead score: 100/100") to the plain-text part or reorder the subject with bidi controls.
  const l = {
    firstName: oneLine(d.lead.firstName),
    lastName: oneLine(d.lead.lastName),
    email: oneLine(d.lead.email),
    phone: oneLine(d.lead.phone),
    companyName: oneLine(d.lead.companyName),
    industry: oneLine(d.lead.industry),
    employeeCount: oneLine(d.lead.employeeCount),
  };
  const name = leadFullName(l);
  const who = name ?? l.email ?? 'unknown visitor';
  const subject = `Voice lead: ${who} (${scoreText(d.score)})`;
  const speaker = (role: TranscriptTurn['role']): string => (role === 'user' ? 'Visitor' : 'Agent');

  const transcript = d.transcriptExcerpt.map(
    (t) =>
      html`<tr><td style="padding:6px 10px 6px 0;vertical-align:top;font-weight:bold;color:${t.role === 'user' ? '#4f46e5' : '#6b7280'};white-space:nowrap;">${speaker(t.role)}</td><td style="padding:6px 0;vertical-align:top;">${multiline(t.content)}</td></tr>`,
  );

  const body = html`<h1 style="margin:0 0 12px;font-size:22px;color:#111827;">Voice agent lead: ${who}</h1>
${heading('Contact')}
${keyValues([
  ['Name', name],
  ['Email', emailLink(l.email)],
  ['Phone', phoneLink(l.phone)],
  ['Company', l.companyName],
  ['Industry', l.industry],
  ['Employees', l.employeeCount],
  ['Language', LANGUAGE[d.language] ?? d.language],
])}
${scoreBlock(d.score, d.tier, d.factors)}
${heading('Conversation excerpt')}
${transcript.length
  ? html`<table role="presentation" cellpadding="0" cellspacing="0" width="100%" style="border-collapse:collapse;font-size:14px;margin:0 0 12px;">${transcript}</table>`
  : html`<p style="margin:0 0 12px;color:#6b7280;">No transcript.</p>`}
${attributionBlock(d.attribution)}`;

  const text = toText(
    `Voice agent lead: ${who}`,
    name && `Name: ${name}`,
    l.email && `Email: ${l.email}`,
    l.phone && `Phone: ${l.phone}`,
    l.companyName && `Company: ${l.companyName}`,
    l.industry && `Industry: ${l.industry}`,
    l.employeeCount && `Employees: ${l.employeeCount}`,
    `Language: ${LANGUAGE[d.language] ?? d.language}`,
    '',
    scoreTextLines(d.score, d.tier, d.factors),
    '',
    'Conversation excerpt:',
    // A turn may span lines: the ones after its first are indented, so none reads as a line of the dossier.
    d.transcriptExcerpt.map((t) => `${speaker(t.role)}: ${t.content.replace(/\r\n?|\n|\u2028|\u2029/g, '\n    ')}`),
    '',
    attributionTextLines(d.attribution),
  );

  return {
    subject: subjectLine(subject),
    html: layout({ locale: 'en', title: subject, preheader: `Score ${scoreText(d.score)}`, body, footer: 'Voice agent lead dossier' }),
    text,
    tags: ['kre8', 'landing', 'voice-dossier'],
  };
}
