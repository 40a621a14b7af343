import type { ErrorMessages, Locale } from '../../model/contracts.js';

/**
 * The widget's own UI copy in EN and ES. Model labels (steps, industries, tasks, tiers) come from model/labels.ts,
 * shared with the emails. Functions take already formatted values (Intl) so word order stays the translator's.
 * Contact labels are keyed like the Contact fields so the form can look them up by field.
 * Spanish addresses the visitor as tú, like the booking widget, the voice agent and the landing page. It is US
 * Spanish (es-US): costo, agendar, sentence case; amounts with a rate say it in words ("$1,500 al mes", "$175 por
 * hora"); only units beside a control stay short ("3 h/sem").
 */
export interface RoiStrings {
  stepsNav: string;
  stepOf: (n: number) => string;
  goTo: (n: number, label: string) => string;
  back: string;
  next: string;
  seeResults: string;
  industry: string;
  size: string;
  hourlyCost: string;
  tier: string;
  perHour: (money: string) => string;
  tierPrice: (setup: string, monthly: string) => string;
  taskHint: string;
  hoursPerWeek: (n: string) => string;
  hoursShort: (n: string) => string;
  perWeek: (money: string) => string;
  total: string;
  dealValue: string;
  lostLeads: string;
  closeRate: string;
  percent: (n: string) => string;
  monthlyRevenue: string;
  estimate: string;
  hoursSaved: string;
  laborSavings: string;
  revenueRecovery: string;
  annualBenefit: string;
  roi: string;
  payback: string;
  /** What the first-year figures include: setup fee, 12 monthly fees and their total. */
  firstYear: (setup: string, monthly: string, total: string) => string;
  details: string;
  /** The CRM's minimum-term figures: months, cost, ROI. */
  minTerm: (months: number, cost: string, roi: string) => string;
  weeks: (n: string) => string;
  months: (n: string) => string;
  never: string;
  automated: string;
  comparison: string;
  consultant: (rate: string) => string;
  agency: string;
  youSave: (pct: string) => string;
  disclaimer: string;
  emailHeading: string;
  email: string;
  name: string;
  companyName: string;
  phone: string;
  optional: string;
  consent: string;
  honeypot: string;
  send: string;
  sending: string;
  sentTitle: string;
  sentBody: (email: string, benefit: string, roi: string) => string;
  book: string;
  invalidEmail: string;
  fixFields: string;
  /** The server's spam checks, by `error.code`: kind, and something the visitor can act on. */
  errCodes: ErrorMessages;
}

const en: RoiStrings = {
  stepsNav: 'Calculator steps',
  stepOf: (n) => `Step ${n} of 4`,
  goTo: (n, l) => `Go to step ${n}: ${l}`,
  back: 'Back',
  next: 'Next',
  seeResults: 'See results',
  industry: 'Industry',
  size: 'Company size',
  hourlyCost: 'Hourly labor cost',
  tier: 'Service tier',
  perHour: (m) => `${m} per hour`,
  tierPrice: (s, m) => `${s} + ${m}/mo`,
  taskHint: 'Hours your team spends on each task per week.',
  hoursPerWeek: (n) => `${n} hours per week`,
  hoursShort: (n) => `${n} h/wk`,
  perWeek: (m) => `${m}/wk`,
  total: 'Total',
  dealValue: 'Average deal value',
  lostLeads: 'Leads lost per month',
  closeRate: 'Close rate',
  percent: (n) => `${n} percent`,
  monthlyRevenue: 'Monthly revenue',
  estimate: 'Your estimate',
  hoursSaved: 'Hours saved per week',
  laborSavings: 'Weekly labor savings',
  revenueRecovery: 'Monthly revenue recovered',
  annualBenefit: 'Annual benefit',
  roi: 'First-year ROI',
  payback: 'Payback',
  firstYear: (s, m, t) => `First year: ${s} setup + 12 × ${m} a month = ${t}.`,
  details: 'See the breakdown',
  minTerm: (n, c, r) => `Over the ${n}-month minimum term (${c}): ${r} ROI.`,
  weeks: (n) => `${n} wks`,
  months: (n) => `${n} mo`,
  never: 'Not with these figures',
  automated: 'Tasks we would automate',
  comparison: 'Compared with',
  consultant: (r) => `A consultant (${r}/h)`,
  agency: 'An agency retainer',
  youSave: (p) => `${p} less than the cheaper alternative`,
  disclaimer: 'Estimates assume 60% of lost leads recaptured and typical automation rates per task.',
  emailHeading: 'Email me this report',
  email: 'Email',
  name: 'Name',
  companyName: 'Company',
  phone: 'Phone',
  optional: '(optional)',
  consent: 'We use your details only to send this report and follow up about it. No spam.',
  honeypot: 'Website',
  send: 'Send my report',
  sending: 'Sending…',
  sentTitle: 'Your report is on its way',
  sentBody: (e, b, r) => `We emailed your ROI report (${b} a year, ${r} first-year ROI) to ${e}. We'll reach out within one business day.`,
  book: 'Book your strategy call',
  invalidEmail: 'Enter a valid email address.',
  fixFields: 'Please fix the highlighted fields.',
  errCodes: {
    too_fast: 'That was quick — please take a moment and send it again.',
  },
};

