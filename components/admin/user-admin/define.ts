import { Kre8UserAdmin } from './user-admin.js';

Kre8UserAdmin.define('kre8-user-admin');
export { Kre8UserAdmin };
declare global {
  interface HTMLElementTagNameMap {
    'kre8-user-admin': Kre8UserAdmin;
  }
}
