import { parseLocalized, restrictionRequestInputSchema } from '@oikeus/contracts';
import { describe, expect, it } from 'vitest';
import { explainMissingValues } from './explain-missing-values';

describe('explainMissingValues', () => {
  it('when no restriction ground was chosen, asks the person to choose instead of listing enum values', () => {
    const input = {
      type: 'restriction',
      registers: ['customer'],
      ground: undefined,
      explanation: 'x',
    };
    const result = parseLocalized(restrictionRequestInputSchema, input, 'en');
    expect(result.success).toBe(false);
    if (result.success) return;
    const issues = explainMissingValues(result.issues, input, 'en');
    expect(issues).toEqual([{ path: 'ground', message: 'Choose one of the options.' }]);
  });

  it('keeps a message the contract wrote on purpose for an empty field', () => {
    const input = {
      type: 'restriction',
      registers: ['customer'],
      ground: 'art18_1_a',
      explanation: '',
    };
    const result = parseLocalized(restrictionRequestInputSchema, input, 'fi');
    if (result.success) throw new Error('expected a failure');
    expect(explainMissingValues(result.issues, input, 'fi')).toEqual([
      { path: 'explanation', message: 'Kerro lyhyesti, miksi pyydät käsittelyn rajoittamista.' },
    ]);
  });

  it('for an empty text field with only a generic message, says it is required', () => {
    const issues = [
      { path: 'items.0.value', message: 'Too small: expected string to have >=1 characters' },
    ];
    expect(explainMissingValues(issues, { items: [{ value: ' ' }] }, 'sv')).toEqual([
      { path: 'items.0.value', message: 'Den här uppgiften behövs.' },
    ]);
  });

  it('leaves an issue about a value that was given unchanged', () => {
    const issues = [{ path: 'count', message: 'Too big' }];
    expect(explainMissingValues(issues, { count: 9 }, 'en')).toEqual(issues);
  });

  it('leaves an issue inside a list typed as one line of text unchanged, as its text was given', () => {
    const issues = [{ path: 'reminderDays.1', message: 'Too big' }];
    expect(explainMissingValues(issues, { reminderDays: '7, 61' }, 'fi')).toEqual(issues);
  });
});
