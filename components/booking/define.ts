import { Kre8Booking } from './booking.js';

Kre8Booking.define('kre8-booking');

export { Kre8Booking };

declare global {
  interface HTMLElementTagNameMap {
    'kre8-booking': Kre8Booking;
  }
}
