import { Router, type Request } from 'express';
import {
  addRecipientNoticeInputSchema,
  applyErasureInputSchema,
  applyObjectionInputSchema,
  applyRectificationInputSchema,
  applyRestrictionInputSchema,
  assessObjectionInputSchema,
  completeRequestInputSchema,
  extendDeadlineInputSchema,
  idSchema,
  marketingAudienceQuerySchema,
  informBeforeLiftInputSchema,
  liftRestrictionInputSchema,
  objectionPreviewInputSchema,
  rectificationPreviewInputSchema,
  refusalGroundSchema,
  refuseRequestInputSchema,
  restrictionPreviewInputSchema,
} from '@oikeus/contracts';
import { z } from 'zod';
import type { AppContext } from '../../context';
import { localeOf } from '../../http/locale';
import { parseInput } from '../../http/validate';
import { requestIdOf } from '../../http/request-id-param';
import { listMarketingAudience } from './list-marketing-audience';
import { recordPersonalDataRead } from '../audit/record-personal-data-read';
import { requireStaff, staffOf, WRITER_ROLES } from '../staff/require-staff';
import { addRecipientNotice } from './add-recipient-notice';
import { applyErasure } from './apply-erasure';
import { applyObjection } from './apply-objection';
import { applyRectification } from './apply-rectification';
import { applyRestriction } from './apply-restriction';
import { assessObjection } from './assess-objection';
import { completeRequest } from './complete-request';
import { extendDeadline } from './extend-deadline';
import { informBeforeLift } from './inform-before-lift';
import { liftRestriction } from './lift-restriction';
import { previewCompletion } from './preview-completion';
import { previewErasure } from './preview-erasure';
import { previewExtension } from './preview-extension';
import { previewObjection } from './preview-objection';
import { previewRectification } from './preview-rectification';
import { previewRefusal } from './preview-refusal';
import { previewRestriction } from './preview-restriction';
import { refuseRequest } from './refuse-request';
import { describedRecipients } from './register-facts';

function restrictionIdOf(req: Request): string {
  return parseInput(idSchema, req.params.restrictionId, req);
}

/**
 * /api/console register actions on a request. Each has a preview that
 * changes nothing (open to every staff role, auditors included) and an apply
 * for handlers and admins that writes the change, its audit entry, timeline
 * event and the subject's message in one transaction, guarded by `version`.
 */
