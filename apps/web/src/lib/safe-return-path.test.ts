import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './safe-return-path';

describe('safeReturnPath', () => {
  it('keeps a path on this site', () => {
    expect(safeReturnPath('/requests/abc?x=1', '/requests')).toBe('/requests/abc?x=1');
  });

  it('when given another site, protocol-relative or backslash trick, falls back', () => {
    expect(safeReturnPath('https://evil.example', '/requests')).toBe('/requests');
    expect(safeReturnPath('//evil.example', '/requests')).toBe('/requests');
    expect(safeReturnPath('/\\evil.example', '/requests')).toBe('/requests');
  });

  it('when given nothing usable, falls back', () => {
    expect(safeReturnPath(undefined, '/requests')).toBe('/requests');
    expect(safeReturnPath(42, '/requests')).toBe('/requests');
  });
});
