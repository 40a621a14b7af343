/** The built-in responder's own sentences (not facts about the offer: those live in knowledge.ts). */
import { ASSESSMENT, money } from '../../model/catalog.js';
import type { Locale } from '../../model/contracts.js';
import type { ScrollTarget } from './detect.js';

type L = Record<Locale, string>;

export const PHRASES = {
  greeting: { en: 'Hi, thanks for stopping by!', es: '¡Hola, gracias por visitarnos!' } as L,
  help: {
    en: 'I can tell you about our services, the three pricing tiers and how the process works, estimate your return on investment, or find you a time for a free 30-minute strategy call. What would you like to know?',
    es: 'Puedo contarte sobre nuestros servicios, los tres niveles de precios y cómo funciona el proceso, estimar tu retorno de inversión, o buscarte un horario para una llamada de estrategia gratuita de 30 minutos. ¿Qué te gustaría saber?',
  } as L,
  /** The help menu as a statement, when a closing question ended a recent reply. */
  helpStatement: {
    en: 'I can tell you about our services, the three pricing tiers and how the process works, estimate your return on investment, or find you a time for a free 30-minute strategy call.',
    es: 'Puedo contarte sobre nuestros servicios, los tres niveles de precios y cómo funciona el proceso, estimar tu retorno de inversión, o buscarte un horario para una llamada de estrategia gratuita de 30 minutos.',
  } as L,
  refusal: {
    en: "I'm sorry, I can't share internal information such as leads, reports, analytics or how this assistant is configured. I'm happy to help with our services, pricing, or booking a free strategy call.",
    es: 'Lo siento, no puedo compartir información interna como prospectos, reportes, analíticas o la configuración de este asistente. Con gusto te ayudo con nuestros servicios, precios o a agendar una llamada de estrategia gratuita.',
  } as L,
  pricingIntro: { en: 'We have three tiers.', es: 'Tenemos tres niveles.' } as L,
  pricingOutro: {
    en: 'The free strategy call is the easiest way to pick the right one.',
    es: 'La llamada de estrategia gratuita es la forma más fácil de elegir el adecuado.',
  } as L,
  includes: { en: 'It includes', es: 'Incluye' } as L,
  bookingConsultation: {
    en: 'Happy to set up your free 30-minute strategy call.',
    es: 'Con gusto te agendo tu llamada de estrategia gratuita de 30 minutos.',
  } as L,
  bookingAssessment: {
    en: `Happy to set up the on-site assessment: it's ${money(ASSESSMENT.priceUsd, 'en')} for ${ASSESSMENT.hours} hours at your business.`,
    es: `Con gusto te agendo la evaluación presencial: cuesta ${money(ASSESSMENT.priceUsd, 'es')} por ${ASSESSMENT.hours} horas en tu negocio.`,
  } as L,
  slotsMany: { en: 'The next open times are {slots}. Which works for you?', es: 'Los próximos horarios libres son {slots}. ¿Cuál te queda mejor?' } as L,
  slotsOne: { en: 'The next open time is {slots}. Does that work for you?', es: 'El próximo horario libre es {slots}. ¿Te queda bien?' } as L,
  calendarOpened: {
    en: "I've opened the booking calendar so you can confirm a time there.",
    es: 'Te abrí el calendario de reservas para que confirmes el horario ahí.',
  } as L,
  confirmInCalendar: {
    en: "Great. I've opened the booking calendar: pick that time there and confirm it with your details.",
    es: 'Perfecto. Te abrí el calendario de reservas: elige ese horario ahí y confírmalo con tus datos.',
  } as L,
  calendarOpenedNoSlots: {
    en: "I've opened the booking calendar so you can pick a time that suits you.",
    es: 'Te abrí el calendario de reservas para que elijas el horario que te convenga.',
  } as L,
  roiBasisFull: { en: 'With {people} people at {wage} an hour,', es: 'Con {people} personas a {wage} la hora,' } as L,
  roiBasisPeople: { en: 'With {people} people,', es: 'Con {people} personas,' } as L,
  roiBasisWage: { en: 'At {wage} an hour,', es: 'A {wage} la hora,' } as L,
  roiBasisHours: { en: 'With about {hours} hours a week of admin,', es: 'Con unas {hours} horas de trabajo administrativo por semana,' } as L,
  roiBasisHoursWage: {
    en: 'With about {hours} hours a week of admin at {wage} an hour,',
    es: 'Con unas {hours} horas de trabajo administrativo por semana a {wage} la hora,',
  } as L,
  roiBasisNone: { en: 'Using typical numbers for a small business,', es: 'Con cifras típicas de una pequeña empresa,' } as L,
  roiBody: {
    en: '{basis} a rough estimate on {tier} is about {hours} hours saved a week and {annual} of benefit a year, a return of about {roi} percent.',
    es: '{basis} una estimación aproximada con {tier} es de unas {hours} horas ahorradas por semana y {annual} de beneficio al año, un retorno de alrededor del {roi} por ciento.',
  } as L,
  roiPayback: { en: 'It would pay for itself in about {weeks} weeks.', es: 'Se pagaría solo en unas {weeks} semanas.' } as L,
  roiAskNumbers: {
    en: "Tell me how many people you have and what you pay them per hour, and I'll make it yours.",
    es: 'Dime cuántas personas tienes y cuánto les pagas por hora, y lo ajusto a tu caso.',
  } as L,
  roiOpened: {
    en: "I've opened the ROI calculator so you can fine-tune it.",
    es: 'Te abrí la calculadora de ROI para que lo ajustes.',
  } as L,
  roiUnavailable: {
    en: "I've opened the ROI calculator: it estimates your savings from your team size and hourly costs.",
    es: 'Te abrí la calculadora de ROI: estima tus ahorros según el tamaño de tu equipo y tus costos por hora.',
  } as L,
  anythingElse: { en: 'What else would you like to know?', es: '¿Qué más te gustaría saber?' } as L,
  howAreYou: { en: "I'm doing well, thanks for asking!", es: '¡Muy bien, gracias por preguntar!' } as L,
  howCanIHelp: { en: 'How can I help you today?', es: '¿En qué te puedo ayudar hoy?' } as L,
  thanks: { en: "You're welcome!", es: '¡Con mucho gusto!' } as L,
  bye: { en: 'Thanks for stopping by, and have a great day!', es: 'Gracias por visitarnos, ¡que tengas un excelente día!' } as L,
  okay: { en: 'Great.', es: 'Perfecto.' } as L,
  noProblem: { en: 'No problem.', es: 'Sin problema.' } as L,
  injection: { en: "I'll stick to helping with our services, pricing and booking.", es: 'Me limito a ayudarte con nuestros servicios, precios y reservas.' } as L,
  declined: { en: "No problem, you don't need to give me any details.", es: 'Sin problema, no necesitas darme ningún dato.' } as L,
  declinedAgain: { en: "Understood, I won't ask for your details again.", es: 'Entendido, no te vuelvo a pedir tus datos.' } as L,
  declinedBooking: {
    en: 'The booking calendar does ask for an email, to send your confirmation, so you would enter it there when you pick a time.',
    es: 'El calendario de reservas sí pide un correo para enviarte la confirmación, así que lo escribirías ahí al elegir el horario.',
  } as L,
  industryMention: { en: 'We work with plenty of businesses like yours.', es: 'Trabajamos con muchos negocios como el tuyo.' } as L,
  priceObjection: {
    en: "Understood, it's a real investment. The lightest way in is {tier}: {setup} setup plus {monthly} a month, for {months} months. And the strategy call costs nothing.",
    es: 'Entiendo, es una inversión importante. La forma más ligera de empezar es {tier}: {setup} de configuración más {monthly} al mes, durante {months} meses. Y la llamada de estrategia no cuesta nada.',
  } as L,
  moreSlots: { en: 'Here are the next open times.', es: 'Estos son los próximos horarios libres.' } as L,
} as const;

