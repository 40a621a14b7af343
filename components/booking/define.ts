import { KreBooking } from './booking.js';

KreBooking.define('kre8-booking');

export { KreBooking };

declare global {
  interface HTMLElementTagNameMap {
    'kre8-booking': KreBooking;
  }
}
