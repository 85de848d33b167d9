import { createHmac, timingSafeEqual } from 'node:crypto';

/**
 * Download links are signed and expiring (DESIGN.md "Downloads are signed,
 * expiring, and require the subject's session"). The signature binds the
 * export, the account and the expiry, so a link copied to another person, a
 * link past its time or an edited link opens nothing — and the route also
 * requires the subject's session, so a leaked link alone is not enough.
 *
 * Format: `<expiry in epoch seconds>.<base64url HMAC-SHA-256>`, keyed with a
 * key derived from the app secret for this one purpose, so a session token
 * can never be replayed as a download signature or the other way round.
 */
export interface ExportDownloadClaims {
  exportId: string;
  accountId: string;
}

export type SignatureCheck = 'valid' | 'expired' | 'invalid';

function purposeKey(secret: Uint8Array): Buffer {
  return createHmac('sha256', secret).update('oikeus/export-download-link/v1').digest();
}

function mac(secret: Uint8Array, claims: ExportDownloadClaims, expirySeconds: number): string {
  return createHmac('sha256', purposeKey(secret))
    .update(`${claims.exportId}\n${claims.accountId}\n${expirySeconds}`)
    .digest('base64url');
}

export function signExportDownload(
  secret: Uint8Array,
  claims: ExportDownloadClaims,
  expiresAt: Date,
): string {
  const expirySeconds = Math.floor(expiresAt.getTime() / 1000);
  return `${expirySeconds}.${mac(secret, claims, expirySeconds)}`;
}

export function verifyExportDownload(
  secret: Uint8Array,
  signature: string,
  claims: ExportDownloadClaims,
  now: Date,
): SignatureCheck {
  const match = /^([0-9]{1,12})\.([A-Za-z0-9_-]{43})$/.exec(signature);
  if (!match) return 'invalid';
  const expirySeconds = Number(match[1]);
  const expected = Buffer.from(mac(secret, claims, expirySeconds));
  const given = Buffer.from(match[2] ?? '');
  // Constant time, so the answer's timing tells nothing about how close a guess was.
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) return 'invalid';
  // Checked only after the signature, so an edited expiry reads as tampering.
  return expirySeconds * 1000 > now.getTime() ? 'valid' : 'expired';
}
