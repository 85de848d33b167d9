/** Host names that only ever mean "this machine": development over plain http. */
const LOOPBACK = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Whether session cookies carry the Secure flag: always, except when the
 * portal is served from this machine itself (development, tests). A portal
 * reached by any other name over plain http gets Secure cookies the browser
 * will not send back, so it fails closed instead of leaking the session over
 * an unencrypted connection (GDPR Art. 32(1)(a)).
 */
export function cookiesAreSecure(publicUrl: string): boolean {
  const url = new URL(publicUrl);
  return url.protocol === 'https:' || !LOOPBACK.has(url.hostname);
}
