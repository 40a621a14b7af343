/**
 * The conversational side of a visitor's turn, apart from what they ask about: thanks, goodbyes, "how are
 * you?", a yes or no to what we just offered, rudeness, and declining to give contact details. EN and ES,
 * on normalize()d text with word boundaries, like detect.ts.
 */
import { normalize, withoutAddresses } from './normalize.js';

export interface Social {
  thanks: boolean;
  bye: boolean;
  howAreYou: boolean;
  /** "yes", "sure", "sí, claro": only means something as an answer to an offer. */
  affirm: boolean;
  /** "no", "not now", "no gracias". */
  deny: boolean;
  rude: boolean;
  /** "I'd rather not give my email": stop asking for any contact detail. */
  declinesContact: boolean;
  /** "Are you a bot?", "¿hablo con una persona?". */
  asksIfBot: boolean;
  /** "Tell me more", "cuénteme más": go on from where we are. */
  wantsMore: boolean;
}

// "no thanks" declines; it is not a thank-you to answer with "you're welcome".
const THANKS = /(?<!\bno,? )\b(thanks|thank you|thx|ty|cheers|appreciate it|much appreciated|gracias|se lo agradezco|te lo agradezco)\b/;
const BYE =
  /\b(bye|goodbye|good bye|see you|see ya|have a (good|nice|great) (day|one|night|evening)|talk (to you )?later|that'?s all|that is all|adios|hasta luego|hasta pronto|hasta la proxima|nos vemos|que tenga (un )?buen dia|eso es todo)\b/;
const HOW_ARE_YOU = /\b(how are you|how'?s it going|how are things|how do you do|how have you been|como esta(s|n)?|que tal (esta|estas|le va|te va)|como le va|como te va)\b|\bque tal( todo)?\s*[?!.]*$/;
const AFFIRM =
  /^(yes|yeah|yep|yup|ya|sure|ok|okay|alright|all right|please|sounds good|go ahead|do it|let'?s do it|definitely|absolutely|of course|why not|si|claro|por favor|dale|va|vale|de acuerdo|perfecto|adelante|esta bien|sale|orale|me parece bien)\b/;
const DENY = /^(no|nope|nah|not now|not really|maybe later|not yet|i'?m good|no gracias|ahora no|todavia no|mejor no|tal vez despues)\b/;
const RUDE =
  /\b(stupid|dumb|idiot|idiotic|useless|sucks|garbage|trash|shut up|wtf|f+u+c+k\w*|shit\w*|crap|bs|bullshit|estupid[oa]s?|idiota|inutil|basura|porqueria|callate|pendej[oa]|mierda|tont[oa])\b/;
const DECLINES_CONTACT = [
  /\b(rather not|prefer not|i'?d prefer not|don'?t want to (give|share|provide|leave|say)|do not want to (give|share|provide|leave)|not (comfortable|willing) (giving|sharing|to share|to give)|won'?t (give|share)|not (giving|sharing) (you )?(my|it|that)|no (email|name|phone|number|details)s?,? (please|thanks|thank you)|keep (it|that|my \w+) private|without (giving|sharing) (my|an?) (email|name|phone|number|details|info)|stop asking)\b/,
  /\b(prefiero no|no quiero (dar|dejar|compartir|decir)(le|te)?|no (le|te) voy a (dar|decir)|no voy a dar|sin dar (mi|mis)|no me siento comod[oa]|deje de preguntar|ya no pregunte)\b/,
];
const WANTS_MORE =
  /^(ok,? |okay,? |and |y )?(tell me more|more (details|info|information)|go on|keep going|elaborate|say more|what else|anything else|cuenteme mas|cuentame mas|digame mas|dime mas|mas detalles|mas informacion|que mas)\b/;
const ASKS_IF_BOT =
  /\b(are you (even |really |actually )?(a |an )?(bot|robot|human|real person|real|ai|machine|person)|am i (talking|speaking|chatting) (to|with) (a |an )?(bot|robot|human|real person|machine|ai|person)|is this (a |an )?(bot|robot|real person|human|ai)|eres (un |una )?(bot|robot|humano|persona real|ia)|es usted (un |una )?(bot|robot|humano|persona)|hablo con (un |una )?(bot|robot|humano|persona|maquina))\b/;

export function social(raw: string): Social {
  const t = normalize(withoutAddresses(raw));
  return {
    thanks: THANKS.test(t),
    bye: BYE.test(t),
    howAreYou: HOW_ARE_YOU.test(t),
    affirm: AFFIRM.test(t),
    deny: DENY.test(t),
    rude: RUDE.test(t),
    declinesContact: DECLINES_CONTACT.some((re) => re.test(t)),
    asksIfBot: ASKS_IF_BOT.test(t),
    wantsMore: WANTS_MORE.test(t),
  };
}
