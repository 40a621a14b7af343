/**
 * Maps what visitors and widgets say about a business onto the CRM's values (api/ncb/schema.ts INDUSTRIES
 * and EMPLOYEE_COUNTS): ROI widget ids ("realestate"), CRM values ("Plumbing"), the widgets' localized labels
 * ("5-10 employees", "Construccion/Oficios"), and free speech ("we do heating and air", "somos 8").
 * Matching is by whole words on accent-free text, so "paralegal" is not "legal" and "facebook" not "book".
 *
 * Head-count buckets are lower-inclusive: 5 → "5-10", 10 → "10-25", 25 → "25-50", 50 → "50-100",
 * 100 → "100+"; a range takes its midpoint ("10 to 15" → "10-25"); "50+" → "50-100".
 */
import { EMPLOYEE_COUNTS, INDUSTRIES } from '../../model/vocabulary.js';
import { readCount } from './numbers.js';
import { fold, phraseIndex, tokenize } from './text.js';

export type Industry = (typeof INDUSTRIES)[number];
export type EmployeeCount = (typeof EMPLOYEE_COUNTS)[number];

const ROI_IDS: Record<string, Industry> = {
  other: 'Other', service: 'Other', professional: 'Other', retail: 'Other', realestate: 'Property Management', construction: 'Construction',
};

/** Phrases per industry (folded). "Weak" ones (a bare "contractor") lose to any specific trade. */
const INDUSTRY_PHRASES: [Industry, string[]][] = [
  ['HVAC', ['hvac', 'heating and air', 'heating & air', 'heating and cooling', 'heating & cooling', 'heating, cooling', 'air conditioning', 'a/c', 'ac repair', 'ac company', 'ac service', 'ac installation', 'furnace', 'furnaces', 'heat pump', 'heat pumps', 'heating', 'mini split', 'mini splits', 'mini-split', 'ductwork', 'climatizacion', 'aire acondicionado', 'aires acondicionados', 'calefaccion', 'refrigeracion', 'minisplit', 'minisplits']],
  ['Plumbing', ['plumbing', 'plumber', 'plumbers', 'drain cleaning', 'sewer', 'water heater', 'water heaters', 'plomeria', 'plomero', 'plomeros', 'fontaneria', 'fontanero', 'fontaneros', 'destapes', 'tuberias']],
  ['Electrical', ['electrical', 'electrician', 'electricians', 'electric contractor', 'electric services', 'electric service', 'wiring', 'electricista', 'electricistas', 'instalaciones electricas', 'servicios electricos', 'electricos', 'electricidad']],
  ['Landscaping', ['landscaping', 'landscaper', 'landscapers', 'landscape', 'lawn care', 'lawn service', 'lawn mowing', 'lawns', 'yard work', 'yard care', 'gardening', 'gardener', 'gardeners', 'tree service', 'tree care', 'tree trimming', 'irrigation', 'hardscaping', 'jardineria', 'jardinero', 'jardineros', 'jardines', 'paisajismo', 'poda']],
  ['Property Management', ['property management', 'property manager', 'property managers', 'manage properties', 'managing properties', 'rental properties', 'rental property', 'rentals', 'landlord', 'landlords', 'real estate', 'realtor', 'realtors', 'realty', 'hoa', 'hoas', 'apartment complex', 'apartment complexes', 'apartment buildings', 'vacation rentals', 'short-term rentals', 'airbnb', 'airbnbs', 'bienes raices', 'inmobiliaria', 'administracion de propiedades', 'administrador de propiedades', 'administradora de propiedades', 'propiedades', 'rentas', 'realestate']],
  ['Construction', ['construction', 'general contractor', 'general contracting', 'remodeling', 'remodel', 'remodels', 'remodelers', 'renovation', 'renovations', 'roofing', 'roofer', 'roofers', 'builder', 'builders', 'home builder', 'homebuilder', 'framing', 'concrete', 'drywall', 'masonry', 'trades', 'carpentry', 'carpenter', 'carpenters', 'construccion', 'constructora', 'remodelacion', 'remodelaciones', 'techos', 'albanil', 'albaniles', 'oficios', 'carpinteria', 'obras']],
  ['Other', ['bakery', 'restaurant', 'restaurants', 'cafe', 'coffee shop', 'salon', 'barbershop', 'barber shop', 'spa', 'dental', 'dentist', 'clinic', 'medical practice', 'medical office', 'chiropractor', 'chiropractic', 'veterinary', 'vet clinic', 'law firm', 'lawyer', 'attorney', 'legal services', 'accounting', 'accountant', 'bookkeeping', 'cpa', 'insurance', 'marketing agency', 'marketing firm', 'consulting', 'consultancy', 'retail', 'boutique', 'ecommerce', 'e-commerce', 'online store', 'gym', 'fitness studio', 'cleaning', 'janitorial', 'auto repair', 'mechanic', 'body shop', 'trucking', 'logistics', 'moving company', 'daycare', 'tutoring', 'photography', 'catering', 'florist', 'hospitality', 'hotel', 'software', 'saas', 'it services', 'manufacturing', 'pest control', 'pool service', 'service business', 'professional services', 'panaderia', 'restaurante', 'salon de belleza', 'dentista', 'consultorio', 'abogado', 'abogados', 'despacho contable', 'contabilidad', 'seguros', 'limpieza', 'taller mecanico', 'mudanzas', 'transporte', 'negocio de servicios', 'servicios profesionales', 'hospitalidad', 'negocio personalizado', 'tienda de ropa', 'ferreteria']],
];
const WEAK_PHRASES: [Industry, string[]][] = [['Construction', ['contractor', 'contractors', 'contratista', 'contratistas']]];

