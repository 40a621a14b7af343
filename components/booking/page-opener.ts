import type { BookingType } from '../../model/contracts.js';

/** What a page trigger asks of the widget it opens. */
export interface OpenableBooking extends HTMLElement {
  mode: string;
  open(options?: { type?: BookingType; returnFocusTo?: HTMLElement }): void;
}

// Keyed on the document through a global symbol, so two copies of the kit on one page still add one listener.
const INSTALLED = Symbol.for('kre8.booking.page-opener');

/** The widget a trigger opens: the first modal one, else the first. */
function targetFor(tag: string): OpenableBooking | null {
  const all = [...document.querySelectorAll(tag)] as OpenableBooking[];
  return all.find((el) => el.mode === 'modal') ?? all[0] ?? null;
}

/**
 * Lets any element with `data-kre8-open="booking"` (optionally `data-kre8-booking-type="assessment"`) open
 * the booking widget, through one delegated click listener per page. Returns false when already installed.
 */
export function installPageOpener(tag: string): boolean {
  const doc = document as Document & { [INSTALLED]?: boolean };
  if (doc[INSTALLED]) return false;
  doc[INSTALLED] = true;
  doc.addEventListener('click', (event) => {
    const trigger = event
      .composedPath()
      .find((n): n is HTMLElement => n instanceof HTMLElement && n.dataset.kre8Open === 'booking');
    if (!trigger) return;
    const widget = targetFor(tag);
    if (!widget || typeof widget.open !== 'function') return;
    event.preventDefault();
    const type = trigger.dataset.kre8BookingType;
    widget.open({
      type: type === 'assessment' || type === 'consultation' ? type : undefined,
      returnFocusTo: trigger,
    });
  });
  return true;
}
