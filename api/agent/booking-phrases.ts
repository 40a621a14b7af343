/** What the agent says around a booking in the conversation, EN and ES. {placeholders} are filled by fill(). */
import { ASSESSMENT, CONSULTATION } from '../../model/catalog.js';
import type { Locale } from '../../model/contracts.js';

type L = Record<Locale, string>;

// The lengths are the catalog's (model/catalog.ts), the one place they are stated.
export const MEETING: Record<'consultation' | 'assessment', L> = {
  consultation: { en: `a ${CONSULTATION.minutes}-minute strategy call`, es: `una llamada de estrategia de ${CONSULTATION.minutes} minutos` },
  assessment: { en: `the ${ASSESSMENT.hours}-hour on-site AI assessment`, es: `la evaluación presencial de IA de ${ASSESSMENT.hours} horas` },
};

export const BOOKING_PHRASES = {
  /** The one read-back before anything is booked. */
  proposal: {
    en: 'To confirm: {meeting} on {when}{business}, for {name} at {email}. Shall I book it?',
    es: 'Para confirmar: {meeting} {when}{business}, a nombre de {name}, con el correo {email}. ¿Te lo reservo?',
  } as L,
  proposalAssessment: {
    en: 'To confirm: {meeting} on {when}{business}, in {address}, for {name} at {email}. The {price} fee is due at the checkout. Shall I hold it and open the checkout?',
    es: 'Para confirmar: {meeting} {when}{business}, en {address}, a nombre de {name}, con el correo {email}. La tarifa de {price} se cobra en el pago seguro. ¿Te lo aparto y abro el pago?',
  } as L,
  /** The one question for the visit's place (a city is enough), after a picked assessment time. */
  askAddress: {
    en: 'Great choice: {when}. Where should we meet you for the visit? A city is enough.',
    es: 'Buena elección: {when}. ¿Dónde hacemos la visita? Basta con la ciudad.',
  } as L,
  businessZone: { en: ' ({time} for us)', es: ' ({time} para nosotros)' } as L,
  /** Followed by the one contact ask still missing (contact.ts), so extraction reads the answer as that detail. */
  picked: { en: 'Great choice: {when}. Before I book it, one detail.', es: 'Buena elección: {when}. Antes de reservarlo, un dato.' } as L,
  /** Only ever said from the booking flow's success. */
  booked: {
    en: "Done: you're booked for {meeting} on {when}. The confirmation is on its way to {email}.",
    es: 'Listo: tu cita quedó reservada, {meeting} {when}. La confirmación va en camino a {email}.',
  } as L,
  alreadyBooked: {
    en: 'You already have {meeting} booked for {when}. To change it, reply to the confirmation email.',
    es: 'Ya tienes {meeting} reservada para {when}. Para cambiarla, responde al correo de confirmación.',
  } as L,
  alreadyHeld: {
    en: "You already have the assessment on {when} held while you pay; I've opened that checkout again. Nothing else is held.",
    es: 'Ya tienes la evaluación del {when} apartada mientras pagas; te abrí ese pago otra vez. No aparté nada más.',
  } as L,
  /** The hold is not a booking: nothing is paid or confirmed until the payment provider says so. */
  checkout: {
    en: "I'm holding {when} for you for {minutes} minutes and opening the secure checkout. The assessment is yours once the payment goes through.",
    es: 'Te aparto {when} durante {minutes} minutos y abro el pago seguro. La evaluación será tuya en cuanto se complete el pago.',
  } as L,
  taken: {
    en: 'That time was just taken, sorry. The nearest open times are {slots}. Which one suits you?',
    es: 'Ese horario se acaba de ocupar, lo siento. Los más cercanos libres son {slots}. ¿Cuál te viene bien?',
  } as L,
  takenNone: {
    en: "That time was just taken, sorry, and I can't see another open time near it. I've opened the calendar so you can pick one.",
    es: 'Ese horario se acaba de ocupar, lo siento, y no veo otro libre cerca. Te abrí el calendario para que elijas uno.',
  } as L,
  notOpen: {
    en: "{time} isn't open. The times I can offer are {slots}. Which one works?",
    es: 'A las {time} no hay hueco. Te puedo ofrecer {slots}. ¿Cuál te funciona?',
  } as L,
  declined: { en: "No problem, I'll hold off. Would another time suit you better?", es: 'Sin problema, no reservé nada. ¿Te vendría mejor otro horario?' } as L,
  failed: {
    en: "I couldn't book that just now, so nothing went through. I've opened the calendar so you can book it there.",
    es: 'No pude reservarlo ahora mismo, así que no se hizo ninguna reserva. Te abrí el calendario para que lo reserves ahí.',
  } as L,
  // The on-site visit needs the address the booking form asks for; the chat does not collect one (yet).
  needsAddress: {
    en: "The on-site visit needs the address where we'll meet you, and the booking form asks for it, so nothing is held yet. I've opened it for the assessment: pick {when} there and add the address to go to the secure checkout.",
    es: 'La visita presencial necesita la dirección donde te veremos, y el formulario de reserva la pide, así que todavía no aparté nada. Te lo abrí para la evaluación: elige {when} ahí y agrega la dirección para ir al pago seguro.',
  } as L,
  /** A detail the booking form would refuse (too long, not a name…): asked again, nothing booked. */
  badName: {
    en: "I can't book under that name as I have it, so nothing went through. What name should the booking be under?",
    es: 'No puedo reservar con ese nombre tal como lo tengo, así que no se hizo ninguna reserva. ¿A nombre de quién la hago?',
  } as L,
  badEmail: {
    en: "I can't send the confirmation to that email as I have it, so nothing went through. What's the best email for it?",
    es: 'No puedo enviar la confirmación a ese correo tal como lo tengo, así que no se hizo ninguna reserva. ¿Cuál es el mejor correo?',
  } as L,
  badAddress: {
    en: "I can't use that place for the visit as I have it, so nothing is held. Where should we meet you? A city is enough.",
    es: 'No puedo usar ese lugar para la visita tal como lo tengo, así que no aparté nada. ¿Dónde hacemos la visita? Basta con la ciudad.',
  } as L,
  /** The form's gate refused the confirming message: nothing booked, the calendar (slot preselected) opened. */
  verify: {
    en: "Before I book it, a quick check that you're not a robot: complete the verification and say yes again, or pick the time in the calendar I've opened. Nothing has gone through yet.",
    es: 'Antes de reservarlo, una comprobación rápida de que no eres un robot: complétala y vuelve a decir que sí, o elige el horario en el calendario que te abrí. Todavía no se hizo ninguna reserva.',
  } as L,
  busy: {
    en: "There have been too many bookings from here in the last minute, so nothing went through. I've opened the calendar so you can book it there in a moment.",
    es: 'Hubo demasiadas reservas desde aquí en el último minuto, así que no se hizo ninguna. Te abrí el calendario para que lo reserves ahí en un momento.',
  } as L,
  checkoutFailed: {
    en: "I couldn't open the checkout from here, so nothing is held. I've opened the calendar so you can book the assessment there.",
    es: 'No pude abrir el pago desde aquí, así que no aparté nada. Te abrí el calendario para que reserves la evaluación ahí.',
  } as L,
};
