import {
  registerReviewsResponseSchema,
  registerReviewStatusSchema,
  type RecordRegisterReviewInput,
} from '@oikeus/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';

const registerReviewsQueryKey = ['console', 'register-reviews'] as const;

/** GET /api/console/register-reviews: each register's review status and the reviews recorded. */
export function useRegisterReviews() {
  return useQuery({
    queryKey: registerReviewsQueryKey,
    queryFn: () =>
      api.request('/api/console/register-reviews', { schema: registerReviewsResponseSchema }),
  });
}

/** POST /api/console/register-reviews (admin). */
export function useRecordRegisterReview() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: (input: RecordRegisterReviewInput) =>
      api.request('/api/console/register-reviews', {
        method: 'POST',
        body: input,
        schema: z.object({ reviewId: z.uuid(), status: registerReviewStatusSchema }),
      }),
    onSettled: () => queryClient.invalidateQueries({ queryKey: registerReviewsQueryKey }),
  });
}
