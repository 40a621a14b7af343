/**
 * Lead score (G8): an integer 0–100 written to leads.lead_score, with a tier and human-readable factors for
 * the admin dossier. Three parts, each capped, summing to at most 100:
 *
 *   Profile fit (max 40) — industry and size are first normalised through profile.ts, so "Plumbing",
 *   "plumbing", "plomería" and "5-10 employees" / "5-10 empleados" / "5-10" score the same (the original
 *   compared raw strings, so the widgets' own labels scored as a micro-business).
 *     industry: target (HVAC, Plumbing, Construction, Property Management incl. real estate) +20,
 *               adjacent trade (Electrical, Landscaping) +12, any other stated industry +5
 *     size:     10-25 or 25-50 (ideal 10–50) +20, 5-10 +14, 50-100 +12, 100+ +8, 1-5 +4
 *   Contact completeness (max 30) — email +10, phone +10, name +5 (first or last), company +5
 *   Intent shown (max 30) — booked a meeting +20 (or only asked for one +12), ran an estimate +5,
 *     asked about pricing +3, engaged 3 min or more +2 (1–3 min +1)
 *
 * Tiers: high ≥ 80, medium ≥ 50, else low. Every factor only adds, so adding information never lowers the
 * score (tested).
 */
import { mapEmployeeCount, mapIndustry, type EmployeeCount, type Industry } from './profile.js';

export interface ScoreInput {
  email?: string | null;
  phone?: string | null;
  firstName?: string | null;
  lastName?: string | null;
  companyName?: string | null;
  industry?: string | null;
  employeeCount?: string | null;
  intent?: { askedForBooking?: boolean; bookedMeeting?: boolean; ranEstimate?: boolean; askedPricing?: boolean; engagedSeconds?: number };
}

export type ScoreTier = 'low' | 'medium' | 'high';
export interface LeadScore {
  score: number;
  tier: ScoreTier;
  factors: string[];
}

export const WEIGHTS = {
  industry: { target: 20, adjacent: 12, other: 5 },
  size: { ideal: 20, good: 14, large: 12, enterprise: 8, micro: 4 },
  contact: { email: 10, phone: 10, name: 5, company: 5 },
  intent: { booked: 20, askedBooking: 12, ranEstimate: 5, askedPricing: 3, engagedLong: 2, engagedShort: 1 },
} as const;
export const THRESHOLDS = { high: 80, medium: 50 } as const;

const TARGET: Industry[] = ['HVAC', 'Plumbing', 'Construction', 'Property Management'];
const ADJACENT: Industry[] = ['Electrical', 'Landscaping'];

function industryPart(industry: Industry | null): [number, string] | null {
  if (!industry) return null;
  if (TARGET.includes(industry)) return [WEIGHTS.industry.target, `Target industry (${industry})`];
  if (ADJACENT.includes(industry)) return [WEIGHTS.industry.adjacent, `Adjacent trade (${industry})`];
  return [WEIGHTS.industry.other, 'Other industry'];
}

function sizePart(size: EmployeeCount | null): [number, string] | null {
  switch (size) {
    case '10-25':
    case '25-50':
      return [WEIGHTS.size.ideal, `Ideal business size (${size} employees)`];
    case '5-10':
      return [WEIGHTS.size.good, 'Good business size (5-10 employees)'];
    case '50-100':
      return [WEIGHTS.size.large, 'Larger business (50-100 employees)'];
    case '100+':
      return [WEIGHTS.size.enterprise, 'Enterprise (100+ employees)'];
    case '1-5':
      return [WEIGHTS.size.micro, 'Micro-business (1-5 employees)'];
    default:
      return null;
  }
}

const present = (s: string | null | undefined) => typeof s === 'string' && s.trim().length > 0;

export function scoreLead(input: ScoreInput): LeadScore {
  const factors: string[] = [];
  let score = 0;
  const add = (part: [number, string] | null) => {
    if (!part) return;
    score += part[0];
    factors.push(part[1]);
  };

  add(industryPart(mapIndustry(input.industry)));
  add(sizePart(mapEmployeeCount(input.employeeCount)));

  if (present(input.email) && input.email?.includes('@')) add([WEIGHTS.contact.email, 'Has email']);
  if (present(input.phone)) add([WEIGHTS.contact.phone, 'Has phone']);
  if (present(input.firstName) || present(input.lastName)) add([WEIGHTS.contact.name, 'Gave their name']);
  if (present(input.companyName)) add([WEIGHTS.contact.company, 'Gave their company']);

  const intent = input.intent ?? {};
  if (intent.bookedMeeting) add([WEIGHTS.intent.booked, 'Booked a meeting']);
  else if (intent.askedForBooking) add([WEIGHTS.intent.askedBooking, 'Asked to book a meeting']);
  if (intent.ranEstimate) add([WEIGHTS.intent.ranEstimate, 'Ran an ROI estimate']);
  if (intent.askedPricing) add([WEIGHTS.intent.askedPricing, 'Asked about pricing']);
  const secs = Number(intent.engagedSeconds);
  if (Number.isFinite(secs) && secs >= 180) add([WEIGHTS.intent.engagedLong, `Engaged ${Math.floor(secs / 60)} min`]);
  else if (Number.isFinite(secs) && secs >= 60) add([WEIGHTS.intent.engagedShort, `Engaged ${Math.floor(secs / 60)} min`]);

  score = Math.max(0, Math.min(100, Math.round(score)));
  const tier: ScoreTier = score >= THRESHOLDS.high ? 'high' : score >= THRESHOLDS.medium ? 'medium' : 'low';
  return { score, tier, factors };
}
