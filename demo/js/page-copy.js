/**
 * The mock landing page's copy in Spanish. English lives in the HTML itself (the page reads fine with no script);
 * `localizePage` remembers it the first time so switching back restores it exactly.
 */

/** @type {Readonly<Record<string, string>>} */
export const ES = {
  skip: 'Saltar al contenido',
  'nav.solutions': 'Soluciones',
  'nav.how': 'Cómo funciona',
  'nav.cases': 'Casos de éxito',
  'nav.roi': 'ROI',
  'nav.pricing': 'Precios',
  'nav.faq': 'Preguntas',
  'cta.bookShort': 'Agendar llamada',
  'cta.book': 'Agenda una consulta gratuita',
  'cta.roi': 'Calcula tu ROI',
  'cta.assess': 'Reservar la evaluación',
  'hero.eyebrow': 'Socios de implementación de IA para negocios de servicios',
  'hero.title': 'Pon la IA a trabajar en tu negocio en semanas, no en trimestres.',
  'hero.lead':
    'Creamos agentes de voz y sistemas agénticos que contestan cada llamada, dan seguimiento a cada prospecto y quitan el trabajo administrativo de tu equipo; después capacitamos a tu gente para operarlos.',
  'proof.hours': 'horas administrativas ahorradas por semana, en promedio',
  'proof.response': 'respuesta a prospectos, de día o de noche',
  'proof.clients': 'equipos de climatización, plomería y propiedades',
  'heroCard.title': 'Esta mañana, antes de las 8',
  'heroCard.l1': 'El agente de voz agendó la instalación de un calentador',
  'heroCard.l2': 'Tres facturas conciliadas y enviadas',
  'heroCard.l3': 'Prospecto de llamada perdida contactado por mensaje',
  'heroCard.l4': 'Rutas de mañana reorganizadas tras una cancelación',
  'solutions.eyebrow': 'Soluciones',
  'solutions.title': 'El trabajo que tu equipo no debería hacer a mano',
  'solutions.voice.title': 'Agentes de voz',
  'solutions.voice.body': 'Un agente bilingüe que contesta cada llamada y chat, califica al prospecto y agenda la visita.',
  'solutions.followup.title': 'Seguimiento de prospectos',
  'solutions.followup.body': 'Cada formulario, llamada perdida y solicitud de cotización recibe respuesta en menos de un minuto.',
  'solutions.admin.title': 'Administración en piloto automático',
  'solutions.admin.body': 'Agenda, facturación, captura de datos y reportes a cargo de sistemas agénticos que son tuyos.',
  'solutions.training.title': 'Capacitación del equipo',
  'solutions.training.body': 'Sesiones semanales de co-creación para que tu gente pueda modificar los sistemas.',
  'how.eyebrow': 'Cómo funciona',
  'how.title': 'De la primera llamada a sistemas en marcha',
  'how.s1.title': 'Evaluar',
  'how.s1.body': 'Mapeamos en qué se van tus horas y elegimos las tareas que se pagan más rápido.',
  'how.s2.title': 'Construir',
  'how.s2.body': 'Tu agente de voz y los primeros sistemas funcionan en semanas, conectados a tus herramientas.',
  'how.s3.title': 'Capacitar',
  'how.s3.body': 'Las sesiones de co-creación convierten a tu equipo en quienes los operan y amplían.',
  'how.s4.title': 'Escalar',
  'how.s4.body': 'Agregamos sistemas cuando los ahorros se ven, nunca antes.',
  'cases.eyebrow': 'Casos de éxito',
  'cases.title': 'Lo que cambió para equipos como el tuyo',
  'cases.perWeek': '/semana',
  'cases.c1.body': 'Un contratista de climatización dejó de perder llamadas fuera de horario y pasó el despacho a un agente.',
  'cases.c1.who': '12 empleados',
  'cases.c2.body': 'Una empresa de plomería contesta cada cotización en un minuto y cierra más.',
  'cases.c2.who': '8 empleados',
  'cases.c3.body': 'Una administradora de propiedades automatizó solicitudes de inquilinos, proveedores y reportes.',
  'cases.c3.who': '24 empleados',
  'roi.eyebrow': 'Calculadora de ROI',
  'roi.title': 'Descubre cuánto vale la automatización para ti',
  'roi.lead': 'Cuatro pasos cortos. Tus números se quedan en tu navegador hasta que pidas el reporte.',
  'pricing.eyebrow': 'Precios',
  'pricing.title': 'Elige el ritmo que le conviene a tu negocio',
  'pricing.lead': 'Todo proyecto empieza con una evaluación presencial de 3 horas ($250), para que el plan se base en tus números.',
  'price.setup': 'de instalación',
  'price.mo': '/mes',
  'tier.discovery.name': 'Descubrimiento de IA',
  'tier.discovery.tag': 'Para empezar',
  'tier.discovery.term': 'Mínimo 2 meses · $4,000 en total',
  'tier.discovery.f1': 'Agente de voz personalizado + 2 sistemas agénticos',
  'tier.discovery.f2': 'Evaluación de oportunidades de 4 semanas',
  'tier.discovery.f3': 'Sesiones de co-creación quincenales',
  'tier.discovery.f4': 'Soporte por correo y plantillas iniciales',
  'tier.discovery.roi': 'ROI típico: 200–450% en 2 meses',
  'tier.foundation.badge': 'El más popular',
  'tier.foundation.name': 'Constructor de Base',
  'tier.foundation.tag': 'La base sobre la que trabaja tu equipo',
  'tier.foundation.term': 'Mínimo 3 meses · $9,500 en total',
  'tier.foundation.f1': 'Todo lo de Descubrimiento',
  'tier.foundation.f2': 'Agente de voz personalizado + 5 sistemas',
  'tier.foundation.f3': 'Capacitación de 8 semanas, sesiones semanales',
  'tier.foundation.f4': 'Soporte prioritario y toda la biblioteca de plantillas',
  'tier.foundation.roi': 'ROI típico: 150–250% en 3 meses',
  'tier.architect.name': 'Arquitecto de Sistemas',
  'tier.architect.tag': 'Capacidad avanzada',
  'tier.architect.term': 'Mínimo 6 meses · $30,000 en total',
  'tier.architect.f1': 'Todo lo de Constructor de Base',
  'tier.architect.f2': '8 sistemas y diseño de arquitectura a medida',
  'tier.architect.f3': 'Capacitación en orquestación multiagente',
  'tier.architect.f4': 'Sesiones mensuales de estrategia dedicadas',
  'tier.architect.roi': 'ROI típico: 180–300% en 6 meses',
  'pricing.enterprise': 'Empresa Nativa en IA: precio a medida para equipos con varias sedes.',
  'pricing.talk': 'Hablemos',
  'faq.eyebrow': 'Preguntas frecuentes',
  'faq.title': 'Lo que nos preguntan cada semana',
  'faq.q1': '¿Necesitamos personal técnico?',
  'faq.a1': 'No. Construimos los sistemas y capacitamos a quien lleve tu oficina para administrarlos.',
  'faq.q2': '¿El agente de voz habla español?',
  'faq.a2': 'Sí. Contesta en inglés o en español y cambia cuando el cliente cambia.',
  'faq.q3': '¿Qué pasa después del plazo mínimo?',
  'faq.a3': 'Todo lo que construimos es tuyo. Sigue mes a mes o mantenlo por tu cuenta.',
  'faq.q4': '¿Qué incluye la evaluación de $250?',
  'faq.a4': 'Tres horas en sitio mapeando tus procesos y un plan escrito con el retorno esperado.',
  'start.eyebrow': 'Empieza',
  'start.title': 'Agenda una consulta gratuita de 30 minutos',
  'start.lead': 'Elige el horario que te convenga. Los horarios se muestran en tu zona horaria.',
  'footer.note': 'Una landing de prueba para la demo de los widgets kre8.',
  'footer.inspector': 'Abrir el inspector',
};

/** @typedef {'en' | 'es'} Locale */

/**
 * `en` or `es` from anything (a stored preference, a query parameter); English otherwise.
 * @param {unknown} value
 * @returns {Locale}
 */
export function toLocale(value) {
  return typeof value === 'string' && value.toLowerCase().startsWith('es') ? 'es' : 'en';
}

/**
 * Puts the page in `locale`: `<html lang>` and every `[data-i18n]` text. The widgets follow `<html lang>` on
 * their own (they watch it), so nothing here touches them.
 * @param {Document} doc
 * @param {Locale} locale
 * @param {Map<Element, string>} english  filled on first use with each element's original English text
 */
export function localizePage(doc, locale, english) {
  doc.documentElement.lang = locale;
  for (const el of doc.querySelectorAll('[data-i18n]')) {
    if (!english.has(el)) english.set(el, el.textContent ?? '');
    const key = el.getAttribute('data-i18n') ?? '';
    el.textContent = locale === 'es' && key in ES ? ES[key] : (english.get(el) ?? '');
  }
}
