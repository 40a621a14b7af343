/**
 * What the agent knows about the offer, as structured EN + ES facts. Both responders answer from here: the
 * built-in one picks sentences, the LLM one gets `knowledgeText()` in its system prompt.
 *
 * Prices: docs/reference/landing-domain.md §1.3 (setup + monthly × minimum months). We never say "total investment" (the
 * original agent's rule): visitors hear setup and monthly fees and the minimum term.
 *
 * Tier inclusions — ONE source of truth: the pricing-page copy (`pricing.tiers`: 2 / 5 / 8 systems), because
 * that is what the visitor reads next to the agent. The calculator's 3/6/7 "tasks automated" is a model
 * parameter of the ROI formula, not a promise, and the old knowledge base's 3/6/9 is dropped.
 */
import { ASSESSMENT as OFFER_ASSESSMENT, CONSULTATION as OFFER_CALL, money, tierById as offerTier } from '../../model/catalog.js';
import type { Locale, TierId } from '../../model/contracts.js';

export type Localized = Record<Locale, string>;

export interface TierFacts {
  id: TierId;
  name: Localized;
  tagline: Localized;
  setupFee: number;
  monthlyFee: number;
  minimumMonths: number;
  systems: number;
  includes: Record<Locale, string[]>;
  /** The ROI range the pricing page prints for the tier. */
  typicalRoi: Localized;
  /** What sets the tier apart, short enough to compare tiers in one spoken sentence each. */
  highlights: Localized;
}

export const TIERS: readonly TierFacts[] = [
  {
    id: 'discovery',
    name: offerTier('discovery').name,
    tagline: { en: 'the starter tier', es: 'el nivel inicial' },
    setupFee: offerTier('discovery').setupFee,
    monthlyFee: offerTier('discovery').monthlyFee,
    minimumMonths: offerTier('discovery').minimumMonths,
    systems: offerTier('discovery').systems,
    includes: {
      en: [
        'a custom voice agent',
        '2 core agentic systems',
        'a 4-week opportunity assessment',
        'bi-weekly video co-creation sessions',
        'email support between sessions',
        'starter templates',
      ],
      es: [
        'un agente de voz a medida',
        '2 sistemas agénticos principales',
        'una evaluación de oportunidades de 4 semanas',
        'sesiones de co-creación por video cada dos semanas',
        'soporte por correo entre sesiones',
        'plantillas iniciales',
      ],
    },
    typicalRoi: { en: '200 to 450 percent in 2 months', es: 'de 200 a 450 por ciento en 2 meses' },
    highlights: { en: '2 core systems, a custom voice agent and sessions every two weeks', es: '2 sistemas principales, un agente de voz a medida y sesiones cada dos semanas' },
  },
  {
    id: 'foundation',
    name: offerTier('foundation').name,
    tagline: { en: 'our most popular tier', es: 'nuestro nivel más popular' },
    setupFee: offerTier('foundation').setupFee,
    monthlyFee: offerTier('foundation').monthlyFee,
    minimumMonths: offerTier('foundation').minimumMonths,
    systems: offerTier('foundation').systems,
    includes: {
      en: [
        'everything in AI Discovery',
        '8 weeks of training',
        'a custom voice agent',
        '5 systems',
        'weekly sessions',
        'priority email and messaging support',
        'the full template library',
      ],
      es: [
        'todo lo de Descubrimiento de IA',
        '8 semanas de capacitación',
        'un agente de voz a medida',
        '5 sistemas',
        'sesiones semanales',
        'soporte prioritario por correo y mensajería',
        'la biblioteca completa de plantillas',
      ],
    },
    typicalRoi: { en: '150 to 250 percent in 3 months', es: 'de 150 a 250 por ciento en 3 meses' },
    highlights: { en: '5 systems, weekly sessions and 8 weeks of training', es: '5 sistemas, sesiones semanales y 8 semanas de capacitación' },
  },
  {
    id: 'architect',
    name: offerTier('architect').name,
    tagline: { en: 'the advanced tier', es: 'el nivel avanzado' },
    setupFee: offerTier('architect').setupFee,
    monthlyFee: offerTier('architect').monthlyFee,
    minimumMonths: offerTier('architect').minimumMonths,
    systems: offerTier('architect').systems,
    includes: {
      en: [
        'everything in Foundation Builder',
        '8 systems',
        'custom architecture design',
        'multi-agent orchestration training',
        'monthly dedicated strategy sessions',
      ],
      es: [
        'todo lo de Constructor de Base',
        '8 sistemas',
        'diseño de arquitectura a medida',
        'capacitación en orquestación multiagente',
        'sesiones mensuales de estrategia dedicadas',
      ],
    },
    typicalRoi: { en: '180 to 300 percent in 6 months', es: 'de 180 a 300 por ciento en 6 meses' },
    highlights: { en: '8 systems, custom architecture design and monthly dedicated strategy sessions', es: '8 sistemas, diseño de arquitectura a medida y sesiones mensuales de estrategia dedicadas' },
  },
];

