import { createHash } from 'node:crypto';
import { Readable, type Writable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { ZipFile } from 'yazl';

export interface ZipEntrySource {
  /** Path inside the zip. */
  path: string;
  /** Produces the file's content piece by piece; called only when the zip reaches the entry. */
  content: () => AsyncIterable<string | Uint8Array>;
  /** Data rows, read after the content has been written (CSV files). */
  rows?: () => number;
}

export interface ZippedFile {
  path: string;
  size: number;
  sha256: string;
  rows: number | null;
}

/**
 * Streams the entries into one zip (yazl), one after the other, measuring
 * size and SHA-256 of each file on the way through. The last entry is the
 * manifest, built from those measurements once every other file is written.
 * Each entry's content starts only when the zip reaches it, so at any moment
 * one page of one file is in memory.
 */
export async function writeExportZip(
  entries: readonly ZipEntrySource[],
  manifest: (files: ZippedFile[]) => string,
  sink: Writable,
  mtime: Date,
): Promise<ZippedFile[]> {
  const zip = new ZipFile();
  const files: ZippedFile[] = [];
  let failure: Error | null = null;
  let rejectRun: (error: Error) => void = () => undefined;
  const finished = new Promise<void>((resolve, reject) => {
    rejectRun = reject;
    pipeline(zip.outputStream, sink).then(() => (failure ? reject(failure) : resolve()), fail);
  });
  function fail(error: unknown): void {
    if (failure) return;
    failure = error instanceof Error ? error : new Error(String(error));
    sink.destroy(failure);
    rejectRun(failure);
  }

  const measured = async function* (entry: ZipEntrySource): AsyncGenerator<Buffer> {
    const hash = createHash('sha256');
    let size = 0;
    for await (const part of entry.content()) {
      const bytes = typeof part === 'string' ? Buffer.from(part, 'utf8') : Buffer.from(part);
      if (bytes.length === 0) continue;
      hash.update(bytes);
      size += bytes.length;
      yield bytes;
    }
    files.push({
      path: entry.path,
      size,
      sha256: hash.digest('hex'),
      rows: entry.rows?.() ?? null,
    });
  };

  for (const entry of entries) {
    zip.addReadStreamLazy(entry.path, { mtime }, (callback) => {
      const stream = Readable.from(measured(entry), { objectMode: false });
      // yazl does not listen for errors on lazy streams: a failed database read must fail the export.
      stream.on('error', fail);
      callback(null, stream);
    });
  }
  zip.addReadStreamLazy('manifest.json', { mtime }, (callback) => {
    const stream = Readable.from([Buffer.from(manifest(files), 'utf8')], { objectMode: false });
    stream.on('error', fail);
    callback(null, stream);
  });
  zip.on('error', fail);
  zip.end();

  await finished;
  return files;
}
