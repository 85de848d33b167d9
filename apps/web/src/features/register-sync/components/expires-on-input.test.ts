import { describe, expect, it } from 'vitest';
import { expiresOnInput } from './expires-on-input';

describe('expiresOnInput', () => {
  it('when a Finnish or ISO date is typed, the contract gets the ISO day', () => {
    expect(expiresOnInput('31.12.2027')).toBe('2027-12-31');
    expect(expiresOnInput(' 2027-12-31 ')).toBe('2027-12-31');
  });

  it('when the field is blank, the key has no expiry', () => {
    expect(expiresOnInput('  ')).toBeUndefined();
  });

  it('when the text is no date, it is passed on for the contract to refuse', () => {
    expect(expiresOnInput('ensi vuonna')).toBe('ensi vuonna');
  });
});
