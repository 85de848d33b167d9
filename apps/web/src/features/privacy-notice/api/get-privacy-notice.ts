import { errorMessages, type Locale } from '@oikeus/contracts';
import type { PrivacyNotice } from '@oikeus/domain';
import { queryOptions, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { ApiError } from '../../../lib/api-error';
import { privacyNoticeKeys } from './query-keys';

/**
 * GET /api/register-description/notice?locale=: the privacy notice built by
 * `buildPrivacyNotice` from the register description (GDPR Art. 13, 14).
 * There is no zod contract for it (it is the domain's own output type), so
 * the answer is checked for its outline only.
 */
export async function getPrivacyNotice(locale: Locale): Promise<PrivacyNotice> {
  const answer = await api.request('/api/register-description/notice', { query: { locale } });
  if (!isPrivacyNotice(answer)) {
    throw new ApiError({ code: 'INTERNAL', status: 200, message: errorMessages.INTERNAL[locale] });
  }
  return answer;
}

function isPrivacyNotice(value: unknown): value is PrivacyNotice {
  if (typeof value !== 'object' || value === null) return false;
  const notice = value as Partial<PrivacyNotice>;
  return typeof notice.title === 'string' && Array.isArray(notice.sections);
}

export function privacyNoticeQueryOptions(locale: Locale) {
  return queryOptions({
    queryKey: privacyNoticeKeys.notice(locale),
    queryFn: () => getPrivacyNotice(locale),
    staleTime: 10 * 60_000,
  });
}

export function usePrivacyNotice(locale: Locale) {
  return useQuery(privacyNoticeQueryOptions(locale));
}
