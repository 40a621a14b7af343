import { Kre8DeleteButton } from './delete-button.js';

Kre8DeleteButton.define('kre8-delete-button');
export { Kre8DeleteButton };
declare global {
  interface HTMLElementTagNameMap {
    'kre8-delete-button': Kre8DeleteButton;
  }
}