const es: RoiStrings = {
  stepsNav: 'Pasos de la calculadora',
  stepOf: (n) => `Paso ${n} de 4`,
  goTo: (n, l) => `Ir al paso ${n}: ${l}`,
  back: 'Atrás',
  next: 'Siguiente',
  seeResults: 'Ver resultados',
  industry: 'Sector',
  size: 'Tamaño de la empresa',
  hourlyCost: 'Costo laboral por hora',
  tier: 'Nivel de servicio',
  perHour: (m) => `${m} por hora`,
  tierPrice: (s, m) => `${s} + ${m} al mes`,
  taskHint: 'Horas semanales que tu equipo dedica a cada tarea.',
  hoursPerWeek: (n) => `${n} horas por semana`,
  hoursShort: (n) => `${n} h/sem`,
  perWeek: (m) => `${m} por semana`,
  total: 'Total',
  dealValue: 'Valor promedio por venta',
  lostLeads: 'Prospectos perdidos al mes',
  closeRate: 'Tasa de cierre',
  percent: (n) => `${n} por ciento`,
  monthlyRevenue: 'Ingresos mensuales',
  estimate: 'Tu estimación',
  hoursSaved: 'Horas ahorradas por semana',
  laborSavings: 'Ahorro laboral semanal',
  revenueRecovery: 'Ingresos recuperados al mes',
  annualBenefit: 'Beneficio anual',
  roi: 'ROI del primer año',
  payback: 'Recuperación',
  firstYear: (s, m, t) => `Primer año: ${s} de instalación + 12 × ${m} al mes = ${t}.`,
  details: 'Ver el desglose',
  minTerm: (n, c, r) => `En el plazo mínimo de ${n} meses (${c}): ${r} de ROI.`,
  weeks: (n) => `${n} sem`,
  months: (n) => `${n} meses`,
  never: 'No con estas cifras',
  automated: 'Tareas que automatizaríamos',
  comparison: 'Comparado con',
  consultant: (r) => `Un consultor (${r} por hora)`,
  agency: 'Una agencia con cuota mensual',
  youSave: (p) => `${p} menos que la alternativa más barata`,
  disclaimer: 'Estimaciones con un 60% de prospectos recuperados y tasas de automatización típicas por tarea.',
  emailHeading: 'Enviarme este informe',
  email: 'Correo electrónico',
  name: 'Nombre',
  companyName: 'Empresa',
  phone: 'Teléfono',
  optional: '(opcional)',
  consent: 'Usamos tus datos solo para enviarte este informe y darte seguimiento. Sin spam.',
  honeypot: 'Sitio web',
  send: 'Enviar mi informe',
  sending: 'Enviando…',
  sentTitle: 'Tu informe va en camino',
  sentBody: (e, b, r) => `Enviamos tu informe de ROI (${b} al año, ${r} de ROI el primer año) a ${e}. Te contactaremos dentro de un día hábil.`,
  book: 'Agenda tu llamada estratégica',
  invalidEmail: 'Escribe un correo electrónico válido.',
  fixFields: 'Corrige los campos marcados.',
  errCodes: {
    too_fast: 'Eso fue muy rápido: tómate un momento y vuelve a enviarlo.',
  },
};

export const STRINGS: Record<Locale, RoiStrings> = { en, es };
