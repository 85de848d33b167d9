import { exportRecordSchemas, type ExportRecordKey } from '@oikeus/contracts';
import { stringify } from 'csv-stringify/sync';

/** customers → customers.csv, serviceOrderChanges → service-order-changes.csv */
export function csvFileName(key: ExportRecordKey): string {
  return `${key.replace(/[A-Z]/g, (ch) => `-${ch.toLowerCase()}`)}.csv`;
}

/** The CSV columns: the row schema's fields, in the same order as in data.json. */
export function csvColumns(key: ExportRecordKey): string[] {
  return Object.keys(exportRecordSchemas[key].shape);
}

/**
 * Spreadsheet formula injection guard (OWASP "CSV injection"): a cell that
 * Excel or LibreOffice would run as a formula gets a leading apostrophe.
 * Phone numbers and signed amounts (+358 40 123 4567, -12.50) are left alone;
 * the exact values are always in data.json.
 */
export function guardFormula(value: string): string {
  if (/^[=@\t\r]/.test(value)) return `'${value}`;
  if (/^[+-]/.test(value) && !/^[+-][0-9 ().,/-]*$/.test(value)) return `'${value}`;
  return value;
}

const options = {
  columns: [] as string[],
  // RFC 4180: CRLF between records; fields with comma, quote or line break are quoted.
  record_delimiter: 'windows' as const,
  cast: {
    boolean: (value: boolean) => (value ? 'true' : 'false'),
    string: (value: string) => guardFormula(value),
  },
};

/** The header row, after a UTF-8 byte order mark (see csvRows). */
export function csvHeader(key: ExportRecordKey): string {
  return stringify([], { ...options, columns: csvColumns(key), header: true, bom: true });
}

/**
 * Rows of one record type as CSV. UTF-8 with a byte order mark: Excel reads
 * a .csv without one in the Windows code page and shows "Ã¤" for "ä"; with
 * it, Excel, LibreOffice, Numbers, Python (utf-8-sig) and csv-parse (bom
 * option) all read the file right. Comma-separated with a header row as
 * RFC 4180 says; money in integer cents, so no decimal comma or point can be
 * misread.
 */
export function csvRows(key: ExportRecordKey, rows: readonly object[]): string {
  return stringify(rows as object[], { ...options, columns: csvColumns(key), header: false });
}
