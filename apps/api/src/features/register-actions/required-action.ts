import type { RequestEventType } from '@oikeus/contracts';
import type { Db } from '../../db/client';
import type { Tx } from '../../db/transaction';
import type { RequestType } from '../request-core/load-request-for-write';
import { isDirectMarketingObjection } from './objection-kind';

/**
 * The timeline events that show the action a request asks for was done
 * (issue #17: an answer matches what was done). Access and portability: a
 * package was released. Rectification, erasure, restriction: the change was
 * applied. An objection to direct marketing: the handler applied it, or the
 * portal recorded the prohibition the moment it arrived (Art. 21(3) — the
 * request then needs nothing more and can never be refused). An objection to
 * processing on legitimate interests: the handler's assessment (Art. 21(1)).
 */
export function requiredActionEvents(request: {
  type: RequestType;
  details: string;
}): RequestEventType[] {
  switch (request.type) {
    case 'access':
    case 'portability':
      return ['result_released'];
    case 'rectification':
      return ['rectification_applied'];
    case 'erasure':
      return ['erasure_applied'];
    case 'restriction':
      return ['restriction_applied'];
    case 'objection':
      // Art. 21(1): the assessment answered with reasons (processing stopped, or grounds shown).
      return isDirectMarketingObjection(request)
        ? ['objection_applied', 'marketing_prohibited']
        : ['objection_assessed'];
  }
}

/** Whether the request's timeline shows its action done. */
export async function hasRequiredAction(
  db: Db | Tx,
  request: { id: string; type: RequestType; details: string },
): Promise<boolean> {
  const count = await db.requestEvent.count({
    where: { requestId: request.id, type: { in: requiredActionEvents(request) } },
  });
  return count > 0;
}
