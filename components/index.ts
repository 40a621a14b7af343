/**
 * The whole kit in one module: all three elements sharing one Lit.
 * `<script type="module" src="…/kre8-widgets.js"></script>` then use the tags.
 */
export { Kre8VoiceAgent } from './voice-agent/define.js';
export { Kre8RoiCalculator } from './roi-calculator/define.js';
export { Kre8Booking } from './booking/define.js';
