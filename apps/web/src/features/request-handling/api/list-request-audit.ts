import { auditEntrySchema } from '@oikeus/contracts';
import { useQuery } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';
import { requestUrl } from './use-request-write';
import { requestHandlingKeys } from './query-keys';

// The route answers `{ items }` of audit entries (contracts openapi/console.ts).
const requestAuditSchema = z.object({ items: z.array(auditEntrySchema) });

/** GET …/audit: the audit entries of one request, for the handler's own check. */
export function listRequestAudit(requestId: string) {
  return api.request(requestUrl(requestId, '/audit'), { schema: requestAuditSchema });
}

export function useRequestAudit(requestId: string, isRequested: boolean) {
  return useQuery({
    queryKey: requestHandlingKeys.audit(requestId),
    queryFn: () => listRequestAudit(requestId),
    enabled: isRequested,
  });
}
