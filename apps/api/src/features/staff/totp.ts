import { createCipheriv, createDecipheriv, hkdfSync, randomBytes } from 'node:crypto';
import { authenticator } from 'otplib';
import QRCode from 'qrcode';
import type { TotpEnrolment } from '@oikeus/contracts';
import type { AppContext } from '../../context';

/** Issuer shown in authenticator apps. */
const ISSUER = 'Oikeus';

/**
 * otplib with the context clock (tests move time), 30 s steps and one step of
 * tolerance either way for clock drift (RFC 6238 §5.2).
 */
function authenticatorAt(now: Date) {
  return authenticator.clone({ epoch: now.getTime(), window: 1 });
}

export function generateTotpSecret(): string {
  return authenticator.generateSecret(20);
}

const STEP_MS = 30_000;

/**
 * The time step a valid `token` belongs to, or null. Callers store the step
 * and accept only a later one next time, so a code seen over someone's
 * shoulder or in a proxy log cannot be replayed inside its window (RFC 6238 §5.2).
 */
export function matchTotpStep(
  ctx: Pick<AppContext, 'clock'>,
  secret: string,
  token: string,
  lastStep: number | null,
): number | null {
  const now = ctx.clock.now();
  let delta: number | null;
  try {
    delta = authenticatorAt(now).checkDelta(token, secret);
  } catch {
    return null;
  }
  if (delta === null) return null;
  const step = Math.floor(now.getTime() / STEP_MS) + delta;
  return lastStep !== null && step <= lastStep ? null : step;
}

export async function buildTotpEnrolment(email: string, secret: string): Promise<TotpEnrolment> {
  const otpauthUrl = authenticator.keyuri(email, ISSUER, secret);
  const qrCodeDataUrl = await QRCode.toDataURL(otpauthUrl, {
    errorCorrectionLevel: 'M',
    margin: 1,
    width: 240,
  });
  return { otpauthUrl, qrCodeDataUrl, secret };
}

// The TOTP secret is a credential: it is stored encrypted (AES-256-GCM) with a
// key derived from the server secret, so a database dump alone cannot mint codes.
function totpKey(secret: Uint8Array): Buffer {
  return Buffer.from(hkdfSync('sha256', secret, 'oikeus-totp', 'staff-totp-secret', 32));
}

export function sealTotpSecret(ctx: Pick<AppContext, 'secret'>, plain: string): string {
  const iv = randomBytes(12);
  const cipher = createCipheriv('aes-256-gcm', totpKey(ctx.secret), iv);
  const data = Buffer.concat([cipher.update(plain, 'utf8'), cipher.final()]);
  return [
    'v1',
    iv.toString('base64url'),
    cipher.getAuthTag().toString('base64url'),
    data.toString('base64url'),
  ].join('.');
}

export function openTotpSecret(ctx: Pick<AppContext, 'secret'>, sealed: string): string | null {
  const [version, iv, tag, data] = sealed.split('.');
  if (version !== 'v1' || !iv || !tag || !data) return null;
  try {
    const decipher = createDecipheriv(
      'aes-256-gcm',
      totpKey(ctx.secret),
      Buffer.from(iv, 'base64url'),
    );
    decipher.setAuthTag(Buffer.from(tag, 'base64url'));
    return Buffer.concat([
      decipher.update(Buffer.from(data, 'base64url')),
      decipher.final(),
    ]).toString('utf8');
  } catch {
    return null;
  }
}