/**
 * Fallbacks for a turn we cannot answer, in the order used: a visitor who asks three off-topic questions
 * hears three different sentences, not the same menu three times.
 */
export const UNKNOWN: L[] = [
  {
    en: "Sorry, that's not something I can help with. I can answer questions about our AI systems, pricing and process, estimate your savings, or set up a free strategy call.",
    es: 'Disculpa, con eso no te puedo ayudar. Puedo responder preguntas sobre nuestros sistemas de IA, precios y proceso, estimar tus ahorros o agendarte una llamada de estrategia gratuita.',
  },
  {
    en: "I'm afraid that's outside what I know. Ask me about our services, pricing or booking a call.",
    es: 'Me temo que eso está fuera de lo que sé. Pregúntame por nuestros servicios, precios o cómo agendar una llamada.',
  },
  {
    en: "That one I can't answer, sorry. The team can take any question on the free strategy call.",
    es: 'Esa no la puedo responder, disculpa. El equipo responde cualquier pregunta en la llamada de estrategia gratuita.',
  },
];

export const RUDE: L[] = [
  {
    en: "Sorry this hasn't been helpful so far. Tell me what you're looking for, and I'll keep it short.",
    es: 'Disculpa si no te he sido útil. Dime qué buscas y te lo digo en pocas palabras.',
  },
  {
    en: "I hear you. Ask me anything about our services, pricing or booking, and I'll answer in a sentence or two.",
    es: 'Te entiendo. Pregúntame lo que quieras sobre servicios, precios o reservas, y te respondo en una o dos frases.',
  },
];

