import type { Locale } from '../../model/contracts.js';

/**
 * One wording, shared by every widget, for a request that failed for no fault of the visitor's: a visitor
 * whose connection works must not be told to check it. `navigator.onLine` false is a reliable "offline"
 * (true only means a network interface is up), so it decides which of the two messages is shown.
 */
const MESSAGES = {
  en: ['Our service is having trouble right now. Please try again in a moment.', 'You appear to be offline. Check your connection, then try again.'],
  es: ['Nuestro servicio tiene problemas en este momento. Vuelve a intentarlo en unos instantes.', 'Parece que no tienes conexión. Revísala y vuelve a intentarlo.'],
} satisfies Record<Locale, [string, string]>;

/** The outage message in `locale`: "you appear to be offline" when the browser says so, else "our service". */
export const outageMessage = (locale: Locale): string => MESSAGES[locale][+!navigator.onLine];

/** A 429's message, the same in every form: the visitor only has to wait. */
export const TOO_MANY: Record<Locale, string> = {
  en: 'Too many attempts. Please try again in a minute.',
  es: 'Demasiados intentos. Vuelve a intentarlo en un minuto.',
};

/** The retry button's label. */
export const RETRY: Record<Locale, string> = { en: 'Try again', es: 'Reintentar' };
