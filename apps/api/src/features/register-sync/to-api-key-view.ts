import { syncRecordTypeSchema, type ApiKeyView } from '@oikeus/contracts';
import { z } from 'zod';

export interface ApiKeyRow {
  id: string;
  name: string;
  prefix: string;
  recordTypes: string;
  access: string;
  expiresAt: Date | null;
  revokedAt: Date | null;
  lastUsedAt: Date | null;
  createdAt: Date;
}

export function recordTypesOf(row: Pick<ApiKeyRow, 'recordTypes'>) {
  return z.array(syncRecordTypeSchema).parse(JSON.parse(row.recordTypes));
}

export function isKeyActive(row: Pick<ApiKeyRow, 'revokedAt' | 'expiresAt'>, now: Date): boolean {
  return row.revokedAt === null && (row.expiresAt === null || row.expiresAt > now);
}

export function toApiKeyView(row: ApiKeyRow, now: Date): ApiKeyView {
  return {
    id: row.id,
    name: row.name,
    prefix: row.prefix,
    recordTypes: recordTypesOf(row),
    access: row.access === 'write' ? 'write' : 'read',
    expiresAt: row.expiresAt?.toISOString() ?? null,
    revokedAt: row.revokedAt?.toISOString() ?? null,
    lastUsedAt: row.lastUsedAt?.toISOString() ?? null,
    createdAt: row.createdAt.toISOString(),
    isActive: isKeyActive(row, now),
  };
}
