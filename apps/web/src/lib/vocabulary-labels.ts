// Where each closed vocabulary (packages/contracts/src/vocabulary) finds its
// label. The labels themselves are i18n resources: the Finnish ones are
// declared `satisfies Record<RequestEventType | AuditAction, string>`, and
// Swedish and English must have the same keys, so a new member without a
// label in all three languages does not compile.
import type { AuditActionView, RequestEventTypeView } from '@oikeus/contracts';

/** Key in the `requests` namespace: the line a person reads on their timeline. */
export function subjectEventLabelKey(type: RequestEventTypeView) {
  return type === 'unrecognised' ? ('eventOther' as const) : (`events.${type}` as const);
}

/** Key in the `console` namespace: the step as a handler reads it. */
export function consoleEventLabelKey(type: RequestEventTypeView) {
  return type === 'unrecognised'
    ? ('timeline.eventOther' as const)
    : (`timeline.events.${type}` as const);
}

/** Key in the `console` namespace: an audit action as an auditor reads it. */
export function auditActionLabelKey(action: AuditActionView) {
  return action === 'unrecognised'
    ? ('audit.actionOther' as const)
    : (`audit.actions.${action}` as const);
}
