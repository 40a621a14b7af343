/**
 * Spanish register, mirrored (#14): the kit says "tú", but a visitor who writes "usted" is answered in "usted".
 * `formalOf` reads a message's register; `toUsted` turns the agent's own tú sentences (a closed vocabulary:
 * phrases.ts, knowledge.ts, booking-phrases.ts…) into usted, word by word, keeping a capital.
 */
import { normalize } from './normalize.js';

const USTED = /\b(usted|digame|cuenteme|disculpe|perdone|le agradezco|confirmelo|confirmela|agendeme|reserveme|me podria|podria usted|quisiera saber si (?:podria|puede)|su (?:correo|nombre|empresa)|podria \w+(?:me|nos))\b|^(?:\W*)(?:podria|puede usted)\b/;
const TU = /\b(tu|tienes|puedes|quieres|podrias|confirmamelo|confirmamela|confirmalo|confirmala|dime|cuentame|oye|eres|agendame|reservame|disculpa)\b/;

/** True for usted, false for tú, null when the message shows neither. */
export function formalOf(message: string): boolean | null {
  const t = normalize(message);
  if (USTED.test(t)) return true;
  if (TU.test(t)) return false;
  return null;
}

// Whole words of the agent's vocabulary, tú → usted. Order matters only for the two-word forms first.
const PAIRS: [string, string][] = [
  ['te lo', 'se lo'],
  ['te la', 'se la'],
  ['te los', 'se los'],
  ['ti', 'usted'],
  ['contigo', 'con usted'],
  ['tú', 'usted'],
  ['te', 'le'],
  ['tu', 'su'],
  ['tus', 'sus'],
  ['tuyo', 'suyo'],
  ['tuya', 'suya'],
  ['tuyos', 'suyos'],
  ['tuyas', 'suyas'],
  ['tienes', 'tiene'],
  ['puedes', 'puede'],
  ['quieres', 'quiere'],
  ['quieras', 'quiera'],
  ['necesitas', 'necesita'],
  ['prefieres', 'prefiere'],
  ['buscas', 'busca'],
  ['compartes', 'comparte'],
  ['escribes', 'escribe'],
  ['esperas', 'espera'],
  ['pagas', 'paga'],
  ['recibes', 'recibe'],
  ['ves', 've'],
  ['estás', 'está'],
  ['eres', 'es'],
  ['comprometas', 'comprometa'],
  ['confirmes', 'confirme'],
  ['elijas', 'elija'],
  ['reserves', 'reserve'],
  ['tengas', 'tenga'],
  ['podrías', 'podría'],
  ['escribirías', 'escribiría'],
  ['preguntaste', 'preguntó'],
  ['quisiste', 'quiso'],
  ['pregúntame', 'pregúnteme'],
  ['dime', 'dígame'],
  ['cuéntame', 'cuénteme'],
  ['elige', 'elija'],
  ['agrega', 'agregue'],
  ['responde al', 'responda al'],
  ['agendarte', 'agendarle'],
  ['ayudarte', 'ayudarle'],
  ['buscarte', 'buscarle'],
  ['contactarte', 'contactarle'],
  ['contarte', 'contarle'],
  ['enviarte', 'enviarle'],
  ['entregarte', 'entregarle'],
  ['quitarte', 'quitarle'],
  ['visitarte', 'visitarle'],
  ['verte', 'verle'],
];
const escape = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
// \b is ASCII-only: word edges are spelled out with \p{L}.
const RE = new RegExp(`(?<!\\p{L})(${PAIRS.map(([tu]) => escape(tu)).join('|')})(?!\\p{L})`, 'giu');
const MAP = new Map(PAIRS.map(([tu, usted]) => [tu, usted]));

export function toUsted(text: string): string {
  return text.replace(RE, (w) => {
    const usted = MAP.get(w.toLowerCase()) ?? w;
    return w[0] === w[0]!.toUpperCase() && w[0] !== w[0]!.toLowerCase() ? usted[0]!.toUpperCase() + usted.slice(1) : usted;
  });
}
