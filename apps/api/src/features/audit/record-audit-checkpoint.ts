import type { AppContext } from '../../context';
import {
  appendAuditCheckpointFile,
  createAuditCheckpoint,
  formatAuditCheckpoint,
  type AuditCheckpoint,
} from './audit-checkpoint';

/**
 * Writes the chain head outside the database: a signed line in the log (which
 * normally ships elsewhere) and in AUDIT_CHECKPOINT_FILE when set.
 */
export async function recordAuditCheckpoint(
  ctx: Pick<AppContext, 'db' | 'env' | 'clock' | 'logger'>,
): Promise<AuditCheckpoint> {
  const cp = await createAuditCheckpoint(ctx.db, ctx.clock.now());
  if (ctx.env.AUDIT_CHECKPOINT_FILE) appendAuditCheckpointFile(ctx.env.AUDIT_CHECKPOINT_FILE, cp);
  ctx.logger.info({ auditCheckpoint: formatAuditCheckpoint(cp) }, 'audit checkpoint');
  return cp;
}
