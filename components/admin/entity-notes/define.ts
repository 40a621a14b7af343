import { Kre8EntityNotes } from './entity-notes.js';

Kre8EntityNotes.define('kre8-entity-notes');
export { Kre8EntityNotes };
declare global {
  interface HTMLElementTagNameMap {
    'kre8-entity-notes': Kre8EntityNotes;
  }
}
