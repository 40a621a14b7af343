/**
 * What voice_sessions stores about a conversation (docs/reference/crm-domain.md §1.3): sentiment, intents, topics, pain points,
 * objections and outcome, from the visitor's own turns only (the agent's words say nothing about the visitor).
 * Lexicon-based and deterministic, EN + ES, values within the CRM's enums.
 */
import type { AgentAction } from '../../model/contracts.js';
import type { OUTCOMES, SENTIMENTS } from '../../model/vocabulary.js';
import { detect, intentsOf, priorIntent } from './detect.js';
import { matchesAny, normalize } from './normalize.js';
import { social } from './social.js';
import type { Turn } from './types.js';

export type Sentiment = (typeof SENTIMENTS)[number];
export type Outcome = (typeof OUTCOMES)[number];

export interface ConversationInsights {
  sentiment: Sentiment;
  intents: string[];
  topics: string[];
  painPoints: string[];
  objections: string[];
  outcome: Outcome;
}

// [pattern, weight]: strong words weigh 2, so one "love it" outweighs one "hmm, not great".
const POSITIVE: [RegExp, number][] = [
  [/\b(love|loving|amazing|awesome|excellent|fantastic|perfect|wonderful|exactly what (i|we) need)\b/, 2],
  [/\b(great|good|nice|cool|helpful|interesting|interested|sounds good|makes sense|glad|excited|impressive)\b/, 1],
  [/\b(me encanta|increible|excelente|fantastico|perfecto|maravilloso|justo lo que necesito)\b/, 2],
  [/\b(genial|bueno|buena|buenisimo|util|interesante|interesado|interesada|me gusta|suena bien|tiene sentido)\b/, 1],
];
const NEGATIVE: [RegExp, number][] = [
  [/\b(hate|terrible|awful|horrible|scam|ripoff|rip off|waste of (time|money)|useless|ridiculous|angry|furious)\b/, 2],
  [/\b(bad|annoying|annoyed|frustrated|frustrating|disappointed|confusing|not interested|too expensive|expensive|worried|skeptical|sceptical)\b/, 1],
  // Doubt and dismissal: a skeptic is not neutral.
  [/\b(meh|whatever|just chatgpt|with a markup|snake oil|gimmick|doubt it|yeah right|sure you do)\b/, 1],
  [/\b(odio|terrible|horrible|pesimo|estafa|robo|perdida de (tiempo|dinero)|inutil|ridiculo|furioso)\b/, 2],
  [/\b(malo|mala|molesto|molesta|frustrado|frustrada|frustrante|decepcionado|decepcionada|confuso|no me interesa|muy caro|caro|preocupado|esceptico)\b/, 1],
  [/\b(no sirve|no sirve para nada|lo dudo|puro cuento|como sea|solo chatgpt)\b/, 1],
];
// "not good", "no es bueno": a negated positive counts as negative.
const NEGATED_POSITIVE = /\b(not|never|isn't|wasn't|no|nada|nunca|no es|no fue|no esta)\s+(very\s+|so\s+|muy\s+|tan\s+)?(good|great|helpful|interesting|interested|nice|bueno|buena|util|interesante|interesado)\b/;

