// Reporting: how the controller handles rights, for its management, the
// register review and the supervisory authority (GDPR Art. 5(2) accountability,
// Art. 24). Figures only — no data subject is named in a report.
import { z } from 'zod';
import { localDateSchema, registerIdSchema } from '../fields';
import { refusalGroundSchema } from './actions';
import { requestChannelSchema } from './common';
import {
  consoleRequestStatusSchema,
  isoDateTimeSchema,
  queryListSchema,
  requestTypeSchema,
  staffRefSchema,
} from './common';

/** This month so far, the last twelve calendar months, one calendar year, or any dates. */
export const reportPeriodKinds = ['this_month', 'last_12_months', 'year', 'custom'] as const;
export const reportPeriodKindSchema = z.enum(reportPeriodKinds);
export type ReportPeriodKind = z.infer<typeof reportPeriodKindSchema>;

/** The longest custom period: five years of monthly figures. */
export const MAX_REPORT_MONTHS = 60;

/** A calendar month in the controller's time zone, `YYYY-MM`. */
export const reportMonthSchema = z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/);

function monthIndex(date: string): number {
  return Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7)) - 1;
}

const reportQueryShape = {
  period: reportPeriodKindSchema.default('last_12_months'),
  /** The calendar year, for `period=year`. */
  year: z.coerce.number().int().min(1900).max(9999).optional(),
  /** First and last day (inclusive, the controller's dates), for `period=custom`. */
  from: localDateSchema.optional(),
  to: localDateSchema.optional(),
  type: queryListSchema(requestTypeSchema),
  register: registerIdSchema.optional(),
  channel: queryListSchema(requestChannelSchema),
  /** A staff id: requests assigned to that person. Handlers always see only their own. */
  handler: z.uuid().optional(),
};

type PeriodFields = { period: ReportPeriodKind; year?: number; from?: string; to?: string };

function checkPeriod(value: PeriodFields, ctx: z.RefinementCtx): void {
  if (value.period === 'year' && value.year === undefined) {
    ctx.addIssue({ code: 'custom', path: ['year'], message: 'report.year.required' });
  }
  if (value.period !== 'custom') return;
  if (!value.from)
    ctx.addIssue({ code: 'custom', path: ['from'], message: 'report.from.required' });
  if (!value.to) ctx.addIssue({ code: 'custom', path: ['to'], message: 'report.to.required' });
  if (!value.from || !value.to) return;
  if (value.to < value.from) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'report.to.beforeFrom' });
  } else if (monthIndex(value.to) - monthIndex(value.from) + 1 > MAX_REPORT_MONTHS) {
    ctx.addIssue({ code: 'custom', path: ['to'], message: 'report.period.tooLong' });
  }
}

/** GET /api/console/reports: the period and the filters. */
export const reportQuerySchema = z.object(reportQueryShape).superRefine(checkPeriod);
export type ReportQuery = z.input<typeof reportQuerySchema>;
export type ReportFilterQuery = z.output<typeof reportQuerySchema>;

const count = z.int().nonnegative();
const countsByType = z.record(requestTypeSchema, count);

export const reportPeriodSchema = z.object({
  kind: reportPeriodKindSchema,
  from: localDateSchema,
  to: localDateSchema,
  /** Every month the period touches, in order; the monthly series have one entry each. */
  months: z.array(reportMonthSchema),
});
export type ReportPeriod = z.infer<typeof reportPeriodSchema>;

export const reportFiltersSchema = z.object({
  type: z.array(requestTypeSchema),
  register: registerIdSchema.nullable(),
  channel: z.array(requestChannelSchema),
  /** The staff member whose requests are counted; for a handler always themselves. */
  handler: staffRefSchema.nullable(),
});
export type ReportFilters = z.infer<typeof reportFiltersSchema>;

/** Median and 90th percentile of working days from receipt to answer. */
export const workingDaysFigureSchema = z.object({
  answered: count,
  /** Working days (Regulation 1182/71 Art. 3(3)) after the day of receipt up to the day of the answer. */
  median: z.number().nonnegative().nullable(),
  /** Nearest-rank 90th percentile: nine answers in ten took at most this many. */
  p90: z.number().nonnegative().nullable(),
});
export type WorkingDaysFigure = z.infer<typeof workingDaysFigureSchema>;

export const registerActionFiguresSchema = z.object({
  register: registerIdSchema,
  /** Records corrected (Art. 16). */
  rectified: count,
  /** Records erased, or anonymised where accounting law keeps the voucher (Art. 17, 17(3)(b)). */
  erased: count,
  /** Records whose processing was restricted (Art. 18). */
  restricted: count,
  /** Marketing contacts that got a prohibition of direct marketing (Art. 21(3)). */
  marketingProhibited: count,
});
export type RegisterActionFigures = z.infer<typeof registerActionFiguresSchema>;

