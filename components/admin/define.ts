// dist/kre8-admin.js: every admin element, for the CRM (one script tag). Never loaded by the landing page.
export * from './lead-detail/define.js';
export * from './delete-button/define.js';
export * from './bookings-calendar/define.js';
export * from './csv-export/define.js';
export * from './crm-dashboard/define.js';
export * from './user-admin/define.js';
export * from './entity-notes/define.js';
export * from './task-list/define.js';
