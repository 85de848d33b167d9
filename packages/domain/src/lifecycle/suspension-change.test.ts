import { describe, expect, it } from 'vitest';
import { IllegalTransitionError } from './apply-transition';
import { planTransition, suspensionChangeFor, updateSuspensions } from './suspension-change';

const t1 = new Date('2026-03-10T09:00:00Z');
const t2 = new Date('2026-03-12T09:00:00Z');
const t3 = new Date('2026-03-20T09:00:00Z');

describe('suspensionChangeFor', () => {
  it('entering identity_pending starts a suspension', () => {
    expect(suspensionChangeFor('received', 'identity_pending')).toBe('start');
    expect(suspensionChangeFor('in_progress', 'identity_pending')).toBe('start');
  });

  it('leaving identity_pending ends it, whatever the next status', () => {
    expect(suspensionChangeFor('identity_pending', 'in_progress')).toBe('end');
    expect(suspensionChangeFor('identity_pending', 'refused')).toBe('end');
    expect(suspensionChangeFor('identity_pending', 'withdrawn')).toBe('end');
  });

  it('other changes leave the clock alone', () => {
    expect(suspensionChangeFor('received', 'in_progress')).toBe('none');
    expect(suspensionChangeFor('in_progress', 'completed')).toBe('none');
  });
});

describe('planTransition', () => {
  it('when identity is asked for during the work, the plan pauses the clock', () => {
    expect(planTransition('in_progress', 'request_identity')).toEqual({
      from: 'in_progress',
      action: 'request_identity',
      to: 'identity_pending',
      suspension: 'start',
    });
  });

  it('when identity is verified, the plan resumes the clock', () => {
    expect(planTransition('identity_pending', 'verify_identity')).toMatchObject({
      to: 'in_progress',
      suspension: 'end',
    });
  });

  it('when the subject answers the identity question, the request returns to received and the clock resumes', () => {
    // Art. 12(6), EDPB 01/2022 §159: the pause lasts only while the controller waits.
    expect(planTransition('identity_pending', 'answer_identity')).toEqual({
      from: 'identity_pending',
      action: 'answer_identity',
      to: 'received',
      suspension: 'end',
    });
  });

  it('an identity answer without an open question is illegal', () => {
    expect(() => planTransition('received', 'answer_identity')).toThrow(IllegalTransitionError);
    expect(() => planTransition('in_progress', 'answer_identity')).toThrow(IllegalTransitionError);
  });

  it('when the action is illegal, planning throws', () => {
    expect(() => planTransition('completed', 'withdraw')).toThrow(IllegalTransitionError);
  });
});

describe('updateSuspensions', () => {
  it('start opens an interval, end closes it, and a second pause adds a new one', () => {
    const paused = updateSuspensions([], 'start', t1);
    expect(paused).toEqual([{ from: t1, to: null }]);
    const resumed = updateSuspensions(paused, 'end', t2);
    expect(resumed).toEqual([{ from: t1, to: t2 }]);
    expect(updateSuspensions(resumed, 'start', t3)).toEqual([
      { from: t1, to: t2 },
      { from: t3, to: null },
    ]);
  });

  it('a repeated start keeps the open interval, and an end with none open changes nothing', () => {
    const paused = updateSuspensions([], 'start', t1);
    expect(updateSuspensions(paused, 'start', t2)).toEqual([{ from: t1, to: null }]);
    const closed = [{ from: t1, to: t2 }];
    expect(updateSuspensions(closed, 'end', t3)).toEqual(closed);
    expect(updateSuspensions(closed, 'none', t3)).toEqual(closed);
  });

  it('does not modify the list it is given', () => {
    const paused = updateSuspensions([], 'start', t1);
    updateSuspensions(paused, 'end', t2);
    expect(paused).toEqual([{ from: t1, to: null }]);
  });
});
