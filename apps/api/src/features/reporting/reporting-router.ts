import { Router } from 'express';
import { reportQuerySchema, requestLogQuerySchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { parseInput } from '../../http/validate';
import { requireStaff, staffOf } from '../staff/require-staff';
import { buildReport } from './build-report';
import { buildRequestLog } from './build-request-log';
import { formatRequestLogCsv } from './format-request-log-csv';
import { recordRequestLogRead } from './record-request-log-read';

/**
 * /api/console/reports: the figures of a period and the request log as CSV or
 * JSON. Every staff role may read them; admins and auditors see all requests,
 * handlers those assigned to them (resolve-report-scope.ts).
 */
export function createReportingRouter(ctx: AppContext): Router {
  const router = Router();
  const anyStaff = requireStaff(ctx);

  router.get('/reports', anyStaff, async (req, res) => {
    const query = parseInput(reportQuerySchema, req.query, req);
    res.json(await buildReport(ctx, staffOf(res), query));
  });

  router.get('/reports/request-log', anyStaff, async (req, res) => {
    const { format, ...query } = parseInput(requestLogQuerySchema, req.query, req);
    const staff = staffOf(res);
    const log = await buildRequestLog(ctx, staff, query);
    // Audited before anything is sent: a download that cannot be recorded does not happen.
    await recordRequestLogRead(ctx, {
      staffId: staff.id,
      format,
      period: log.period,
      filters: log.filters,
      rowCount: log.rows.length,
    });
    const fileName = `request-log-${log.period.from}-${log.period.to}.${format}`;
    res.set('Cache-Control', 'no-store');
    res.attachment(fileName);
    if (format === 'csv') {
      res.type('text/csv; charset=utf-8').send(formatRequestLogCsv(log.rows));
    } else {
      res.json(log);
    }
  });

  return router;
}
