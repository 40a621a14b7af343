import type { AgentAction, BookingType, CapturedLead } from '../../model/contracts.js';
import { leadName } from './lead.js';

/** What `<kre8-booking>.open()` accepts: the booking type and the contact details the agent already has. */
export interface BookingPrefill {
  type: BookingType;
  /** The slot under discussion in the conversation, to preselect. */
  start?: string;
  name?: string;
  email?: string;
  phone?: string;
  companyName?: string;
}

interface BookingOpener extends Element {
  open?: (prefill: BookingPrefill) => unknown;
}

/** The prefill for an open-booking action: target "assessment" books the assessment, anything else a consultation. */
export function bookingPrefill(action: AgentAction, lead: CapturedLead | null): BookingPrefill {
  const prefill: BookingPrefill = { type: action.target === 'assessment' ? 'assessment' : 'consultation' };
  if (action.start) prefill.start = action.start;
  const name = leadName(lead);
  if (name) prefill.name = name;
  if (lead?.email) prefill.email = lead.email;
  if (lead?.phone) prefill.phone = lead.phone;
  if (lead?.companyName) prefill.companyName = lead.companyName;
  return prefill;
}

function scrollOptions(): ScrollIntoViewOptions {
  const reduce = matchMedia('(prefers-reduced-motion: reduce)').matches;
  return { behavior: reduce ? 'auto' : 'smooth', block: 'start' };
}

/**
 * Carries out an agent action on the host page. Returns true when the visitor was sent to the calculator (it
 * has focus now and the panel should step aside so as not to cover it). The booking keeps the panel open: its
 * modal sits on top and hands focus back to the conversation when it closes.
 */
export function performAction(action: AgentAction, lead: CapturedLead | null, doc: Document = document): boolean {
  switch (action.type) {
    case 'open-booking': {
      const booking = doc.querySelector<BookingOpener>('kre8-booking');
      if (typeof booking?.open !== 'function') return false;
      void booking.open(bookingPrefill(action, lead));
      return false;
    }
    case 'open-roi-calculator': {
      const calc = doc.querySelector<HTMLElement>('kre8-roi-calculator') ?? doc.getElementById('roi-calculator');
      if (!calc) return false;
      calc.scrollIntoView(scrollOptions());
      calc.focus({ preventScroll: true });
      // A plain section is not focusable: make it a programmatic focus target, as skip links do.
      if (doc.activeElement !== calc) {
        calc.tabIndex = -1;
        calc.focus({ preventScroll: true });
      }
      return true;
    }
    case 'scroll-to': {
      // getElementById, not querySelector: the target comes from the server and is never parsed as a selector.
      const el = action.target ? doc.getElementById(action.target) : null;
      el?.scrollIntoView(scrollOptions());
      return false;
    }
    case 'open-checkout': {
      // The payment page opens at the top level (never framed); only http(s) from the API is followed.
      if (action.url && /^https?:\/\//.test(action.url)) doc.defaultView?.location.assign(action.url);
      return false;
    }
    default:
      return false;
  }
}
