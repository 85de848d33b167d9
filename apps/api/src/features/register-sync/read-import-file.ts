// Reads an import file into raw records with their line numbers: CSV with a
// header row (UTF-8 with or without BOM, `;` or `,` — Finnish spreadsheet
// exports use `;`) or JSON Lines. Values stay text here; the register schemas
// parse dates, amounts and numbers.
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import type { SyncRecordType } from '@oikeus/contracts';
import { parse } from 'csv-parse/sync';
import type { RawRecord, RecordIssue } from './validate-register-records';

export type ImportFormat = 'csv' | 'jsonl';

export function formatOf(file: string): ImportFormat {
  const ext = path.extname(file).toLowerCase();
  return ext === '.jsonl' || ext === '.ndjson' ? 'jsonl' : 'csv';
}

/** `;` when the header row has more semicolons than commas (outside quotes it is the separator). */
export function detectDelimiter(text: string): ';' | ',' {
  const header = (text.replace(/^\uFEFF/, '').split(/\r?\n/, 1)[0] ?? '').replace(/"[^"]*"/g, '');
  const semicolons = header.split(';').length - 1;
  const commas = header.split(',').length - 1;
  return semicolons > commas ? ';' : ',';
}

/** Invoice-line columns in a CSV: one row per line, the invoice columns repeated. */
const INVOICE_LINE_COLUMNS: Record<string, string> = {
  lineNo: 'lineNo',
  lineDescription: 'description',
  quantity: 'quantity',
  unitPrice: 'unitPrice',
  vatRate: 'vatRate',
  lineNet: 'net',
};

/** Rows of one invoice (same externalId) become one record with `lines`. */
function groupInvoiceRows(rows: RawRecord[]): RawRecord[] {
  const byId = new Map<string, { record: RawRecord; lineRows: number[] }>();
  const out: RawRecord[] = [];
  for (const row of rows) {
    const key = String(row.data.externalId ?? `#${row.line}`);
    const line: Record<string, unknown> = {};
    const invoice: Record<string, unknown> = {};
    for (const [column, value] of Object.entries(row.data)) {
      const target = INVOICE_LINE_COLUMNS[column];
      if (target) line[target] = value;
      else invoice[column] = value;
    }
    let group = byId.get(key);
    if (!group) {
      const lineRows: number[] = [];
      const record: RawRecord = {
        line: row.line,
        data: { ...invoice, lines: [] },
        lineOfPath: (p) => {
          const m = /^lines\.(\d+)\./.exec(p);
          return m ? lineRows[Number(m[1])] : undefined;
        },
      };
      group = { record, lineRows };
      byId.set(key, group);
      out.push(record);
    }
    if (Object.keys(line).length > 0) {
      (group.record.data.lines as unknown[]).push(line);
      group.lineRows.push(row.line as number);
    }
  }
  return out;
}

export interface ReadResult {
  records: RawRecord[];
  issues: RecordIssue[];
}

function parseCsv(text: string): ReadResult {
  const rows = parse(text, {
    bom: true,
    delimiter: detectDelimiter(text),
    columns: (header: string[]) => header.map((h) => h.trim()),
    skip_empty_lines: true,
    relax_column_count: false,
    info: true,
  }) as Array<{ record: Record<string, string>; info: { lines: number } }>;
  return {
    records: rows.map(({ record, info }) => {
      const data: Record<string, unknown> = {};
      // An empty cell is an absent value: optional fields are cleared, required ones reported.
      for (const [key, value] of Object.entries(record)) if (value.trim() !== '') data[key] = value;
      return { line: info.lines, data };
    }),
    issues: [],
  };
}

function parseJsonLines(text: string): ReadResult {
  const records: RawRecord[] = [];
  const issues: RecordIssue[] = [];
  text
    .replace(/^\uFEFF/, '')
    .split(/\r?\n/)
    .forEach((lineText, i) => {
      if (lineText.trim() === '') return;
      try {
        const value: unknown = JSON.parse(lineText);
        if (typeof value !== 'object' || value === null || Array.isArray(value))
          throw new Error('not an object');
        records.push({ line: i + 1, data: value as Record<string, unknown> });
      } catch {
        issues.push({ index: records.length, line: i + 1, path: '', message: 'not a JSON object' });
      }
    });
  return { records, issues };
}

/** Reads `file` as `recordType` rows. A CSV that cannot be parsed at all throws with the line. */
export async function readImportFile(
  file: string,
  recordType: SyncRecordType,
): Promise<ReadResult> {
  const text = await readFile(file, 'utf8');
  const result = formatOf(file) === 'jsonl' ? parseJsonLines(text) : parseCsv(text);
  if (recordType === 'invoices' && formatOf(file) === 'csv') {
    return { records: groupInvoiceRows(result.records), issues: result.issues };
  }
  return result;
}
