/**
 * The keyword detector both responders share: what a visitor's turn asks for, in EN and ES.
 *
 * Every pattern runs on normalize()d text with \b boundaries, and ambiguous words only count in a phrase
 * (D29): "am"/"pm" only after a clock time, "book" only as a word, dates only in unambiguous formats (so
 * "24/7" is not a date), a weekday only counts as booking when the visitor already asked to book, and
 * "analytics" alone is a services word, not a request for internal reports (D26).
 */
import { ASSESSMENT as OFFER_ASSESSMENT } from '../../model/catalog.js';
import type { TierId } from '../../model/contracts.js';
import { matchesAny, normalize, withoutAddresses } from './normalize.js';
import { mentionsWhen } from './when.js';

export type Topic =
  | 'services'
  | 'pricing'
  | 'tiers'
  | 'process'
  | 'guarantee'
  | 'after_term'
  | 'industries'
  | 'support'
  | 'consultation'
  | 'assessment'
  | 'booking'
  | 'roi'
  | 'case_studies'
  | 'faq'
  | 'comparison'
  | 'results'
  | 'privacy'
  | 'location'
  | 'payment';

export type ScrollTarget = 'pricing' | 'case-studies' | 'how-it-works' | 'faq';

export interface RoiNumbers {
  employees?: number;
  hourlyLaborCost?: number;
  weeklyAdminHours?: number;
}

export interface Detection {
  booking: boolean;
  /** A reply to offered times ("Tuesday at 9 works"), not a new request. */
  bookingFollowUp: boolean;
  bookingType: 'consultation' | 'assessment';
  /** The visitor named the kind ("the call", "the assessment"); otherwise the conversation's last kind holds. */
  bookingTypeExplicit: boolean;
  roi: boolean;
  pricing: boolean;
  /** Asks for internal data (leads, reports, other visitors, prompt, keys): always refused. */
  internal: boolean;
  /** Looks like a prompt-injection attempt. Only informational: nothing obeys it anyway. */
  injection: boolean;
  greeting: boolean;
  question: boolean;
  scrollTo: ScrollTarget | null;
  openRoiCalculator: boolean;
  tier: TierId | null;
  /** Every tier named, for "what's the difference between Foundation and Discovery?". */
  tiers: TierId[];
  /** "too expensive", "can't afford it": an objection to answer, not a request for the price list again. */
  priceObjection: boolean;
  /** Asked which industries we serve ("do you work with plumbers?"), not just mentioned their own. */
  industryAsked: boolean;
  /** "Which one should I do?", "¿cuál me recomienda?": a recommendation between what was just discussed. */
  asksRecommendation: boolean;
  /** Questions the estimate ("is that realistic?", "how did you get that?"): only meaningful after one. */
  questionsEstimate: boolean;
  topics: Topic[];
  numbers: RoiNumbers;
}

/** What earlier user turns showed; lets short follow-ups ("Tuesday at 9", "about 12 people") continue. */
export interface PriorIntent {
  booking: boolean;
  roi: boolean;
  pricing: boolean;
}

