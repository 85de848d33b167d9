export {
  IllegalTransitionError,
  allowedActions,
  applyTransition,
  canApplyTransition,
  isTerminal,
} from './apply-transition';
export {
  requestActions,
  requestStatuses,
  requestTransitions,
  type RequestAction,
  type RequestStatus,
} from './request-status';
export {
  planTransition,
  updateSuspensions,
  type PlannedTransition,
  type SuspensionChange,
} from './suspension-change';
