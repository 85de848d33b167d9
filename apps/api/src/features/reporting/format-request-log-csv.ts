import { requestLogColumns, type RequestLogRow } from '@oikeus/contracts';
import { stringify } from 'csv-stringify/sync';

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"), as the export
 * packages' CSV has it: a cell a spreadsheet would run as a formula gets a
 * leading apostrophe. Only names are free text here.
 */
function guardFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/**
 * The request log as CSV: UTF-8 with a byte order mark (so Excel reads ä and
 * ö right), a header row of the JSON field names, CRLF line ends (RFC 4180);
 * codes rather than translated words, so the file reads the same in any language.
 */
export function formatRequestLogCsv(rows: readonly RequestLogRow[]): string {
  return stringify(rows as RequestLogRow[], {
    columns: [...requestLogColumns],
    header: true,
    bom: true,
    record_delimiter: 'windows',
    cast: {
      boolean: (value) => (value ? 'true' : 'false'),
      string: (value) => guardFormula(value),
    },
  });
}
