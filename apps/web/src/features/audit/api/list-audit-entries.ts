import { auditPageSchema, type auditQuerySchema } from '@oikeus/contracts';
import type { z } from 'zod';

export type AuditParams = z.output<typeof auditQuerySchema>;
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { auditKeys } from './query-keys';

/** GET /api/console/audit: the hash-chained audit trail, newest first (admin, auditor). */
export function listAuditEntries(query: AuditParams) {
  return api.request('/api/console/audit', {
    query: {
      requestId: query.requestId,
      actorId: query.actorId,
      action: query.action,
      before: query.before,
    },
    schema: auditPageSchema,
  });
}

export function useAuditEntries(query: AuditParams) {
  return useQuery({
    queryKey: auditKeys.page(query),
    queryFn: () => listAuditEntries(query),
    placeholderData: keepPreviousData,
  });
}
