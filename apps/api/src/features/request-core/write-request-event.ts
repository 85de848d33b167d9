import { requestEventAudience, type RequestEvent } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import type { Tx } from '../../db/transaction';

/** Who acts on a request: the person, a staff member, or the system itself. */
export type RequestActor =
  { type: 'subject'; id: string } | { type: 'staff'; id: string } | { type: 'system' };

/** A timeline entry as the API may write it: a vocabulary member with its typed data. */
export type RequestEventInput = RequestEvent;

/**
 * Writes one timeline entry. Only request-core calls this, from
 * `changeRequest` and `createRequest`: the event type column stays a string
 * in the database, but nothing outside the closed vocabulary reaches it.
 * Whether the subject sees it follows from the type (`requestEventAudience`).
 */
export async function writeRequestEvent(
  tx: Tx,
  ctx: Pick<AppContext, 'clock'>,
  requestId: string,
  actor: RequestActor,
  event: RequestEventInput,
): Promise<void> {
  await tx.requestEvent.create({
    data: {
      requestId,
      type: event.type,
      actorType: actor.type,
      actorId: actor.type === 'system' ? null : actor.id,
      isVisibleToSubject: requestEventAudience[event.type] === 'subject',
      data: event.data === null ? null : JSON.stringify(event.data),
      createdAt: ctx.clock.now(),
    },
  });
}
