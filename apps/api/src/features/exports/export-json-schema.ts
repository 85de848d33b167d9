import { readFileSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { buildExportJsonSchema } from '@oikeus/contracts';
import { repoRoot } from '../../paths';

/** The published JSON Schema of data.json, committed with the code. */
export const EXPORT_JSON_SCHEMA_PATH = path.join(repoRoot, 'schemas', 'oikeus-export.schema.json');

/** The committed schema text, served as is at GET /api/exports/schema.json. */
export function readExportJsonSchema(): string {
  return readFileSync(EXPORT_JSON_SCHEMA_PATH, 'utf8');
}

/**
 * Regenerates the committed file from the zod schemas in @oikeus/contracts:
 * `pnpm --filter @oikeus/api exec tsx src/features/exports/export-json-schema.ts`
 * (then `pnpm exec prettier --write schemas/`). A test fails while the file
 * and the schemas disagree.
 */
export function writeExportJsonSchema(): void {
  writeFileSync(EXPORT_JSON_SCHEMA_PATH, `${JSON.stringify(buildExportJsonSchema(), null, 2)}\n`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  writeExportJsonSchema();
}
