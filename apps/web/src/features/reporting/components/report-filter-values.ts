import {
  reportQuerySchema,
  type ReportFilterQuery,
  type ReportPeriodKind,
  type RequestChannel,
  type RequestType,
} from '@oikeus/contracts';
import type { RegisterId } from '@oikeus/domain';

/** What the filter form's fields hold: one value each, blank for "all". */
export interface ReportFilterValues {
  period: ReportPeriodKind;
  year: string;
  from: string;
  to: string;
  type: RequestType | '';
  register: RegisterId | '';
  channel: RequestChannel | '';
  handler: string;
}

export const defaultReportQuery: ReportFilterQuery = { period: 'last_12_months' };

/**
 * The report's period and filters live in the address, so a report can be
 * bookmarked, shared with a colleague and reloaded; an address the contract
 * does not accept shows the default period.
 */
export function queryFromParams(params: URLSearchParams): ReportFilterQuery {
  const parsed = reportQuerySchema.safeParse({
    period: params.get('period') ?? undefined,
    year: params.get('year') ?? undefined,
    from: params.get('from') ?? undefined,
    to: params.get('to') ?? undefined,
    type: params.getAll('type'),
    register: params.get('register') ?? undefined,
    channel: params.getAll('channel'),
    handler: params.get('handler') ?? undefined,
  });
  return parsed.success ? parsed.data : defaultReportQuery;
}

export function paramsFromQuery(query: ReportFilterQuery): URLSearchParams {
  const params = new URLSearchParams({ period: query.period });
  if (query.period === 'year' && query.year !== undefined) params.set('year', String(query.year));
  if (query.period === 'custom' && query.from && query.to) {
    params.set('from', query.from);
    params.set('to', query.to);
  }
  for (const type of query.type ?? []) params.append('type', type);
  if (query.register) params.set('register', query.register);
  for (const channel of query.channel ?? []) params.append('channel', channel);
  if (query.handler) params.set('handler', query.handler);
  return params;
}

export function valuesFromQuery(query: ReportFilterQuery, currentYear: number): ReportFilterValues {
  return {
    period: query.period,
    year: String(query.year ?? currentYear),
    from: query.from ?? '',
    to: query.to ?? '',
    type: query.type?.[0] ?? '',
    register: query.register ?? '',
    channel: query.channel?.[0] ?? '',
    handler: query.handler ?? '',
  };
}

/** The contract's input: only the fields the chosen period uses, blank filters left out. */
export function inputFromValues(values: ReportFilterValues): Record<string, unknown> {
  return {
    period: values.period,
    ...(values.period === 'year' ? { year: values.year } : {}),
    ...(values.period === 'custom' ? { from: values.from, to: values.to } : {}),
    ...(values.type ? { type: [values.type] } : {}),
    ...(values.register ? { register: values.register } : {}),
    ...(values.channel ? { channel: [values.channel] } : {}),
    ...(values.handler ? { handler: values.handler } : {}),
  };
}
