/**
 * What the agent knows about the offer, as structured EN + ES facts. Both responders answer from here: the
 * built-in one picks sentences, the LLM one gets `knowledgeText()` in its system prompt.
 *
 * Prices: landing-domain §1.3 (setup + monthly × minimum months). We never say "total investment" (the
 * original agent's rule): visitors hear setup and monthly fees and the minimum term.
 *
 * Tier inclusions — ONE source of truth: the pricing-page copy (`pricing.tiers`: 2 / 5 / 8 systems), because
 * that is what the visitor reads next to the agent. The calculator's 3/6/7 "tasks automated" is a model
 * parameter of the ROI formula, not a promise, and the old knowledge base's 3/6/9 is dropped.
 */
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
}

export const TIERS: readonly TierFacts[] = [
  {
    id: 'discovery',
    name: { en: 'AI Discovery', es: 'Descubrimiento de IA' },
    tagline: { en: 'the starter tier', es: 'el nivel inicial' },
    setupFee: 2500,
    monthlyFee: 750,
    minimumMonths: 2,
    systems: 2,
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
  },
  {
    id: 'foundation',
    name: { en: 'Foundation Builder', es: 'Constructor de Base' },
    tagline: { en: 'our most popular tier', es: 'nuestro nivel más popular' },
    setupFee: 5000,
    monthlyFee: 1500,
    minimumMonths: 3,
    systems: 5,
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
  },
  {
    id: 'architect',
    name: { en: 'Systems Architect', es: 'Arquitecto de Sistemas' },
    tagline: { en: 'the advanced tier', es: 'el nivel avanzado' },
    setupFee: 12000,
    monthlyFee: 3000,
    minimumMonths: 6,
    systems: 8,
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
  },
];

export function tierById(id: TierId): TierFacts {
  const tier = TIERS.find((t) => t.id === id);
  if (!tier) throw new Error(`unknown tier ${id}`);
  return tier;
}

/** "$2,500" in EN, "2500 dólares" in ES: both read naturally by a TTS voice. */
export function money(amount: number, locale: Locale): string {
  const n = new Intl.NumberFormat(locale === 'es' ? 'es' : 'en-US', { maximumFractionDigits: 0 }).format(amount);
  return locale === 'es' ? `${n} dólares` : `$${n}`;
}

/** "AI Discovery is $2,500 setup plus $750 a month, with a 2-month minimum." */
export function tierPriceSentence(tier: TierFacts, locale: Locale): string {
  if (locale === 'es') {
    return `${tier.name.es} cuesta ${money(tier.setupFee, 'es')} de configuración más ${money(tier.monthlyFee, 'es')} al mes, con un mínimo de ${tier.minimumMonths} meses.`;
  }
  return `${tier.name.en} is ${money(tier.setupFee, 'en')} setup plus ${money(tier.monthlyFee, 'en')} a month, with a ${tier.minimumMonths}-month minimum.`;
}

export function listJoin(items: string[], locale: Locale): string {
  return new Intl.ListFormat(locale, { style: 'long', type: 'conjunction' }).format(items);
}

export const CONSULTATION = {
  minutes: 30,
  price: 0,
  text: {
    en: 'The strategy call is free: 30 minutes by video to look at where your time goes and what could be automated.',
    es: 'La llamada de estrategia es gratuita: 30 minutos por video para ver en qué se va su tiempo y qué se puede automatizar.',
  } as Localized,
};

export const ASSESSMENT = {
  hours: 3,
  price: 250,
  text: {
    en: 'The on-site assessment is $250: we spend 3 hours at your business walking through how work gets done, and you get a written strategy report either way.',
    es: 'La evaluación presencial cuesta 250 dólares: pasamos 3 horas en su negocio revisando cómo se hace el trabajo, y usted recibe un informe de estrategia por escrito en cualquier caso.',
  } as Localized,
};

export const FACTS: Record<
  'services' | 'process' | 'guarantee' | 'afterTerm' | 'industries' | 'support' | 'enterprise' | 'caseStudies',
  Localized
> = {
  services: {
    en: 'We design and build custom AI systems for small and mid-sized businesses: voice agents that answer calls and book appointments, and agentic systems that handle scheduling, follow-up, lead response, data entry, reporting and analytics. We build them with your team, so you own them and can extend them yourselves.',
    es: 'Diseñamos y construimos sistemas de IA a medida para pequeñas y medianas empresas: agentes de voz que contestan llamadas y agendan citas, y sistemas agénticos que se encargan de la agenda, el seguimiento, la respuesta a prospectos, la captura de datos, los reportes y la analítica. Los construimos con su equipo, para que sean suyos y puedan ampliarlos ustedes mismos.',
  },
  process: {
    en: 'It works in three steps. First, discovery: a free strategy call, or the on-site assessment, to map where time is lost. Second, we build your systems together with you in live video sessions. Third, we transfer the know-how, so your team runs and grows them after we are done.',
    es: 'Funciona en tres pasos. Primero, el diagnóstico: una llamada de estrategia gratuita, o la evaluación presencial, para ubicar dónde se pierde tiempo. Segundo, construimos sus sistemas junto con usted en sesiones por video en vivo. Tercero, le transferimos el conocimiento, para que su equipo los opere y los haga crecer cuando terminemos.',
  },
  guarantee: {
    en: 'Every engagement comes with a 30-day guarantee, and we go over its exact terms with you on the strategy call before you commit to anything.',
    es: 'Cada proyecto incluye una garantía de 30 días, y revisamos sus condiciones exactas con usted en la llamada de estrategia antes de que se comprometa a nada.',
  },
  afterTerm: {
    en: 'After the minimum term there is no lock-in: the systems we built are yours to keep, and you can continue month to month, move to another tier, or stop.',
    es: 'Después del plazo mínimo no hay permanencia obligatoria: los sistemas que construimos son suyos, y puede seguir mes a mes, cambiar de nivel o terminar.',
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
