import { assessObjectionResultSchema, type AssessObjectionInput } from '@oikeus/contracts';
import { api } from '../../../lib/api-client';
import { requestUrl, useRequestWrite } from './use-request-write';

/**
 * POST /api/console/requests/:id/objection/assessment: records whether
 * compelling legitimate grounds override the person's (GDPR Art. 21(1)) and
 * answers them with reasons; without such grounds processing stops.
 */
export function assessObjection(requestId: string, input: AssessObjectionInput) {
  return api.request(requestUrl(requestId, '/objection/assessment'), {
    method: 'POST',
    body: input,
    schema: assessObjectionResultSchema,
  });
}

export function useAssessObjection(requestId: string) {
  return useRequestWrite(requestId, (input: AssessObjectionInput) =>
    assessObjection(requestId, input),
  );
}
