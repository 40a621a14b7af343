import type { Client } from '@libsql/client';
import { createLocalNcbStore } from '../ncb/local/store.js';
import { localUserId } from './admin-auth.js';
import { ASSESSMENT } from '../../model/catalog.js';

/**
 * A small believable CRM data set for the local NCB (`npm run seed:crm`): three users (an admin, a team member,
 * a customer), two companies with contacts, an opportunity and a partnership, four landing leads with their ROI
 * calculation, voice session, booking and email activities, and one blocked date. Dates are relative to `now`
 * so the calendar and the dashboard always have something this week. Each row is written at the time its event
 * happened (NCB stamps `created_at` itself), so a lead's timeline reads in order rather than all at one minute.
 * Returns the created ids per table.
 */
export async function seedCrm(db: Client, opts: { adminEmail: string; now?: Date }): Promise<Record<string, number[]>> {
  const now = opts.now ?? new Date();
  let clock = now;
  const store = createLocalNcbStore(db, { now: () => clock });
  const day = (offset: number) => new Date(now.getTime() + offset * 86_400_000).toISOString().slice(0, 10);
  const at = (offset: number, hh = 10) => `${day(offset)}T${String(hh).padStart(2, '0')}:00:00.000Z`;
  const ids: Record<string, number[]> = {};
  /** Creates a row stamped `when` (an `at()` time; default the seed's `now`). */
  const add = async (table: string, row: Record<string, unknown>, when?: string) => {
    clock = when ? new Date(when) : now;
    const id = await store.create(table, row);
    (ids[table] ??= []).push(id);
    return id;
  };
  const owner = localUserId(opts.adminEmail);

  await add('user_profiles', { user_id: owner, role: 'admin', display_name: 'Local Admin' });
  await add('user_profiles', { user_id: localUserId('sam@kre8tion.local'), role: 'team_member', display_name: 'Sam Rivera' });
  await add('user_profiles', { user_id: localUserId('owner@acmehvac.example'), role: 'customer', display_name: 'Maria Lopez' });

  const acme = await add('companies', { user_id: owner, name: 'Acme HVAC', industry: 'HVAC', employee_count: '10-25', city: 'Fresno', state: 'CA', website: 'https://acmehvac.example', ai_maturity_score: 2 });
  const blue = await add('companies', { user_id: owner, name: 'Blue Pipe Plumbing', industry: 'Plumbing', employee_count: '5-10', city: 'Austin', state: 'TX', notes: 'Met at the trade show.' });
  const maria = await add('contacts', { user_id: owner, first_name: 'Maria', last_name: 'Lopez', email: 'owner@acmehvac.example', company_id: acme, role: 'Owner', decision_maker: 1 });
  await add('contacts', { user_id: owner, first_name: 'Dev', last_name: 'Patel', email: 'dev@bluepipe.example', company_id: blue, role: 'Operations Manager' });
  const opp = await add('opportunities', { user_id: owner, name: 'Acme HVAC — Foundation', company_id: acme, primary_contact_id: maria, tier: 'foundation', stage: 'closed-won', setup_fee: 5000, monthly_fee: 1500, total_contract_value: 23000, expected_close_date: day(-10) });
  await add('opportunities', { user_id: owner, name: 'Blue Pipe — Discovery', company_id: blue, tier: 'discovery', stage: 'discovery-call', setup_fee: 2500, monthly_fee: 750, total_contract_value: 11500 });
  const partnership = await add('partnerships', { user_id: owner, company_name: 'Acme HVAC', company_id: acme, opportunity_id: opp, tier: 'foundation', status: 'active', phase: 'deploy', health_score: 82, systems_delivered: 1, total_systems: 3, monthly_revenue: 1500, start_date: day(-30), customer_email: 'owner@acmehvac.example' });
  await add('delivered_systems', { user_id: owner, partnership_id: partnership, name: 'Dispatch voice line', status: 'live', deployed_at: at(-5) });
  await add('customer_access', { user_id: localUserId('owner@acmehvac.example'), partnership_id: partnership, access_level: 'view', granted_by: owner, granted_at: at(-20) });

  const calc = { timeSaved: 12, weeklyValue: 780, totalValue: 40560, investment: 9500, roi: 327, paybackWeeks: 12 };
  const roi = await add('roi_calculations', { user_id: owner, email: 'lena@sunvalley.example', industry: 'Landscaping', employee_count: '10-25', hourly_rate: 65, weekly_admin_hours: 20, calculations: JSON.stringify(calc), selected_tier: 'foundation', email_captured: 1, report_requested: 1, report_sent_at: at(-2, 15), time_on_calculator: 245, adjustments_count: 4 }, at(-2, 14));
  const voice = await add('voice_sessions', {
    user_id: owner, external_session_id: '5b2f8c1e-0d4a-4f7e-9a61-3c2b7d9e1f00', start_time: at(-1, 17), end_time: at(-1, 17), duration: 184, language: 'en', device: 'mobile',
    messages: JSON.stringify([{ role: 'user', content: 'Can you help a plumbing shop with after-hours calls?' }, { role: 'assistant', content: 'Yes — a voice line can answer and book them. Want a 30-minute consultation?' }]),
    total_questions: 3, topics: JSON.stringify(['after-hours calls']), sentiment: 'positive', intents: JSON.stringify(['booking_intent']), outcome: 'booking_scheduled',
  }, at(-1, 17));
  const booking = await add('bookings', { guest_name: 'Tom Okafor', guest_email: 'tom@okaforplumbing.example', guest_phone: '+15125550142', booking_date: day(2), start_time: '10:00', end_time: '10:30', timezone: 'America/Los_Angeles', status: 'confirmed', booking_type: 'consultation', company_name: 'Okafor Plumbing', notes: 'Wants after-hours call handling.' }, at(-1, 17));
  await add('bookings', { guest_name: 'Lena Park', guest_email: 'lena@sunvalley.example', booking_date: day(4), start_time: '13:00', end_time: '16:00', timezone: 'America/Los_Angeles', status: 'confirmed', booking_type: 'assessment', company_name: 'Sun Valley Landscaping', payment_status: 'paid', payment_amount_cents: ASSESSMENT.priceCents }, at(-2, 15));
  await add('bookings', { guest_name: 'Rae Kim', guest_email: 'rae@kimelectric.example', booking_date: day(-3), start_time: '09:30', end_time: '10:00', timezone: 'America/Los_Angeles', status: 'cancelled', booking_type: 'consultation' }, at(-6, 9));

  const lena = await add('leads', { user_id: owner, email: 'lena@sunvalley.example', first_name: 'Lena', last_name: 'Park', company_name: 'Sun Valley Landscaping', source: 'roi-calculator', source_detail: 'ROI calculator — Foundation', industry: 'Landscaping', employee_count: '10-25', status: 'contacted', lead_score: 78, roi_calculation_id: roi, last_email_opened_at: at(-1, 9), email_click_count: 2, email_status: 'delivered' }, at(-2, 14));
  const tom = await add('leads', { user_id: owner, email: 'tom@okaforplumbing.example', first_name: 'Tom', last_name: 'Okafor', phone: '+15125550142', company_name: 'Okafor Plumbing', source: 'voice-agent', source_detail: 'Voice agent (en)', industry: 'Plumbing', status: 'new', lead_score: 64, voice_session_id: voice, booking_id: booking }, at(-1, 17));
  await add('leads', { user_id: owner, email: 'rae@kimelectric.example', first_name: 'Rae', last_name: 'Kim', company_name: 'Kim Electric', source: 'referral', industry: 'Electrical', status: 'qualified', lead_score: 41 }, at(-6, 9));
  await add('leads', { user_id: owner, email: 'bounce@nowhere.example', source: 'other', status: 'new', lead_score: 5, email_status: 'bounced' }, at(-4, 10));

  const act = (when: string, row: Record<string, unknown>) => add('activities', { user_id: owner, ...row }, when);
  // metadata.kind as the kit's flows write it: the dashboard and the lead's engagement count by it
  await act(at(-2, 15), { type: 'email', subject: 'ROI report sent to lena@sunvalley.example', description: 'Foundation tier report', lead_id: lena, status: 'completed', metadata: JSON.stringify({ kind: 'email.sent' }) });
  await act(at(-1, 9), { type: 'email', subject: 'Email opened: Your ROI report', lead_id: lena, metadata: JSON.stringify({ kind: 'email.open' }) });
  await act(at(-1, 11), { type: 'note', subject: 'Note', description: 'Asked about crew scheduling too.', lead_id: lena });
  await act(at(-1, 12), { type: 'task', subject: 'Call Lena about the Foundation tier', lead_id: lena, status: 'pending', priority: 'high', due_date: at(1, 16) });
  await act(at(-1, 17), { type: 'meeting', subject: 'Consultation booked', description: 'Consultation with Tom Okafor', lead_id: tom, status: 'pending' });
  await act(at(-3, 14), { type: 'followup', subject: 'Send Acme the deployment plan', company_id: acme, status: 'pending', priority: 'medium', due_date: at(-1, 17) });
  await add('blocked_dates', { date: day(6), reason: 'Team offsite' });
  return ids;
}
