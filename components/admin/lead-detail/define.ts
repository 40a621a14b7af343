import { Kre8LeadDetail } from './lead-detail.js';

Kre8LeadDetail.define('kre8-lead-detail');
export { Kre8LeadDetail };
declare global {
  interface HTMLElementTagNameMap {
    'kre8-lead-detail': Kre8LeadDetail;
  }
}
