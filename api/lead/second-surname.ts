/**
 * The second surname given apart: "ibáñez y el segundo es ochoa", "ibáñez, de segundo ochoa", "ibáñez and
 * the second one is ochoa". Spanish names carry two surnames, both in lastName.
 */
import { NON_NAME } from './lexicon.js';
import { properSurname } from './names.js';
import { fold } from './text.js';

// Right after the first surname ("…, de segundo ochoa"); in English only with "last name" / "surname" said.
const SECOND = /^[\s,.]*(?:(?:y )?(?:el |de )?segundo(?: apellido)?(?: es)?|(?:and )?(?:the |my )?second (?:last name|surname)(?: is)?) ([\p{L}'-]{2,})(?![\p{L}'-])/u;

/** The surname with the second one said after it in the same turn, or null. */
export function withSecondSurname(last: string | null, userTexts: string[]): string | null {
  if (!last || last.includes(' ')) return null;
  const first = fold(last);
  for (const text of userTexts) {
    const folded = fold(text);
    const at = folded.search(new RegExp(`(?<![\\p{L}'-])${first}(?![\\p{L}'-])`, 'u'));
    if (at < 0) continue;
    const m = SECOND.exec(folded.slice(at + first.length));
    if (!m || NON_NAME.has(m[1]) || m[1] === first) continue;
    // The word as the visitor wrote it (accents kept).
    const raw = text.slice(at + first.length).match(new RegExp(`[\\p{L}'-]{${m[1].length}}`, 'gu'))?.find((w) => fold(w) === m[1]) ?? m[1];
    return properSurname([last, raw]);
  }
  return null;
}
