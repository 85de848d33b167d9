import type { RequestHandler, Response } from 'express';
import type { ApiKeyAccess, SyncRecordType } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { isSecretOf, splitApiKey } from './api-key-secret';
import { isKeyActive, recordTypesOf } from './to-api-key-view';

export interface ApiKeyPrincipal {
  id: string;
  name: string;
  recordTypes: SyncRecordType[];
  access: ApiKeyAccess;
}

/**
 * Sync API authentication: only `Authorization: Bearer oik_…` counts. Staff
 * and portal cookies are never read here, so a browser session cannot reach
 * the sync API (and requireStaff never reads this header, so a key cannot
 * reach the console). Unknown, revoked and expired keys all get the same 401.
 */
export function requireApiKey(ctx: AppContext): RequestHandler {
  return async (req, res, next) => {
    const header = req.get('authorization') ?? '';
    const parts = header.startsWith('Bearer ') ? splitApiKey(header.slice(7)) : null;
    if (!parts) throw new AppError('UNAUTHENTICATED');
    const row = await ctx.db.prisma.apiKey.findUnique({ where: { prefix: parts.prefix } });
    const now = ctx.clock.now();
    if (!row || !isSecretOf(parts.secret, row.secretHash) || !isKeyActive(row, now)) {
      throw new AppError('UNAUTHENTICATED');
    }
    await ctx.db.prisma.apiKey.update({ where: { id: row.id }, data: { lastUsedAt: now } });
    const principal: ApiKeyPrincipal = {
      id: row.id,
      name: row.name,
      recordTypes: recordTypesOf(row),
      access: row.access === 'write' ? 'write' : 'read',
    };
    res.locals.apiKey = principal;
    next();
  };
}

export function apiKeyOf(res: Response): ApiKeyPrincipal {
  const key = res.locals.apiKey as ApiKeyPrincipal | undefined;
  if (!key) throw new AppError('UNAUTHENTICATED');
  return key;
}

/** The key's scope: this record type, and write access for writes (write includes read). */
export function assertApiKeyScope(
  key: ApiKeyPrincipal,
  recordType: SyncRecordType,
  access: ApiKeyAccess,
): void {
  if (!key.recordTypes.includes(recordType)) throw new AppError('FORBIDDEN');
  if (access === 'write' && key.access !== 'write') throw new AppError('FORBIDDEN');
}
