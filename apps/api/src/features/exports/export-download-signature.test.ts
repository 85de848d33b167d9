import { describe, expect, it } from 'vitest';
import { signExportDownload, verifyExportDownload } from './export-download-signature';

const secret = new TextEncoder().encode('unit-test-secret-unit-test-secret-0123');
const claims = {
  exportId: '7d6c1f0e-8f3b-4b8e-9a51-2f1d3c4b5a69',
  accountId: '0b2a6f4e-1c3d-4e5f-8a9b-0c1d2e3f4a5b',
};
const now = new Date('2026-03-02T09:00:00Z');
const inTenMinutes = new Date('2026-03-02T09:10:00Z');

describe('export download signature', () => {
  it('when the link is used by the same account before it expires, it is valid', () => {
    const sig = signExportDownload(secret, claims, inTenMinutes);
    expect(verifyExportDownload(secret, sig, claims, now)).toBe('valid');
  });

  it('when the link is used after its expiry, it is expired', () => {
    const sig = signExportDownload(secret, claims, inTenMinutes);
    expect(verifyExportDownload(secret, sig, claims, new Date('2026-03-02T09:10:00Z'))).toBe(
      'expired',
    );
  });

  it('when another account uses the link, it is invalid', () => {
    const sig = signExportDownload(secret, claims, inTenMinutes);
    const other = { ...claims, accountId: '9f8e7d6c-5b4a-4392-8170-6f5e4d3c2b1a' };
    expect(verifyExportDownload(secret, sig, other, now)).toBe('invalid');
  });

  it('when the link is for another export, it is invalid', () => {
    const sig = signExportDownload(secret, claims, inTenMinutes);
    const other = { ...claims, exportId: '1a2b3c4d-5e6f-4a7b-8c9d-0e1f2a3b4c5d' };
    expect(verifyExportDownload(secret, sig, other, now)).toBe('invalid');
  });

  it('when someone moves the expiry forward, the signature no longer matches', () => {
    const sig = signExportDownload(secret, claims, now);
    const [, mac] = sig.split('.');
    const stretched = `${Math.floor(now.getTime() / 1000) + 86_400}.${mac}`;
    expect(verifyExportDownload(secret, stretched, claims, now)).toBe('invalid');
  });

  it('when the signature is malformed or made with another secret, it is invalid', () => {
    const otherSecret = new TextEncoder().encode('another-secret-another-secret-0123456');
    expect(verifyExportDownload(secret, 'nonsense', claims, now)).toBe('invalid');
    expect(
      verifyExportDownload(
        secret,
        signExportDownload(otherSecret, claims, inTenMinutes),
        claims,
        now,
      ),
    ).toBe('invalid');
  });
});
