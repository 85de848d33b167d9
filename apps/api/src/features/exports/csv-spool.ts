import { once } from 'node:events';
import { createReadStream, createWriteStream, type WriteStream } from 'node:fs';
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import type { ExportRecordKey } from '@oikeus/contracts';
import { csvFileName, csvHeader, csvRows } from './write-csv';

/**
 * Scratch files for the CSV versions of the record types, written in the
 * same database pass as data.json: every record type is read once for both
 * files, and a long invoice history is not paged through twice. The files
 * live only while one package is compiled and go with it (remove()).
 */
export interface CsvSpool {
  /** Appends one page of rows, waiting when the disk is behind (backpressure). */
  write(key: ExportRecordKey, rows: readonly object[]): Promise<void>;
  /** Flushes and closes every file; call before reading them. */
  finish(): Promise<void>;
  read(key: ExportRecordKey): NodeJS.ReadableStream;
  rows(key: ExportRecordKey): number;
  remove(): Promise<void>;
}

export async function createCsvSpool(keys: readonly ExportRecordKey[]): Promise<CsvSpool> {
  const dir = await mkdtemp(path.join(tmpdir(), 'oikeus-export-'));
  const files = new Map<ExportRecordKey, { stream: WriteStream; rows: number }>();
  const fileOf = (key: ExportRecordKey) => path.join(dir, csvFileName(key));
  for (const key of keys) {
    const stream = createWriteStream(fileOf(key), { flags: 'wx', mode: 0o600 });
    stream.write(csvHeader(key));
    files.set(key, { stream, rows: 0 });
  }
  const fileFor = (key: ExportRecordKey) => {
    const file = files.get(key);
    if (!file) throw new Error(`No CSV file for ${key} in this package`);
    return file;
  };
  return {
    async write(key, rows) {
      if (rows.length === 0) return;
      const file = fileFor(key);
      file.rows += rows.length;
      if (!file.stream.write(csvRows(key, rows))) await once(file.stream, 'drain');
    },
    async finish() {
      await Promise.all(
        [...files.values()].map(
          ({ stream }) =>
            new Promise<void>((resolve, reject) => {
              stream.once('error', reject);
              stream.end(() => resolve());
            }),
        ),
      );
    },
    read: (key) => createReadStream(fileOf(key)),
    rows: (key) => fileFor(key).rows,
    remove: async () => {
      for (const { stream } of files.values()) stream.destroy();
      await rm(dir, { recursive: true, force: true });
    },
  };
}
