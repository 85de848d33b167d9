// A SESSION_SECRET signs every session and keys every stored code hash
// (GDPR Art. 32(1)): a guessable one lets anyone forge a staff session.
// Length alone (env.ts asks for 32) lets "aaaa…" through, so production also
// asks for enough entropy, estimated from the characters actually used.

/**
 * Estimated bits the secret must carry at least. The estimate of a random
 * string falls a little short of its true entropy (32 random hex digits, 128
 * bits, estimate about 120), so the bar sits below 128 to accept those.
 */
export const MIN_SECRET_BITS = 100;
/** Fewer distinct characters than this is a pattern, not a secret. */
export const MIN_SECRET_DISTINCT = 10;

/**
 * Length × Shannon entropy of the character frequencies: an upper bound on
 * what the string can hold, so a low value proves a weak secret (one repeated
 * character gives 0; "abcabc…" 1.58 bits a character). It cannot prove a
 * secret strong — a long sentence passes — hence the advice to generate one.
 */
export function estimateSecretBits(secret: string): number {
  const chars = [...secret];
  const counts = new Map<string, number>();
  for (const c of chars) counts.set(c, (counts.get(c) ?? 0) + 1);
  let perChar = 0;
  for (const n of counts.values()) {
    const p = n / chars.length;
    perChar -= p * Math.log2(p);
  }
  return chars.length * perChar;
}

/** A start-up problem for a weak secret, or null. */
export function weakSecretProblem(secret: string): string | null {
  const bits = Math.floor(estimateSecretBits(secret));
  const distinct = new Set(secret).size;
  if (bits >= MIN_SECRET_BITS && distinct >= MIN_SECRET_DISTINCT) return null;
  return `SESSION_SECRET: is too predictable for production (about ${bits} bits from ${distinct} distinct characters; at least ${MIN_SECRET_BITS} bits and ${MIN_SECRET_DISTINCT} distinct characters are needed). Generate one, e.g. \`openssl rand -base64 48\`.`;
}
