import { Router } from 'express';
import {
  consoleCustomerInputSchema,
  consoleMarketingContactInputSchema,
  idSchema,
  recordPermissionInputSchema,
} from '@oikeus/contracts';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { localeOf } from '../../http/locale';
import { parseInput } from '../../http/validate';
import { requireStaff, staffOf, WRITER_ROLES } from '../staff/require-staff';
import { getHoldings } from './get-holdings';
import { getRecordHistory } from './get-record-history';
import { recordPermission } from './record-permission';
import { saveRecordByHand } from './save-record-by-hand';

const handTypeSchema = z.enum(['customers', 'marketing-contacts']);
const historyTypeSchema = z.enum(['customer', 'marketing_contact']);

/**
 * /api/console: "what we hold", a record with its history, and hand edits of
 * customers, marketing contacts and permissions received by phone or letter.
 * Every staff role reads; handlers and admins write.
 */
export function createRegisterRecordsRouter(ctx: AppContext): Router {
  const router = Router();
  const anyStaff = requireStaff(ctx);
  const writer = requireStaff(ctx, ...WRITER_ROLES);

  router.get('/holdings', anyStaff, async (_req, res) => {
    res.json(await getHoldings(ctx));
  });

  router.get('/records/:recordType/:id', anyStaff, async (req, res) => {
    const recordType = parseInput(historyTypeSchema, req.params.recordType, req);
    const id = parseInput(idSchema, req.params.id, req);
    res.json(await getRecordHistory(ctx, recordType, id));
  });

  router.post('/records/:handType', writer, async (req, res) => {
    const recordType = parseInput(handTypeSchema, req.params.handType, req);
    const schema =
      recordType === 'customers' ? consoleCustomerInputSchema : consoleMarketingContactInputSchema;
    parseInput(schema, req.body, req);
    const result = await saveRecordByHand(ctx, {
      recordType,
      data: req.body as Record<string, unknown>,
      staffId: staffOf(res).id,
      locale: localeOf(req),
    });
    res.status(result.outcome === 'created' ? 201 : 200).json(result);
  });

  router.put('/records/:handType/:id', writer, async (req, res) => {
    const recordType = parseInput(handTypeSchema, req.params.handType, req);
    const id = parseInput(idSchema, req.params.id, req);
    const schema =
      recordType === 'customers' ? consoleCustomerInputSchema : consoleMarketingContactInputSchema;
    parseInput(schema, req.body, req);
    res.json(
      await saveRecordByHand(ctx, {
        recordType,
        id,
        data: req.body as Record<string, unknown>,
        staffId: staffOf(res).id,
        locale: localeOf(req),
      }),
    );
  });

  router.post('/records/marketing-contacts/:id/permissions', writer, async (req, res) => {
    const contactId = parseInput(idSchema, req.params.id, req);
    const input = parseInput(recordPermissionInputSchema, req.body, req);
    res.status(201).json(
      await recordPermission(ctx, {
        ...input,
        contactId,
        staffId: staffOf(res).id,
        locale: localeOf(req),
      }),
    );
  });

  return router;
}
