import {
  registerReviewsResponseSchema,
  registerReviewStatusSchema,
  type RecordRegisterReviewInput,
} from '@oikeus/contracts';
import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import { z } from 'zod';
import { api } from '../../../lib/api-client';
import { housekeepingKeys } from './query-keys';

/** GET /api/console/register-reviews: each register's review status and the reviews recorded. */
export function useRegisterReviews() {
  return useQuery({
    queryKey: housekeepingKeys.registerReviews,
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
    onSettled: () => queryClient.invalidateQueries({ queryKey: housekeepingKeys.registerReviews }),
  });
}
