/**
 * The email catalogue. Each template is a pure function of its data returning `{subject, html, text, tags}`;
 * every visitor value is escaped by html`…` (./html.ts) and every number goes through Intl.
 */
export type { EmailContent } from './templates/layout.js';
export { roiReport, bookingCtaUrl, type RoiReportData } from './templates/roi-report.js';
export { roiDossier, roiColour, type RoiDossierData } from './templates/roi-dossier.js';
export { bookingConfirmation, type BookingConfirmationData } from './templates/booking-confirmation.js';
export { bookingDossier, type BookingDossierData } from './templates/booking-dossier.js';
export { voiceLeadDossier, leadFullName, type VoiceLeadDossierData, type TranscriptTurn } from './templates/voice-lead-dossier.js';
export type { LeadTier } from './templates/dossier-parts.js';
