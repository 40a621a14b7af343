/** The booking lead dossier to ADMIN_EMAIL (catalogue #3), English, every guest field escaped (D37). */
import type { Attribution, BookingType } from '../../../model/contracts.js';
import { html, subjectLine, toText } from '../html.js';
import { formatCents, formatDuration, formatIsoLocal, formatZone, pickTimeZone } from './format.js';
import {
  attributionBlock,
  attributionTextLines,
  emailLink,
  phoneLink,
  priorityLabel,
  scoreBlock,
  scoreTextLines,
  websiteLink,
  type LeadTier,
} from './dossier-parts.js';
import { heading, keyValues, layout, multiline, type EmailContent } from './layout.js';

export interface BookingDossierData {
  booking: { type: BookingType; start: Date; end: Date; businessTimezone: string; visitorTimezone: string };
  guest: {
    name: string;
    email: string;
    phone?: string | null;
    companyName?: string | null;
    industry?: string | null;
    employeeCount?: string | null;
    challenge?: string | null;
    referralSource?: string | null;
    websiteUrl?: string | null;
  };
  score: number;
  tier: LeadTier;
  factors: string[];
  attribution?: Attribution;
  amountCents?: number | null;
}

const TYPE_LABEL: Record<BookingType, string> = { consultation: 'Strategy call', assessment: 'Onsite AI assessment (paid)' };

export function bookingDossier(d: BookingDossierData): EmailContent {
  const { booking: b, guest: g } = d;
  const businessZone = pickTimeZone(b.businessTimezone);
  const visitorZone = pickTimeZone(b.visitorTimezone, businessZone);
  const when = `${formatIsoLocal(b.start, businessZone)} ${formatZone(businessZone, 'en', b.start)}`;
  const guestWhen = visitorZone !== businessZone ? `${formatIsoLocal(b.start, visitorZone)} ${formatZone(visitorZone, 'en', b.start)}` : null;
  const duration = formatDuration(b.start, b.end, 'en');
  const amount = d.amountCents && d.amountCents > 0 ? formatCents(d.amountCents, 'en') : null;
  const typeLabel = TYPE_LABEL[b.type] ?? TYPE_LABEL.consultation;
  const subject = `${priorityLabel(d.tier)} Priority: New Booking from ${g.name}`;

  const body = html`<h1 style="margin:0 0 12px;font-size:22px;color:#111827;">New booking: ${g.name}</h1>
${heading('Booking')}
${keyValues([
  ['Type', typeLabel],
  ['When', html`<strong>${when}</strong>`],
  ["Guest's time", guestWhen],
  ['Duration', duration],
  ['Paid', amount],
])}
${scoreBlock(d.score, d.tier, d.factors)}
${heading('Guest')}
${keyValues([
  ['Name', g.name],
  ['Email', emailLink(g.email)],
  ['Phone', phoneLink(g.phone)],
  ['Company', g.companyName],
  ['Industry', g.industry],
  ['Employees', g.employeeCount],
  ['Website', websiteLink(g.websiteUrl)],
  ['Referral', g.referralSource],
])}
${g.challenge ? html`${heading('Challenge')}<p style="margin:0 0 12px;padding:12px;background:#f9fafb;border-left:3px solid #4f46e5;">${multiline(g.challenge)}</p>` : null}
${attributionBlock(d.attribution)}`;

  const text = toText(
    `New booking: ${g.name} (${typeLabel})`,
    `When: ${when}`,
    guestWhen && `Guest's time: ${guestWhen}`,
    `Duration: ${duration}`,
    amount && `Paid: ${amount}`,
    '',
    scoreTextLines(d.score, d.tier, d.factors),
    '',
    `Email: ${g.email}`,
    g.phone && `Phone: ${g.phone}`,
    g.companyName && `Company: ${g.companyName}`,
    g.industry && `Industry: ${g.industry}`,
    g.employeeCount && `Employees: ${g.employeeCount}`,
    g.websiteUrl && `Website: ${g.websiteUrl}`,
    g.referralSource && `Referral: ${g.referralSource}`,
    g.challenge && '',
    g.challenge && `Challenge:\n${g.challenge}`,
    '',
    attributionTextLines(d.attribution),
  );

  return {
    subject: subjectLine(subject),
    html: layout({ locale: 'en', title: subject, preheader: `${typeLabel} · ${when}`, body, footer: 'Booking lead dossier' }),
    text,
    tags: ['kre8', 'landing', 'lead-dossier'],
  };
}
