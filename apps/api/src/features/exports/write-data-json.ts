import {
  EXPORT_FORMAT,
  EXPORT_FORMAT_VERSION,
  exportRecordKeys,
  type ExportData,
  type ExportRecordKey,
} from '@oikeus/contracts';
import type { Db } from '../../db/client';
import { exportTexts } from './export-texts';
import type { ExportScope } from './load-export-scope';
import { readExportRecords } from './read-export-records';

/**
 * data.json, written as it is read: the fixed head, then each record type's
 * rows one page at a time, one row per line. Nothing but the current page is
 * in memory, however many invoice lines a person has. The result validates
 * against schemas/oikeus-export.schema.json (exportDataSchema).
 */
export async function* writeDataJson(
  prisma: Db,
  scope: ExportScope,
  counts: Record<ExportRecordKey, number>,
  /** Receives every page as well, for the CSV files (one database pass for both). */
  onPage: (key: ExportRecordKey, rows: readonly object[]) => Promise<void> = async () => undefined,
): AsyncGenerator<string> {
  const head: Omit<ExportData, 'records'> = {
    format: EXPORT_FORMAT,
    formatVersion: EXPORT_FORMAT_VERSION,
    kind: scope.kind,
    language: scope.locale,
    generatedAt: scope.now.toISOString(),
    schemaUrl: scope.schemaUrl,
    controller: {
      name: scope.description.controller.name,
      businessId: scope.description.controller.businessId,
    },
    request: {
      id: scope.request.id,
      reference: scope.request.reference,
      type: scope.request.type,
      receivedAt: scope.request.receivedAt.toISOString(),
    },
    scope: {
      recordTypes: [...scope.recordKeys],
      description: exportTexts.scope[scope.kind][scope.locale],
    },
    thirdPartyMasking: {
      marker: scope.masker.marker,
      rule: exportTexts.maskingRule[scope.locale],
    },
  };
  const headJson = JSON.stringify(head, null, 2);
  // Reopen the head object ("...\n}") to append the records member.
  yield `${headJson.slice(0, headJson.lastIndexOf('}')).trimEnd()},\n  "records": {\n`;
  for (const [index, key] of exportRecordKeys.entries()) {
    let count = 0;
    yield `    ${JSON.stringify(key)}: [`;
    for await (const page of readExportRecords(prisma, scope, key)) {
      await onPage(key, page);
      let text = '';
      for (const row of page) {
        text += `${count === 0 ? '' : ','}\n      ${JSON.stringify(row)}`;
        count += 1;
      }
      yield text;
    }
    counts[key] = count;
    yield `${count === 0 ? '' : '\n    '}]${index === exportRecordKeys.length - 1 ? '' : ','}\n`;
  }
  yield '  }\n}\n';
}
