import type { RefusalGround } from '@oikeus/contracts';
import type { Tx } from '../../db/transaction';
import { AppError } from '../../errors/app-error';
import type { RequestForWrite } from '../request-core/load-request-for-write';
import { isDirectMarketingObjection } from './objection-kind';

/**
 * Whether a refusal — whole, or part of a completion — can rest on `ground`
 * for this request. One check for both, so a partial refusal cannot say what
 * a refusal may not.
 */
export async function assertRefusalGroundHolds(
  tx: Tx,
  request: RequestForWrite,
  ground: RefusalGround,
): Promise<void> {
  // Art. 21(2)–(3): an objection to direct marketing is absolute; there is nothing to refuse.
  if (isDirectMarketingObjection(request)) {
    throw new AppError('ILLEGAL_TRANSITION', 'refusal.objectionNotRefusable');
  }
  if (ground !== 'identity_not_confirmed') return;
  const row = await tx.rightsRequest.findUniqueOrThrow({
    where: { id: request.id },
    select: { identityVerifiedAt: true },
  });
  // Never "we could not confirm your identity" after recording that it was confirmed.
  if (row.identityVerifiedAt !== null) {
    throw new AppError('ILLEGAL_TRANSITION', 'refusal.identityAlreadyVerified');
  }
  // Art. 11(2), 12(2), 12(6): only after an identity question that was not answered
  // satisfactorily — never as the first step.
  const asked = await tx.requestEvent.count({
    where: { requestId: request.id, type: 'identity_info_requested' },
  });
  if (asked === 0) {
    throw new AppError('ILLEGAL_TRANSITION', 'refusal.identityNeedsQuestion');
  }
}