/**
 * The figures of one period. Each event counts in the month it happened:
 * receipt by its receipt date, an answer by the day it was sent, an extension
 * by the day it was given, and so on, all in the controller's time zone.
 */
export const reportSchema = z.object({
  generatedAt: isoDateTimeSchema,
  timeZone: z.string(),
  period: reportPeriodSchema,
  filters: reportFiltersSchema,
  /** Who the handler filter may name: every staff member with requests (admin, auditor); a handler only themselves. */
  handlerOptions: z.array(staffRefSchema),
  received: z.object({
    total: count,
    byType: countsByType,
    byMonth: z.array(z.object({ month: reportMonthSchema, total: count, byType: countsByType })),
  }),
  /** Requests still open at the end of each month (or now, for the month under way). */
  backlog: z.array(z.object({ month: reportMonthSchema, date: localDateSchema, open: count })),
  /** Answers (completed or refused) sent on or before the legal deadline, and after it (Art. 12(3)–(4)). */
  timeliness: z.object({
    answered: count,
    onTime: count,
    late: count,
    /** onTime / answered, 0–1; null without answers. */
    onTimeRate: z.number().min(0).max(1).nullable(),
    byMonth: z.array(z.object({ month: reportMonthSchema, onTime: count, late: count })),
  }),
  workingDays: z.object({
    overall: workingDaysFigureSchema,
    byType: z.array(workingDaysFigureSchema.extend({ type: requestTypeSchema })),
  }),
  /** Deadlines extended by two months (Art. 12(3)). */
  extensions: count,
  /** Pauses while waiting for identity information (Art. 12(6)). */
  identityPauses: z.object({
    count,
    /** Of those, still waiting now. */
    open: count,
    /** Calendar days the deadline stood still, as the deadline counts them; ended pauses only. */
    medianDays: z.number().nonnegative().nullable(),
  }),
  refusals: z.object({
    total: count,
    byGround: z.record(refusalGroundSchema, count),
  }),
  withdrawals: count,
  registerActions: z.array(registerActionFiguresSchema),
  /** Access and portability packages released to the person, and downloads of them (Art. 15(3), 20). */
  exports: z.object({ released: count, downloaded: count }),
});
export type Report = z.infer<typeof reportSchema>;

/** GET /api/console/reports/request-log: the same filters, as CSV or JSON. */
export const requestLogFormats = ['csv', 'json'] as const;
export const requestLogQuerySchema = z
  .object({ ...reportQueryShape, format: z.enum(requestLogFormats).default('json') })
  .superRefine(checkPeriod);
export type RequestLogQuery = z.input<typeof requestLogQuerySchema>;

export const requestOutcomes = ['open', 'completed', 'refused', 'withdrawn'] as const;
export const requestOutcomeSchema = z.enum(requestOutcomes);

/**
 * One request of the log: what was asked, when, and how and when it was
 * answered. Never the person's name, email or request text.
 */
export const requestLogRowSchema = z.object({
  reference: z.string(),
  type: requestTypeSchema,
  channel: requestChannelSchema,
  status: consoleRequestStatusSchema,
  /** The controller's date of receipt. */
  received: localDateSchema,
  /** The legal deadline now in force (extended, and moved by identity pauses). */
  due: localDateSchema,
  extended: z.boolean(),
  /** The day the answer was sent (completed or refused); null otherwise. */
  answered: localDateSchema.nullable(),
  outcome: requestOutcomeSchema,
  /** The refusal ground, for a refused request. */
  grounds: refusalGroundSchema.nullable(),
  /** Name of the staff member the request is assigned to. */
  handler: z.string().nullable(),
  /** Working days from receipt to the answer. */
  daysTaken: z.int().nonnegative().nullable(),
  /** Answered on or before the deadline; null while unanswered. */
  onTime: z.boolean().nullable(),
});
export type RequestLogRow = z.infer<typeof requestLogRowSchema>;

export const requestLogSchema = z.object({
  generatedAt: isoDateTimeSchema,
  timeZone: z.string(),
  period: reportPeriodSchema,
  filters: reportFiltersSchema,
  rows: z.array(requestLogRowSchema),
});
export type RequestLog = z.infer<typeof requestLogSchema>;

/** The CSV's columns, in order (the JSON rows have the same fields). */
export const requestLogColumns = Object.keys(requestLogRowSchema.shape) as Array<
  keyof RequestLogRow
>;
