import { postRequestMessageResponseSchema } from '@oikeus/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { requestKeys } from './query-keys';

export interface PostRequestMessageVariables {
  body: string;
  isIdentityAnswer: boolean;
  file: File | null;
}

/**
 * POST /api/requests/:id/messages: a message to the handler, or the answer to
 * an identity question (which resumes the paused deadline, Art. 12(6)); with a
 * file it goes as multipart/form-data.
 */
export async function postRequestMessage(
  requestId: string,
  variables: PostRequestMessageVariables,
) {
  const url = `/api/requests/${encodeURIComponent(requestId)}/messages`;
  let body: unknown = { body: variables.body, isIdentityAnswer: variables.isIdentityAnswer };
  if (variables.file) {
    const form = new FormData();
    form.append('body', variables.body);
    form.append('isIdentityAnswer', String(variables.isIdentityAnswer));
    form.append('file', variables.file, variables.file.name);
    body = form;
  }
  const { message } = await api.request(url, {
    method: 'POST',
    body,
    schema: postRequestMessageResponseSchema,
  });
  return message;
}

export function usePostRequestMessage(requestId: string) {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (variables: PostRequestMessageVariables) =>
      postRequestMessage(requestId, variables),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: requestKeys.all }),
  });
}
