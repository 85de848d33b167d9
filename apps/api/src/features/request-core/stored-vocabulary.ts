import { requestEventTypeSchema, type RequestEventType } from '@oikeus/contracts';

/**
 * The event type column stays a string in the database; this turns a
 * stored value back into the closed vocabulary for a response. The API writes
 * only members (request-core), so a row outside them comes
 * from elsewhere (an older version, a hand edit): a timeline leaves it out
 * rather than show a raw name.
 */
export function hasKnownEventType<T extends { type: string }>(
  row: T,
): row is T & { type: RequestEventType } {
  return requestEventTypeSchema.safeParse(row.type).success;
}
