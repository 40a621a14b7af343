/**
 * Accents a Spanish company name is written with when the transcript dropped them ("estetica carmen" →
 * "Estética Carmen"). A word takes the spelling the conversation itself used elsewhere ("jhon jairo
 * cárdenas" … "transportes cardenas y hermanos"), else the usual spelling of common trade words and
 * names (accents.ts). Only words said without any accent are changed; capitals are kept.
 */
import { accentedName } from './accents.js';
import { fold } from './text.js';

/** Usual spellings of trade words and descriptors, keyed by folded form (surnames: accents.ts). */
const USUAL = new Map(
  `panadería pastelería carnicería taquería pizzería ferretería papelería tortillería lavandería tlapalería peluquería
  barbería cafetería dulcería florería joyería zapatería librería mueblería herrería carpintería plomería fontanería
  jardinería gestoría asesoría consultoría ingeniería lechería frutería pollería tintorería sastrería cerrajería
  vidriería tapicería hojalatería lonchería marisquería birriería nevería heladería pupusería repostería refaccionaria
  estética clínica clínicas médico médica médicos óptica mecánico mecánica mecánicos eléctrico eléctrica eléctricos
  eléctricas técnico técnica técnicos construcción construcciones climatización refrigeración fumigación impresión
  comunicación educación informática logística química agrícola rápido rápida rápidos rápidas compañía rincón fogón
  salón jardín méxico pediatría odontología psicología nutrición niño niños niña niñas pequeño pequeña pequeños
  pequeñas típico típica típicos típicas auténtico auténtica económico económica útiles única único mágico mágica
  energía tecnología diseño diseños centro línea acción pública público crédito tránsito fácil árbol ángel ángeles`
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => [fold(w), w]),
);

const marks = (w: string) => (w.match(/[^\p{ASCII}]/gu) ?? []).length;

function spellingsIn(texts: string[]): Map<string, string> {
  const seen = new Map<string, string>();
  for (const text of texts) for (const w of text.toLowerCase().match(/[\p{L}]+/gu) ?? []) if (/[^\p{ASCII}]/u.test(w)) seen.set(fold(w), w);
  return seen;
}

/** Applies a lower-case spelling to a word, keeping the word's own capitals ("cardenas" + "cárdenas" → "Cárdenas"). */
function respell(word: string, spelled: string): string {
  return [...spelled].map((c, k) => (/\p{Lu}/u.test(word[k] ?? '') ? c.toUpperCase() : c)).join('');
}

/** The company name with accents restored; `texts` are the conversation's turns. */
export function withAccents(name: string | null, texts: string[]): string | null {
  if (!name) return name;
  const seen = spellingsIn(texts);
  return name.replace(/[\p{L}]+/gu, (word) => {
    const key = fold(word);
    // The conversation's own spelling first, unless the usual one carries more accents.
    const candidates = [seen.get(key), USUAL.get(key) ?? accentedName(key)?.toLowerCase()].filter((c): c is string => !!c);
    const spelled = candidates.sort((x, y) => marks(y) - marks(x))[0];
    // Only a spelling with more accents than the word as said ("compañia" → "compañía"), never fewer.
    return spelled && spelled.length === word.length && marks(spelled) > marks(word) ? respell(word, spelled) : word;
  });
}
