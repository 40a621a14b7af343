/**
 * The visitor's booking confirmation (catalogue #1 and #2), EN + ES (D42). Times are shown in the visitor's
 * zone with the zone named, plus the business's time when the zones differ; the duration is the real span.
 */
import type { BookingType, Locale } from '../../../model/contracts.js';
import { firstName, html, link, safeUrl, subjectLine, toText } from '../html.js';
import { formatCents, formatDuration, formatLongDate, formatShortDate, formatTimeRange, formatZone, pickTimeZone } from './format.js';
import { bullets, button, heading, keyValues, layout, paragraph, BRAND, type EmailContent } from './layout.js';

export interface BookingConfirmationData {
  name: string;
  type: BookingType;
  start: Date;
  end: Date;
  visitorTimezone: string;
  businessTimezone: string;
  calendar: { google: string; outlook: string };
  amountCents?: number | null;
  siteUrl: string;
  /** The video link of a call, the visitor's address for an assessment. */
  location?: string;
}

const STRINGS = {
  en: {
    subject: { consultation: (d: string) => `Booking confirmed: strategy call on ${d}`, assessment: (d: string) => `Assessment confirmed and paid: on-site visit on ${d}` },
    greeting: (name: string) => (name ? `Hi ${name},` : 'Hi there,'),
    lead: {
      consultation: 'Your strategy call is confirmed. Here are the details:',
      assessment: 'Your on-site AI assessment is confirmed and paid. Here are the details:',
    },
    date: 'Date',
    time: 'Time',
    businessTime: 'Our local time',
    duration: 'Duration',
    where: { consultation: 'Video call', assessment: 'Address' },
    paid: 'Amount paid',
    google: 'Add to Google Calendar',
    outlook: 'Add to Outlook',
    expect: 'What to expect',
    expectations: {
      consultation: (dur: string) => [
        `A video call with one of our strategists (${dur}).`,
        'We look at where your team loses the most time and the quickest wins.',
        'You leave with concrete next steps, whether or not we work together.',
      ],
      assessment: (dur: string) => [
        `An on-site visit (${dur}) to walk through how your business runs day to day.`,
        'We map your workflows and spot the automation opportunities with the best return.',
        'You receive a written strategy report afterwards, whichever way you decide.',
      ],
    },
    reschedule: 'Need to reschedule or cancel? Just reply to this email and we will sort it out.',
    footer: `${BRAND} · `,
  },
  es: {
    subject: {
      consultation: (d: string) => `Reserva confirmada: llamada estratégica el ${d}`,
      assessment: (d: string) => `Evaluación confirmada y pagada: visita presencial el ${d}`,
    },
    greeting: (name: string) => (name ? `Hola ${name},` : 'Hola,'),
    lead: {
      consultation: 'Tu llamada estratégica está confirmada. Estos son los detalles:',
      assessment: 'Tu evaluación presencial de IA está confirmada y pagada. Estos son los detalles:',
    },
    date: 'Fecha',
    time: 'Hora',
    businessTime: 'Nuestra hora local',
    duration: 'Duración',
    where: { consultation: 'Videollamada', assessment: 'Dirección' },
    paid: 'Monto pagado',
    google: 'Agregar a Google Calendar',
    outlook: 'Agregar a Outlook',
    expect: 'Qué esperar',
    expectations: {
      consultation: (dur: string) => [
        `Una videollamada de ${dur} con uno de nuestros estrategas.`,
        'Vemos dónde pierde más tiempo tu equipo y cuáles son las mejoras más rápidas.',
        'Terminas con próximos pasos concretos, trabajemos juntos o no.',
      ],
      assessment: (dur: string) => [
        `Una visita presencial de ${dur} para recorrer cómo funciona tu negocio en el día a día.`,
        'Mapeamos tus procesos e identificamos las automatizaciones con mejor retorno.',
        'Después recibes un informe estratégico por escrito, decidas lo que decidas.',
      ],
    },
    reschedule: '¿Necesitas cambiar la fecha o cancelar? Responde a este correo y lo resolvemos.',
    footer: `${BRAND} · `,
  },
} as const;

export function bookingConfirmation(locale: Locale, d: BookingConfirmationData): EmailContent {
  const lc: Locale = locale === 'es' ? 'es' : 'en';
  const s = STRINGS[lc];
  const type: BookingType = d.type === 'assessment' ? 'assessment' : 'consultation';
  const businessZone = pickTimeZone(d.businessTimezone);
  // An unknown visitor zone (it is visitor-supplied) falls back to the business zone rather than throwing.
  const visitorZone = pickTimeZone(d.visitorTimezone, businessZone);
  // Greetings use the first name: "Hi Grace," rather than "Hi Grace Hopper,".
  const name = firstName(d.name);

  const date = formatLongDate(d.start, lc, visitorZone);
  const time = `${formatTimeRange(d.start, d.end, lc, visitorZone)} · ${formatZone(visitorZone, lc, d.start)}`;
  const businessTime =
    visitorZone !== businessZone
      ? `${formatLongDate(d.start, lc, businessZone)}, ${formatTimeRange(d.start, d.end, lc, businessZone)} · ${formatZone(businessZone, lc, d.start)}`
      : null;
  const duration = formatDuration(d.start, d.end, lc);
  const amount = type === 'assessment' && d.amountCents && d.amountCents > 0 ? formatCents(d.amountCents, lc) : null;
  const subject = s.subject[type](formatShortDate(d.start, lc, visitorZone));
  const expectations = s.expectations[type](duration);
  const site = safeUrl(d.siteUrl);
  const where = d.location?.trim() || null;
  const meeting = type === 'consultation' && where ? safeUrl(where) : null;

  const body = html`${heading(s.greeting(name), 1)}
${paragraph(s.lead[type])}
${keyValues([
  [s.date, html`<strong>${date}</strong>`],
  [s.time, html`<strong>${time}</strong>`],
  [s.businessTime, businessTime],
  [s.duration, duration],
  [s.where[type], meeting ? link(meeting, meeting) : type === 'assessment' ? where : null],
  [s.paid, amount],
])}
<p style="margin:8px 0 16px;">${button(d.calendar.google, s.google)}${button(d.calendar.outlook, s.outlook, '#0f6cbd')}</p>
${heading(s.expect)}
${bullets(expectations)}
${paragraph(s.reschedule)}`;

  const calendarLines = [safeUrl(d.calendar.google), safeUrl(d.calendar.outlook)];
  const text = toText(
    s.greeting(name),
    '',
    s.lead[type],
    `${s.date}: ${date}`,
    `${s.time}: ${time}`,
    businessTime && `${s.businessTime}: ${businessTime}`,
    `${s.duration}: ${duration}`,
    (meeting || (type === 'assessment' && where)) && `${s.where[type]}: ${meeting ?? where}`,
    amount && `${s.paid}: ${amount}`,
    '',
    calendarLines[0] && `${s.google}: ${calendarLines[0]}`,
    calendarLines[1] && `${s.outlook}: ${calendarLines[1]}`,
    '',
    `${s.expect}:`,
    expectations.map((e) => `  - ${e}`),
    '',
    s.reschedule,
  );

  return {
    subject: subjectLine(subject),
    html: layout({
      locale: lc,
      title: subject,
      preheader: `${date} · ${time}`,
      body,
      footer: html`${s.footer}${site ? link(site, new URL(site).host) : null}`,
    }),
    text,
    tags: ['kre8', 'landing', type === 'assessment' ? 'assessment' : 'booking'],
  };
}
