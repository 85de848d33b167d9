import { Router } from 'express';
import {
  addInternalNoteInputSchema,
  assignRequestInputSchema,
  auditQuerySchema,
  idSchema,
  queueQuerySchema,
  registerSearchQuerySchema,
  requestIdentityInfoInputSchema,
  sendSubjectMessageInputSchema,
  startRequestInputSchema,
  updateRecordLinksInputSchema,
  verifyIdentityInputSchema,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { localeOf } from '../../http/locale';
import { parseInput } from '../../http/validate';
import { requestIdOf } from '../../http/request-id-param';
import { listAuditEntries } from '../audit/list-audit-entries';
import { sendAttachmentFile } from '../request-core/send-attachment-file';
import { requireStaff, staffOf, WRITER_ROLES } from '../staff/require-staff';
import { addInternalNote } from './add-internal-note';
import { assignRequest } from './assign-request';
import { getRequestDetail } from './get-request-detail';
import { listRequestQueue } from './list-request-queue';
import { readRequestAttachment } from './read-request-attachment';
import { identityQuestionFacts } from './identity-question-timing';
import { requestIdentityInfo } from './request-identity-info';
import { searchRegisters } from './search-registers';
import { sendSubjectMessage } from './send-subject-message';
import { startRequest } from './start-request';
import { updateRecordLinks } from './update-record-links';
import { verifyIdentity } from './verify-identity';
import { recordPersonalDataRead } from '../audit/record-personal-data-read';

/**
 * /api/console: the queue, a request's detail and its workflow steps, register
 * search and record confirmation, the audit trail and the marketing list.
 * Reads are open to every staff role (auditors read everything); writes need
 * handler or admin.
 */
export function createConsoleRouter(ctx: AppContext): Router {
  const router = Router();
  const anyStaff = requireStaff(ctx);
  const writer = requireStaff(ctx, ...WRITER_ROLES);

  router.get('/requests', anyStaff, async (req, res) => {
    const query = parseInput(queueQuerySchema, req.query, req);
    res.json(await listRequestQueue(ctx, staffOf(res).id, query));
  });

  router.get('/requests/:id', anyStaff, async (req, res) => {
    const detail = await getRequestDetail(ctx, requestIdOf(req), localeOf(req));
    // Opening a request shows the person and their confirmed records: a read of personal data.
    await recordPersonalDataRead(ctx, {
      staffId: staffOf(res).id,
      action: 'request.viewed',
      requestId: detail.id,
      records: [
        { recordType: 'account', recordId: detail.identity.accountId },
        ...detail.records.map((r) => ({ recordType: r.recordType, recordId: r.recordId })),
      ],
    });
    res.json(detail);
  });

  router.post('/requests/:id/notes', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(addInternalNoteInputSchema, req.body, req);
    res.json(await addInternalNote(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });

  router.post('/requests/:id/messages', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(sendSubjectMessageInputSchema, req.body, req);
    res.json(await sendSubjectMessage(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });

  // Handlers and admins only: the files can be ID documents, which an auditor
  // reconstructing decisions does not need to open (Art. 5(1)(c) minimisation).
  router.get('/requests/:id/attachments/:attachmentId', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const attachmentId = parseInput(idSchema, req.params.attachmentId, req);
    sendAttachmentFile(
      res,
      await readRequestAttachment(ctx, { requestId, attachmentId, staffId: staffOf(res).id }),
    );
  });

  router.post('/requests/:id/assign', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(assignRequestInputSchema, req.body, req);
    const staffId = staffOf(res).id;
    res.json(
      await assignRequest(ctx, {
        requestId,
        version: input.version,
        staffId,
        assigneeId: input.assigneeId === 'me' ? staffId : input.assigneeId,
      }),
    );
  });

  router.post('/requests/:id/start', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(startRequestInputSchema, req.body, req);
    res.json(
      await startRequest(ctx, { requestId, version: input.version, staffId: staffOf(res).id }),
    );
  });

  router.post('/requests/:id/verify-identity', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(verifyIdentityInputSchema, req.body, req);
    res.json(await verifyIdentity(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });

  router.post('/requests/:id/request-identity-info', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(requestIdentityInfoInputSchema, req.body, req);
    res.json(await requestIdentityInfo(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });

  router.get('/requests/:id/identity-question/preview', anyStaff, async (req, res) => {
    res.json(await identityQuestionFacts(ctx, ctx.db.prisma, requestIdOf(req)));
  });

  router.get('/register-search', anyStaff, async (req, res) => {
    const { requestId, ...query } = parseInput(registerSearchQuerySchema, req.query, req);
    const result = await searchRegisters(ctx, query, { requestId });
    await recordPersonalDataRead(ctx, {
      staffId: staffOf(res).id,
      action: 'register.searched',
      requestId: requestId ?? null,
      records: result.items.map((hit) => ({ recordType: hit.recordType, recordId: hit.id })),
      // Which fields were searched, not what was typed: the terms are personal data themselves.
      details: { fields: Object.keys(query).filter((k) => query[k as keyof typeof query]) },
    });
    res.json(result);
  });

  router.post('/requests/:id/records', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(updateRecordLinksInputSchema, req.body, req);
    res.json(await updateRecordLinks(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });

  router.get('/requests/:id/audit', anyStaff, async (req, res) => {
    const requestId = requestIdOf(req);
    const page = await listAuditEntries(ctx, { requestId }, 5000);
    res.json({ items: page.items.reverse() });
  });

  router.get('/audit', requireStaff(ctx, 'admin', 'auditor'), async (req, res) => {
    const query = parseInput(auditQuerySchema, req.query, req);
    res.json(await listAuditEntries(ctx, query));
  });

  return router;
}
