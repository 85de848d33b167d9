import type { ExportRecordKey, ExportRecordRow } from '@oikeus/contracts';

/** Rows per query: big enough to be quick, small enough to keep memory flat. */
export const EXPORT_PAGE_SIZE = 1000;

export interface CursorArgs {
  take: number;
  skip?: number;
  cursor?: { id: string };
}

/**
 * Pages through a query with Prisma cursor pagination (keyset on the unique
 * id, after the query's own order), so a person with any number of rows is
 * read a page at a time and no page is ever held twice.
 */
export async function* pageByCursor<T extends { id: string }>(
  fetchPage: (args: CursorArgs) => Promise<T[]>,
  pageSize = EXPORT_PAGE_SIZE,
): AsyncGenerator<T[]> {
  let cursor: string | undefined;
  for (;;) {
    const page = await fetchPage({
      take: pageSize,
      ...(cursor === undefined ? {} : { skip: 1, cursor: { id: cursor } }),
    });
    if (page.length > 0) yield page;
    const last = page.at(-1);
    if (page.length < pageSize || last === undefined) return;
    cursor = last.id;
  }
}

/** Splits a long id list so `IN (...)` stays within every database's parameter limit. */
export function* inBatches<T>(items: readonly T[], size = 500): Generator<T[]> {
  for (let i = 0; i < items.length; i += size) yield items.slice(i, i + size);
}

/** The rows of one record type, a page at a time. */
export type RecordPages<K extends ExportRecordKey> = AsyncGenerator<ExportRecordRow<K>[]>;

/** Maps each page with a synchronous row mapper. */
export async function* mapPages<T, R>(
  pages: AsyncIterable<T[]>,
  map: (row: T) => R,
): AsyncGenerator<R[]> {
  for await (const page of pages) yield page.map(map);
}