function findIndustry(folded: string): Industry | null {
  let best: { industry: Industry; at: number; len: number } | null = null;
  for (const [industry, phrases] of INDUSTRY_PHRASES) {
    for (const p of phrases) {
      const at = phraseIndex(folded, p);
      if (at >= 0 && (!best || at < best.at || (at === best.at && p.length > best.len))) best = { industry, at, len: p.length };
    }
  }
  if (best) return best.industry;
  for (const [industry, phrases] of WEAK_PHRASES) if (phrases.some((p) => phraseIndex(folded, p) >= 0)) return industry;
  return null;
}

/** A CRM industry for a widget id, CRM value, label or free text; "Other" for an unknown industry, null for nothing. */
export function mapIndustry(input: string | null | undefined): Industry | null {
  if (typeof input !== 'string') return null;
  const folded = fold(input).trim();
  if (!/\p{L}/u.test(folded)) return null;
  const exact = INDUSTRIES.find((v) => fold(v) === folded);
  if (exact) return exact;
  if (folded in ROI_IDS) return ROI_IDS[folded];
  return findIndustry(folded) ?? 'Other';
}

/** The CRM bucket for a head-count (lower-inclusive, see the header). */
export function bucket(n: number): EmployeeCount | null {
  if (!Number.isFinite(n) || n < 1) return null;
  if (n < 5) return '1-5';
  if (n < 10) return '5-10';
  if (n < 25) return '10-25';
  if (n < 50) return '25-50';
  if (n < 100) return '50-100';
  return '100+';
}

