import type { NcbClient } from '../ncb/client.js';
import type { EMPLOYEE_COUNTS, INDUSTRIES, TIERS } from '../ncb/schema.js';

export interface RoiRowFacts {
  submissionId: string;
  email: string;
  industry: (typeof INDUSTRIES)[number];
  employeeCount: (typeof EMPLOYEE_COUNTS)[number];
  hourlyRate: number;
  weeklyAdminHours: number;
  tier: (typeof TIERS)[number];
  /** The CRM's numbers ({timeSaved, weeklyValue, totalValue, investment, roi, paybackWeeks}) plus detail. */
  calculations: Record<string, unknown>;
  timeOnCalculatorSeconds: number;
  adjustmentsCount: number;
}

/**
 * One roi_calculations row per submission. The submission id travels inside the `calculations` JSON, which
 * is how a retried job finds the row it already wrote (NCB has no unique constraint we could use).
 */
export async function createRoiCalculation(ncb: NcbClient, f: RoiRowFacts): Promise<number> {
  const marker = `"submissionId":${JSON.stringify(f.submissionId)}`;
  const found = await ncb.findOne('roi_calculations', { calculations: { like: `%${marker}%` } });
  if (found) return found.id;
  return ncb.create('roi_calculations', {
    email: f.email,
    industry: f.industry,
    employee_count: f.employeeCount,
    hourly_rate: f.hourlyRate,
    weekly_admin_hours: f.weeklyAdminHours,
    selected_tier: f.tier,
    calculations: JSON.stringify({ ...f.calculations, submissionId: f.submissionId }),
    time_on_calculator: Math.round(f.timeOnCalculatorSeconds),
    adjustments_count: Math.round(f.adjustmentsCount),
    email_captured: 1,
    report_requested: 1,
  });
}

export function markReportSent(ncb: NcbClient, roiId: number, at: Date) {
  return ncb.update('roi_calculations', roiId, { report_sent_at: at.toISOString() });
}