/** Short follow-up prompts, rotated for the same reason. */
export const PROMPTS: L[] = [
  PHRASES.anythingElse,
  { en: 'Anything else I can help with?', es: '¿Te puedo ayudar con algo más?' },
  { en: 'Is there anything else you would like to know?', es: '¿Hay algo más que quieras saber?' },
];

/** One line when the visitor names a pain we address (labels as in insights.ts). */
export const PAIN_LINES: [RegExp, L][] = [
  [
    /\b(missed calls|miss(ing)? calls|voicemail|can'?t answer (the )?(phone|calls)|unanswered calls|llamadas perdidas|perdemos llamadas|no contestamos|no alcanzamos a contestar)\b/,
    { en: 'Missed calls are exactly what a voice agent fixes: it answers every call and books the appointment.', es: 'Las llamadas perdidas son justo lo que resuelve un agente de voz: contesta cada llamada y agenda la cita.' },
  ],
  [
    /\b(scheduling|schedule is a mess|double[- ]book\w*|no[- ]shows?|agendar citas|la agenda|agendamiento|programar citas|citas dobles)\b/,
    { en: 'Scheduling is one of the jobs our systems take over.', es: 'La agenda es una de las tareas que nuestros sistemas pueden asumir.' },
  ],
  [
    /\b(follow[- ]ups?|following up|leads? go(es)? cold|losing leads|lost leads|slow to respond|seguimiento|perdemos (clientes|prospectos)|respondemos tarde)\b/,
    { en: 'Follow-up and quick lead response are things our systems handle for you.', es: 'El seguimiento y la respuesta rápida a prospectos son cosas que nuestros sistemas hacen por ti.' },
  ],
  [
    /\b(data entry|paperwork|spreadsheets?|manual reports?|reporting|captura de datos|papeleo|hojas de calculo|reportes manuales)\b/,
    { en: 'Data entry and reporting are things our systems can take off your plate.', es: 'La captura de datos y los reportes son tareas que nuestros sistemas te pueden quitar de encima.' },
  ],
  [
    /\b(too much admin|admin work|administrative|busywork|drowning|overwhelmed|tareas administrativas|trabajo administrativo|abrumad[oa]s?)\b/,
    { en: 'Taking admin work off your plate is exactly what we do.', es: 'Quitarte trabajo administrativo de encima es justo lo que hacemos.' },
  ],
];

/** What we may offer at the end of a turn, so a plain "yes" next turn has a meaning. */
export type Offer = 'estimate' | 'pricing' | 'case-studies' | 'call';
export const OFFERS: Record<Offer, L> = {
  estimate: { en: 'Would you like a quick estimate of what it could save you?', es: '¿Quieres que te haga una estimación rápida de lo que podrías ahorrar?' },
  pricing: { en: 'Would you like me to take you to the pricing section?', es: '¿Quieres que te lleve a la sección de precios?' },
  'case-studies': { en: 'Would you like me to take you to the case studies?', es: '¿Quieres que te lleve a los casos de éxito?' },
  call: { en: 'Would you like me to find you a time for the free strategy call?', es: '¿Quieres que te busque un horario para la llamada de estrategia gratuita?' },
};

export const SCROLLED: Record<ScrollTarget, L> = {
  pricing: { en: "I've scrolled to the pricing section.", es: 'Te llevé a la sección de precios.' },
  'case-studies': { en: "I've scrolled to the case studies.", es: 'Te llevé a los casos de éxito.' },
  'how-it-works': { en: "I've scrolled to how it works.", es: 'Te llevé a la sección de cómo funciona.' },
  faq: { en: "I've scrolled to the frequently asked questions.", es: 'Te llevé a las preguntas frecuentes.' },
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
