/**
 * EN/ES display labels for the ROI model (reference landing-domain §1.1–1.3). One table used by the widget and
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
  en: {
    steps: ['Basics', 'Time Audit', 'Revenue', 'Results'],
    industries: {
      other: 'Other/Custom Business',
      service: 'Service Business',
      professional: 'Professional Services',
      retail: 'Retail/Hospitality',
      realestate: 'Real Estate/Property',
      construction: 'Construction/Trades',
    },
    employees: {
      '1-5': '1-5 employees',
      '5-10': '5-10 employees',
      '10-25': '10-25 employees',
      '25-50': '25-50 employees',
    },
    tasks: {
      scheduling: 'Scheduling & Appointments',
      communication: 'Customer Communication & Follow-up',
      dataEntry: 'Data Entry, Invoicing & Bookkeeping',
      leadResponse: 'Lead Response & Qualification',
      reporting: 'Reporting & Analytics',
      inventory: 'Inventory / Supply Tracking',
      socialMedia: 'Social Media & Marketing',
    },
    tiers: {
      discovery: tierById('discovery').name.en,
      foundation: tierById('foundation').name.en,
      architect: tierById('architect').name.en,
    },
  },
  es: {
    steps: ['Básicos', 'Tiempo', 'Ingresos', 'Resultados'],
    industries: {
      other: 'Otro/Negocio Personalizado',
      service: 'Negocio de Servicios',
      professional: 'Servicios Profesionales',
      retail: 'Retail/Hospitalidad',
      realestate: 'Bienes Raíces/Propiedades',
      construction: 'Construcción/Oficios',
    },
    employees: {
      '1-5': '1-5 empleados',
      '5-10': '5-10 empleados',
      '10-25': '10-25 empleados',
      '25-50': '25-50 empleados',
    },
    tasks: {
      scheduling: 'Programación y Citas',
      communication: 'Comunicación con Clientes y Seguimiento',
      dataEntry: 'Entrada de Datos, Facturación y Contabilidad',
      leadResponse: 'Respuesta y Calificación de Prospectos',
      reporting: 'Reportes y Analítica',
      inventory: 'Inventario / Seguimiento de Suministros',
      socialMedia: 'Redes Sociales y Marketing',
    },
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
