import { Kre8CrmDashboard } from './crm-dashboard.js';

Kre8CrmDashboard.define('kre8-crm-dashboard');
export { Kre8CrmDashboard };
declare global {
  interface HTMLElementTagNameMap {
    'kre8-crm-dashboard': Kre8CrmDashboard;
  }
}
