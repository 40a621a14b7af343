import type { CheckoutStatus } from '../../model/contracts.js';
import type { DateKey } from './calendar-math.js';

/**
 * Where the visitor is in a booking, as one value: which view shows, and the day and time picked. Every
 * change goes through `next`, so combinations no flow can reach (a time without a day, a confirmation with a
 * time still picked) cannot be written. Pure: the element does the I/O and renders the state.
 */

export type Slot = { start: string; end: string };
export type View = 'pick' | 'resuming' | 'pending' | 'status-error' | 'confirmed' | 'not-completed';
export interface BookingState {
  view: View;
  date: DateKey | null;
  slot: Slot | null;
}

export type BookingEvent =
  | { type: 'date'; date: DateKey }
  | { type: 'slot'; slot: Slot }
  /** Back to the times ("change time"), or the slot was taken meanwhile. */
  | { type: 'unslot' }
  /** Another meeting type or time zone: the day and time picked belong to the old one. */
  | { type: 'reset' }
  | { type: 'booked' }
  /** `open()`, a page trigger or "book another": a finished booking gives way to a fresh picker. */
  | { type: 'open' }
  | { type: 'resume' }
  | { type: 'status'; status: CheckoutStatus['status'] }
  | { type: 'status-failed' }
  | { type: 'cancelled' };

export const initialState: BookingState = { view: 'pick', date: null, slot: null };

export function next(s: BookingState, e: BookingEvent): BookingState {
  const picking = s.view === 'pick';
  switch (e.type) {
    case 'date':
      return picking ? { ...s, date: e.date } : s;
    case 'slot':
      return picking && s.date ? { ...s, slot: e.slot } : s;
    case 'unslot':
      return { ...s, slot: null };
    case 'reset':
      return picking ? initialState : s;
    case 'booked':
      return picking && s.slot ? { ...initialState, view: 'confirmed' } : s;
    case 'open':
      return s.view === 'confirmed' || s.view === 'not-completed' ? initialState : s;
    case 'resume':
      return s.view === 'confirmed' ? s : { ...initialState, view: 'resuming' };
    case 'status':
      return s.view !== 'resuming' ? s
        : { ...s, view: e.status === 'paid' ? 'confirmed' : e.status === 'pending' ? 'pending' : 'not-completed' };
    case 'status-failed':
      return s.view === 'resuming' ? { ...s, view: 'status-error' } : s;
    case 'cancelled':
      return { ...initialState, view: 'not-completed' };
  }
}
