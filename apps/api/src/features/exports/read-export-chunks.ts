import { Readable } from 'node:stream';
import { RandomAccessReader, fromRandomAccessReaderPromise } from 'yauzl';
import type { Db } from '../../db/client';
import { EXPORT_CHUNK_BYTES } from './export-chunk-sink';

/** The stored package in order, a few chunks per query: memory stays at about one megabyte. */
export async function* readExportChunks(
  prisma: Db,
  exportId: string,
  chunksPerQuery = 4,
): AsyncGenerator<Uint8Array> {
  let next = 0;
  for (;;) {
    const rows = await prisma.exportChunk.findMany({
      where: { exportId, seq: { gte: next } },
      orderBy: { seq: 'asc' },
      take: chunksPerQuery,
      select: { seq: true, data: true },
    });
    for (const row of rows) yield row.data;
    const last = rows.at(-1);
    if (rows.length < chunksPerQuery || last === undefined) return;
    next = last.seq + 1;
  }
}

/**
 * Random access to a stored package for yauzl: every chunk but the last is
 * exactly EXPORT_CHUNK_BYTES (createExportChunkSink), so a byte offset maps
 * to one chunk. The last chunk read is kept, as yauzl reads small pieces.
 */
class ExportChunkReader extends RandomAccessReader {
  private cached: { seq: number; data: Uint8Array } | null = null;

  constructor(
    private readonly prisma: Db,
    private readonly exportId: string,
  ) {
    super();
  }

  private async chunk(seq: number): Promise<Uint8Array> {
    if (this.cached?.seq === seq) return this.cached.data;
    const row = await this.prisma.exportChunk.findUnique({
      where: { exportId_seq: { exportId: this.exportId, seq } },
      select: { data: true },
    });
    if (!row) throw new Error('The stored export package is incomplete');
    this.cached = { seq, data: row.data };
    return row.data;
  }

  override _readStreamForRange(start: number, end: number): Readable {
    const read = async function* (this: ExportChunkReader): AsyncGenerator<Buffer> {
      let position = start;
      while (position < end) {
        const seq = Math.floor(position / EXPORT_CHUNK_BYTES);
        const data = await this.chunk(seq);
        const from = position - seq * EXPORT_CHUNK_BYTES;
        const to = Math.min(data.length, end - seq * EXPORT_CHUNK_BYTES);
        if (to <= from) throw new Error('The stored export package is incomplete');
        yield Buffer.from(data.buffer, data.byteOffset + from, to - from);
        position += to - from;
      }
    };
    return Readable.from(read.call(this), { objectMode: false });
  }
}

/** One file of a stored package as text (report.html for the preview); null when it is not there. */
export async function readExportEntryText(
  prisma: Db,
  exportId: string,
  size: number,
  path: string,
): Promise<string | null> {
  const zip = await fromRandomAccessReaderPromise(new ExportChunkReader(prisma, exportId), size, {
    lazyEntries: true,
  });
  try {
    for await (const entry of zip.eachEntry()) {
      if (entry.fileName !== path) continue;
      const stream = await zip.openReadStreamPromise(entry);
      const parts: Buffer[] = [];
      for await (const part of stream) parts.push(part as Buffer);
      return Buffer.concat(parts).toString('utf8');
    }
    return null;
  } finally {
    zip.close();
  }
}
