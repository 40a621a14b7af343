/**
 * Whose detail is this? A visitor often mentions other people's e-mails and numbers ("my partner's email
 * is…", "cc my bookkeeper at…") or an old one. We look at the words just before the value in the same
 * phrase: the later of a first-person cue ("my email", "reach me", "mi correo", "mine") and a third-party
 * cue ("partner's", "his", "su", "old") decides.
 */

const FIRST_PERSON =
  /\bmy (?:(?:new|current|work|personal|business|best|direct|cell|mobile|office|own|main|actual) )*(?:e-?mail|address|number|phone|cell|mobile|email address|phone number|line|company|business|name)\b|\b(?:reach|call|text|email|e-mail|contact|ping|find|get|catch) me\b|\bme at\b|\bto me\b|\bi'm at\b|\bi am at\b|\bmine\b|\bmy own\b|\bmi (?:(?:nuevo|actual|propio) )?(?:correo|email|e-mail|mail|telefono|numero|celular|movil|whatsapp|empresa|negocio|nombre)\b|\b(?:llamame|escribeme|contactame|marcame)\b|\bme (?:puedes|puede|pueden) (?:llamar|escribir|contactar|localizar|encontrar)\b|\bme (?:encuentras|encuentra|encuentran|localizas|localiza|localizan|consigues|consigue|agarras)\b|\b(?:la|el) mi[ao]\b|\bsorry\b|\bactually\b|\bi mean\b|\bperdon\b|\bmejor dicho\b|\bquiero decir\b|\b(?:use|try)\b|\binstead\b|\b(?:and|&) i\b|\by yo\b|(?<=\b(?:with|con) (?:my|mi) )(?:wife|husband|partner|business partner|socio|socia|esposa|esposo|brother|sister|hermano|hermana)\b|(?<=\bme and (?:my|our) (?:[a-z']+ ){1,2})(?:run|own|started|founded|operate|manage)\b|\bwe (?:run|own|operate|started)\b|\b(?:we|both of us) (?:both )?(?:use|share|check)\b|\bwe use it\b|\b(?:shared|compartido|compartida)\b|\b(?:lo|la) (?:usamos|compartimos|revisamos)\b|\busa\b|\bmejor (?:usa|usen|el|la)\b|\bmejor (?:a mi|al) (?:celular|cel|movil|whatsapp)\b/g;

// ("son" only after a determiner: Spanish "son" is "they are" — "son mis iniciales…".)
const THIRD_PARTY =
  /\b(?:partner|partner's|colleague|colleague's|coworker|coworker's|co-worker|co-worker's|assistant|assistant's|boss|boss's|wife|wife's|husband|husband's|spouse|spouse's|manager's|owner's|bookkeeper|bookkeeper's|accountant|accountant's|(?<=\b(?:my|our|his|her|their|the|a) )son|son's|daughter|daughter's|brother|brother's|sister|sister's|friend|friend's|dad|dad's|father|father's|mom|mom's|mother|mother's|his|her|their|he|she|they|he's|she's|someone(?:'s| else)|somebody(?:'s| else)|cc|copy|your|old|previous|former|other|socio|socia|colega|companero|companera|asistente|jefe|jefa|esposa|esposo|marido|mujer|gerente|contador|contadora|hijo|hija|hermano|hermana|amigo|amiga|cunado|cunada|suegro|suegra|primo|prima|sobrino|sobrina|cousin|uncle|aunt|nephew|niece|(?<=\b(?:mi|su|my|our|nuestr[oa]) )(?:tio|tia)|su|sus|anterior|antiguo|viejo|de el|de ella)\b/g;

/** "my office manager", "our dispatcher", "mi secretaria": a member of staff, not the speaker. */
const STAFF =
  /\b(?:my|our|mi|nuestro|nuestra) (?:(?:office|operations|general|service|sales|project) )?(?:manager|secretary|receptionist|dispatcher|admin|administrator|coordinator|estimator|foreman|tech|technician|guy|gal|employee|supervisor|bookkeeper|office|secretaria|secretario|recepcionista|encargado|encargada|despachador|administradora|tecnico)\b/g;

