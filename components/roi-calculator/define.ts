import { Kre8RoiCalculator } from './roi-calculator.js';

Kre8RoiCalculator.define('kre8-roi-calculator');

export { Kre8RoiCalculator };

declare global {
  interface HTMLElementTagNameMap {
    'kre8-roi-calculator': Kre8RoiCalculator;
  }
}
