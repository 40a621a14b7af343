/**
 * The agent's own name, from what the assistant said of itself ("Hi, I'm Ava, the virtual assistant",
 * "hola, soy Lucía"). Visitors greet the agent by it ("hi ava, liam grady", "gracias lucía"), and that
 * word is never the visitor's name.
 */
import { FIRST_NAMES, NON_NAME } from './lexicon.js';
import { fold } from './text.js';

// First person only: "so this is Dana, right?" echoes the visitor, it does not name the agent.
const SELF = /(?:^|[\s,.!¡¿])(?:i'm|i am|im|my name is|my name's|soy|me llamo|mi nombre es|le saluda|te saluda)\s+([\p{L}'-]+)/giu;

export function agentNames(assistantTexts: string[]): Set<string> {
  const out = new Set<string>();
  for (const text of assistantTexts) {
    for (const m of text.matchAll(SELF)) {
      const word = m[1];
      const norm = fold(word);
      if (NON_NAME.has(norm) || norm.length < 2) continue;
      // A capitalised word in the agent's own (well-written) text, or a known given name.
      if (/^\p{Lu}/u.test(word) || FIRST_NAMES.has(norm)) out.add(norm);
    }
  }
  return out;
}
