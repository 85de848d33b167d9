// Reading an export package back the way its recipient would: unzip it,
// validate data.json against the committed JSON Schema, parse the CSV files.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import type { ExportData, ExportManifest, SubjectExport } from '@oikeus/contracts';
import { Ajv2020 } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { parse } from 'csv-parse/sync';
import { fromBufferPromise } from 'yauzl';
import { repoRoot } from '../../src/paths';
import { callApi, type PortalSubject } from './portal-sign-in';
import type { TestApp } from './test-app';

export interface ExportPackage {
  zip: Buffer;
  files: Map<string, Buffer>;
  text(path: string): string;
  data: ExportData;
  manifest: ExportManifest;
}

/** Every entry of the zip, by path. */
export async function unzip(zip: Buffer): Promise<Map<string, Buffer>> {
  const archive = await fromBufferPromise(zip, { lazyEntries: true });
  const files = new Map<string, Buffer>();
  for await (const entry of archive.eachEntry()) {
    const stream = await archive.openReadStreamPromise(entry);
    const parts: Buffer[] = [];
    for await (const part of stream) parts.push(part as Buffer);
    files.set(entry.fileName, Buffer.concat(parts));
  }
  archive.close();
  return files;
}

export async function readPackage(zip: Buffer): Promise<ExportPackage> {
  const files = await unzip(zip);
  const text = (name: string) => {
    const file = files.get(name);
    if (!file) throw new Error(`The package has no ${name}`);
    return file.toString('utf8');
  };
  return {
    zip,
    files,
    text,
    data: JSON.parse(text('data.json')) as ExportData,
    manifest: JSON.parse(text('manifest.json')) as ExportManifest,
  };
}

export function sha256(data: Buffer): string {
  return createHash('sha256').update(data).digest('hex');
}

let validator: ReturnType<Ajv2020['compile']> | null = null;

/** Errors from validating data.json against schemas/oikeus-export.schema.json (draft 2020-12). */
export function schemaErrors(data: unknown): string[] {
  if (!validator) {
    const schema = JSON.parse(
      readFileSync(path.join(repoRoot, 'schemas', 'oikeus-export.schema.json'), 'utf8'),
    ) as object;
    const ajv = new Ajv2020({ allErrors: true, strict: true });
    addFormats(ajv);
    validator = ajv.compile(schema);
  }
  if (validator(data)) return [];
  return (validator.errors ?? []).map((e) => `${e.instancePath} ${e.message ?? ''}`);
}

/** A CSV file as rows of strings keyed by the header (the BOM is read, not kept). */
export function parseCsv(file: Buffer): Record<string, string>[] {
  return parse(file, { bom: true, columns: true, skip_empty_lines: false }) as Record<
    string,
    string
  >[];
}

/** A data.json row as CSV cells: null is an empty cell, booleans and numbers are text. */
export function asCsvCells(row: Record<string, unknown>): Record<string, string> {
  return Object.fromEntries(
    Object.entries(row).map(([key, value]) => [key, value === null ? '' : String(value)]),
  );
}

/** GET /api/requests/:id/exports as the subject. */
export async function listOwnExports(
  app: TestApp,
  subject: PortalSubject,
  requestId: string,
): Promise<SubjectExport[]> {
  const res = await callApi<{ exports: SubjectExport[] }>(
    app,
    'GET',
    `/api/requests/${requestId}/exports`,
    { headers: subject.headers },
  );
  if (res.status !== 200) throw new Error(`exports list answered ${res.status}`);
  return res.body.exports;
}

/** Follows a download link with the given headers; the body as bytes. */
export async function download(
  app: TestApp,
  url: string,
  headers: Record<string, string>,
): Promise<{ status: number; headers: Headers; body: Buffer }> {
  const res = await fetch(`${app.url}${url}`, { headers });
  return { status: res.status, headers: res.headers, body: Buffer.from(await res.arrayBuffer()) };
}