export function createRegisterActionsRouter(ctx: AppContext): Router {
  const router = Router();
  const anyStaff = requireStaff(ctx);
  const writer = requireStaff(ctx, ...WRITER_ROLES);

  // ---- rectification (Art. 16)
  router.post('/requests/:id/rectification/preview', anyStaff, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(rectificationPreviewInputSchema, req.body ?? {}, req);
    res.json(
      await previewRectification(ctx, { requestId, requested: input.requested }, localeOf(req)),
    );
  });
  router.post('/requests/:id/rectification', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(applyRectificationInputSchema, req.body, req);
    res.json(await applyRectification(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });

  // ---- erasure (Art. 17)
  router.get('/requests/:id/erasure/preview', anyStaff, async (req, res) => {
    res.json(await previewErasure(ctx, requestIdOf(req), localeOf(req)));
  });
  router.post('/requests/:id/erasure', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(applyErasureInputSchema, req.body, req);
    res.json(
      await applyErasure(
        ctx,
        { requestId, version: input.version, staffId: staffOf(res).id },
        localeOf(req),
      ),
    );
  });

  // ---- restriction (Art. 18)
  router.post('/requests/:id/restriction/preview', anyStaff, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(restrictionPreviewInputSchema, req.body, req);
    res.json(await previewRestriction(ctx, requestId, input.ground, localeOf(req)));
  });
  router.post('/requests/:id/restriction', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(applyRestrictionInputSchema, req.body, req);
    res.json(await applyRestriction(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });
  router.post('/requests/:id/restrictions/:restrictionId/inform', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const restrictionId = restrictionIdOf(req);
    const input = parseInput(informBeforeLiftInputSchema, req.body, req);
    res.json(
      await informBeforeLift(ctx, {
        requestId,
        restrictionId,
        staffId: staffOf(res).id,
        ...input,
      }),
    );
  });
  router.post('/requests/:id/restrictions/:restrictionId/lift', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const restrictionId = restrictionIdOf(req);
    const input = parseInput(liftRestrictionInputSchema, req.body, req);
    res.json(
      await liftRestriction(ctx, {
        requestId,
        restrictionId,
        version: input.version,
        staffId: staffOf(res).id,
      }),
    );
  });

  // ---- objection to direct marketing (Art. 21(2)–(3))
  router.post('/requests/:id/objection/preview', anyStaff, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(objectionPreviewInputSchema, req.body ?? {}, req);
    res.json(
      (
        await previewObjection(
          ctx,
          ctx.db.prisma,
          { requestId, channels: input.channels },
          localeOf(req),
        )
      ).preview,
    );
  });
  router.post('/requests/:id/objection', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(applyObjectionInputSchema, req.body, req);
    res.json(
      await applyObjection(ctx, { requestId, staffId: staffOf(res).id, ...input }, localeOf(req)),
    );
  });

  // ---- objection to processing on legitimate interests (Art. 21(1))
  router.post('/requests/:id/objection/assessment', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(assessObjectionInputSchema, req.body, req);
    res.json(await assessObjection(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });

  // ---- extension, refusal, completion (Art. 12(3)–(5))
  router.get('/requests/:id/extension/preview', anyStaff, async (req, res) => {
    res.json(await previewExtension(ctx, requestIdOf(req)));
  });
  router.post('/requests/:id/extension', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(extendDeadlineInputSchema, req.body, req);
    res.json(await extendDeadline(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });
  router.get('/requests/:id/refusal/preview', anyStaff, async (req, res) => {
    const requestId = requestIdOf(req);
    const { ground } = parseInput(
      z.object({ ground: refusalGroundSchema.optional() }),
      req.query,
      req,
    );
    res.json(await previewRefusal(ctx, requestId, ground));
  });
  router.post('/requests/:id/refusal', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(refuseRequestInputSchema, req.body, req);
    res.json(await refuseRequest(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });
  router.get('/requests/:id/completion/preview', anyStaff, async (req, res) => {
    res.json(await previewCompletion(ctx, requestIdOf(req)));
  });
  router.post('/requests/:id/completion', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(completeRequestInputSchema, req.body, req);
    res.json(await completeRequest(ctx, { requestId, staffId: staffOf(res).id, ...input }));
  });

  // ---- Art. 19 recipient notices
  router.get('/requests/:id/recipient-notices/suggestions', anyStaff, (req, res) => {
    requestIdOf(req);
    res.json({ items: describedRecipients(ctx, localeOf(req)) });
  });
  router.post('/requests/:id/recipient-notices', writer, async (req, res) => {
    const requestId = requestIdOf(req);
    const input = parseInput(addRecipientNoticeInputSchema, req.body, req);
    res.json(
      await addRecipientNotice(ctx, {
        requestId,
        version: input.version,
        staffId: staffOf(res).id,
        recipientName: input.recipientName,
        notifiedAt: new Date(input.notifiedAt),
        method: input.method,
      }),
    );
  });

  // ---- the marketing list that honours objections and restrictions (Art. 18(2), 21(3))
  router.get('/marketing-audience', requireStaff(ctx, 'admin', 'handler'), async (req, res) => {
    const { channel } = parseInput(marketingAudienceQuerySchema, req.query, req);
    const audience = await listMarketingAudience(ctx, channel);
    await recordPersonalDataRead(ctx, {
      staffId: staffOf(res).id,
      action: 'marketing.audience_viewed',
      records: audience.items.map((c) => ({ recordType: 'marketing_contact', recordId: c.id })),
      details: { channel },
    });
    res.json(audience);
  });

  return router;
}
