import type { Locale } from '../../model/contracts.js';

/** The launcher's only visible text (kept apart from the panel's strings so the facade stays tiny). */
export const launcherStrings: Record<Locale, { label: string }> = {
  en: { label: 'Talk to our assistant' },
  es: { label: 'Habla con nuestro asistente' },
};
