/**
 * The only module that knows NCB's table and column names. Flows speak in domain terms (LeadFacts,
 * RoiRowFacts, …) and this module maps them onto the CRM schema (api/ncb/schema.ts).
 */
export * from './leads.js';
export * from './activities.js';
export * from './roi.js';
export * from './bookings.js';
export * from './voice-sessions.js';
export * from './payments.js';
export * from './engagement.js';
