import {
  consoleRecordWriteResultSchema,
  type ConsoleCustomerInput,
  type ConsoleMarketingContactInput,
  type LinkableRecordType,
} from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { sharedQueryKeys } from '../../../lib/query-keys';

const handPaths = {
  customer: '/api/console/records/customers',
  marketing_contact: '/api/console/records/marketing-contacts',
} as const satisfies Record<LinkableRecordType, string>;

export type HandRecordInput = ConsoleCustomerInput | ConsoleMarketingContactInput;

/**
 * POST /api/console/records/:type (add) or PUT …/:id (edit): a customer or
 * marketing contact by hand, with its source (GDPR Art. 14(2)(f)); audited.
 */
export function saveRecordByHand(
  recordType: LinkableRecordType,
  id: string | null,
  input: HandRecordInput,
) {
  return api.request(
    id ? `${handPaths[recordType]}/${encodeURIComponent(id)}` : handPaths[recordType],
    {
      method: id ? 'PUT' : 'POST',
      body: input,
      schema: consoleRecordWriteResultSchema,
    },
  );
}

export function useSaveRecordByHand(recordType: LinkableRecordType, id: string | null) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: HandRecordInput) => saveRecordByHand(recordType, id, input),
    // A record's name and address also show on requests and in register search.
    onSuccess: () => queryClient.invalidateQueries({ queryKey: sharedQueryKeys.staff }),
  });
}
