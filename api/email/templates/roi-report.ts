/**
 * The visitor's ROI report (catalogue #4), EN + ES. Every figure comes from the server's computeRoi result and
 * goes through Intl; labels come from model/labels.ts so tier names match the widget (D42).
 */
import type { Locale, RoiInputs } from '../../../model/contracts.js';
import { employeesName, industryName, taskName, tierName } from '../../../model/labels.js';
import { CONSULTANT_HOURLY, RECAPTURE_RATE, TASKS, TIER_DATA, type RoiResults } from '../../../model/roi.js';
import { firstName, html, subjectLine, toText } from '../html.js';
import { formatMoney, formatNumber, formatPercent, formatRate, paybackLabel } from './format.js';
import { badge, button, heading, keyValues, layout, metrics, paragraph, BRAND, type EmailContent } from './layout.js';

export interface RoiReportData {
  name?: string | null;
  inputs: RoiInputs;
  results: RoiResults;
  siteUrl: string;
}

const STRINGS = {
  en: {
    subject: (roi: string, tier: string) => `Your ROI report: ${roi} first-year return with ${tier}`,
    greeting: (name: string | null) => (name ? `Hi ${name},` : 'Hi there,'),
    intro: (tier: string) => `Here is your personalized automation ROI report for the ${tier} plan.`,
    profile: 'Your business profile',
    industry: 'Industry',
    size: 'Team size',
    labor: 'Hourly labor cost',
    perHour: (m: string) => `${m}/hr`,
    plan: 'Plan',
    results: 'Your results',
    timeSaved: 'Time saved',
    hoursPerWeek: 'hrs/wk',
    taskLine: (hours: string, rate: string, savings: string) => `${hours} h/wk × ${rate} automated = ${savings}/wk`,
    weeklySavings: 'Weekly labor savings',
    roi: 'First-year ROI',
    payback: 'Payback',
    annualBenefit: 'Annual benefit',
    investment: 'First-year cost',
    firstYear: (setup: string, monthly: string, total: string, months: number, cost: string, roi: string) =>
      `The first year is the setup fee plus 12 monthly fees: ${setup} + 12 × ${monthly} = ${total}. Over the ${months}-month minimum term alone (${cost}) the ROI would be ${roi}.`,
    recovery: 'Revenue recovery',
    recoveryLine: (leads: string, amount: string) => `About ${leads} recovered leads a month, worth ${amount} a month.`,
    perMonth: '/mo',
    tasks: 'Task breakdown',
    task: 'Task',
    hours: 'Hours/wk',
    rate: 'Automation',
    savings: 'Savings/wk',
    automated: 'Automated',
    notInTier: 'Not in tier',
    comparison: 'How it compares (per year)',
    consultant: (rate: string) => `Consultant (${rate}/hr on the hours saved)`,
    agency: (monthly: string) => `Agency retainer (${monthly}/mo)`,
    yourInvestment: 'Your first year',
    save: (pct: string) => `You save ${pct} compared with the cheaper alternative.`,
    cta: 'Book your strategy call',
    ctaIntro: 'Want to turn these numbers into a plan? Book a free strategy call with our team.',
    disclaimer: (rates: string, recapture: string) =>
      `Estimates only. Time savings use typical automation rates per task (${rates}); ` +
      `revenue recovery assumes ${recapture} of lost leads are recaptured at your close rate. Actual results vary.`,
    footer: `You asked for this report on our ROI calculator. ${BRAND}`,
  },
  es: {
    subject: (roi: string, tier: string) => `Tu informe de ROI: ${roi} de retorno el primer año con ${tier}`,
    greeting: (name: string | null) => (name ? `Hola ${name},` : 'Hola,'),
    intro: (tier: string) => `Aquí tienes tu informe personalizado de ROI de automatización para el plan ${tier}.`,
    profile: 'Perfil de tu negocio',
    industry: 'Sector',
    size: 'Tamaño del equipo',
    labor: 'Costo laboral por hora',
    perHour: (m: string) => `${m} por hora`,
    plan: 'Plan',
    results: 'Tus resultados',
    timeSaved: 'Tiempo ahorrado',
    hoursPerWeek: 'h/sem',
    taskLine: (hours: string, rate: string, savings: string) => `${hours} h por semana × ${rate} automatizado = ${savings} por semana`,
    weeklySavings: 'Ahorro laboral semanal',
    roi: 'ROI del primer año',
    payback: 'Recuperación',
    annualBenefit: 'Beneficio anual',
    investment: 'Costo del primer año',
    firstYear: (setup: string, monthly: string, total: string, months: number, cost: string, roi: string) =>
      `El primer año es la instalación más 12 cuotas mensuales: ${setup} + 12 × ${monthly} = ${total}. Solo en el plazo mínimo de ${months} meses (${cost}) el ROI sería de ${roi}.`,
    recovery: 'Recuperación de ingresos',
    recoveryLine: (leads: string, amount: string) => `Unos ${leads} prospectos recuperados al mes, con un valor de ${amount} al mes.`,
    perMonth: ' al mes',
    tasks: 'Desglose por tarea',
    task: 'Tarea',
    hours: 'Horas/sem',
    rate: 'Automatización',
    savings: 'Ahorro/sem',
    automated: 'Automatizada',
    notInTier: 'No incluida en el plan',
    comparison: 'Comparación (por año)',
    consultant: (rate: string) => `Consultor (${rate} por hora sobre las horas ahorradas)`,
    agency: (monthly: string) => `Agencia (${monthly} al mes)`,
    yourInvestment: 'Tu primer año',
    save: (pct: string) => `Ahorras un ${pct} frente a la alternativa más económica.`,
    cta: 'Agenda tu llamada estratégica',
    ctaIntro: '¿Quieres convertir estas cifras en un plan? Agenda una llamada estratégica gratuita con nuestro equipo.',
    disclaimer: (rates: string, recapture: string) =>
      `Solo son estimaciones. El ahorro de tiempo usa tasas de automatización típicas por tarea (${rates}); ` +
      `la recuperación de ingresos supone que se recupera el ${recapture} de los prospectos perdidos a tu tasa de cierre. Los resultados reales varían.`,
    footer: `Solicitaste este informe en nuestra calculadora de ROI. ${BRAND}`,
  },
} as const;

