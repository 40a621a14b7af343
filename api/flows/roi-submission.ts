import type { RoiSubmission } from '../../model/contracts.js';
import { computeRoi, crmCalculations, TASK_IDS, type RoiResults } from '../../model/roi.js';
import { tierName } from '../../model/labels.js';
import type { Deps } from '../deps.js';
import { createRoiCalculation, logActivity, markReportSent } from '../crm/index.js';
import { roiDossier, roiReport } from '../email/templates.js';
import { mapEmployeeCount, mapIndustry } from '../lead/profile.js';
import { scoreLead } from '../lead/score.js';
import type { JobContext } from '../store/jobs.js';
import { attributionSummary, sendOnce, settleAll, splitName, toE164, upsertLeadLocked, withPartner, type RequestMeta } from './common.js';

export interface RoiJob {
  submission: RoiSubmission;
  meta: RequestMeta;
}

/**
 * The visitor-facing half: recompute the results from the inputs (browser numbers are never trusted), store
 * the job durably, answer. The CRM writes and emails follow in `runRoiJob`; the same submissionId twice is
 * one job (a retry creates nothing twice).
 */
export async function acceptRoiSubmission(deps: Deps, submission: RoiSubmission, meta: RequestMeta): Promise<RoiResults> {
  const phone = toE164(submission.phone);
  const results = computeRoi(submission.inputs);
  const clean: RoiSubmission = { ...submission, phone: phone ?? undefined, attribution: withPartner(deps, submission.attribution, meta) };
  await deps.jobs.enqueue('roi-submission', { submission: clean, meta } satisfies RoiJob, { key: `roi:${submission.submissionId}`, mode: 'once' });
  return results;
}

export async function runRoiJob(deps: Deps, job: RoiJob, ctx: JobContext): Promise<void> {
  const { submission: s } = job;
  const results = computeRoi(s.inputs);
  const industry = mapIndustry(s.inputs.industry) ?? 'Other';
  const employeeCount = mapEmployeeCount(s.inputs.employees) ?? '1-5';
  const { firstName, lastName } = splitName(s.name);
  const score = scoreLead({
    email: s.email,
    phone: s.phone,
    firstName,
    lastName,
    companyName: s.companyName,
    industry,
    employeeCount,
    intent: { ranEstimate: true, engagedSeconds: s.engagement.timeOnCalculatorSeconds },
  });
  const tierLabel = tierName(s.inputs.tier, 'en');
  const detail = [`ROI calculator (${tierLabel}, ${results.roi}% ROI)`, attributionSummary(s.attribution)].filter(Boolean).join(' · ');

  // The calculation row first, so the lead is written once with its link; the two emails need neither the
  // lead nor each other, so they start as soon as the row exists.
  const weeklyAdminHours = TASK_IDS.reduce((sum, id) => sum + s.inputs.taskHours[id], 0);
  const roiId = await ctx.step('roi-row', () =>
    createRoiCalculation(deps.ncb, {
      submissionId: s.submissionId,
      email: s.email,
      industry,
      employeeCount,
      hourlyRate: s.inputs.hourlyLaborCost,
      weeklyAdminHours,
      tier: s.inputs.tier,
      calculations: { ...crmCalculations(results), monthlyRevenueRecovery: results.monthlyRevenueRecovery, automatedTasks: results.automatedTasks.map((t) => t.taskId), leadScore: score.score, scoreFactors: score.factors },
      timeOnCalculatorSeconds: s.engagement.timeOnCalculatorSeconds,
      adjustmentsCount: s.engagement.adjustmentsCount,
    }),
  );
  const lead = ctx.step('lead', async () =>
    (
      await upsertLeadLocked(deps, {
        email: s.email,
        firstName,
        lastName,
        phone: s.phone,
        companyName: s.companyName,
        industry,
        employeeCount,
        source: 'roi-calculator',
        sourceDetail: detail,
        score: score.score,
        links: { roiCalculationId: roiId },
      })
    ).id,
  );
  const report = (async () => {
    const mail = roiReport(s.locale, { name: s.name ?? null, inputs: s.inputs, results, siteUrl: deps.config.SITE_URL });
    const sent = await sendOnce(deps, ctx, 'report', { to: s.email, ...mail });
    await Promise.all([
      // A report the daily limit held back was never sent: report_sent_at stays empty, the activity says so.
      sent.skipped
        ? Promise.resolve()
        : ctx.step('report-sent-at', async () => {
            await markReportSent(deps.ncb, roiId, new Date(sent.at));
            return true;
          }),
      ctx.step('activity:report', async () =>
        logActivity(deps.ncb, {
          leadId: await lead,
          subject: sent.skipped ? `ROI report NOT sent to ${s.email} (daily email limit for this address)` : `ROI report sent to ${s.email}`,
          description: `${tierLabel} · ${results.roi}% ROI · payback ${results.paybackWeeks ?? '—'} weeks · annual benefit $${results.annualBenefit}`,
          dedupeKey: `roi:${s.submissionId}:report`,
          kind: sent.skipped ? 'email.skipped' : 'email.sent',
        }),
      ),
    ]);
  })();
  const dossier = (async () => {
    const mail = roiDossier({ email: s.email, name: s.name ?? null, companyName: s.companyName ?? null, phone: s.phone ?? null, inputs: s.inputs, results, score: score.score, tier: score.tier, factors: score.factors, attribution: s.attribution });
    await sendOnce(deps, ctx, 'dossier', { to: deps.config.ADMIN_EMAIL, ...mail });
    const leadId = await lead;
    await ctx.step('activity:dossier', () =>
      logActivity(deps.ncb, {
        leadId,
        subject: `ROI lead dossier sent to the team (${s.email})`,
        description: `Score ${score.score}/100 (${score.tier}): ${score.factors.join(', ')}`,
        dedupeKey: `roi:${s.submissionId}:dossier`,
        kind: 'email.sent',
      }),
    );
  })();
  await settleAll([lead, report, dossier]);
}
