/**
 * What the assistant just asked for. A bare answer ("Dana Whitfield", "five one two…", "Whitfield HVAC")
 * only means something next to its question, so the extractors read the assistant's last question as
 * context — never as a source of the visitor's details.
 */
import { asksForCompany, asksWhatTheyDo, withoutBusinessName } from './company-ask.js';
import { fold, sentences } from './text.js';

/** 'trade': "what do you do?" — the answer may describe the business before naming it. */
export type Ask = 'name' | 'firstName' | 'lastName' | 'email' | 'phone' | 'company' | 'spell' | 'trade';

const ASKS: [Ask, RegExp][] = [
  ['email', /\b(e-?mail|correo|email address|direccion de correo)\b/],
  [
    'phone',
    /\b(phone|cell|mobile|call you|reach you|text you|telefono|celular|movil|whatsapp|call back|callback)\b|\b(best|good|contact|your) number\b|\bnumero\b(?! de (empleados|personas|trabajadores))|\bnumber (to|for|where|we)\b/,
  ],
  [
    'company',
    /\b(company|business|empresa|negocio|compania|organization|firm)('s)? name\b|\bname of (your|the) (company|business|organization|firm)\b|\b(company|business|empresa|negocio|compania|organization|firm)\b[^?]*\b(called|named|llama)\b|\b(what|which) company\b|\bwhere do you work\b|\bwho do you work for\b|\bnombre de (tu|su) (empresa|negocio|compania)\b|\b(que|cual es (tu|su)) (empresa|compania)\b|\bcomo se llama (tu|su|la|el) (empresa|negocio|compania)\b|\bdonde trabaja|\bpara que empresa\b|\b(your|tu|su) (company|business|empresa|negocio|compania|organization|firm)\s*\?/,
  ],
  ['lastName', /\b(last name|surname|family name|apellidos?)\b/],
  ['firstName', /\bfirst name\b|\bnombre de pila\b/],
  [
    'name',
    /\byour (full )?name\b|\bwho('m| am i| i'm| i am| do i have the pleasure of| have i got) (i )?(speaking|talking|chatting) (to|with)\b|\bwho('s| is) (calling|speaking|on the line)\b|\bwho is this\b|\bwho's this\b|\bwhat should i call you\b|\bcomo te llamas\b|\bcomo se llama(?! (tu|su|la|el|los|las) \p{L})\b|\b(tu|su) nombre( completo)?\b(?! de (tu|su) (empresa|negocio|compania))|\bcon quien (hablo|tengo el gusto)\b|\bcon quien tengo\b|\byour name and\b|\b(full|complete) name\b|\bnombre completo\b|\b(get|have|leave) a name\b|\bwho should (i|we) (put down|ask for)\b|(?<!\b(company|business|empresa|negocio|compania|organization|firm|shop|store|office|practice|clinic|salon|studio|restaurant|cafe|bakery|agency|team|brand|church|school|store|boutique|gym|farm|firm's)('s)? )\bname\s*\?|\bwho do i have\b|(?<!\b(company|business|empresa|negocio|compania)('s)? )\b(name|nombre)\b(?! (of|de) (the|your|tu|su|la) )[^?.]*,[^?.]*\b(company|business|e-?mail|number|phone|empresa|negocio|correo|telefono)\b|\b(and )?you are\s*\?|\by (usted|tu) (es|eres)\s*\?|\bcon quien (estoy hablando|me comunico)\b|\bname and (your )?(phone|number|e-?mail|cell|best number)\b|(?:^|[.!?¡¿]\s*)(and|y) (you|usted|tu)\s*(\?|$)|(?:^|[.!?¡¿]\s*)(y el suyo|y el tuyo|and yours)\s*(\?|$)|\ba quien (le |se la |se lo )?(envio|mando|dirijo|hago llegar)\b|\bwho (should|do) i (send|address) (it |this |the invite |the invitation )?to\b|\bnombre y (su |tu )?(telefono|numero|correo|celular)\b|^(and |y )?(your |tu |su )?(name|nombre)\s*[.?]?$/u,
  ],
  ['spell', /\bspell\b|\bdeletre/],
];

const BOTH_PARTS = /\bfirst (name )?and (your )?last name\b|\bfirst and surname\b|\bname and (last name|surname)\b|\bnombre y (sus? |tus? )?apellidos?\b|\bnombres? y apellidos?\b/;
const LISTED_COMPANY = /\b(?:name|e-?mail|phone|number|nombre|correo|telefono)\b[^?.]*,[^?.]*\b(?:company|business|empresa|negocio)\b/;

/** The fields the assistant turn asks for, read from its questions (or its last sentence). */
export function asksOf(assistantText: string | undefined): Set<Ask> {
  const found = new Set<Ask>();
  if (!assistantText) return found;
  const sents = sentences(assistantText);
  const questions = sents.filter((s) => s.includes('?'));
  const scope = (questions.length ? questions.slice(-2) : sents.slice(-1)).map(fold).join(' ');
  for (const [ask, re] of ASKS) if (re.test(scope)) found.add(ask);
  if (asksWhatTheyDo(scope)) found.add('trade');
  if (asksForCompany(scope)) {
    found.add('company');
    // "And the salon name?", "¿Cómo se llama la tienda?": the business's name, not the visitor's.
    const nameAsk = ASKS.find(([ask]) => ask === 'name')![1];
    if (found.has('name') && !nameAsk.test(withoutBusinessName(scope))) found.delete('name');
  }
  // "Company name?" must not also read as the visitor's name; "your name" inside it is not there anyway,
  // but "nombre de tu empresa" contains "tu nombre"-like words, so prefer company.
  if (found.has('company') && /\bnombre de (tu|su) (empresa|negocio|compania)\b/.test(scope)) found.delete('name');
  // "your first and last name?", "¿su nombre y apellido?": both parts at once, i.e. the whole name.
  if (BOTH_PARTS.test(scope)) {
    found.delete('firstName');
    found.delete('lastName');
    found.add('name');
  }
  if (found.has('firstName') || found.has('lastName')) found.delete('name');
  // "your name, email, company and phone?": a list of details, the company among them.
  if (LISTED_COMPANY.test(scope)) found.add('company');
  return found;
}
