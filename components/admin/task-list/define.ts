import { Kre8TaskList } from './task-list.js';

Kre8TaskList.define('kre8-task-list');
export { Kre8TaskList };
declare global {
  interface HTMLElementTagNameMap {
    'kre8-task-list': Kre8TaskList;
  }
}
