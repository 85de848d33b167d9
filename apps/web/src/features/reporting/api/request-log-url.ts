import type { ReportFilterQuery } from '@oikeus/contracts';
import { buildUrl } from '../../../lib/api-client';
import { reportQueryParams } from './get-report';

/**
 * GET /api/console/reports/request-log as a plain link: the browser downloads
 * the file itself (Content-Disposition: attachment) with the staff cookie;
 * the API audits each download.
 */
export function requestLogUrl(query: ReportFilterQuery, format: 'csv' | 'json'): string {
  return buildUrl('/api/console/reports/request-log', { ...reportQueryParams(query), format });
}
