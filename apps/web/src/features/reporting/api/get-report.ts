import { reportSchema, type ReportFilterQuery } from '@oikeus/contracts';
import { keepPreviousData, useQuery } from '@tanstack/react-query';
import { api } from '../../../lib/api-client';
import { reportingKeys } from './query-keys';

/** The period and filters as query-string values (blank ones are left out by the client). */
export function reportQueryParams(query: ReportFilterQuery) {
  return {
    period: query.period,
    year: query.year,
    from: query.from,
    to: query.to,
    type: query.type,
    register: query.register,
    channel: query.channel,
    handler: query.handler,
  };
}

/** GET /api/console/reports: the figures of a period (handlers: their own requests). */
export function getReport(query: ReportFilterQuery) {
  return api.request('/api/console/reports', {
    query: reportQueryParams(query),
    schema: reportSchema,
  });
}

export function useReport(query: ReportFilterQuery) {
  return useQuery({
    queryKey: reportingKeys.report(query),
    queryFn: () => getReport(query),
    placeholderData: keepPreviousData,
  });
}
