import { exportRecordKeys, type ExportManifest, type ExportRecordKey } from '@oikeus/contracts';
import type { Writable } from 'node:stream';
import type { Db } from '../../db/client';
import type { ExportScope } from './load-export-scope';
import { pageByCursor } from './page-by-cursor';
import { attachmentPath, portalAttachmentWhere } from './read-portal-records';
import { renderReport } from './render-report';
import { createCsvSpool } from './csv-spool';
import { csvFileName } from './write-csv';
import { writeDataJson } from './write-data-json';
import { writeExportZip, type ZipEntrySource } from './write-export-zip';

/**
 * The package: report.html, data.json, one CSV per record type in scope,
 * the subject's attachments, and manifest.json (counts and a SHA-256 of every
 * other file) — one zip, streamed into `sink`.
 */
export async function buildExportPackage(
  prisma: Db,
  scope: ExportScope,
  sink: Writable,
): Promise<ExportManifest> {
  const counts = Object.fromEntries(exportRecordKeys.map((key) => [key, 0])) as Record<
    ExportRecordKey,
    number
  >;
  const attachments = scope.recordKeys.includes('portalAttachments')
    ? await listAttachments(prisma, scope)
    : [];

  const spool = await createCsvSpool(scope.recordKeys);
  // data.json first: it spools the CSV files on the way, and the report and the
  // manifest reuse the counts it makes.
  const entries: ZipEntrySource[] = [
    {
      path: 'data.json',
      content: async function* () {
        yield* writeDataJson(prisma, scope, counts, (key, rows) =>
          scope.recordKeys.includes(key) ? spool.write(key, rows) : Promise.resolve(),
        );
        await spool.finish();
      },
    },
    ...scope.recordKeys.map((key) => ({
      path: csvFileName(key),
      content: () => spool.read(key) as AsyncIterable<Uint8Array>,
      rows: () => spool.rows(key),
    })),
    {
      path: 'report.html',
      content: () =>
        renderReport(prisma, scope, {
          csvKeys: scope.recordKeys,
          hasAttachments: attachments.length > 0,
          counts,
        }),
    },
    ...attachments.map((a) => ({
      path: a.path,
      content: async function* () {
        const file = await prisma.attachment.findUnique({
          where: { id: a.id },
          select: { content: true },
        });
        if (file) yield file.content;
      },
    })),
  ];

  const written: { manifest?: ExportManifest } = {};
  try {
    await writeExportZip(
      entries,
      (files) => {
        const manifest: ExportManifest = {
          format: 'oikeus-export-manifest',
          formatVersion: 1,
          exportId: scope.exportId,
          kind: scope.kind,
          requestReference: scope.request.reference,
          language: scope.locale,
          generatedAt: scope.now.toISOString(),
          counts,
          files,
        };
        written.manifest = manifest;
        return `${JSON.stringify(manifest, null, 2)}\n`;
      },
      sink,
      scope.now,
    );
  } finally {
    await spool.remove();
  }
  if (!written.manifest) throw new Error('The export manifest was not written');
  return written.manifest;
}

async function listAttachments(prisma: Db, scope: ExportScope) {
  const list: Array<{ id: string; path: string }> = [];
  for await (const page of pageByCursor((args) =>
    prisma.attachment.findMany({
      where: portalAttachmentWhere(scope),
      orderBy: [{ createdAt: 'asc' }, { id: 'asc' }],
      select: { id: true, fileName: true, contentType: true },
      ...args,
    }),
  )) {
    for (const a of page)
      list.push({ id: a.id, path: attachmentPath(a.id, a.fileName, a.contentType) });
  }
  return list;
}
