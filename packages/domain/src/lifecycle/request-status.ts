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
  'answer_identity',
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
    // The subject answered the identity question. GDPR Art. 12(6) leaves it to
    // the handler whether the answer removes the doubt, but EDPB Guidelines
    // 01/2022 §159 allow the clock to stand still only while the controller
    // waits for the information it asked for: once the answer is in, the wait
    // is over. So the request leaves `identity_pending` (which always means
    // "paused", see suspension-change.ts) and returns to `received`: the clock
    // runs, and the handler decides again — verify (→ in_progress), ask again
    // (→ identity_pending, a new pause interval) or refuse. It does not go to
    // `in_progress`, which means identity is settled and work on the person's
    // data may begin (exports are compiled only there).
    answer_identity: 'received',
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
