import type { ApiKeyList } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { toApiKeyView } from './to-api-key-view';

/** Every key, newest first, with when it was last used; never the secret. */
export async function listApiKeys(ctx: AppContext): Promise<ApiKeyList> {
  const rows = await ctx.db.prisma.apiKey.findMany({ orderBy: { createdAt: 'desc' } });
  const now = ctx.clock.now();
  return { items: rows.map((row) => toApiKeyView(row, now)) };
}
