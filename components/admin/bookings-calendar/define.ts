import { Kre8BookingsCalendar } from './bookings-calendar.js';

Kre8BookingsCalendar.define('kre8-bookings-calendar');
export { Kre8BookingsCalendar };
declare global {
  interface HTMLElementTagNameMap {
    'kre8-bookings-calendar': Kre8BookingsCalendar;
  }
}
