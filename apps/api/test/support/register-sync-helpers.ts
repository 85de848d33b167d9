// Helpers for the register import and sync tests.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syncRecordTypes, type ApiKeyAccess, type SyncRecordType } from '@oikeus/contracts';
import { createApiKey } from '../../src/features/register-sync/create-api-key';
import type { TestApp } from './test-app';

/** Writes `text` (with a UTF-8 BOM when asked) to a fresh temp file named `name`. */
export function writeTempFile(name: string, text: string, options: { bom?: boolean } = {}): string {
  const file = path.join(mkdtempSync(path.join(tmpdir(), 'oikeus-import-')), name);
  writeFileSync(file, `${options.bom ? '\uFEFF' : ''}${text}`, 'utf8');
  return file;
}

/** A sync API key made the way the admin route makes it. */
export async function makeApiKey(
  app: TestApp,
  staffId: string,
  options: { recordTypes?: SyncRecordType[]; access?: ApiKeyAccess; expiresOn?: string } = {},
): Promise<{ id: string; key: string }> {
  const created = await createApiKey(app.ctx, {
    name: 'test system',
    recordTypes: options.recordTypes ?? [...syncRecordTypes],
    access: options.access ?? 'write',
    expiresOn: options.expiresOn,
    staffId,
  });
  return { id: created.apiKey.id, key: created.key };
}

export interface SyncCall<T = unknown> {
  status: number;
  body: T;
}

/** A call to the sync API with a bearer key (no cookie, no CSRF header, as a server would send it). */
export async function callSync<T = unknown>(
  app: TestApp,
  method: 'GET' | 'PUT' | 'POST' | 'DELETE',
  pathName: string,
  options: { key?: string; body?: unknown; headers?: Record<string, string> } = {},
): Promise<SyncCall<T>> {
  const res = await fetch(`${app.url}/api/registers/v1${pathName}`, {
    method,
    headers: {
      'content-type': 'application/json',
      ...(options.key ? { authorization: `Bearer ${options.key}` } : {}),
      ...options.headers,
    },
    ...(options.body === undefined ? {} : { body: JSON.stringify(options.body) }),
  });
  const text = await res.text();
  return { status: res.status, body: (text ? JSON.parse(text) : null) as T };
}