const PAIN_POINTS: [string, RegExp[]][] = [
  ['scheduling', [/\b(scheduling|schedule is a mess|calendar (chaos|mess)|double[- ]booked|double bookings?)\b/, /\b(agendar citas|la agenda|programar citas|agendamiento|citas dobles)\b/]],
  ['missed_calls', [/\b(missed calls|miss(ing)? calls|calls go to voicemail|can'?t answer (the )?(phone|calls)|unanswered calls)\b/, /\b(llamadas perdidas|perdemos llamadas|no contestamos|no alcanzamos a contestar)\b/]],
  ['no_shows', [/\bno[- ]shows?\b/, /\b(no se presentan|faltan a (sus|las) citas|cancelan a ultima hora)\b/]],
  ['slow_lead_response', [/\b(slow to respond|leads? go(es)? cold|lose leads|losing leads|lost leads|respond (to leads )?too slow(ly)?)\b/, /\b(perdemos (clientes|prospectos)|respondemos tarde|se enfrian los prospectos)\b/]],
  ['follow_up', [/\b(follow[- ]ups?|following up|forget to follow)\b/, /\b(seguimiento|dar seguimiento)\b/]],
  ['data_entry', [/\b(data entry|paperwork|manual entry|spreadsheets?|copy and paste|re-?typing)\b/, /\b(captura de datos|papeleo|hojas de calculo|capturar datos)\b/]],
  ['admin_overload', [/\b(too much (admin|time)|admin work|administrative|busywork|drowning|overwhelmed)\b/, /\b(tareas administrativas|trabajo administrativo|demasiado tiempo|abrumados?)\b/]],
  ['invoicing', [/\b(invoic(e|es|ing)|billing|late payments?|chasing payments)\b/, /\b(facturacion|facturas|cobranza|cobros)\b/]],
  ['reporting', [/\b(reports? take|reporting takes|manual reports?)\b/, /\b(hacer reportes|reportes manuales)\b/]],
  ['staffing', [/\b(short[- ]staffed|can'?t (find|hire)|hiring is hard|staff turnover)\b/, /\b(falta de personal|no encontramos personal|rotacion de personal)\b/]],
];

const OBJECTIONS: [string, RegExp[]][] = [
  ['price', [/\b(too expensive|expensive|can'?t afford|out of (our|my) budget|over (our|my) budget|too much money|pricey|no budget)\b/, /\b(muy caro|caro|no (me|nos) alcanza|fuera de(l| nuestro) presupuesto|no tenemos presupuesto)\b/]],
  ['uncertain', [/\b(not sure|unsure|don'?t know if|i doubt|skeptical|sceptical)\b/, /\b(no estoy seguro|no estoy segura|no se si|dudo|esceptico)\b/]],
  ['need_time', [/\b(need to think|think about it|let me think|sleep on it|get back to you)\b/, /\b(lo voy a pensar|tengo que pensarlo|pensarlo|dejeme pensarlo|lo pienso)\b/]],
  ['timing', [/\b(not (right )?now|maybe later|too busy|bad time|next (year|quarter))\b/, /\b(ahora no|mas adelante|muy ocupado|el proximo ano)\b/]],
  ['decision_maker', [/\b(talk to|check with|ask) my (partner|boss|wife|husband|team|manager|cofounder|co-founder)\b/, /\b(consultarlo|hablarlo|preguntarle) (con|a) mi (socio|socia|jefe|jefa|esposa|esposo|equipo)\b/]],
  ['has_solution', [/\b(already (use|have)|we use (a|an) (software|tool|app|crm))\b/, /\b(ya (usamos|tenemos))\b/]],
  ['complexity', [/\b(too complicated|too complex|not tech[- ]savvy|not technical)\b/, /\b(muy complicado|demasiado complejo|no somos tecnicos)\b/]],
  ['commitment', [/\b(long contract|commitment|locked in|minimum term)\b/, /\b(contrato largo|compromiso|permanencia|plazo minimo)\b/]],
];

function sentimentOf(userTexts: string[]): Sentiment {
  let pos = 0;
  let neg = 0;
  for (const raw of userTexts) {
    const t = normalize(raw);
    const negated = NEGATED_POSITIVE.test(t);
    const stripped = t.replace(new RegExp(NEGATED_POSITIVE.source, 'g'), ' ');
    if (negated) neg += 1;
    // Rudeness weighs like a strong word: thanks and small talk never make a rude visitor neutral.
    if (social(raw).rude) neg += 2;
    for (const [re, w] of POSITIVE) if (re.test(stripped)) pos += w;
    for (const [re, w] of NEGATIVE) if (re.test(t)) neg += w;
  }
  // Each objection raised (price, trust, timing…) leans the conversation negative.
  neg += labelsFound(userTexts, OBJECTIONS).length;
  if (pos >= 2 && neg >= 2) return 'mixed';
  if (pos > neg) return 'positive';
  if (neg > pos) return 'negative';
  return 'neutral';
}

function labelsFound(userTexts: string[], table: [string, RegExp[]][]): string[] {
  const texts = userTexts.map(normalize);
  return table.filter(([, res]) => texts.some((t) => matchesAny(t, res))).map(([label]) => label);
}

function outcomeOf(actions: AgentAction[], opts: { ended?: boolean; booked?: boolean }): Outcome {
  if (opts.booked) return 'booking_scheduled';
  if (actions.some((a) => a.type === 'open-roi-calculator')) return 'roi_calculator';
  return opts.ended ? 'left_site' : 'continued_browsing';
}

export function summarizeConversation(
  turns: Turn[],
  actions: AgentAction[],
  opts: { ended?: boolean; booked?: boolean } = {},
): ConversationInsights {
  const userTexts = turns.filter((t) => t.role === 'user').map((t) => t.content);
  const intents = new Set<string>();
  const topics = new Set<string>();
  userTexts.forEach((text, i) => {
    const d = detect(text, priorIntent(userTexts.slice(0, i)));
    for (const intent of intentsOf(d)) if (intent !== 'info') intents.add(intent);
    for (const topic of d.topics) topics.add(topic);
  });
  if (actions.some((a) => a.type === 'open-booking')) intents.add('booking_intent');
  if (actions.some((a) => a.type === 'open-roi-calculator')) intents.add('roi_intent');
  if (actions.some((a) => a.type === 'scroll-to' && a.target === 'pricing')) intents.add('pricing_inquiry');
  if (intents.size === 0 && userTexts.length > 0) intents.add('info');
  return {
    sentiment: sentimentOf(userTexts),
    intents: [...intents],
    topics: [...topics],
    painPoints: labelsFound(userTexts, PAIN_POINTS),
    objections: labelsFound(userTexts, OBJECTIONS),
    outcome: outcomeOf(actions, opts),
  };
}
