import { Router, type Request } from 'express';
import {
  idSchema,
  postRequestMessageInputSchema,
  submitRequestInputSchema,
  withdrawRequestInputSchema,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { parseInput } from '../../http/validate';
import { createRequestSubmissionLimiters } from '../../http/auth-rate-limits';
import { requireSubject, subjectOf } from '../../http/require-subject';
import { attachmentUpload, uploadedAttachmentOf } from './attachment-upload';
import { getOwnRequest } from './get-own-request';
import { listOwnRequests } from './list-own-requests';
import { postRequestMessage } from './post-request-message';
import { readOwnAttachment } from '../request-core/read-own-attachment';
import { sendAttachmentFile } from '../request-core/send-attachment-file';
import { submitRequest } from './submit-request';
import { withdrawRequest } from './withdraw-request';

/** A malformed id cannot be anyone's: answer exactly as for someone else's id. */
function idParam(req: Request, name: string): string {
  const value = req.params[name];
  if (!idSchema.safeParse(value).success) throw new AppError('NOT_FOUND');
  return value as string;
}

/** /api/requests: the signed-in subject's own requests. Every query carries the account id. */
export function createRequestsRouter(ctx: AppContext): Router {
  const router = Router();
  router.use(requireSubject(ctx));

  router.get('/', async (_req, res) => {
    res.json({ requests: await listOwnRequests(ctx, subjectOf(res).accountId) });
  });

  router.post('/', ...createRequestSubmissionLimiters(ctx), async (req, res) => {
    const input = parseInput(submitRequestInputSchema, req.body, req);
    res.status(201).json(await submitRequest(ctx, subjectOf(res).accountId, input));
  });

  router.get('/:id', async (req, res) => {
    res.json({ request: await getOwnRequest(ctx, subjectOf(res).accountId, idParam(req, 'id')) });
  });

  router.post('/:id/messages', attachmentUpload(), async (req, res) => {
    const requestId = idParam(req, 'id');
    // multer gives a null-prototype object; spread it into a plain one for the strict schema.
    const input = parseInput(
      postRequestMessageInputSchema,
      { ...(req.body as object | undefined) },
      req,
    );
    const attachment = uploadedAttachmentOf(req);
    const message = await postRequestMessage(ctx, subjectOf(res).accountId, requestId, {
      ...input,
      ...(attachment ? { attachment } : {}),
    });
    res.status(201).json({ message });
  });

  router.get('/:id/attachments/:attachmentId', async (req, res) => {
    const file = await readOwnAttachment(
      ctx,
      subjectOf(res).accountId,
      idParam(req, 'id'),
      idParam(req, 'attachmentId'),
    );
    sendAttachmentFile(res, file);
  });

  router.post('/:id/withdraw', async (req, res) => {
    const input = parseInput(withdrawRequestInputSchema, req.body, req);
    const request = await withdrawRequest(ctx, subjectOf(res).accountId, idParam(req, 'id'), input);
    res.json({ request });
  });

  return router;
}
