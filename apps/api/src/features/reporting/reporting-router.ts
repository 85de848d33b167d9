import { Router } from 'express';
import { reportQuerySchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { localeOf } from '../../http/locale';
import { parseInput } from '../../http/validate';
import { requireStaff, staffOf } from '../staff/require-staff';
import { buildReport } from './build-report';
import { reportingMessages } from './reporting-messages';

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
    const messages = { handlerUnknown: reportingMessages.handlerUnknown[localeOf(req)] };
    res.json(await buildReport(ctx, staffOf(res), query, messages));
  });

  return router;
}
