/**
 * Types for framework users. `HTMLElementTagNameMap` comes with each element's define.ts; this adds the tags
 * as JSX intrinsic elements (React 19 `react` module JSX, and the global JSX namespace of React 18, Preact,
 * Solid) and as Vue global components, with the attributes each element documents.
 */
import type { Kre8RoiCalculator } from './roi-calculator/roi-calculator.js';
import type { Kre8Booking } from './booking/booking.js';
import type { Kre8VoiceAgent } from './voice-agent/voice-agent.js';

type Base = { id?: string; class?: string; className?: string; slot?: string; style?: unknown; ref?: unknown; key?: unknown; children?: unknown };
type Locale = 'en' | 'es';

export interface Kre8RoiCalculatorAttributes extends Base {
  'api-base'?: string;
  locale?: Locale;
  tier?: 'discovery' | 'foundation' | 'architect';
  partner?: string;
  currency?: string;
  'no-persist'?: boolean;
}
export interface Kre8BookingAttributes extends Base {
  'api-base'?: string;
  locale?: Locale;
  type?: 'consultation' | 'assessment';
  partner?: string;
  mode?: 'inline' | 'modal';
  timezone?: string;
  name?: string;
  email?: string;
  heading?: string;
  intro?: string;
}
export interface Kre8VoiceAgentAttributes extends Base {
  'api-base'?: string;
  locale?: Locale;
  position?: 'bottom-right' | 'bottom-left';
  greeting?: string;
  partner?: string;
  load?: 'idle' | 'interaction';
}

interface Kre8IntrinsicElements {
  'kre8-roi-calculator': Kre8RoiCalculatorAttributes;
  'kre8-booking': Kre8BookingAttributes;
  'kre8-voice-agent': Kre8VoiceAgentAttributes;
}

declare global {
   
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends Kre8IntrinsicElements {}
  }
}

declare module 'react' {
   
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type
    interface IntrinsicElements extends Kre8IntrinsicElements {}
  }
}

declare module 'vue' {
  interface GlobalComponents {
    'kre8-roi-calculator': Kre8RoiCalculator;
    'kre8-booking': Kre8Booking;
    'kre8-voice-agent': Kre8VoiceAgent;
  }
}
