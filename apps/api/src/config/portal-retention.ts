import type { PortalRetentionPeriods } from '@oikeus/domain';
import type { Env } from './env';

/**
 * The controller's settings of the portal's own periods. The notice prints
 * them and the retention job deletes by them, both from here, so what a
 * person is told is what happens (GDPR Art. 13(2)(a), 5(1)(e)).
 */
export function portalRetentionOf(
  env: Pick<
    Env,
    'PORTAL_REQUEST_RETENTION_YEARS' | 'PORTAL_MAIL_RETENTION_DAYS' | 'AUDIT_RETENTION_YEARS'
  >,
): PortalRetentionPeriods {
  return {
    requestYears: env.PORTAL_REQUEST_RETENTION_YEARS,
    mailBodyDays: env.PORTAL_MAIL_RETENTION_DAYS,
    auditYears: env.AUDIT_RETENTION_YEARS,
  };
}
