/** The ROI lead dossier to ADMIN_EMAIL (catalogue #5), English. */
import type { Attribution, RoiInputs } from '../../../model/contracts.js';
import { employeesName, industryName, taskName, tierName } from '../../../model/labels.js';
import { INDUSTRY_IDS, type RoiResults } from '../../../model/roi.js';
import { mapIndustry } from '../../lead/profile.js';
import { html, link, safeUrl, subjectLine, toText } from '../html.js';
import { formatMoney, formatNumber, formatPercent, formatRate, paybackLabel } from './format.js';
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
import { badge, bullets, heading, keyValues, layout, type BadgeColour, type EmailContent } from './layout.js';

export interface RoiDossierData {
  email: string;
  name?: string | null;
  companyName?: string | null;
  phone?: string | null;
  inputs: RoiInputs;
  results: RoiResults;
  score: number;
  tier: LeadTier;
  factors: string[];
  attribution?: Attribution;
  /** The lead's page in the CRM, when known. */
  leadUrl?: string;
}

/** The original's ROI badge thresholds: ≥200% green, ≥100% amber, else red. */
export function roiColour(roi: number): BadgeColour {
  return roi >= 200 ? 'green' : roi >= 100 ? 'amber' : 'red';
}

export function roiDossier(d: RoiDossierData): EmailContent {
  const r = d.results;
  const money = (v: number) => formatMoney(v, 'en');
  const tier = tierName(d.inputs.tier, 'en');
  const roi = formatPercent(r.firstYearRoi, 'en');
  const minTermRoi = formatPercent(r.roi, 'en');
  const automated = new Set(r.automatedTasks.map((t) => t.taskId));
  const payback = paybackLabel(r.firstYearPaybackWeeks, 'en');
  const leadHref = safeUrl(d.leadUrl);
  // The score uses the CRM's industry; show it beside the visitor's choice so "Other industry" in the score
  // cannot contradict an "Other service business" profile. Only ids are mapped (the route validates them).
  const industry = `${industryName(d.inputs.industry, 'en')} (CRM: ${(INDUSTRY_IDS.includes(d.inputs.industry) && mapIndustry(d.inputs.industry)) || 'Other'})`;
  const subject = `ROI Lead: ${d.email} — ${roi} ROI (${tier})`;

  const body = html`<h1 style="margin:0 0 12px;font-size:22px;color:#111827;">New ROI calculator lead</h1>
<p style="margin:0 0 16px;">${badge(`${roi} first-year ROI`, roiColour(r.firstYearRoi))} <span style="margin-left:8px;">${tier}</span></p>
${heading('Contact')}
${keyValues([
  ['Email', emailLink(d.email)],
  ['Name', d.name],
  ['Company', d.companyName],
  ['Phone', phoneLink(d.phone)],
  ['CRM', leadHref ? link(leadHref, 'Open lead') : null],
])}
${scoreBlock(d.score, d.tier, d.factors)}
${heading('Profile')}
${keyValues([
  ['Industry', industry],
  ['Size', employeesName(d.inputs.employees, 'en')],
  ['Labor cost', `${money(d.inputs.hourlyLaborCost)}/hr`],
  ['Tier', tier],
])}
${heading('Results')}
${keyValues([
  ['Time saved', `${formatNumber(r.totalWeeklyHoursSaved, 'en')} hrs/wk`],
  ['Weekly labor savings', money(r.weeklyLaborSavings)],
  ['Annual benefit', money(r.annualBenefit)],
  ['First-year cost', money(r.firstYearCost)],
  ['First-year ROI', roi],
  ['First-year payback', payback],
  ['Minimum term (CRM)', `${money(r.investment)}: ${minTermRoi} ROI, payback ${paybackLabel(r.paybackWeeks, 'en')}`],
  [
    'Revenue recovery',
    r.monthlyRevenueRecovery > 0 ? `${money(r.monthlyRevenueRecovery)}/mo (${formatNumber(r.recoveredLeads, 'en')} leads/mo)` : null,
  ],
])}
${heading('Tasks by savings')}
${bullets(
  r.taskBreakdown.map(
    (t) =>
      html`${taskName(t.taskId, 'en')}: ${formatNumber(t.hoursPerWeek, 'en')} h × ${formatRate(t.automationRate, 'en')} = ${formatMoney(t.weeklySavings, 'en', 'USD', 2)}/wk ${
        automated.has(t.taskId) ? badge('Automated', 'green') : badge('Not in tier', 'grey')
      }`,
  ),
)}
${attributionBlock(d.attribution)}`;

  const text = toText(
    `New ROI calculator lead: ${d.email}`,
    d.name && `Name: ${d.name}`,
    d.companyName && `Company: ${d.companyName}`,
    d.phone && `Phone: ${d.phone}`,
    leadHref && `CRM: ${leadHref}`,
    '',
    scoreTextLines(d.score, d.tier, d.factors),
    '',
    `Industry: ${industry}; size: ${employeesName(d.inputs.employees, 'en')}; labor: ${money(d.inputs.hourlyLaborCost)}/hr; tier: ${tier}`,
    `First-year ROI ${roi}; annual benefit ${money(r.annualBenefit)}; first-year cost ${money(r.firstYearCost)}; payback ${payback}; minimum term ${money(r.investment)} (${minTermRoi} ROI)`,
    `Time saved ${formatNumber(r.totalWeeklyHoursSaved, 'en')} hrs/wk; weekly labor savings ${money(r.weeklyLaborSavings)}`,
    r.monthlyRevenueRecovery > 0 && `Revenue recovery ${money(r.monthlyRevenueRecovery)}/mo`,
    '',
    attributionTextLines(d.attribution),
  );

  return {
    subject: subjectLine(subject),
    html: layout({ locale: 'en', title: subject, preheader: `${roi} ROI · score ${scoreText(d.score)}`, body, footer: 'ROI calculator lead dossier' }),
    text,
    tags: ['kre8', 'landing', 'roi-dossier'],
  };
}
