import {
  requestActions,
  requestTransitions,
  type RequestAction,
  type RequestStatus,
} from './request-status';

/** Thrown for an action the request's status does not allow. UIs localise by `code`. */
export class IllegalTransitionError extends Error {
  readonly code = 'ILLEGAL_TRANSITION';
  readonly from: RequestStatus;
  readonly action: RequestAction;

  constructor(from: RequestStatus, action: RequestAction) {
    super(`A request in status "${from}" cannot take the action "${action}".`);
    this.name = 'IllegalTransitionError';
    this.from = from;
    this.action = action;
  }
}

/** The status after `action`, or throws `IllegalTransitionError`. */
export function applyTransition(status: RequestStatus, action: RequestAction): RequestStatus {
  const next = requestTransitions[status][action];
  if (next === undefined) throw new IllegalTransitionError(status, action);
  return next;
}

export function canApplyTransition(status: RequestStatus, action: RequestAction): boolean {
  return requestTransitions[status][action] !== undefined;
}

/** The actions allowed in a status, in the order of `requestActions`. */
export function allowedActions(status: RequestStatus): RequestAction[] {
  return requestActions.filter((action) => canApplyTransition(status, action));
}

export function isTerminal(status: RequestStatus): boolean {
  return allowedActions(status).length === 0;
}
