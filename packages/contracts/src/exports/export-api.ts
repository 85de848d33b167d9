// Compiling, previewing and releasing an access or portability package
// (staff console), and listing and downloading it (portal).
import { z } from 'zod';
import { isoDateTimeSchema } from '../console/common';
import { freeTextSchema } from '../fields';
import { localeSchema } from '../locale';
import { exportKindSchema, exportRecordKeySchema } from './export-data';

/**
 * compiling → ready → released → expired; failed when compiling broke;
 * revoked when a withdrawal or an erasure destroyed the package early.
 */
export const exportStatuses = [
  'compiling',
  'ready',
  'released',
  'expired',
  'failed',
  'revoked',
] as const;
export const exportStatusSchema = z.enum(exportStatuses);
export type ExportStatus = z.infer<typeof exportStatusSchema>;

/** How long a released package can be downloaded unless the handler says otherwise. */
export const DEFAULT_EXPORT_DOWNLOAD_DAYS = 30;
export const MAX_EXPORT_DOWNLOAD_DAYS = 90;

/** manifest.json: what the package holds, with a SHA-256 of every other file. */
export const exportManifestSchema = z.object({
  format: z.literal('oikeus-export-manifest'),
  formatVersion: z.literal(1),
  exportId: z.uuid(),
  kind: exportKindSchema,
  requestReference: z.string(),
  language: localeSchema,
  generatedAt: isoDateTimeSchema,
  /** Rows per record type (the same in data.json and in the CSV file). */
  counts: z.record(exportRecordKeySchema, z.int().min(0)),
  files: z.array(
    z.object({
      path: z.string(),
      size: z.int().min(0),
      sha256: z.string().regex(/^[0-9a-f]{64}$/),
      /** Data rows in a CSV file (header not counted); null for other files. */
      rows: z.int().min(0).nullable(),
    }),
  ),
});
export type ExportManifest = z.infer<typeof exportManifestSchema>;

/** POST /api/console/requests/:id/exports — the kind defaults to the request's type. */
export const compileExportInputSchema = z.strictObject({ kind: exportKindSchema.optional() });
export type CompileExportInput = z.input<typeof compileExportInputSchema>;

/**
 * What a release lacks that the handler must knowingly override: no recorded
 * identity check (EDPB 01/2022 §§65, 73–75: a copy goes only to the person
 * whose data it is) or no confirmed register records (the package then holds
 * only the portal's own records; Art. 15(1) "whether or not" must rest on a
 * search that was done).
 */
export const releaseGaps = ['identity_check', 'confirmed_records'] as const;
export const releaseGapSchema = z.enum(releaseGaps);
export type ReleaseGap = z.infer<typeof releaseGapSchema>;

/** POST /api/console/requests/:id/exports/:exportId/release */
export const releaseExportInputSchema = z.strictObject({
  /** Days the subject can download the package; the configured default when left out. */
  expiresInDays: z.int().min(1).max(MAX_EXPORT_DOWNLOAD_DAYS).optional(),
  /**
   * Required when the request has a release gap: why the package goes out
   * anyway. Recorded in the release's audit entry with the gaps it overrides.
   */
  override: z.strictObject({ reason: freeTextSchema(2000).min(1, 'text.required') }).optional(),
});
export type ReleaseExportInput = z.input<typeof releaseExportInputSchema>;

export const consoleExportSchema = z.object({
  id: z.uuid(),
  requestId: z.uuid(),
  kind: exportKindSchema,
  status: exportStatusSchema,
  fileName: z.string(),
  size: z.int().min(0),
  sha256: z.string().nullable(),
  createdAt: isoDateTimeSchema,
  releasedAt: isoDateTimeSchema.nullable(),
  /** Until when the package is kept (ready) or can be downloaded (released). */
  expiresAt: isoDateTimeSchema.nullable(),
  downloadCount: z.int().min(0),
  counts: z.record(exportRecordKeySchema, z.int().min(0)).nullable(),
});
export type ConsoleExport = z.infer<typeof consoleExportSchema>;

export const consoleExportResponseSchema = z.object({ export: consoleExportSchema });
export type ConsoleExportResponse = z.infer<typeof consoleExportResponseSchema>;
export const consoleExportListSchema = z.object({ exports: z.array(consoleExportSchema) });
export type ConsoleExportList = z.infer<typeof consoleExportListSchema>;

/** GET .../exports/:exportId/preview: what the subject will receive, before release. */
export const exportPreviewSchema = z.object({
  export: consoleExportSchema,
  manifest: exportManifestSchema,
  /** report.html from the stored package; show it sandboxed (iframe srcdoc, no scripts). */
  reportHtml: z.string(),
});
export type ExportPreview = z.infer<typeof exportPreviewSchema>;

/** A released package as its subject sees it, with a short-lived signed download link. */
export const subjectExportSchema = z.object({
  id: z.uuid(),
  kind: exportKindSchema,
  fileName: z.string(),
  size: z.int().min(0),
  releasedAt: isoDateTimeSchema,
  expiresAt: isoDateTimeSchema,
  /** Works only with the subject's session and until `downloadUrlExpiresAt`; fetch the list again for a new one. */
  downloadUrl: z.string(),
  downloadUrlExpiresAt: isoDateTimeSchema,
});
export type SubjectExport = z.infer<typeof subjectExportSchema>;
export const subjectExportListSchema = z.object({ exports: z.array(subjectExportSchema) });
export type SubjectExportList = z.infer<typeof subjectExportListSchema>;

/** `?sig=<expiry seconds>.<base64url HMAC-SHA-256>` on the download link. */
export const exportDownloadQuerySchema = z.object({
  sig: z.string().regex(/^[0-9]{1,12}\.[A-Za-z0-9_-]{43}$/),
});