export function tierById(id: TierId): TierFacts {
  const tier = TIERS.find((t) => t.id === id);
  if (!tier) throw new Error(`unknown tier ${id}`);
  return tier;
}

export { money };

/** "AI Discovery is $2,500 setup plus $750 a month, with a 2-month minimum." */
export function tierPriceSentence(tier: TierFacts, locale: Locale): string {
  if (locale === 'es') {
    return `${tier.name.es} cuesta ${money(tier.setupFee, 'es')} de configuración más ${money(tier.monthlyFee, 'es')} al mes, con un mínimo de ${tier.minimumMonths} meses.`;
  }
  return `${tier.name.en} is ${money(tier.setupFee, 'en')} setup plus ${money(tier.monthlyFee, 'en')} a month, with a ${tier.minimumMonths}-month minimum.`;
}

/** "AI Discovery is $2,500 setup plus $750 a month, for 2 core systems, …": one tier in a comparison. */
export function tierCompareSentence(tier: TierFacts, locale: Locale): string {
  if (locale === 'es') {
    return `${tier.name.es} cuesta ${money(tier.setupFee, 'es')} de configuración más ${money(tier.monthlyFee, 'es')} al mes, con ${tier.highlights.es}.`;
  }
  return `${tier.name.en} is ${money(tier.setupFee, 'en')} setup plus ${money(tier.monthlyFee, 'en')} a month, with ${tier.highlights.en}.`;
}

/** "$2,500, $5,000 or $12,000": one fee of every tier, for a short recap. */
function feeList(fee: (t: TierFacts) => number, locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'disjunction' }).format(TIERS.map((t) => money(fee(t), locale)));
}

export function pricingRecap(locale: Locale): string {
  return locale === 'es'
    ? `En resumen: la configuración es de ${feeList((t) => t.setupFee, 'es')} según el nivel, más ${feeList((t) => t.monthlyFee, 'es')} al mes.`
    : `To recap: setup is ${feeList((t) => t.setupFee, 'en')} depending on the tier, plus ${feeList((t) => t.monthlyFee, 'en')} a month.`;
}

/** When results show: we build from the first sessions, and the pricing page's typical returns per tier. */
export function resultsAnswer(locale: Locale): string {
  const ranges = listJoin(
    TIERS.map((t) => (locale === 'es' ? `${t.typicalRoi.es} con ${t.name.es}` : `${t.typicalRoi.en} on ${t.name.en}`)),
    locale,
  );
  return locale === 'es'
    ? `Empezamos a construir contigo desde las primeras sesiones, así que no esperas meses para ver algo funcionando. Los retornos típicos que muestra nuestra página de precios son ${ranges}.`
    : `We start building with you from the first sessions, so you don't wait months to see something working. The typical returns on our pricing page are ${ranges}.`;
}

