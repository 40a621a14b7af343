/**
 * Every Spanish sentence the agent can speak (its phrase tables, facts and acknowledgements), for the tests that
 * scan them: the register (tú throughout) and the usted rewrite (no tú word left).
 */
import { CONTACT_ASKS, acknowledgement } from './contact.js';
import { ASSESSMENT, CONSULTATION, FACTS, MORE_FACTS, RECAPS, pricingRecap, resultsAnswer } from './knowledge.js';
import { OFFERS, PAIN_LINES, PHRASES, PROMPTS, RUDE, SCROLLED, UNKNOWN } from './phrases.js';
import { NO_LEAD } from './test-fakes.js';

const lead = { ...NO_LEAD, firstName: 'Ana', email: 'ana@example.com', phone: '+15125550134' };

export function spanishSentences(): string[] {
  const es = (l: { es: string }) => l.es;
  return [
    ...Object.values(PHRASES).map(es),
    ...UNKNOWN.map(es),
    ...RUDE.map(es),
    ...PROMPTS.map(es),
    ...PAIN_LINES.map(([, l]) => l.es),
    ...Object.values(OFFERS).map(es),
    ...Object.values(SCROLLED).map(es),
    ...Object.values(CONTACT_ASKS).map(es),
    ...Object.values(FACTS).map(es),
    ...Object.values(MORE_FACTS).map(es),
    ...Object.values(RECAPS).map(es),
    CONSULTATION.text.es,
    ASSESSMENT.text.es,
    pricingRecap('es'),
    resultsAnswer('es'),
    acknowledgement('Soy Ana, ana@example.com', lead, 'es') ?? '',
    acknowledgement('ana@example.com', lead, 'es') ?? '',
    acknowledgement('512 555 0134', lead, 'es') ?? '',
  ];
}
