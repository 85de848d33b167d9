import {
  exportKindSchema,
  exportManifestSchema,
  exportStatusSchema,
  type ConsoleExport,
  type ExportManifest,
} from '@oikeus/contracts';

export const consoleExportSelect = {
  id: true,
  requestId: true,
  kind: true,
  status: true,
  fileName: true,
  size: true,
  sha256: true,
  manifest: true,
  createdAt: true,
  releasedAt: true,
  expiresAt: true,
  downloadCount: true,
} as const;

export interface ExportRow {
  id: string;
  requestId: string;
  kind: string;
  status: string;
  fileName: string;
  size: number;
  sha256: string | null;
  manifest: string | null;
  createdAt: Date;
  releasedAt: Date | null;
  expiresAt: Date | null;
  downloadCount: number;
}

/** The stored manifest, or null when the package was never finished. */
export function parseManifest(text: string | null): ExportManifest | null {
  if (text === null) return null;
  try {
    const parsed = exportManifestSchema.safeParse(JSON.parse(text));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function toConsoleExport(row: ExportRow): ConsoleExport {
  return {
    id: row.id,
    requestId: row.requestId,
    kind: exportKindSchema.parse(row.kind),
    status: exportStatusSchema.parse(row.status),
    fileName: row.fileName,
    size: row.size,
    sha256: row.sha256,
    createdAt: row.createdAt.toISOString(),
    releasedAt: row.releasedAt?.toISOString() ?? null,
    expiresAt: row.expiresAt?.toISOString() ?? null,
    downloadCount: row.downloadCount,
    counts: parseManifest(row.manifest)?.counts ?? null,
  };
}
