/**
 * EN/ES display labels for the ROI model (docs/reference/landing-domain.md §1.1–1.3). One table used by the widget and
 * the emails, so the UI and the email never disagree on a name (D42). Ids are what travels; labels are for humans.
 */
import { tierById } from './catalog.js';
import type { EmployeeRange, Locale, RoiIndustryId, TaskId, TierId } from './contracts.js';

export interface RoiLabels {
  /** The four wizard steps, in order. */
  steps: readonly [string, string, string, string];
  industries: Record<RoiIndustryId, string>;
  employees: Record<EmployeeRange, string>;
  tasks: Record<TaskId, string>;
  /** Tier names. */
  tiers: Record<TierId, string>;
}

export const LABELS: Record<Locale, RoiLabels> = {
  // Sentence case in both languages; Spanish is US Spanish (es-US), like the rest of the kit. The trades use the
  // booking form's names so a visitor sees one vocabulary across the widgets.
  en: {
    steps: ['Basics', 'Time audit', 'Revenue', 'Results'],
    industries: {
      hvac: 'HVAC',
      plumbing: 'Plumbing',
      electrical: 'Electrical',
      landscaping: 'Landscaping',
      construction: 'Construction and trades',
      realestate: 'Real estate and property management',
      service: 'Other service business',
      professional: 'Professional services',
      retail: 'Retail and hospitality',
      other: 'Other business',
    },
    employees: {
      '1-5': '1–5 employees',
      '5-10': '5–10 employees',
      '10-25': '10–25 employees',
      '25-50': '25–50 employees',
      '50-100': '50–100 employees',
      '100+': '100+ employees',
    },
    tasks: {
      scheduling: 'Scheduling and appointments',
      communication: 'Customer communication and follow-up',
      dataEntry: 'Data entry, invoicing and bookkeeping',
      leadResponse: 'Lead response and qualification',
      reporting: 'Reporting and analytics',
      inventory: 'Inventory and supply tracking',
      socialMedia: 'Social media and marketing',
    },
    tiers: {
      discovery: tierById('discovery').name.en,
      foundation: tierById('foundation').name.en,
      architect: tierById('architect').name.en,
    },
  },
  es: {
    steps: ['Datos básicos', 'Tiempo', 'Ingresos', 'Resultados'],
    industries: {
      hvac: 'Climatización (HVAC)',
      plumbing: 'Plomería',
      electrical: 'Electricidad',
      landscaping: 'Jardinería',
      construction: 'Construcción y oficios',
      realestate: 'Bienes raíces y administración de propiedades',
      service: 'Otro negocio de servicios',
      professional: 'Servicios profesionales',
      retail: 'Comercio y hospitalidad',
      other: 'Otro negocio',
    },
    employees: {
      '1-5': '1–5 empleados',
      '5-10': '5–10 empleados',
      '10-25': '10–25 empleados',
      '25-50': '25–50 empleados',
      '50-100': '50–100 empleados',
      '100+': '100+ empleados',
    },
    tasks: {
      scheduling: 'Agenda y citas',
      communication: 'Comunicación y seguimiento con clientes',
      dataEntry: 'Captura de datos, facturación y contabilidad',
      leadResponse: 'Respuesta y calificación de prospectos',
      reporting: 'Informes y análisis',
      inventory: 'Inventario y suministros',
      socialMedia: 'Redes sociales y marketing',
    },
    // Product names: kept as the landing page spells them (D42).
    tiers: {
      discovery: tierById('discovery').name.es,
      foundation: tierById('foundation').name.es,
      architect: tierById('architect').name.es,
    },
  },
};

/** Unknown locales fall back to English so a bad value never renders `undefined`. */
function labelsFor(locale: Locale): RoiLabels {
  return LABELS[locale] ?? LABELS.en;
}

export function tierName(id: TierId, locale: Locale): string {
  return labelsFor(locale).tiers[id] ?? id;
}

export function taskName(id: TaskId, locale: Locale): string {
  return labelsFor(locale).tasks[id] ?? id;
}

export function industryName(id: RoiIndustryId, locale: Locale): string {
  return labelsFor(locale).industries[id] ?? id;
}

export function employeesName(id: EmployeeRange, locale: Locale): string {
  return labelsFor(locale).employees[id] ?? id;
}