/** Any possessive ("Dave's", "our dispatcher's") other than contractions and the field names themselves. */
const POSSESSIVE = /\b(?!(?:it|that|what|there|here|he|she|let|who|name|number|email|e-mail|company|business|office|shop|work|cell|phone|mine|one|everything|today|where)'s\b)[\p{L}]+'s\b/gu;

function lastIndex(re: RegExp, text: string): number {
  let last = -1;
  re.lastIndex = 0;
  for (let m = re.exec(text); m; m = re.exec(text)) last = m.index;
  return last;
}

/** True when the phrase before a value (folded text) says it belongs to someone else or is out of date. */
/** "soy la gerente de…", "i'm the office manager at…": the speaker's own role, not a third party. */
const OWN_ROLE = /\b(?:soy|yo soy|i'm|im|i am) (?:(?:el|la|un|una|the|a|an) (?:[\p{L}]+ )?)?(?:gerente|asistente|manager|assistant|partner|socio|socia|contador|contadora|bookkeeper|accountant|secretary|receptionist|dispatcher|admin|administrator|coordinator|estimator|supervisor|secretaria|secretario|recepcionista|encargado|encargada|administrador|administradora|despachador|despachadora)\b/gu;

/** "i used to be at…", "el que tenía antes era…": a detail the visitor no longer uses. */
const OUT_OF_DATE = /\b(?:used to|no longer|solia|tenia antes|antes (?:era|tenia|usaba)|el que tenia|la que tenia|ya no (?:uso|tengo))\b/g;

const CURRENT_AGAIN = /\b(?:now|ahora|new|nuevo|nueva|current|actual)\b/g;

/**
 * "…dot com, no wait, that's the old one, it's…", "ese es el viejo, es…": a remark about the value just given,
 * made before the new one — it retracts the earlier value (read as a correction), it does not describe the next.
 */
const BACK_REMARK =
  /\b(?:that's|thats|that is|that was|this is|that one's|ese es|ese era|esa es|esa era|ese correo es|ese numero es)\s+(?:(?:the|my|an|mi|el|la|un)\s+)?(?:old|older|previous|former|outdated|anterior|viejo|vieja|antiguo|antigua)(?:\s+(?:one|email|address|number|correo|numero))?(?=\s*$|\s+(?:its|it's|it is|is|es|the new|my new|use|now|mine|el nuevo|la nueva|el bueno|ahora|usa|el de ahora)\b)/g;

/** The phrase before a value with remarks about an earlier value read as the correction they are. */
export function withoutBackRemarks(prefix: string): string {
  return prefix.replace(BACK_REMARK, 'sorry');
}

export function isSomeoneElses(rawPrefix: string): boolean {
  const prefix = withoutBackRemarks(rawPrefix).replace(OWN_ROLE, 'i');
  // "it used to be…, now it's…": what is said after "now" is current again.
  const outOfDate = lastIndex(OUT_OF_DATE, prefix) > lastIndex(CURRENT_AGAIN, prefix) ? lastIndex(OUT_OF_DATE, prefix) : -1;
  const third = Math.max(lastIndex(THIRD_PARTY, prefix), lastIndex(STAFF, prefix), lastIndex(POSSESSIVE, prefix), outOfDate);
  if (third < 0) return false;
  return lastIndex(FIRST_PERSON, prefix) < third;
}

/** "…but mine is", "pero el mío es": the visitor sets their own value against one just mentioned. */
const CONTRAST = /\bmine\b|\bmy own\b|\b(?:el|la) mi[oa]\b/;
/** "…, but call my cell", "pero mejor márcame al…": a contrast followed by a first-person cue. */
const BUT = /\b(?:but|though|instead|rather|pero|mejor|mas bien)\b/;

/**
 * True when the phrase before a value claims it against one just mentioned ("the office line is…, but call
 * my cell…", "el de la oficina es…, el mío es…"): that value is the visitor's own and beats the other.
 */
/** "…five one one one one is the shop, …", "…es el de la oficina, …": the number just given labelled as a business line. */
const OTHER_LINE =
  /\b(?:is|that's|thats|that is|es|ese es)\s+(?:the|our|my|el|la|el de la|el del|del|de la)\s+(?:shop|office|store|front desk|main line|main number|business line|landline|shop line|office line|oficina|negocio|tienda|local|fijo|consultorio|taller)\b/;

export function claimsInContrast(prefix: string): boolean {
  if (isSomeoneElses(prefix)) return false;
  if (CONTRAST.test(prefix)) return true;
  // "…is the shop, you'll get me faster on…": a line of the business, then the visitor's own.
  const line = prefix.search(OTHER_LINE);
  if (line >= 0 && lastIndex(FIRST_PERSON, prefix) > line) return true;
  const but = prefix.search(BUT);
  return but >= 0 && lastIndex(FIRST_PERSON, prefix) > but;
}

/**
 * "i had a number … but that was disconnected", "tenía el … pero ya no lo uso": the words right after a value
 * say it is no longer the visitor's.
 */
const DEAD_AFTER =
  /^\s*,?\s*(?:but|pero|and|y)\s+(?:(?:that|it|this|ese|esa|este|esta|that one|that number|ese numero)\s+)?(?:(?:was|is|got|has been|fue|esta|ya)\s+)*(?:disconnected|cancelled|canceled|shut off|not in service|out of service|no longer|dead|gone|no lo uso|no la uso|no sirve|no existe|desconectado|cancelado|no (?:lo|la) tengo)/;

/** "…y el mío es tres cero cinco… pero a mí no me llamen", "…but don't call me on that": not to be used. */
const DO_NOT_USE =
  /^\s*,?\s*(?:(?:but|pero|and|y|though|although|bueno)\s+)?(?:(?:a mi|me|please|por favor|i|ese|esa|that one|casi)\s+)*(?:(?:don't|dont|do not|never|rarely|hardly ever)\s+(?:call|text|use|email|ring|check|read|look at)\b|no me (?:llamen|llames|llame|escriban|escribas|escriba|marquen|marques)\b|no (?:lo|la) (?:uses|usen|use|reviso|checo|leo|uso|veo)\b|nunca (?:lo|la) (?:reviso|checo|leo|uso|veo)\b)/;

export function deadAfter(suffix: string): boolean {
  return DEAD_AFTER.test(suffix) || DO_NOT_USE.test(suffix);
}
