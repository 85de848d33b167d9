import type { CreateApiKeyInput, CreateApiKeyResponse } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { inTransaction } from '../../db/transaction';
import { appendAuditEntry } from '../audit/append-audit-entry';
import { generateApiKey } from './api-key-secret';
import { toApiKeyView } from './to-api-key-view';

/**
 * An admin creates a key for one of the controller's systems, scoped to record
 * types and read or write (Art. 32: least privilege). The key is returned this
 * once; the audit entry names the key, never its secret.
 */
export async function createApiKey(
  ctx: AppContext,
  input: CreateApiKeyInput & { staffId: string },
): Promise<CreateApiKeyResponse> {
  const now = ctx.clock.now();
  const { key, prefix, secretHash } = generateApiKey();
  // The last day given is included: the key expires at the end of it (UTC).
  const expiresAt = input.expiresOn ? new Date(`${input.expiresOn}T23:59:59.999Z`) : null;
  const row = await inTransaction(ctx.db, async (tx) => {
    const created = await tx.apiKey.create({
      data: {
        name: input.name,
        prefix,
        secretHash,
        recordTypes: JSON.stringify(input.recordTypes),
        access: input.access,
        expiresAt,
        createdById: input.staffId,
        createdAt: now,
      },
    });
    await appendAuditEntry(tx, ctx.db, {
      at: now,
      actorType: 'staff',
      actorId: input.staffId,
      action: 'api_key.created',
      recordType: 'api_key',
      recordId: created.id,
      details: {
        after: {
          name: input.name,
          prefix,
          recordTypes: input.recordTypes,
          access: input.access,
          expiresAt: expiresAt?.toISOString() ?? null,
        },
      },
    });
    return created;
  });
  return { apiKey: toApiKeyView(row, now), key };
}
