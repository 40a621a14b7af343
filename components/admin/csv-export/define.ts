import { Kre8CsvExport } from './csv-export.js';

Kre8CsvExport.define('kre8-csv-export');
export { Kre8CsvExport };
declare global {
  interface HTMLElementTagNameMap {
    'kre8-csv-export': Kre8CsvExport;
  }
}
