import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import {
  IllegalTransitionError,
  allowedActions,
  applyTransition,
  canApplyTransition,
  isTerminal,
} from './apply-transition';
import {
  requestActions,
  requestStatuses,
  type RequestAction,
  type RequestStatus,
} from './request-status';

// Written out by hand from DESIGN.md "Request lifecycle", independent of the
// table in request-status.ts.
const legal: Array<[RequestStatus, RequestAction, RequestStatus]> = [
  ['received', 'request_identity', 'identity_pending'],
  ['received', 'start', 'in_progress'],
  ['received', 'refuse', 'refused'],
  ['received', 'withdraw', 'withdrawn'],
  ['identity_pending', 'verify_identity', 'in_progress'],
  ['identity_pending', 'answer_identity', 'received'],
  ['identity_pending', 'refuse', 'refused'],
  ['identity_pending', 'withdraw', 'withdrawn'],
  ['in_progress', 'request_identity', 'identity_pending'],
  ['in_progress', 'complete', 'completed'],
  ['in_progress', 'refuse', 'refused'],
  ['in_progress', 'withdraw', 'withdrawn'],
];
const isLegal = (from: RequestStatus, action: RequestAction) =>
  legal.some(([status, name]) => status === from && name === action);
const illegal = requestStatuses.flatMap((from) =>
  requestActions
    .filter((action) => !isLegal(from, action))
    .map((action): [RequestStatus, RequestAction] => [from, action]),
);

describe('applyTransition', () => {
  it.each(legal)('from %s, %s leads to %s', (from, action, to) => {
    expect(applyTransition(from, action)).toBe(to);
    expect(canApplyTransition(from, action)).toBe(true);
  });

  it('covers all 42 status/action pairs: 12 legal, 30 illegal', () => {
    expect(legal).toHaveLength(12);
    expect(illegal).toHaveLength(30);
  });

  it.each(illegal)('from %s, %s is refused with ILLEGAL_TRANSITION', (from, action) => {
    expect(canApplyTransition(from, action)).toBe(false);
    let caught: unknown;
    try {
      applyTransition(from, action);
    } catch (error) {
      caught = error;
    }
    expect(caught).toBeInstanceOf(IllegalTransitionError);
    expect(caught).toMatchObject({ code: 'ILLEGAL_TRANSITION', from, action });
    expect((caught as Error).message).toBe(
      `A request in status "${from}" cannot take the action "${action}".`,
    );
  });
});

describe('allowedActions and isTerminal', () => {
  it('lists the actions each status allows', () => {
    expect(allowedActions('received')).toEqual(['request_identity', 'start', 'refuse', 'withdraw']);
    expect(allowedActions('identity_pending')).toEqual([
      'verify_identity',
      'answer_identity',
      'refuse',
      'withdraw',
    ]);
    expect(allowedActions('in_progress')).toEqual([
      'request_identity',
      'complete',
      'refuse',
      'withdraw',
    ]);
  });

  it('completed, refused and withdrawn are terminal with no actions; the others are not', () => {
    for (const status of ['completed', 'refused', 'withdrawn'] as const) {
      expect(isTerminal(status)).toBe(true);
      expect(allowedActions(status)).toEqual([]);
    }
    for (const status of ['received', 'identity_pending', 'in_progress'] as const) {
      expect(isTerminal(status)).toBe(false);
    }
  });

  it('requestStatuses builds a zod enum that rejects unknown statuses', () => {
    const schema = z.enum(requestStatuses);
    expect(schema.parse('identity_pending')).toBe('identity_pending');
    expect(schema.safeParse('extended').success).toBe(false);
  });
});
