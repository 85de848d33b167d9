import type { ApiKeyView } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { toApiKeyView } from './to-api-key-view';

/** Revokes a key at once; the next call with it is refused. Revoking twice keeps the first time. */
export async function revokeApiKey(
  ctx: AppContext,
  input: { id: string; staffId: string },
): Promise<ApiKeyView> {
  const now = ctx.clock.now();
  const row = await inTransaction(ctx.db, async (tx) => {
    const existing = await tx.apiKey.findUnique({ where: { id: input.id } });
    if (!existing) throw new AppError('NOT_FOUND');
    if (existing.revokedAt) return existing;
    const revoked = await tx.apiKey.update({
      where: { id: input.id },
      data: { revokedAt: now, revokedById: input.staffId },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'api_key.revoked',
      recordType: 'api_key',
      recordId: input.id,
      details: { before: { name: existing.name, prefix: existing.prefix } },
    });
    return revoked;
  });
  return toApiKeyView(row, now);
}