const INTERNAL: RegExp[] = [
  /\bhow (are|is) (we|the business|business|sales|the company|the team) doing\b/,
  /\b(daily|weekly|monthly) (summary|report|numbers|stats|metrics)\b/,
  /\b(leads?|sales|pipeline|bookings?|conversion|revenue|visitors?|traffic|crm) (report|dashboard|list|stats|numbers|data|summary|metrics)\b/,
  /\bhigh[- ]priority (leads?|prospects?)\b/,
  /\b(show|give|send|list|tell|read|share|export|dump|print)\b.{0,30}\b(leads?|prospects?|contacts|bookings|visitors|users|emails|email addresses|phone numbers|conversations|transcripts|sessions|customer (list|data|names)|client (list|data|names))\b/,
  /\b(other|previous|recent) (visitors?|users?|callers?|customers'? (data|emails|details))\b/,
  /\b(system|initial|hidden|original|developer) (prompt|instructions?|message)\b/,
  /\byour (prompt|instructions|rules|configuration|config)\b/,
  /\b(api|secret|access|openai|stripe|admin) ?(keys?|tokens?)\b/,
  /\b(passwords?|credentials|database|env(ironment)? variables?)\b/,
  /\b(your|our|internal|site|website|crm) analytics\b/,
  /\banalytics (dashboard|report|data|numbers)\b/,
  // ES
  /\bcomo (vamos|va el negocio|van las ventas|nos va)\b/,
  /\bresumen (diario|del dia|semanal|mensual)\b/,
  /\b(reporte|informe|lista) de (leads|prospectos|ventas|reservas|citas|clientes|visitantes|contactos)\b/,
  /\b(muestrame|dame|ensename|listame|enviame|envia|comparte|dime|lee)\b.{0,30}\b(leads|prospectos|contactos|reservas|visitantes|usuarios|correos|telefonos|conversaciones|transcripciones)\b/,
  /\botros (visitantes|usuarios|clientes)\b/,
  /\b(prompt|instrucciones) (del sistema|iniciales|ocultas|originales)\b/,
  /\btus (instrucciones|reglas)\b/,
  /\b(clave|llave|token)s? (de (la )?)?(api|secreta|acceso)\b/,
  /\b(contrasenas?|base de datos)\b/,
  /\b(tus|nuestras|las) analiticas\b/,
];

const INJECTION: RegExp[] = [
  /\b(ignore|disregard|forget|override|bypass)\b.{0,40}\b(instructions?|prompts?|rules|guidelines|directions|everything)\b/,
  /\byou are now\b/,
  /\b(act as|pretend (to be|you are)|roleplay as)\b/,
  /\bnew (instructions?|rules|system prompt)\b/,
  /(^|\n|\s)(system|assistant|developer)\s*:/,
  /\bcritical security update\b/,
  /<\|?im_(start|end)\|?>|\[\/?inst\]/,
  /\b(jailbreak|dan mode|developer mode)\b/,
  /\b(ignora|olvida|omite)\b.{0,40}\b(instrucciones|reglas|todo)\b/,
  /\b(ahora eres|actua como|finge que eres)\b/,
  /\bnuevas (instrucciones|reglas)\b/,
];

const BOOKING: RegExp[] = [
  /\b(book|reserve|schedule|set up|setup|arrange|grab|get|make|have)\b\s+(a|an|the|my|our|me|us|some|that|this|one)?\s*((free|quick|30[- ]?minute|on[- ]?site|onsite|strategy|discovery|intro|in[- ]person|paid)\s+)*(call|meeting|consultation|consult|appointment|assessment|session|time|slot|demo|visit|chat|booking|reservation)\b/,
  /\b(book|reserve)\s+(it|me|us|now|today|tomorrow|in)\b/,
  /\b(schedule|book|reserve) (that|this|one)\b(?! (job|jobs|work|task))|\bset (it|that|one) up\b/,
  /\b(can|could|may|how do|how can|where do|where can) (i|we) (book|reserve|schedule)\b/,
  /\b(want|like|love|need|ready|looking|happy|keen|let'?s)\b(?:(?!\b(know|learn|hear|understand|information|info|more|details|about|explain)\b).){0,20}\b(to book|to schedule|to reserve|to meet|to talk|a call|a meeting|a consultation|an appointment|a demo|the strategy call|a strategy call)\b/,
  // "I want the on-site assessment", but not "I'd like to know more about the assessment".
  /\b(want|like|need|ready for|take)\b(?:(?!\b(know|learn|hear|understand|information|info|more|details|about|explain|what|how|why)\b).){0,25}\b(assessment|consultation|strategy call|appointment|meeting|demo)\b/,
  /\b(quiero|quisiera|me gustaria|necesito|deseo)\b(?:(?!\b(saber|conocer|entender|informacion|info|mas|detalles|sobre|que|como)\b).){0,25}\b(evaluacion|consulta|llamada de estrategia|cita|reunion|demo)\b/,
  /\bsign (me|us) up\b/,
  /\b(when are you (free|available)|your availability|any (openings|open slots|slots|times available|availability)|open (slots|times)|available (slots|times|dates|days)|next available|earliest (slot|time|available))\b/,
  /\bwhat (times|days|dates) (are|do you have|work)\b/,
  /\b(show|give|tell|send|list|read)( me| us)?( the| your| some)? (open |available |free )?(times|slots|dates|availability|openings)\b/,
  /\b(talk|speak|meet) (to|with) (someone|somebody|a person|a human|you|your team|an expert|a consultant)\b/,
  /\b(hop|jump|get) on (a |your )?(quick )?(call|zoom|meeting|calendar|schedule)\b|\blet'?s (talk|chat|meet|connect)\b(?! about)/,
  // ES
  /\b(agendar|agendame|agendemos|agenda|reservar|reservame|reserva|programar|programemos|apartar|coordinar|concertar|sacar|hacer|tener|agendarme|agendarnos|agendeme|reservarme|reservarnos|reserveme|apartarme|apartarnos|programarme)\b\s+(una|la|un|el|mi)?\s*(cita|reunion|llamada|consulta|evaluacion|visita|sesion|demo)\b/,
  /\b(quiero|quisiera|me gustaria|puedo|podemos|podria|deseo|necesito|vamos a|como)\b.{0,15}\b(agendar|reservar|apartar)\b/,
  /\b(quiero|quisiera|me gustaria|necesito|deseo)\b(?:(?!\b(saber|conocer|entender|informacion|info|mas|detalles|sobre)\b).){0,25}\b(cita|reunion|llamada|consulta gratuita|visita|hablar con)\b/,
  /\b(disponibilidad|horarios? disponibles?|que (dias|horarios|horas) tienen|cuando (pueden|tienen|estan disponibles)|hay (espacio|lugar|horarios))\b/,
  /\bhablar con (alguien|una persona|ustedes|un asesor|un experto)\b/,
  // "agendarla": the thing to book was named in an earlier turn.
  /\b(agendarl[ao]|agendel[ao]|agendal[ao]|reservarl[ao]|reservel[ao]|reserval[ao]|programarl[ao]|apartarl[ao]|apartel[ao])\b/,
  /\b(muestreme|muestrame|digame|dime|deme|dame|paseme|pasame)( los| sus| unos)? (horarios|fechas|espacios)\b/,
];

/** Only counts as booking after the visitor already asked to book (a reply to offered times). */
const WHEN: RegExp[] = [
  /\b(monday|tuesday|wednesday|thursday|friday|saturday|sunday|tomorrow|next week|this week|morning|afternoon|evening)\b/,
  /\b(lunes|martes|miercoles|jueves|viernes|sabado|domingo|manana|pasado manana|proxima semana|esta semana|tarde)\b/,
  /\b\d{1,2}(:\d{2})?\s?(am|pm|a\.m\.|p\.m\.)(?![a-z])/,
  /\b(at|a las|alas) \d{1,2}(:\d{2})?\b/,
  /\b\d{4}-\d{2}-\d{2}\b/,
  /\b\d{1,2}\/\d{1,2}\/\d{2,4}\b/,
  /\b(jan(uary)?|feb(ruary)?|mar(ch)?|apr(il)?|june?|july?|aug(ust)?|sep(t(ember)?)?|oct(ober)?|nov(ember)?|dec(ember)?) \d{1,2}(st|nd|rd|th)?\b/,
  /\b\d{1,2} de (enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre)\b/,
  /\b(that one|the first|the second|the third|first one|second one|la primera|la segunda|la tercera|esa)\b/,
];

/** Picks one of the offered times ("9:30 works", "the first one"): a follow-up, not a new search. */
const PICK: RegExp[] = [
  /\b\d{1,2}(:\d{2})?\s?(am|pm|a\.m\.|p\.m\.)(?![a-z])/,
  /\b(at|a las|a la|alas) \d{1,2}(:\d{2})?\b/,
  /\b\d{1,2}:\d{2}\b/,
  /\b(that one|the first|the second|the third|first one|second one|la primera|la segunda|la tercera|esa)\b/,
];

/** Asks whether a time is free ("do you have anything tomorrow?"); with a day or part named, a slot search. */
const AVAILABILITY_ASK: RegExp[] = [
  /\b(do you have|have you got|is there|are there|got)\b.{0,20}\b(anything|something|any ?time|times?|slots?|openings?|availability|space|room)\b/,
  /\b(are you|you) (free|available|open)\b|\b(anything|something) (open|free|available)\b|\bany (times?|slots?|openings?|availability)\b/,
  /\b(tienen|tiene|tienes|hay|habra|queda|quedan|te queda)\b.{0,20}\b(algo|algun|alguna|espacio|lugar|hueco|horarios?|hora|cita|disponibilidad|libres?|disponibles?)\b/,
  /\b(estan|estas|esta) (libres?|disponibles?)\b|\b(algo|algun horario|alguna hora) (libre|disponible)\b/,
];

// The assessment's price ("$250") is only ever the assessment's.
const ASSESSMENT: RegExp[] = [/\b(assessment|on[- ]?site|in[- ]person|come to (my|our))\b/, /\b(evaluacion|presencial|en sitio|visita)\b/, new RegExp(`\\$?\\b${OFFER_ASSESSMENT.priceUsd}\\b`)];
const CONSULTATION_WORDS = /\b(call|consultation|consult|strategy|llamada|consulta|estrategia)\b/;

const ROI: RegExp[] = [
  /\broi\b/,
  /\breturn on (my |the |our )?investment\b/,
  /\bpay ?back\b/,
  /\b(how much|what) (can|could|would|will|might) (i|we|my business|my company) save\b/,
  /\b(savings|cost savings|save money|save time|hours saved|time saved|worth it|pay for itself|pays for itself|pay off)\b/,
  /\b(calculate|estimate|calculator)\b/,
  /\b(retorno (de (la )?)?inversion|ahorro|ahorros|ahorrar|ahorraria|ahorrariamos|recuperar la inversion|vale la pena|se paga solo|calcular|calculadora|estimar|estimacion|rentabilidad)\b/,
];

const PRICING: RegExp[] = [
  /\b(price|prices|pricing|priced|cost|costs|charge|charges|fee|fees|plans?|packages?|tiers?|monthly|per month|a month|budget|afford|expensive|cheap|quote)\b/,
  /\bhow much (is|are|does|do|for|would it cost|will it cost|would that|is it)\b/,
  /\b(precio|precios|costo|costos|coste|cuesta|cuestan|tarifa|tarifas|mensualidad|al mes|por mes|planes?|paquetes?|niveles?|presupuesto|caro|barato|cotizacion)\b/,
  /\bcuanto (cuesta|vale|sale|cobran|es|seria)\b/,
];
/** Privacy questions only the team can answer for sure (selling data, compliance, security measures). */
export const PRIVACY_POLICY =
  /\b(do|will|would|could|does|are) (you|they|it|anyone)( \w+)? (sell|share|pass on|give away|rent)\b|\b(gdpr|ccpa|hipaa|compliant|compliance|encrypt\w*|is (it|this|my data) (safe|secure)|(venden|comparten|pasan)\b.{0,15}\b(mis|mi|nuestros) (datos|informacion|correo)|cumplen con|es seguro|cifrad\w*|encriptad\w*)\b/;

/** Words that make a tier mention a price question even in the middle of an ROI conversation. */
const PRICE_QUESTION = /\b(how much|price|prices|pricing|cost|costs|charge|fees?|include|included|includes|inclu\w+|cuanto cuesta|cuanto vale|precios?|costos?|incluye)\b/;
const PRICE_OBJECTION =
  /\b(too (expensive|much|pricey|steep|high)|(can'?t|cannot|couldn'?t) afford|out of (our|my) (budget|price range)|over (our|my) budget|(that'?s|it'?s|thats|its) (a lot|pricey|steep|expensive)|muy caro|demasiado caro|es caro|no (me|nos) alcanza|fuera de(l| mi| nuestro) presupuesto|es mucho dinero)\b/;
const ESTIMATE_QUESTION =
  /\b(realistic|accurate|how did you (get|calculate|figure|come up with|work out)|where (does|did) (that|this|the) (number|figure|estimate) come from|based on what|what is (that|this|it) based on|what'?s (that|this|it) based on|how (is|was) (that|this|it) calculated|is that (true|right|real|possible)|too good to be true|es realista|de donde sale|como (lo|la|eso) calcul\w*|en que se basa|es real|demasiado bueno)\b/;

const TIER_PATTERNS: [TierId, RegExp][] = [
  [
    'discovery',
    /\b(ai discovery|discovery (tier|plan|package|level)|descubrimiento|(cheapest|least expensive|lowest|smallest|entry|starter|basic|most affordable) (tier|plan|package|option|level|one)|(plan|nivel|paquete|opcion) (mas barat[oa]|mas economic[oa]|basic[oa]|inicial))\b|\bdiscovery\b(?! (call|meeting|session|phase|step))/,
  ],
  ['foundation', /\b(foundation|constructor de base|constructor|most popular (tier|plan|package|one)|(plan|nivel) mas popular)\b/],
  [
    'architect',
    /\b(architect|arquitecto|(top|biggest|largest|most advanced|premium|highest|most expensive) (tier|plan|package|option|level|one)|(plan|nivel|paquete) (mas complet[oa]|mas avanzad[oa]|mas car[oa]))\b/,
  ],
];

// The visitor's own trade: mentioned ("I run a plumbing company") or asked about ("do you work with plumbers?").
const INDUSTRY_WORDS = [
  /\b(hvac|plumbing|plumbers?|electrical|electricians?|landscaping|construction|contractors?|property management|real estate|retail|restaurants?|dental|dentists?|law firms?|lawyers?|clinics?|salons?|mechanics?|auto repair|roofing|roofers?|cleaning|accounting|accountants?)\b/,
  /\b(climatizacion|aire acondicionado|plomeria|plomeros?|electricidad|electricistas?|jardineria|construccion|bienes raices|restaurantes?|clinicas?|dentistas?|abogados|taller( mecanico)?|mecanicos?|salon de belleza|contadores?|limpieza)\b/,
];
const INDUSTRY_ASK = [
  /\b(industry|industries|sector|do you (work|deal) with|work with (\w+ )?(companies|businesses)|what (kind|kinds|type|types) of (business|businesses|companies|clients))\b/,
  /\b(industria|industrias|sector|rubro|trabajan con|que tipo de (negocios|empresas|clientes))\b/,
];

const TOPICS: [Topic, RegExp[]][] = [
  [
    'services',
    [
      /\b(services?|what do you (do|offer|build|sell)|what can you (do|build|automate)|do you (build|make|offer|do|create|automate|sell|develop)|agents?|automation|automate|ai systems?|voice agents?|chatbots?)\b/,
      /\b(servicios?|que (hacen|ofrecen|construyen|venden)|que pueden (hacer|automatizar)|construyen|ofrecen|desarrollan|agentes?|automatizacion|automatizar|sistemas de ia|agente de voz)\b/,
    ],
  ],
  [
    'process',
    [
      /\b(process|how (does it|do you|does this|would it|would this|does that) work|how it works|steps|timeline|get started|onboarding)\b/,
      /\b(proceso|como funciona|como trabajan|pasos|como empezamos|como se empieza)\b/,
    ],
  ],
  [
    'guarantee',
    [
      /\b(guarantee|guaranteed|refund|money back|what if (it|this|that) (doesn'?t|does not|won'?t|fails|didn'?t)|(doesn'?t|does not) work out|not (happy|satisfied) with)\b/,
      /\b(garantia|garantizan|reembolso|devolucion|devuelven|(y )?si no (funciona|sirve|me gusta|quedo satisfech[oa])|no quedo satisfech[oa])\b/,
    ],
  ],
  [
    'after_term',
    [
      /\b(after the (minimum|term|contract|first)|what happens after|lock[- ]?in|cancel|contract|commitment|keep the systems|own the systems)\b/,
      /\b(despues del (plazo|contrato|minimo)|que pasa despues|permanencia|cancelar|contrato|compromiso)\b/,
    ],
  ],
  ['industries', [...INDUSTRY_ASK, ...INDUSTRY_WORDS]],
  ['support', [/\b(support|training|community|help after)\b/, /\b(soporte|apoyo|capacitacion|ayuda despues)\b/]],
  [
    'consultation',
    [
      /\b(strategy call|consultation|free call|discovery call|30[- ]?minute call)\b/,
      /\b(llamada de estrategia|consulta gratuita|llamada gratuita|reunion de diagnostico)\b/,
    ],
  ],
  ['assessment', ASSESSMENT],
  [
    'case_studies',
    [/\b(case stud(y|ies)|examples?|success stories|testimonials|references)\b/, /\b(casos de exito|casos|ejemplos|testimonios)\b/],
  ],
  ['faq', [/\b(faq|faqs|frequently asked|common questions)\b/, /\bpreguntas frecuentes\b/]],
  [
    'comparison',
    [
      /\b(chat ?gpt|gpt|(just|like|basically|only|so|another),? (a |an )?chat ?bot|is (this|it|that) (just )?(a |an )?chat ?bot|what makes you (different|special|better)|how are you (different|better)|why (should|would) (i|we) (choose|pick|use|go with|hire) you|different from (other|every|the other)|every other (ai|company|agency|chatbot)|like (everyone|everybody) else|why not (just )?use|do it (ourselves|myself))\b/,
      /\b(chat ?gpt|es un chatbot|otro chatbot|que los hace diferentes|en que se diferencian|por que (elegirlos|elegirles|ustedes)|diferencia con (otr[oa]s|las demas)|como cualquier otr[oa]|como todas las demas|hacerlo nosotros mismos)\b/,
    ],
  ],
  [
    'results',
    [
      /\b(how (long|soon|quickly|fast)|when)\b.{0,40}\b(results?|see (a |any )?(difference|return|savings|roi)|start (seeing|saving)|working|pay ?off)\b/,
      /\bhow long (does|will|would) (it|this|that) take\b/,
      /\b(cuanto tiempo|en cuanto tiempo|cuando|que tan rapido)\b.{0,40}\b(resultados?|ver(se)?|funcionando|ahorr\w+)\b/,
      /\bcuanto (tiempo )?(tarda|se tarda|toma)\b/,
    ],
  ],
  [
    'privacy',
    [
      /\b(privacy|private|my data|our data|personal (data|information|info)|my (information|info)|data (protection|security|privacy)|recorded|recording|record (this|the conversation|me|my)|(store|keep|save) (my|this|the conversation)|stored|confidential|who (sees|can see|reads))\b/,
      /\b(privacidad|mis datos|nuestros datos|datos personales|mi informacion|proteccion de datos|se graba|grabando|graban|guardan|almacenan|confidencial)\b/,
      PRIVACY_POLICY,
    ],
  ],
  [
    'location',
    [
      /\b(where are you (based|located|from)|where is your (office|team|company)|do you (come|travel|go) to|(come|travel) to (\w+ )?(texas|florida|california|my (city|town|area|state))|do you (work|operate) (in|outside|remotely)|(work|meet) remotely|what (areas|cities|states|countries) do you (serve|cover)|service area)\b/,
      /\b(donde estan( ubicados)?|donde se ubican|vienen a|viajan a|trabajan (en (mexico|otros paises)|fuera de|a distancia|de forma remota)|que (zonas|ciudades|paises|estados) (cubren|atienden))\b/,
    ],
  ],
  [
    'payment',
    [
      /\b(pay in|currency|pesos|euros|payment (methods?|options|plans?)|credit cards?|how (do|can) (i|we) pay|financing|installments)\b/,
      /\b(forma de pago|formas de pago|metodos? de pago|pagar en|moneda|pesos|tarjeta|financiamiento|a meses|en pagos)\b/,
    ],
  ],
];

const SHOW =
  /\b(show me|show us|take me to|bring me to|scroll to|go to|where (is|are|can i (see|find))|can i see|let me see|i want to see|i'd like to see|open the|open up|jump to|muestrame|muestranos|ensename|llevame a|quiero ver|puedo ver|donde (esta|estan|veo)|abre|abrir|ver (los|las|el|la))\b/;
const SCROLL_TARGETS: [ScrollTarget, RegExp][] = [
  ['pricing', /\b(pricing|prices|plans|tiers|packages|precios|planes|tarifas|paquetes)\b/],
  ['case-studies', /\b(case stud(y|ies)|examples|success stories|casos de exito|casos|ejemplos)\b/],
  ['how-it-works', /\b(how it works|process|steps|como funciona|proceso|pasos)\b/],
  ['faq', /\b(faq|faqs|frequently asked|questions|preguntas frecuentes|preguntas)\b/],
];
const FAQ_NAMED = /\b(faq|faqs|frequently asked questions|preguntas frecuentes)\b/;
const RECOMMEND = /\b(which (one|tier|plan|option) (should|would|do you|is (best|right))|which (should|would) (i|we)|what do you (recommend|suggest)|recommend|cual (me )?recomienda|cual (deberia|conviene|me conviene|es mejor)|que me (recomienda|sugiere))\b/;
const CALCULATOR = /\b(roi calculator|calculator|calculadora)\b/;

const GREETING = /^(hi|hello|hey|hiya|good (morning|afternoon|evening)|hola|buenas|buenos dias|buenas tardes|buenas noches)\b/;
const QUESTION_START =
  /^(what|what's|whats|how|do|does|is|are|can|could|would|will|which|when|where|why|who|tell me|explain|que|como|cuanto|cuanta|cuantos|cuales|cual|cuando|donde|por que|puedo|pueden|tienen|hay|me puede|explica)\b/;

function num(s: string): number {
  return Number(s.replace(/,/g, ''));
}

function within(n: number, min: number, max: number): number | undefined {
  return Number.isFinite(n) && n >= min && n <= max ? n : undefined;
}

/** Numbers the visitor gave for an ROI estimate: "12 people at $30 an hour", "15 horas a la semana". */
export function extractRoiNumbers(raw: string): RoiNumbers {
  const t = normalize(raw);
  const out: RoiNumbers = {};
  const unit = String.raw`\s*(?:\/\s*|(?:an?|per|each|the|la|por la|por|cada)\s+)?(?:hour|hr|h|hora)\b`;
  const wage =
    t.match(new RegExp(String.raw`\$\s?(\d{1,4}(?:\.\d{1,2})?)` + unit)) ??
    t.match(new RegExp(String.raw`\$\s?(\d{1,4}(?:\.\d{1,2})?)\s*(?:hourly|an hour|per hour)`)) ??
    t.match(new RegExp(String.raw`\b(\d{1,4}(?:\.\d{1,2})?)\s*(?:dollars|bucks|usd|dolares)` + unit)) ??
    t.match(/\b(\d{1,4}(?:\.\d{1,2})?) (?:la|por(?: la)?) hora\b/) ??
    t.match(/\b(\d{1,4}(?:\.\d{1,2})?) (?:an|per) hour\b/);
  if (wage) out.hourlyLaborCost = within(num(wage[1]), 1, 1000);
  const people =
    t.match(
      /\b(\d{1,3}(?:,\d{3})*|\d+)\s+(?:full[- ]time\s+|part[- ]time\s+)?(?:employees|people|staff|workers|team members|techs|technicians|guys|persons|empleados|personas|trabajadores|colaboradores|tecnicos)\b/,
    ) ?? t.match(/\b(?:team|staff|crew|equipo|plantilla)\s+(?:of|de)\s+(\d{1,3}(?:,\d{3})*|\d+)\b/);
  if (people) out.employees = within(num(people[1]), 1, 100000);
  const hours = t.match(/\b(\d{1,4}(?:\.\d+)?)\s*(?:hours|hrs|horas)\s*(?:a la|por|a|per|each|every|cada|\/)\s*(?:week|semana)\b/);
  if (hours) out.weeklyAdminHours = within(num(hours[1]), 0, 5000);
  for (const k of Object.keys(out) as (keyof RoiNumbers)[]) if (out[k] === undefined) delete out[k];
  return out;
}

export function detect(raw: string, prior: PriorIntent = { booking: false, roi: false, pricing: false }): Detection {
  const t = normalize(withoutAddresses(raw));
  const numbers = extractRoiNumbers(raw);
  const internal = matchesAny(t, INTERNAL);
  const injection = matchesAny(t, INJECTION);
  const show = SHOW.test(t);
  // The FAQ is a page section with no spoken answer of its own: naming it means "take me there".
  const scrollTo = show ? (SCROLL_TARGETS.find(([, re]) => re.test(t))?.[0] ?? null) : FAQ_NAMED.test(t) ? 'faq' : null;
  const openRoiCalculator = show && CALCULATOR.test(t);
  const gaveNumbers = numbers.employees !== undefined || numbers.hourlyLaborCost !== undefined || numbers.weeklyAdminHours !== undefined;
  const roi =
    !internal &&
    (matchesAny(t, ROI) ||
      (numbers.employees !== undefined && numbers.hourlyLaborCost !== undefined) ||
      (prior.roi && gaveNumbers));
  // A day or part of day without a time picked ("Thursday afternoon?", "¿y el martes?") asks for times on it,
  // after a booking request or in an availability question; with a time picked it answers offered times.
  const asksForDay = mentionsWhen(t) && !matchesAny(t, PICK) && (prior.booking || matchesAny(t, AVAILABILITY_ASK));
  const asksToBook = matchesAny(t, BOOKING) || asksForDay;
  const bookingFollowUp = !internal && !asksToBook && prior.booking && matchesAny(t, WHEN);
  const booking = !internal && (asksToBook || bookingFollowUp);
  // Both kinds named ("the assessment or the strategy call?"): the free call is the default.
  const namesAssessment = matchesAny(t, ASSESSMENT);
  const namesCall = CONSULTATION_WORDS.test(t);
  const assessment = namesAssessment && !/\b(call|consultation|llamada|consulta)\b/.test(t);
  const tiers = TIER_PATTERNS.filter(([, re]) => re.test(t)).map(([id]) => id);
  const tier = tiers[0] ?? null;
  // After an estimate, "and on the cheapest plan?" asks for the estimate again on that tier, not its price.
  const roiOnTier = !internal && !roi && prior.roi && tier !== null && !PRICE_QUESTION.test(t);
  const priceObjection = !internal && PRICE_OBJECTION.test(t);
  const pricing = !internal && !roiOnTier && (matchesAny(t, PRICING) || (tier !== null && !roi) || scrollTo === 'pricing' || priceObjection);
  const question = raw.includes('?') || QUESTION_START.test(t);

  const topics = new Set<Topic>();
  if (!internal) {
    for (const [topic, res] of TOPICS) if (matchesAny(t, res)) topics.add(topic);
    // "what do you do with my data?", "so, a chatbot?": not the services pitch.
    if (topics.has('privacy') || topics.has('comparison')) topics.delete('services');
    if (pricing) topics.add('pricing');
    if (tier) topics.add('tiers');
    if (booking) topics.add('booking');
    if (roi || roiOnTier) topics.add('roi');
    if (scrollTo === 'case-studies') topics.add('case_studies');
    if (scrollTo === 'how-it-works') topics.add('process');
    if (scrollTo === 'faq') topics.add('faq');
  }
  const otherwiseAnswered = booking || roi || pricing || [...topics].some((x) => x !== 'industries');
  const industryAsked = !internal && (matchesAny(t, INDUSTRY_ASK) || (question && !otherwiseAnswered && matchesAny(t, INDUSTRY_WORDS)));
  return {
    booking,
    bookingType: assessment ? 'assessment' : 'consultation',
    bookingTypeExplicit: namesAssessment || namesCall,
    bookingFollowUp,
    roi: roi || roiOnTier,
    pricing,
    internal,
    injection,
    greeting: GREETING.test(t),
    question,
    scrollTo,
    openRoiCalculator,
    tier,
    tiers,
    priceObjection,
    industryAsked,
    questionsEstimate: !internal && ESTIMATE_QUESTION.test(t),
    asksRecommendation: !internal && RECOMMEND.test(t),
    topics: [...topics],
    numbers,
  };
}

/** What earlier user turns asked for, so a short follow-up keeps its meaning. */
export function priorIntent(userTurns: readonly string[]): PriorIntent {
  const acc: PriorIntent = { booking: false, roi: false, pricing: false };
  for (const text of userTurns) {
    const d = detect(text, acc);
    acc.booking ||= d.booking;
    acc.roi ||= d.roi;
    acc.pricing ||= d.pricing;
  }
  return acc;
}

/** The CRM's intent names where they exist ('pricing_inquiry', 'booking_intent'); 'info' otherwise. */
export function intentsOf(d: Detection): string[] {
  const out: string[] = [];
  if (d.internal) out.push('internal_data_request');
  if (d.booking) out.push('booking_intent');
  if (d.roi) out.push('roi_intent');
  if (d.pricing) out.push('pricing_inquiry');
  if (out.length === 0) out.push('info');
  return out;
}
