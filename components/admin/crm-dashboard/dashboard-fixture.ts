/** Test-only: a fixed data set for the dashboard, shared by its pure and element tests. */
import type { Row } from '../shared/data-client.js';
import type { Tables } from './metrics.js';

const meta = (kind: string) => JSON.stringify({ dedupe: `k-${Math.random()}`, kind });
const rows = (xs: Record<string, unknown>[]) => xs as Row[];

/** A fixed week (Mon 16 – Sun 22 Nov 2026, Los Angeles) and the week before it, in NCB's formats. */
export function fixedTables(): Tables {
  return {
    leads: rows([
      { id: 1, created_at: '2026-11-16T18:00:00.000Z', source: 'roi-calculator', status: 'new' },
      // 07:30 UTC on the 17th is 23:30 on the 16th in Los Angeles
      { id: 2, created_at: '2026-11-17T07:30:00.000Z', source: 'voice-agent', status: 'contacted', voice_session_id: 1 },
      { id: 3, created_at: '2026-11-18T20:00:00.000Z', source: 'roi-calculator', status: 'qualified', last_email_opened_at: '2026-11-19 10:00:00' },
      { id: 4, created_at: '2026-11-20T20:00:00.000Z', source: 'referral', status: 'converted', email_status: 'bounced' },
      { id: 5, created_at: '2026-11-19T20:00:00.000Z', source: 'other', status: 'disqualified', deleted_at: '2026-11-20T00:00:00.000Z' },
      { id: 6, created_at: '2026-11-10T20:00:00.000Z', source: 'roi-calculator', status: 'contacted' },
      { id: 7, created_at: '2026-11-23T09:00:00.000Z', source: 'referral', status: 'new' },
    ]),
    opportunities: rows([
      { id: 1, created_at: '2026-11-17T12:00:00.000Z', stage: 'closed-won', setup_fee: '1500.00' },
      { id: 2, created_at: '2026-11-19T12:00:00.000Z', stage: 'proposal-sent' },
      { id: 3, created_at: '2026-11-12T12:00:00.000Z', stage: 'closed-won' },
    ]),
    activities: rows([
      { id: 1, lead_id: 1, type: 'email', subject: 'ROI report sent to a@example.com', metadata: meta('email.sent'), created_at: '2026-11-16T19:00:00.000Z' },
      { id: 2, lead_id: 1, type: 'email', subject: 'ROI lead dossier sent to the team (a@example.com)', metadata: meta('email.sent'), created_at: '2026-11-16T19:00:01.000Z' },
      { id: 3, lead_id: 3, type: 'email', subject: 'ROI report sent to c@example.com', metadata: meta('email.sent'), created_at: '2026-11-18T21:00:00.000Z' },
      { id: 4, lead_id: 4, type: 'email', subject: 'Booking confirmation sent to d@example.com', metadata: meta('email.sent'), created_at: '2026-11-20T21:00:00.000Z' },
      { id: 5, lead_id: 4, type: 'email', subject: 'Booking confirmation sent to d@example.com', metadata: meta('email.sent'), created_at: '2026-11-21T21:00:00.000Z' },
      { id: 6, lead_id: 1, type: 'email', subject: 'Email opened: Your ROI report', metadata: meta('email.open'), created_at: '2026-11-17T10:00:00.000Z' },
      { id: 7, lead_id: 1, type: 'email', subject: 'Email link clicked: Your ROI report', metadata: meta('email.click'), created_at: '2026-11-17T10:05:00.000Z' },
      { id: 8, lead_id: 6, type: 'email', subject: 'ROI report sent to f@example.com', metadata: meta('email.sent'), created_at: '2026-11-10T21:00:00.000Z' },
      { id: 9, lead_id: 2, type: 'note', subject: 'Voice agent conversation (English)', metadata: null, created_at: '2026-11-16T21:00:00.000Z' },
    ]),
    roi_calculations: rows([
      { id: 1, created_at: '2026-11-16T18:00:00.000Z', calculations: '{"roi":293}', selected_tier: 'foundation', email_captured: 1, time_on_calculator: 245 },
      { id: 2, created_at: '2026-11-18T20:00:00.000Z', calculations: '{"roi":100}', selected_tier: 'foundation', email_captured: 0, time_on_calculator: 60 },
      { id: 3, created_at: '2026-11-20T20:00:00.000Z', calculations: '{"roi":507}', selected_tier: 'architect', email_captured: 1, time_on_calculator: 115 },
      { id: 4, created_at: '2026-11-21T20:00:00.000Z', calculations: 'not json', selected_tier: 'discovery', email_captured: 0, time_on_calculator: 0 },
      { id: 5, created_at: '2026-11-11T20:00:00.000Z', calculations: '{"roi":50}', selected_tier: 'discovery', email_captured: 1, time_on_calculator: 30 },
    ]),
    voice_sessions: rows([
      { id: 1, start_time: '2026-11-16T20:00:00.000Z', contact_id: null, outcome: 'booking_scheduled' },
      { id: 2, start_time: '2026-11-18T20:00:00.000Z', contact_id: 5, outcome: 'left_site' },
      { id: 3, start_time: '2026-11-19T20:00:00.000Z', contact_id: null, outcome: 'roi_calculator' },
      { id: 4, start_time: '2026-11-21T20:00:00.000Z', contact_id: null, outcome: 'left_site' },
    ]),
    bookings: rows([
      { id: 1, booking_date: '2026-11-17T00:00:00.000Z', booking_type: 'consultation', status: 'confirmed' },
      { id: 2, booking_date: '2026-11-19T00:00:00.000Z', booking_type: 'assessment', status: 'confirmed' },
      { id: 3, booking_date: '2026-11-20T00:00:00.000Z', booking_type: 'consultation', status: 'cancelled' },
      { id: 4, booking_date: '2026-11-25T00:00:00.000Z', booking_type: 'consultation', status: 'confirmed' },
      { id: 5, booking_date: '2026-11-12T00:00:00.000Z', booking_type: 'consultation', status: 'confirmed' },
    ]),
  };
}
