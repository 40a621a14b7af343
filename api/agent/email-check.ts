/**
 * A misspelt common email domain ("gmial.com") is asked about once, with the likely spelling; the address is
 * kept as given until the visitor corrects it (they may really use that domain).
 */
import type { Locale } from '../../model/contracts.js';

const LIKELY: Record<string, string> = {
  'gmial.com': 'gmail.com', 'gmal.com': 'gmail.com', 'gamil.com': 'gmail.com', 'gmail.co': 'gmail.com', 'gmaill.com': 'gmail.com', 'gnail.com': 'gmail.com',
  'hotmial.com': 'hotmail.com', 'hotmal.com': 'hotmail.com', 'hotmail.co': 'hotmail.com', 'hotmai.com': 'hotmail.com',
  'yaho.com': 'yahoo.com', 'yahooo.com': 'yahoo.com', 'yahoo.co': 'yahoo.com', 'yhoo.com': 'yahoo.com',
  'outlok.com': 'outlook.com', 'outllook.com': 'outlook.com', 'outlook.co': 'outlook.com', 'iclod.com': 'icloud.com', 'icloud.co': 'icloud.com',
};

/** The likely intended domain of a misspelt common one, else null. */
export function likelyDomain(email: string | null | undefined): string | null {
  const domain = email?.split('@')[1]?.toLowerCase();
  return domain ? (LIKELY[domain] ?? null) : null;
}

export function confirmDomain(email: string, likely: string, locale: Locale): string {
  const given = email.split('@')[1]!;
  return locale === 'es' ? `Solo para confirmar: ¿es ${given} o quisiste decir ${likely}?` : `Just to check: is that ${given}, or did you mean ${likely}?`;
}