export function listJoin(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

export const CONSULTATION = {
  minutes: OFFER_CALL.minutes,
  price: OFFER_CALL.priceUsd,
  text: {
    en: 'The strategy call is free: 30 minutes by video to look at where your time goes and what could be automated.',
    es: 'La llamada de estrategia es gratuita: 30 minutos por video para ver en qué se va tu tiempo y qué se puede automatizar.',
  } as Localized,
};

export const ASSESSMENT = {
  hours: OFFER_ASSESSMENT.hours,
  price: OFFER_ASSESSMENT.priceUsd,
  text: {
    en: `The on-site assessment is ${money(OFFER_ASSESSMENT.priceUsd, 'en')}: we spend ${OFFER_ASSESSMENT.hours} hours at your business walking through how work gets done, and you get a written strategy report either way.`,
    es: `La evaluación presencial cuesta ${money(OFFER_ASSESSMENT.priceUsd, 'es')}: pasamos ${OFFER_ASSESSMENT.hours} horas en tu negocio revisando cómo se hace el trabajo, y recibes un informe de estrategia por escrito en cualquier caso.`,
  } as Localized,
};

export const FACTS: Record<
  'services' | 'process' | 'guarantee' | 'afterTerm' | 'industries' | 'support' | 'enterprise' | 'caseStudies',
  Localized
> = {
  services: {
    en: 'We design and build custom AI systems for small and mid-sized businesses: voice agents that answer calls and book appointments, and agentic systems that handle scheduling, follow-up, lead response, data entry, reporting and analytics. We build them with your team, so you own them and can extend them yourselves.',
    es: 'Diseñamos y construimos sistemas de IA a medida para pequeñas y medianas empresas: agentes de voz que contestan llamadas y agendan citas, y sistemas agénticos que se encargan de la agenda, el seguimiento, la respuesta a prospectos, la captura de datos, los reportes y la analítica. Los construimos con tu equipo, para que sean tuyos y puedan ampliarlos ustedes mismos.',
  },
  process: {
    en: 'It works in three steps. First, discovery: a free strategy call, or the on-site assessment, to map where time is lost. Second, we build your systems together with you in live video sessions. Third, we transfer the know-how, so your team runs and grows them after we are done.',
    es: 'Funciona en tres pasos. Primero, el diagnóstico: una llamada de estrategia gratuita, o la evaluación presencial, para ubicar dónde se pierde tiempo. Segundo, construimos tus sistemas junto contigo en sesiones por video en vivo. Tercero, te transferimos el conocimiento, para que tu equipo los opere y los haga crecer cuando terminemos.',
  },
  guarantee: {
    en: 'Every engagement comes with a 30-day guarantee, and we go over its exact terms with you on the strategy call before you commit to anything.',
    es: 'Cada proyecto incluye una garantía de 30 días, y revisamos sus condiciones exactas contigo en la llamada de estrategia antes de que te comprometas a nada.',
  },
  afterTerm: {
    en: 'After the minimum term there is no lock-in: the systems we built are yours to keep, and you can continue month to month, move to another tier, or stop.',
    es: 'Después del plazo mínimo no hay permanencia obligatoria: los sistemas que construimos son tuyos, y puedes seguir mes a mes, cambiar de nivel o terminar.',
  },
  industries: {
    en: 'Every industry is welcome. We work with trades like HVAC, plumbing, electrical and landscaping, with construction and property management, and with professional services, retail and real estate.',
    es: 'Trabajamos con cualquier industria: oficios como climatización y aire acondicionado, plomería, electricidad y jardinería, construcción y administración de propiedades, y también servicios profesionales, comercio y bienes raíces.',
  },
  support: {
    en: 'Support is personal, by video sessions, email and messaging, never a community forum. AI Discovery has email support between sessions, Foundation Builder adds priority email and messaging, and Systems Architect adds monthly dedicated strategy sessions.',
    es: 'El soporte es personal, por sesiones de video, correo y mensajería, nunca un foro comunitario. Descubrimiento de IA incluye soporte por correo entre sesiones, Constructor de Base agrega correo y mensajería prioritarios, y Arquitecto de Sistemas agrega sesiones mensuales de estrategia dedicadas.',
  },
  enterprise: {
    en: 'Larger organisations can talk to us about an AI-Native Enterprise engagement, which is priced to fit.',
    es: 'Las organizaciones más grandes pueden consultarnos por un proyecto AI-Native Enterprise, con precio a medida.',
  },
  caseStudies: {
    en: 'Our case studies section shows what clients automated and the time they got back.',
    es: 'La sección de casos de éxito muestra qué automatizaron nuestros clientes y cuánto tiempo recuperaron.',
  },
};

/**
 * Answers to what visitors ask besides the offer itself. They state only what this site does (the
 * conversation is saved for the team's follow-up; the assessment is paid by card through checkout) and
 * send anything we cannot know from here (data-handling specifics, travel, payment options) to the team.
 */
export const MORE_FACTS: Record<
  'chatgpt' | 'difference' | 'examples' | 'privacy' | 'privacyPolicy' | 'location' | 'payment' | 'estimateMethod' | 'chooseVisit' | 'chooseTier' | 'bot',
  Localized
> = {
  chatgpt: {
    en: "Not quite. ChatGPT is a general assistant you type into. We build systems around how your business runs, like a voice agent that answers your calls and books appointments, or automations for scheduling and follow-up, and we build them with your team so you own them.",
    es: 'No exactamente. ChatGPT es un asistente general en el que tú escribes. Nosotros construimos sistemas según cómo funciona tu negocio, como un agente de voz que contesta tus llamadas y agenda citas, o automatizaciones para la agenda y el seguimiento, y los construimos con tu equipo para que sean tuyos.',
  },
  difference: {
    en: "Fair question. We build with your team instead of handing you a black box: you own the systems, your team learns to run and extend them, and after the minimum term there's no lock-in.",
    es: 'Buena pregunta. Construimos junto con tu equipo en lugar de entregarte una caja negra: los sistemas son tuyos, tu equipo aprende a operarlos y ampliarlos, y después del plazo mínimo no hay permanencia obligatoria.',
  },
  examples: {
    en: 'For example, a voice agent that answers every call and books the job into your calendar, or a system that follows up on new leads and quotes for you.',
    es: 'Por ejemplo, un agente de voz que contesta cada llamada y agenda el trabajo en tu calendario, o un sistema que da seguimiento a nuevos prospectos y cotizaciones por ti.',
  },
  privacy: {
    en: "This conversation is saved so our team can follow up on what you asked. Your name, email and phone are optional, and if you share them, our team uses them to get back to you. For the specifics of how data is stored and protected, the team can walk you through it on the free strategy call.",
    es: 'Esta conversación se guarda para que nuestro equipo pueda dar seguimiento a lo que preguntaste. Tu nombre, correo y teléfono son opcionales, y si los compartes, nuestro equipo los usa para contactarte. Los detalles de cómo se guardan y protegen los datos te los explica el equipo en la llamada de estrategia gratuita.',
  },
  privacyPolicy: {
    en: "That's not something I can answer reliably from here, and I'd rather not guess on something this important. The team can answer it exactly on the free strategy call.",
    es: 'Eso no te lo puedo responder con seguridad desde aquí, y prefiero no adivinar en algo tan importante. El equipo te lo responde con precisión en la llamada de estrategia gratuita.',
  },
  location: {
    en: "We work with you remotely over live video, so distance isn't a problem. The on-site assessment is the one part done in person; I can't confirm travel to a specific area from here, but the team confirms it when you book the assessment.",
    es: 'Trabajamos contigo a distancia por video en vivo, así que la ubicación no es problema. La evaluación presencial es lo único que se hace en persona; desde aquí no puedo confirmar viajes a una zona en particular, pero el equipo te lo confirma al reservar la evaluación.',
  },
  payment: {
    en: 'Our prices are in US dollars. The on-site assessment is paid by card when you book it, and the team goes over payment for the tiers with you on the free strategy call.',
    es: 'Nuestros precios están en dólares estadounidenses. La evaluación presencial se paga con tarjeta al reservarla, y el equipo revisa contigo los pagos de los niveles en la llamada de estrategia gratuita.',
  },
  estimateMethod: {
    en: "It's a rough estimate from the same model as our ROI calculator: typical weekly hours on tasks like scheduling, follow-up and data entry, the share automation usually takes over, at your hourly cost, plus a few lost leads recovered each month, against the tier's fees. Put your own hours into the calculator for a sharper number.",
    es: 'Es una estimación aproximada con el mismo modelo de nuestra calculadora de ROI: horas semanales típicas en tareas como la agenda, el seguimiento y la captura de datos, la parte que suele automatizarse, a tu costo por hora, más algunos prospectos recuperados al mes, frente a las tarifas del nivel. Pon tus propias horas en la calculadora para una cifra más precisa.',
  },
  chooseVisit: {
    en: "If you'd like to talk it through first, start with the free strategy call. If you'd rather we see how your business runs in person, the on-site assessment goes deeper, and you get a written report.",
    es: 'Si prefieres conversarlo primero, empieza con la llamada de estrategia gratuita. Si prefieres que veamos en persona cómo funciona tu negocio, la evaluación presencial va más a fondo, y recibes un informe por escrito.',
  },
  chooseTier: {
    en: 'Foundation Builder is our most popular tier. AI Discovery suits a first step with 2 systems, and Systems Architect fits when you need 8 systems and a custom architecture. On the free strategy call we pick the right one with you.',
    es: 'Constructor de Base es nuestro nivel más popular. Descubrimiento de IA sirve como primer paso con 2 sistemas, y Arquitecto de Sistemas conviene cuando necesitas 8 sistemas y una arquitectura a medida. En la llamada de estrategia gratuita elegimos el adecuado contigo.',
  },
  bot: {
    en: "I'm the site's automated assistant, here for questions about our services, pricing and booking. If you'd rather talk to a person, the free strategy call is with our team.",
    es: 'Soy el asistente automático del sitio, para preguntas sobre nuestros servicios, precios y reservas. Si prefieres hablar con una persona, la llamada de estrategia gratuita es con nuestro equipo.',
  },
};

/** Short versions, for when the visitor asks again what they already heard in full. */
export const RECAPS: Record<keyof typeof FACTS | 'consultation' | 'assessment' | 'results' | keyof typeof MORE_FACTS, Localized> = {
  results: {
    en: 'As I mentioned, we build with you from the first sessions, so you see systems working early.',
    es: 'Como te comenté, construimos contigo desde las primeras sesiones, así que ves sistemas funcionando pronto.',
  },
  services: {
    en: 'In short: custom AI systems, like voice agents and automations for scheduling and follow-up, built with your team so you own them.',
    es: 'En resumen: sistemas de IA a medida, como agentes de voz y automatizaciones para la agenda y el seguimiento, construidos con tu equipo para que sean tuyos.',
  },
  process: {
    en: 'In short: discovery first, then we build your systems with you in live sessions, then we hand over the know-how.',
    es: 'En resumen: primero el diagnóstico, luego construimos tus sistemas contigo en sesiones en vivo, y al final te transferimos el conocimiento.',
  },
  guarantee: {
    en: 'As I mentioned, every engagement has a 30-day guarantee, with the exact terms covered on the strategy call.',
    es: 'Como te comenté, cada proyecto tiene una garantía de 30 días, y las condiciones exactas se revisan en la llamada de estrategia.',
  },
  afterTerm: {
    en: "As I mentioned, there's no lock-in after the minimum term, and the systems stay yours.",
    es: 'Como te comenté, no hay permanencia después del plazo mínimo, y los sistemas siguen siendo tuyos.',
  },
  industries: { en: 'As I mentioned, every industry is welcome.', es: 'Como te comenté, trabajamos con cualquier industria.' },
  support: {
    en: 'As I mentioned, support is personal: video sessions, email and messaging.',
    es: 'Como te comenté, el soporte es personal: sesiones de video, correo y mensajería.',
  },
  enterprise: FACTS.enterprise,
  caseStudies: FACTS.caseStudies,
  consultation: {
    en: 'As I mentioned, the strategy call is free and takes 30 minutes by video.',
    es: 'Como te comenté, la llamada de estrategia es gratuita y dura 30 minutos por video.',
  },
  assessment: {
    en: `As I mentioned, the on-site assessment is ${money(OFFER_ASSESSMENT.priceUsd, 'en')} for ${OFFER_ASSESSMENT.hours} hours at your business, with a written strategy report.`,
    es: `Como te comenté, la evaluación presencial cuesta ${money(OFFER_ASSESSMENT.priceUsd, 'es')} por ${OFFER_ASSESSMENT.hours} horas en tu negocio, con un informe de estrategia por escrito.`,
  },
  chatgpt: {
    en: "As I said, it's not a general chatbot: we build systems around your business, with your team, and you own them.",
    es: 'Como te dije, no es un chatbot general: construimos sistemas para tu negocio, con tu equipo, y son tuyos.',
  },
  difference: {
    en: 'As I said, the difference is that you own what we build and your team learns to run it.',
    es: 'Como te dije, la diferencia es que lo que construimos es tuyo y tu equipo aprende a operarlo.',
  },
  examples: {
    en: 'Another example: a system that takes care of scheduling, or of data entry and reporting, so your team stops doing it by hand.',
    es: 'Otro ejemplo: un sistema que se encarga de la agenda, o de la captura de datos y los reportes, para que tu equipo deje de hacerlo a mano.',
  },
  privacy: {
    en: "As I said, this conversation is saved for our team's follow-up, and sharing your details is optional.",
    es: 'Como te dije, esta conversación se guarda para el seguimiento de nuestro equipo, y compartir tus datos es opcional.',
  },
  privacyPolicy: {
    en: "For that one too, I'd rather the team answer it exactly, on the strategy call.",
    es: 'Esa también prefiero que te la responda el equipo con precisión, en la llamada de estrategia.',
  },
  location: {
    en: 'As I said, we work remotely over video, and the team confirms travel when you book the on-site assessment.',
    es: 'Como te dije, trabajamos a distancia por video, y el equipo confirma el viaje al reservar la evaluación presencial.',
  },
  payment: {
    en: 'As I said, prices are in US dollars, and the team covers payment on the strategy call.',
    es: 'Como te dije, los precios están en dólares estadounidenses, y el equipo revisa los pagos en la llamada de estrategia.',
  },
  estimateMethod: {
    en: "As I said, it's a rough estimate from our ROI calculator's model; your own numbers in the calculator make it sharper.",
    es: 'Como te dije, es una estimación aproximada con el modelo de la calculadora de ROI; con tus propias cifras en la calculadora será más precisa.',
  },
  chooseVisit: {
    en: 'As I said: the free call to talk it through, the assessment to have us see your business in person.',
    es: 'Como te dije: la llamada gratuita para conversarlo, la evaluación para que veamos tu negocio en persona.',
  },
  chooseTier: {
    en: 'As I said, most businesses go with Foundation Builder, and the strategy call confirms the right fit.',
    es: 'Como te dije, la mayoría elige Constructor de Base, y la llamada de estrategia confirma cuál te conviene.',
  },
  bot: {
    en: "As I said, I'm the site's automated assistant; the strategy call is with a person from our team.",
    es: 'Como te dije, soy el asistente automático del sitio; la llamada de estrategia es con una persona de nuestro equipo.',
  },
};

/** The knowledge base as plain text for an LLM system prompt (no markdown; the model must speak it). */
export function knowledgeText(locale: Locale): string {
  const tiers = TIERS.map(
    (t) =>
      `${tierPriceSentence(t, locale)} ${locale === 'es' ? 'Incluye' : 'It includes'} ${listJoin(t.includes[locale], locale)}. ` +
      `${locale === 'es' ? 'ROI típico' : 'Typical ROI'}: ${t.typicalRoi[locale]}.`,
  );
  return [
    FACTS.services[locale],
    ...tiers,
    FACTS.enterprise[locale],
    CONSULTATION.text[locale],
    ASSESSMENT.text[locale],
    FACTS.process[locale],
    FACTS.guarantee[locale],
    FACTS.afterTerm[locale],
    FACTS.industries[locale],
    FACTS.support[locale],
  ].join('\n');
}
