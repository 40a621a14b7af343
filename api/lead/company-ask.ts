/**
 * Whether an assistant question asks for the visitor's business, in the many short ways a voice agent
 * asks it ("And the business?", "What's the gym called?", "¿A qué se dedica?", "¿Cómo se llama la
 * clínica?"). Read on folded text (lower case, no accents). A bare "What's your name?" / "¿Cómo se llama?"
 * is a person's name and stays out.
 */

/** Kinds of business a question may name instead of "business" ("the name of the practice?"). */
const KINDS =
  'business|company|practice|shop|store|salon|studio|restaurant|gym|clinic|office|firm|agency|franchise|brand|organization|organisation|nonprofit|church|cafe|bakery|place|outfit|team|spa|farm|' +
  'negocio|empresa|compania|tienda|clinica|consultorio|despacho|taller|restaurante|panaderia|peluqueria|estetica|gimnasio|escuela|academia|agencia|oficina|iglesia|finca|local';

const ASKS_COMPANY: RegExp[] = [
  // "the name of the practice", "your salon's name", "and the office name?"
  new RegExp(`\\bname of (?:the|your|that) (?:${KINDS})\\b`),
  new RegExp(`\\b(?:the|your|that) (?:${KINDS})(?:'s)? name\\b`),
  // "what's the gym called?", "what is your practice called?"
  new RegExp(`\\b(?:the|your) (?:${KINDS}) called\\b`),
  // "and the business?", "your practice?", "what business?", "business?"
  // (also with the visitor's name after it: "¿su negocio, tomás?")
  new RegExp(`(?:^|[.!?,]\\s*|\\b(?:and|the|your|what|which|y|su|tu|el|la|que|de que)\\s+)(?:${KINDS})(?:,\\s*\\p{L}+)?\\s*\\?`, 'u'),
  // "what kind of business do you have?", "what business are you calling about?", "tell me about your business"
  /\b(?:what|which) (?:kind|type|sort) of (?:business|company|practice|shop)\b/,
  /\bwhat (?:business|company)\b/,
  /\babout your (?:business|company)\b/,
  /\bwhat do you do\b/,
  /\bwhat(?:'s| is) it called\b/,
  /\bwhats it called\b/,
  // "is that your cafe?", "is that the business name…"
  new RegExp(`\\bis (?:that|this|it) (?:your|the) (?:${KINDS})\\b`),
  // ES: "¿a qué se dedica (su negocio)?", "¿qué (tipo de) negocio tiene?", "¿de qué negocio?", "¿tiene un negocio?"
  /\ba que se dedica/,
  /\bque (?:tipo de |clase de )?(?:negocio|empresa)\b/,
  /\btiene (?:un |una )?(?:negocio|empresa)\b/,
  // "¿cómo se llama la panadería?", "¿es su empresa, …?"
  new RegExp(`\\bcomo se llama (?:la|el|su|tu) (?:${KINDS})\\b`),
  /\bes (?:su|tu) (?:empresa|negocio)\b/,
];

/** The question with its business-name phrases taken out, so what is left shows whether a person's name is asked too. */
export function withoutBusinessName(foldedQuestion: string): string {
  return foldedQuestion
    .replace(new RegExp(`\\bname of (?:the|your|that) (?:${KINDS})\\b`, 'g'), ' ')
    .replace(new RegExp(`\\b(?:the|your|that) (?:${KINDS})(?:'s)? name\\b`, 'g'), ' ')
    .replace(new RegExp(`\\bcomo se llama (?:la|el|su|tu) (?:${KINDS})\\b`, 'g'), ' ');
}

export function asksForCompany(foldedQuestion: string): boolean {
  return ASKS_COMPANY.some((re) => re.test(foldedQuestion));
}
