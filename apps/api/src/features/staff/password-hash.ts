import { hash, verify } from '@node-rs/argon2';

// @node-rs/argon2 defaults to argon2id (the const enum cannot be imported under
// verbatimModuleSyntax); the hash string starts with `$argon2id$`, which a test checks.

/** argon2id hash of a password or recovery code (OWASP: 19 MiB, 2 passes, 1 lane = library defaults). */
export function hashSecret(plain: string): Promise<string> {
  return hash(plain);
}

export async function verifySecret(hashed: string, plain: string): Promise<boolean> {
  try {
    return await verify(hashed, plain);
  } catch {
    // A malformed stored hash is a failed check, not a crash.
    return false;
  }
}

/**
 * A hash of a random value nobody knows: verifying against it when the email is
 * unknown makes a wrong email take as long as a wrong password.
 */
let dummyHash: Promise<string> | undefined;
export function dummySecretHash(): Promise<string> {
  dummyHash ??= hash(`no-such-user-${Math.random()}`);
  return dummyHash;
}
