import { createHash } from 'node:crypto';
import { Writable } from 'node:stream';
import type { Db } from '../../db/client';

/** Size of one stored piece of a package: small enough to keep memory flat, big enough for few rows. */
export const EXPORT_CHUNK_BYTES = 256 * 1024;

export interface ExportChunkSink extends Writable {
  /** Bytes written and SHA-256 of the whole package, once the stream has finished. */
  result(): { size: number; sha256: string; chunks: number };
}

/**
 * A writable that stores the zip as it is produced, in ordered ExportChunk
 * rows of 256 kB, so the package lives in the database (any API process can
 * serve it) and never sits whole in memory. Backpressure reaches the zip and
 * from there the database reads: nothing is produced faster than it is stored.
 */
export function createExportChunkSink(prisma: Db, exportId: string): ExportChunkSink {
  const hash = createHash('sha256');
  let parts: Buffer[] = [];
  let buffered = 0;
  let size = 0;
  let seq = 0;
  let digest: string | null = null;

  const store = async (data: Buffer) => {
    await prisma.exportChunk.create({ data: { exportId, seq, data: new Uint8Array(data) } });
    seq += 1;
  };
  const storeFullChunks = async () => {
    if (buffered < EXPORT_CHUNK_BYTES) return;
    let all = Buffer.concat(parts, buffered);
    while (all.length >= EXPORT_CHUNK_BYTES) {
      await store(all.subarray(0, EXPORT_CHUNK_BYTES));
      all = all.subarray(EXPORT_CHUNK_BYTES);
    }
    parts = all.length > 0 ? [Buffer.from(all)] : [];
    buffered = all.length;
  };

  const sink = new Writable({
    highWaterMark: EXPORT_CHUNK_BYTES,
    write(chunk: Buffer, _encoding, callback) {
      hash.update(chunk);
      size += chunk.length;
      parts.push(chunk);
      buffered += chunk.length;
      storeFullChunks().then(() => callback(), callback);
    },
    final(callback) {
      const rest = buffered > 0 ? store(Buffer.concat(parts, buffered)) : Promise.resolve();
      rest.then(() => {
        parts = [];
        buffered = 0;
        digest = hash.digest('hex');
        callback();
      }, callback);
    },
  }) as ExportChunkSink;
  sink.result = () => {
    if (digest === null) throw new Error('The export package has not been finished');
    return { size, sha256: digest, chunks: seq };
  };
  return sink;
}
