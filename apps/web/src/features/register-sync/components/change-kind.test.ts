import { describe, expect, it } from 'vitest';
import { describeChangeKind } from './change-kind';

describe('describeChangeKind', () => {
  it('when a contact line is a channel and a decision, it is read as a permission event', () => {
    expect(describeChangeKind('post_prohibited')).toEqual({
      type: 'permission',
      channel: 'post',
      decision: 'prohibited',
    });
    expect(describeChangeKind('sms_granted')).toMatchObject({
      channel: 'sms',
      decision: 'granted',
    });
  });

  it('when a customer line is an order, it is the order itself', () => {
    expect(describeChangeKind('ordered')).toEqual({ type: 'ordered' });
  });

  it('when the kind is a change type of another system, it is shown as it came', () => {
    expect(describeChangeKind('price_changed')).toEqual({ type: 'other', text: 'price_changed' });
    expect(describeChangeKind('fax_granted')).toEqual({ type: 'other', text: 'fax_granted' });
  });
});
