/** The built-in responder's own sentences (not facts about the offer: those live in knowledge.ts). */
import type { Locale } from '../../model/contracts.js';
import type { ScrollTarget } from './detect.js';

type L = Record<Locale, string>;

export const PHRASES = {
  greeting: { en: 'Hi, thanks for stopping by!', es: '¡Hola, gracias por visitarnos!' } as L,
  help: {
    en: 'I can tell you about our services, the three pricing tiers and how the process works, estimate your return on investment, or find you a time for a free 30-minute strategy call. What would you like to know?',
    es: 'Puedo contarle sobre nuestros servicios, los tres niveles de precios y cómo funciona el proceso, estimar su retorno de inversión, o buscarle un horario para una llamada de estrategia gratuita de 30 minutos. ¿Qué le gustaría saber?',
  } as L,
  refusal: {
    en: "I'm sorry, I can't share internal information such as leads, reports, analytics or how this assistant is configured. I'm happy to help with our services, pricing, or booking a free strategy call.",
    es: 'Lo siento, no puedo compartir información interna como prospectos, reportes, analíticas o la configuración de este asistente. Con gusto le ayudo con nuestros servicios, precios o a agendar una llamada de estrategia gratuita.',
  } as L,
  pricingIntro: { en: 'We have three tiers.', es: 'Tenemos tres niveles.' } as L,
  pricingOutro: {
    en: 'The free strategy call is the easiest way to pick the right one.',
    es: 'La llamada de estrategia gratuita es la forma más fácil de elegir el adecuado.',
  } as L,
  includes: { en: 'It includes', es: 'Incluye' } as L,
  bookingConsultation: {
    en: 'Happy to set up your free 30-minute strategy call.',
    es: 'Con gusto le agendo su llamada de estrategia gratuita de 30 minutos.',
  } as L,
  bookingAssessment: {
    en: "Happy to set up the on-site assessment: it's $250 for 3 hours at your business.",
    es: 'Con gusto le agendo la evaluación presencial: cuesta 250 dólares por 3 horas en su negocio.',
  } as L,
  slotsMany: { en: 'The next open times are {slots}. Which works for you?', es: 'Los próximos horarios libres son {slots}. ¿Cuál le queda mejor?' } as L,
  slotsOne: { en: 'The next open time is {slots}. Does that work for you?', es: 'El próximo horario libre es {slots}. ¿Le queda bien?' } as L,
  calendarOpened: {
    en: "I've opened the booking calendar so you can confirm a time there.",
    es: 'Le abrí el calendario de reservas para que confirme el horario ahí.',
  } as L,
  confirmInCalendar: {
    en: "Great. I've opened the booking calendar: pick that time there and confirm it with your details.",
    es: 'Perfecto. Le abrí el calendario de reservas: elija ese horario ahí y confírmelo con sus datos.',
  } as L,
  calendarOpenedNoSlots: {
    en: "I've opened the booking calendar so you can pick a time that suits you.",
    es: 'Le abrí el calendario de reservas para que elija el horario que le convenga.',
  } as L,
  roiBasisFull: { en: 'With {people} people at {wage} an hour,', es: 'Con {people} personas a {wage} la hora,' } as L,
  roiBasisPeople: { en: 'With {people} people,', es: 'Con {people} personas,' } as L,
  roiBasisWage: { en: 'At {wage} an hour,', es: 'A {wage} la hora,' } as L,
  roiBasisNone: { en: 'Using typical numbers for a small business,', es: 'Con cifras típicas de una pequeña empresa,' } as L,
  roiBody: {
    en: '{basis} a rough estimate on {tier} is about {hours} hours saved a week and {annual} of benefit a year, a return of about {roi} percent.',
    es: '{basis} una estimación aproximada con {tier} es de unas {hours} horas ahorradas por semana y {annual} de beneficio al año, un retorno de alrededor del {roi} por ciento.',
  } as L,
  roiPayback: { en: 'It would pay for itself in about {weeks} weeks.', es: 'Se pagaría solo en unas {weeks} semanas.' } as L,
  roiAskNumbers: {
    en: "Tell me how many people you have and what you pay them per hour, and I'll make it yours.",
    es: 'Dígame cuántas personas tiene y cuánto les paga por hora, y lo ajusto a su caso.',
  } as L,
  roiOpened: {
    en: "I've opened the ROI calculator so you can fine-tune it.",
    es: 'Le abrí la calculadora de ROI para que lo ajuste.',
  } as L,
  roiUnavailable: {
    en: "I've opened the ROI calculator: it estimates your savings from your team size and hourly costs.",
    es: 'Le abrí la calculadora de ROI: estima sus ahorros según el tamaño de su equipo y sus costos por hora.',
  } as L,
  anythingElse: { en: 'What else would you like to know?', es: '¿Qué más le gustaría saber?' } as L,
} as const;

export const SCROLLED: Record<ScrollTarget, L> = {
  pricing: { en: "I've scrolled to the pricing section.", es: 'Le llevé a la sección de precios.' },
  'case-studies': { en: "I've scrolled to the case studies.", es: 'Le llevé a los casos de éxito.' },
  'how-it-works': { en: "I've scrolled to how it works.", es: 'Le llevé a la sección de cómo funciona.' },
  faq: { en: "I've scrolled to the frequently asked questions.", es: 'Le llevé a las preguntas frecuentes.' },
};

export function fill(template: string, values: Record<string, string | number>): string {
  return template.replace(/\{(\w+)\}/g, (_, k: string) => String(values[k] ?? ''));
}