/** siteUrl + '#get-started', or null when siteUrl is not an http(s) URL. */
export function bookingCtaUrl(siteUrl: string): string | null {
  try {
    const url = new URL(siteUrl);
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
    url.hash = 'get-started';
    return url.href;
  } catch {
    return null;
  }
}

export function roiReport(locale: Locale, d: RoiReportData): EmailContent {
  const s = STRINGS[locale] ?? STRINGS.en;
  const lc: Locale = locale === 'es' ? 'es' : 'en';
  const r = d.results;
  const money = (v: number) => formatMoney(v, lc);
  const tier = tierName(d.inputs.tier, lc);
  const name = firstName(d.name) || null;
  const roi = formatPercent(r.firstYearRoi, lc);
  const t = TIER_DATA[d.inputs.tier] ?? TIER_DATA.foundation;
  const firstYear = s.firstYear(money(t.setupFee), money(t.monthlyFee), money(r.firstYearCost), t.months, money(r.investment), formatPercent(r.roi, lc));
  const automated = new Set(r.automatedTasks.map((t) => t.taskId));
  const cta = bookingCtaUrl(d.siteUrl);
  const savePct = r.comparisonSavingsPercent !== null && r.comparisonSavingsPercent > 0 ? formatPercent(r.comparisonSavingsPercent, lc) : null;
  const hoursSaved = `${formatNumber(r.totalWeeklyHoursSaved, lc)} ${s.hoursPerWeek}`;
  const payback = paybackLabel(r.firstYearPaybackWeeks, lc);
  const disclaimer = s.disclaimer(
    TASKS.map((t) => `${taskName(t.id, lc)} ${formatRate(t.automationRate, lc)}`).join(', '),
    formatRate(RECAPTURE_RATE, lc),
  );

  // One stacked block per task, not a 5-column table: a table that wide overflows a 320px phone.
  const taskRows = r.taskBreakdown.map(
    (t) => html`<div style="padding:8px 0;border-bottom:1px solid #e5e7eb;"><div style="font-weight:bold;">${taskName(t.taskId, lc)} ${automated.has(t.taskId) ? badge(s.automated, 'green') : badge(s.notInTier, 'grey')}</div><div style="font-size:13px;color:#4b5563;">${s.taskLine(formatNumber(t.hoursPerWeek, lc), formatRate(t.automationRate, lc), formatMoney(t.weeklySavings, lc, 'USD', 2))}</div></div>`,
  );

  const body = html`${heading(s.greeting(name), 1)}
${paragraph(s.intro(tier))}
${heading(s.profile)}
${keyValues([
  [s.industry, industryName(d.inputs.industry, lc)],
  [s.size, employeesName(d.inputs.employees, lc)],
  [s.labor, s.perHour(money(d.inputs.hourlyLaborCost))],
  [s.plan, tier],
])}
${heading(s.results)}
${metrics([
  [s.annualBenefit, money(r.annualBenefit)],
  [s.roi, roi],
  [s.payback, payback],
  [s.investment, money(r.firstYearCost)],
  [s.timeSaved, hoursSaved],
  [s.weeklySavings, money(r.weeklyLaborSavings)],
])}
${paragraph(firstYear, 'font-size:13px;color:#4b5563;')}
${r.monthlyRevenueRecovery > 0
  ? html`${heading(s.recovery)}${paragraph(html`<strong>${money(r.monthlyRevenueRecovery)}${s.perMonth}</strong> — ${s.recoveryLine(formatNumber(r.recoveredLeads, lc), money(r.monthlyRevenueRecovery))}`)}`
  : null}
${heading(s.tasks)}
<div style="margin:0 0 12px;">${taskRows}</div>
${heading(s.comparison)}
${keyValues([
  [s.consultant(money(CONSULTANT_HOURLY)), money(r.consultantCost)],
  [s.agency(money(r.agencyCost / 12)), money(r.agencyCost)],
  [s.yourInvestment, html`<strong>${money(r.firstYearCost)}</strong>`],
])}
${savePct ? paragraph(html`<strong>${s.save(savePct)}</strong>`, 'color:#166534;') : null}
${cta ? html`${paragraph(s.ctaIntro)}<p style="margin:0 0 16px;">${button(cta, s.cta)}</p>` : null}
${paragraph(disclaimer, 'font-size:12px;color:#6b7280;')}`;

  const text = toText(
    s.greeting(name),
    '',
    s.intro(tier),
    '',
    `${s.industry}: ${industryName(d.inputs.industry, lc)}`,
    `${s.size}: ${employeesName(d.inputs.employees, lc)}`,
    `${s.labor}: ${s.perHour(money(d.inputs.hourlyLaborCost))}`,
    '',
    `${s.timeSaved}: ${hoursSaved}`,
    `${s.weeklySavings}: ${money(r.weeklyLaborSavings)}`,
    `${s.roi}: ${roi}`,
    `${s.payback}: ${payback}`,
    `${s.annualBenefit}: ${money(r.annualBenefit)}`,
    `${s.investment}: ${money(r.firstYearCost)}`,
    firstYear,
    r.monthlyRevenueRecovery > 0 && `${s.recovery}: ${money(r.monthlyRevenueRecovery)}${s.perMonth}`,
    '',
    `${s.tasks}:`,
    r.taskBreakdown.map(
      (t) =>
        `  - ${taskName(t.taskId, lc)}: ${formatNumber(t.hoursPerWeek, lc)} ${s.hoursPerWeek}, ${formatMoney(t.weeklySavings, lc, 'USD', 2)} (${automated.has(t.taskId) ? s.automated : s.notInTier})`,
    ),
    '',
    `${s.consultant(money(CONSULTANT_HOURLY))}: ${money(r.consultantCost)}`,
    `${s.agency(money(r.agencyCost / 12))}: ${money(r.agencyCost)}`,
    `${s.yourInvestment}: ${money(r.firstYearCost)}`,
    savePct && s.save(savePct),
    '',
    cta && `${s.cta}: ${cta}`,
    '',
    disclaimer,
  );

  return {
    subject: subjectLine(s.subject(roi, tier)),
    html: layout({ locale: lc, title: s.subject(roi, tier), preheader: `${s.roi}: ${roi} · ${s.payback}: ${payback}`, body, footer: s.footer }),
    text,
    tags: ['kre8', 'landing', 'roi-report'],
  };
}
