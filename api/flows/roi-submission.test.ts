import { after, before, describe, it } from 'node:test';
import assert from 'node:assert/strict';
import { startHarness, type Harness } from '../testing/harness.js';
import { roiSubmission } from '../testing/fixtures.js';
import { computeRoi } from '../../model/roi.js';

describe('POST /api/leads/roi against the local NCB', () => {
  let h: Harness;
  before(async () => {
    h = await startHarness();
  });
  after(() => h.close());

  it('answers with the server computation, then writes a complete, linked CRM record', async () => {
    const sub = roiSubmission();
    const res = await h.json('/api/leads/roi', sub);
    assert.equal(res.status, 202);
    const body = await res.json();
    assert.deepEqual(body, { ok: true, results: JSON.parse(JSON.stringify(computeRoi(sub.inputs))) });
    await h.jobs.drain();

    const leads = await h.rows('leads');
    assert.equal(leads.length, 1);
    const lead = leads[0]!;
    assert.equal(lead.email, 'dana.whitfield@example.com');
    assert.equal(lead.first_name, 'Dana');
    assert.equal(lead.last_name, 'Whitfield');
    assert.equal(lead.phone, '+15125550134');
    assert.equal(lead.company_name, 'Whitfield Plumbing LLC');
    assert.equal(lead.source, 'roi-calculator');
    assert.equal(lead.industry, 'Construction');
    assert.equal(lead.employee_count, '10-25');
    assert.equal(lead.user_id, 'owner-1');
    assert.ok(Number.isInteger(lead.lead_score) && (lead.lead_score as number) > 50 && (lead.lead_score as number) <= 100, `score ${lead.lead_score}`);
    assert.match(String(lead.source_detail), /utm_source=google/);

    const rois = await h.rows('roi_calculations');
    assert.equal(rois.length, 1);
    const roi = rois[0]!;
    assert.equal(lead.roi_calculation_id, roi.id);
    assert.equal(roi.time_on_calculator, 214);
    assert.equal(roi.adjustments_count, 7);
    assert.equal(roi.email_captured, 1);
    assert.equal(roi.report_requested, 1);
    assert.equal(roi.selected_tier, 'foundation');
    assert.equal(roi.weekly_admin_hours, 35);
    assert.ok(roi.report_sent_at, 'report_sent_at set once EmailIt accepted the report');
    const calc = JSON.parse(String(roi.calculations));
    const expected = computeRoi(sub.inputs);
    assert.equal(calc.roi, expected.roi);
    assert.equal(calc.investment, 9500);
    assert.equal(calc.timeSaved, expected.totalWeeklyHoursSaved);
    assert.equal(typeof calc.weeklyValue, 'number');

    const mail = await h.mailbox.list();
    assert.deepEqual(mail.map((m) => m.to).sort(), ['dana.whitfield@example.com', 'team@kre8tion.test']);
    const report = mail.find((m) => m.to === 'dana.whitfield@example.com')!;
    assert.match(report.subject, /ROI report/);

    const acts = await h.rows('activities');
    assert.equal(acts.length, 2, 'one activity per email sent');
    for (const a of acts) {
      assert.equal(a.lead_id, lead.id);
      assert.equal(a.type, 'email');
      assert.ok(String(a.subject).length > 0);
    }
  });

  it('a retried submission creates nothing twice', async () => {
    const sub = roiSubmission({ email: 'retry@example.com' });
    const before = { leads: (await h.rows('leads')).length, rois: (await h.rows('roi_calculations')).length, mail: (await h.mailbox.list()).length };
    assert.equal((await h.json('/api/leads/roi', sub)).status, 202);
    assert.equal((await h.json('/api/leads/roi', sub)).status, 202);
    await h.jobs.drain();
    assert.equal((await h.json('/api/leads/roi', sub)).status, 202);
    await h.jobs.drain();
    assert.equal((await h.rows('leads')).length, before.leads + 1);
    assert.equal((await h.rows('roi_calculations')).length, before.rois + 1);
    assert.equal((await h.mailbox.list()).length, before.mail + 2);
  });

  it('an existing lead keeps what it has and gains what is new; a blank never overwrites', async () => {
    await h.json('/api/leads/roi', roiSubmission({ email: 'merge@example.com', name: 'Ana Ruiz', phone: undefined, companyName: undefined }));
    await h.jobs.drain();
    await h.json('/api/leads/roi', roiSubmission({ email: 'MERGE@example.com', name: '', phone: '512-555-0199', companyName: 'Ruiz HVAC' }));
    await h.jobs.drain();
    const leads = (await h.rows('leads')).filter((l) => l.email === 'merge@example.com');
    assert.equal(leads.length, 1);
    assert.equal(leads[0]!.first_name, 'Ana');
    assert.equal(leads[0]!.phone, '+15125550199');
    assert.equal(leads[0]!.company_name, 'Ruiz HVAC');
    const rois = (await h.rows('roi_calculations')).filter((r) => r.email === 'merge@example.com');
    assert.equal(rois.length, 2);
    assert.equal(leads[0]!.roi_calculation_id, rois[1]!.id, 'the link points at the newest calculation');
  });

  it('refuses bad input with 400 naming each field, and writes nothing', async () => {
    const count = (await h.rows('leads')).length;
    const bad = roiSubmission({ email: 'not-an-email', submissionId: 'nope' as never });
    (bad.inputs as { hourlyLaborCost: number }).hourlyLaborCost = -5;
    (bad.inputs.taskHours as Record<string, number>).scheduling = 99;
    const res = await h.json('/api/leads/roi', bad);
    assert.equal(res.status, 400);
    const { error } = await res.json();
    assert.equal(error.code, 'invalid_request');
    assert.ok(error.requestId);
    for (const f of ['email', 'submissionId', 'inputs.hourlyLaborCost', 'inputs.taskHours.scheduling']) assert.ok(error.fields[f], `names ${f}`);
    const phone = await h.json('/api/leads/roi', roiSubmission({ phone: '12' }));
    assert.equal(phone.status, 400);
    assert.ok((await phone.json()).error.fields.phone);
    const malformed = await h.json('/api/leads/roi', '{"email":');
    assert.equal(malformed.status, 400);
    assert.equal((await malformed.json()).error.code, 'invalid_json');
    await h.jobs.drain();
    assert.equal((await h.rows('leads')).length, count);
  });

  it('enforces the honeypot (silently) and the minimum fill time', async () => {
    const count = (await h.rows('leads')).length;
    const bot = await h.json('/api/leads/roi', roiSubmission({ email: 'bot@example.com', website_hp: 'http://spam' }));
    assert.equal(bot.status, 202);
    const fast = await h.json('/api/leads/roi', roiSubmission({ email: 'fast@example.com', fillMs: 300 }));
    assert.equal(fast.status, 400);
    assert.equal((await fast.json()).error.code, 'too_fast');
    await h.jobs.drain();
    assert.equal((await h.rows('leads')).length, count);
    assert.ok(!(await h.mailbox.list()).some((m) => m.to === 'bot@example.com'));
  });
});
