/**
 * Questions a consultancy's visitor may fairly ask whose specifics are not in knowledge.ts (their software,
 * after-hours handling, languages, regions, the call itself…). They are in scope: the agent says it won't guess
 * and points to the strategy call, instead of "that's not something I can help with". Claims nothing.
 */
import type { Locale } from '../../model/contracts.js';
import { normalize } from './normalize.js';

const IN_SCOPE = [
  /\b(integrat\w*|connect\w*|plug|software|tools?|crm|quickbooks|excel|outlook|google calendar|hubspot|servicetitan|salesforce|scheduling|invoic\w*|chatbots?|automat\w*)\b/,
  /\b(after hours|at night|weekends?|24\/?7|(we are|we.re) closed|2 ?am|overnight)\b/,
  /\b(spanish|language|languages|bilingual|outside the us|canada|mexico|countr\w*|abroad|based|located|remote\w*|my area)\b/,
  /\b(call|consultation|prepare|talk to|onboarding|process|steps|timeline|how long|how fast|how soon|weeks?)\b/,
  /\b(support|train\w*|breaks?|problem|guarantee|contract|cancel\w*|term|own|stop paying)\b/,
  /\b(cost|price|prices|pricing|charge|fees?|rates?|cheap\w*|expensive|pay|monthly|hourly|plan|plans|package|tier|tiers|upgrade)\b/,
  /\b(data|privacy|secure|security|hipaa|stored|sell|safe)\b/,
  /\b(chatgpt|in.house|ourselves|myself|hire|hiring|agenc\w*|different|better)\b/,
  // Spanish
  /\b(integra\w*|conecta\w*|software|herramientas?|crm|quickbooks|excel|agenda|facturacion|chatbots?|automatiz\w*)\b/,
  /\b(fuera del horario|de noche|fines? de semana|24\/?7|estamos cerrados)\b/,
  /\b(espanol|idiomas?|bilingue|fuera de estados unidos|mexico|ubicados|distancia|pais\w*)\b/,
  /\b(llamada|consulta|preparar|proceso|pasos|plazo|tarda|rapido|empezar|resultados|incorporacion|semanas?)\b/,
  /\b(soporte|capacita\w*|falla|ayuda|garantia|contrato|cancelar|plazo minimo|mios)\b/,
  /\b(cuesta|precios?|cobran|cuota|costo|barat\w*|caro|pagar|plan|planes|paquete)\b/,
  /\b(datos|privacidad|seguro|seguros|guardan|venden)\b/,
  /\b(chatgpt|yo mismo|nosotros mismos|contratar|diferencian)\b/,
];

export function inScope(message: string): boolean {
  const t = normalize(message);
  return IN_SCOPE.some((re) => re.test(t));
}

/** A second and third such question in one conversation: the same answer, not the same paragraph (nor "can't help"). */
export const DEFER_AGAIN: Record<Locale, string>[] = [
  {
    en: "That's another one I'd rather not guess at: it's a good question to bring to the free strategy call.",
    es: 'Esa tampoco quiero adivinarla: es una buena pregunta para la llamada de estrategia gratuita.',
  },
  {
    en: "I don't have that detail here either; the team can answer it on the strategy call.",
    es: 'Ese detalle tampoco lo tengo aquí; el equipo te lo responde en la llamada de estrategia.',
  },
];

export const DEFER: Record<Locale, string> = {
  en: "Good question. I don't have the specifics on that here and I won't guess: it's exactly what the free 30-minute strategy call covers, and I can find you a time.",
  es: 'Buena pregunta. No tengo ese detalle aquí y no quiero adivinar: es justo lo que se ve en la llamada de estrategia gratuita de 30 minutos, y te puedo buscar un horario.',
};
