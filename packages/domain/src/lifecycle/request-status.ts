/** Request statuses; a tuple so zod can build an enum from it (`z.enum(requestStatuses)`). */
export const requestStatuses = [
  'received',
  'identity_pending',
  'in_progress',
  'completed',
  'refused',
  'withdrawn',
] as const;
export type RequestStatus = (typeof requestStatuses)[number];

/** What a handler, the subject or the system does to move a request on. */
export const requestActions = [
  'request_identity',
  'verify_identity',
  'start',
  'complete',
  'refuse',
  'withdraw',
] as const;
export type RequestAction = (typeof requestActions)[number];

/**
 * The lifecycle `received → identity_pending ⇄ in_progress → completed |
 * refused | withdrawn` (DESIGN.md "Request lifecycle"). An extension is a
 * property of the deadline, not a status. A handler with reasonable doubts
 * about identity may ask for more (GDPR Art. 12(6)) before or during the
 * work; refusing needs reasons (Art. 12(4)), which the use case records.
 * Terminal statuses have no way out.
 */
export const requestTransitions: Readonly<
  Record<RequestStatus, Readonly<Partial<Record<RequestAction, RequestStatus>>>>
> = {
  received: {
    request_identity: 'identity_pending',
    start: 'in_progress',
    refuse: 'refused',
    withdraw: 'withdrawn',
  },
  identity_pending: {
    verify_identity: 'in_progress',
    refuse: 'refused',
    withdraw: 'withdrawn',
  },
  in_progress: {
    request_identity: 'identity_pending',
    complete: 'completed',
    refuse: 'refused',
    withdraw: 'withdrawn',
  },
  completed: {},
  refused: {},
  withdrawn: {},
};