const SOLO = /\b(just me|only me|just myself|only myself|it's me|one[- ]man|one[- ]woman|one[- ]person|solo operator|sole proprietor|solopreneur|by myself|on my own|solo yo|yo solo|yo sola|solo soy yo|unipersonal|trabajo solo|trabajo sola)\b/;
const HEAD_NOUNS = new Set(
  `employees employee people persons staff guys gals techs technicians workers members folks crew hands
  installers plumbers electricians drivers agents reps full-timers w2 empleados empleado personas
  trabajadores tecnicos colaboradores gente chavos muchachos operarios`.split(/\s+/),
);
/** Words allowed between a count and its noun ("15 full-time employees", "12 field techs"). */
const COUNT_FILLER = new Set(['full-time', 'part-time', 'full', 'time', 'field', 'office', 'total', 'of', 'or', 'so', 'in', 'on', 'the', 'our', 'de', 'tiempo', 'completo', 'more', 'mas', 'about', 'w-2', 'team']);
const COUNT_BEFORE = [
  ['team', 'of'], ['crew', 'of'], ['staff', 'of'], ["we're"], ['we', 'are'], ['somos'], ['equipo', 'de'], ['we', 'employ'],
  ['empleamos'], ['headcount', 'is'], ['headcount', 'of'], ['head', 'count', 'is'], ['there', 'are'], ['son'],
];
const APPROX = new Set(['about', 'around', 'roughly', 'approximately', 'like', 'maybe', 'almost', 'nearly', 'over', 'more', 'than', 'under', 'less', 'fewer', 'unos', 'unas', 'como', 'aproximadamente', 'casi', 'mas', 'de', 'menos', 'alrededor', 'cerca', 'just', 'only', 'solo', 'a', 'little', 'bit', 'up', 'to', 'hasta']);

interface Count {
  value: number;
  at: number;
}

/** Reads a count or a range ("10 to 15", "10-15", "entre 10 y 15", "50+") at word `i`. */
function readCountOrRange(words: string[], i: number): { value: number; used: number } | null {
  const w = words[i];
  const range = w.match(/^(\d+)\s*[-–]\s*(\d+)$/);
  if (range) return { value: (Number(range[1]) + Number(range[2])) / 2, used: 1 };
  const plus = w.match(/^(\d+)\+$/);
  if (plus) return { value: Number(plus[1]), used: 1 };
  const a = readCount(words, i);
  if (!a) return null;
  const joiner = words[i + a.used];
  if (joiner && ['to', 'or', '-', 'y', 'a', 'and'].includes(joiner)) {
    const b = readCount(words, i + a.used + 1);
    if (b && b.value > a.value) return { value: (a.value + b.value) / 2, used: a.used + 1 + b.used };
  }
  if (words[i + a.used] === '+' || words[i + a.used] === 'plus') return { value: a.value, used: a.used + 1 };
  return a;
}

/** Head-counts in one utterance: a count next to "employees" / "team of" / "somos", or any count when asked. */
function findHeadCounts(text: string, asked: boolean): Count[] {
  const folded = fold(text);
  const found: Count[] = [];
  const solo = folded.search(SOLO);
  if (solo >= 0) found.push({ value: 1, at: solo });
  const words = tokenize(text)
    .filter((t) => !t.before.includes('$'))
    .map((t) => t.norm);
  for (let i = 0; i < words.length; i++) {
    if (/^\$/.test(words[i])) continue;
    const c = readCountOrRange(words, i);
    if (!c) continue;
    const end = i + c.used;
    let nounAfter = false;
    for (let k = end; k < Math.min(words.length, end + 3); k++) {
      if (HEAD_NOUNS.has(words[k])) {
        nounAfter = true;
        break;
      }
      if (!COUNT_FILLER.has(words[k])) break;
    }
    let b = i - 1;
    while (b >= 0 && APPROX.has(words[b])) b--;
    const cueBefore = COUNT_BEFORE.some((p) => p.every((w, k) => words[b - p.length + 1 + k] === w));
    const nextWord = words[end] ?? '';
    const blocked = /^(years?|anos?|trucks?|locations?|dollars?|hours?|minutes?|days?|weeks?|months?|percent|%|k|customers?|clientes|jobs?|calls?|leads?|miles?|am|pm|oclock|o'clock|properties|homes|units|doors|vans|times|veces|horas|dias|meses|semanas|camiones|sucursales)$/.test(nextWord);
    const isCountWord = /^\d/.test(words[i]) || c.used > 1 || !['a', 'an', 'one', 'un', 'una', 'uno'].includes(words[i]);
    if (!blocked && isCountWord && (nounAfter || cueBefore || asked)) found.push({ value: c.value, at: i });
    i = end - 1;
  }
  return found.sort((a, b) => a.at - b.at);
}

/** A CRM size bucket for a widget id/label, CRM value, number or free text. */
export function mapEmployeeCount(input: string | number | null | undefined): EmployeeCount | null {
  if (typeof input === 'number') return bucket(input);
  if (typeof input !== 'string') return null;
  const folded = fold(input).trim();
  if (!folded) return null;
  const exact = EMPLOYEE_COUNTS.find((v) => folded === v || folded.startsWith(`${v} `));
  if (exact) return exact;
  const counts = findHeadCounts(input, true);
  return counts.length ? bucket(counts[0].value) : null;
}

const INDUSTRY_ASK = /\b(industry|what (kind|type|sort) of (business|company|work)|what do you do|what does your (company|business) do|industria|sector|a que se dedica|que tipo de (negocio|empresa)|rubro|giro)\b/;
const SIZE_ASK = /\b(how many (employees|people|staff|techs|technicians|workers|guys|team members|are on your team|people work)|how big is your (team|company|business|crew)|team size|size of your (team|company|business)|cuantos (empleados|trabajadores|personas|tecnicos|colaboradores)|cuantas personas|tamano de (tu|su) (equipo|empresa|negocio))\b/;

export interface ProfileTurn {
  role: 'user' | 'assistant';
  content: string;
}
export interface Profile {
  industry: Industry | null;
  employeeCount: EmployeeCount | null;
}

/** Industry and size from the visitor's own words (the latest statement wins). */
export function extractProfile(turns: ProfileTurn[], _opts: { language?: 'en' | 'es' } = {}): Profile {
  let industry: Industry | null = null;
  let employeeCount: EmployeeCount | null = null;
  let question = '';
  for (const turn of turns) {
    if (turn.role !== 'user') {
      question = fold(turn.content ?? '');
      continue;
    }
    const folded = fold(turn.content ?? '');
    const found = findIndustry(folded);
    if (found) industry = found;
    else if (INDUSTRY_ASK.test(question) && /^\W*(other|otro|something else|otra cosa)\b/.test(folded)) industry = 'Other';
    const counts = findHeadCounts(turn.content ?? '', SIZE_ASK.test(question));
    if (counts.length) employeeCount = bucket(counts[0].value);
    question = '';
  }
  return { industry, employeeCount };
}
