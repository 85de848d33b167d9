import { Router, type Request, type RequestHandler } from 'express';
import multer from 'multer';
import { ATTACHMENT_MAX_BYTES, newConsoleRequestInputSchema } from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { parseInput } from '../../http/validate';
import { checkedAttachment } from '../request-core/checked-attachment';
import { requireStaff, staffOf, WRITER_ROLES } from '../staff/require-staff';
import { logRequest } from './log-request';
import { parseEmail } from './parse-email';

/** An email with its attachments can be larger than one attachment; 4 attachments' worth. */
const EMAIL_MAX_BYTES = 4 * ATTACHMENT_MAX_BYTES;
const MAX_FILES = 5;

/**
 * multipart/form-data in memory: `payload` (JSON), up to five `files` (PDF,
 * PNG, JPEG) and one `email` (.eml). What multer refuses is a malformed form:
 * 400, or 413 for a file over the limit, never a 500.
 */
function intakeUpload(): RequestHandler {
  const upload = multer({
    storage: multer.memoryStorage(),
    defParamCharset: 'utf8',
    limits: {
      fileSize: EMAIL_MAX_BYTES,
      files: MAX_FILES + 1,
      fields: 2,
      fieldSize: 128 * 1024,
      parts: MAX_FILES + 3,
    },
  }).fields([
    { name: 'files', maxCount: MAX_FILES },
    { name: 'email', maxCount: 1 },
  ]);
  return (req, res, next) => {
    upload(req, res, (err?: unknown) => {
      if (err === undefined || err === null) return next();
      if (err instanceof multer.MulterError && err.code === 'LIMIT_FILE_SIZE')
        return next(new AppError('PAYLOAD_TOO_LARGE'));
      next(new AppError('VALIDATION_FAILED'));
    });
  };
}

function filesOf(req: Request, name: 'files' | 'email'): Express.Multer.File[] {
  const files = req.files;
  return files && !Array.isArray(files) ? (files[name] ?? []) : [];
}

function payloadOf(req: Request): unknown {
  const raw: unknown = (req.body as Record<string, unknown> | undefined)?.payload;
  if (typeof raw !== 'string') throw new AppError('VALIDATION_FAILED');
  try {
    return JSON.parse(raw);
  } catch {
    throw new AppError('VALIDATION_FAILED');
  }
}

/**
 * /api/console/requests (POST) and /api/console/requests/email-import: a
 * handler or admin logs a request that came by another channel (issue #18).
 */
export function createIntakeRouter(ctx: AppContext): Router {
  const router = Router();
  const writer = requireStaff(ctx, ...WRITER_ROLES);

  router.post('/requests/email-import', writer, intakeUpload(), async (req, res) => {
    const [email] = filesOf(req, 'email');
    if (!email) throw new AppError('VALIDATION_FAILED', 'intake.emailUnreadable');
    res.json((await parseEmail(email.buffer)).prefill);
  });

  router.post('/requests', writer, intakeUpload(), async (req, res) => {
    const input = parseInput(newConsoleRequestInputSchema, payloadOf(req), req);
    const files = filesOf(req, 'files').map((file) => {
      if (file.size > ATTACHMENT_MAX_BYTES) throw new AppError('PAYLOAD_TOO_LARGE');
      return checkedAttachment(file);
    });
    const [emailFile] = filesOf(req, 'email');
    const email = emailFile ? await parseEmail(emailFile.buffer) : undefined;
    const created = await logRequest(ctx, {
      ...input,
      staffId: staffOf(res).id,
      receivedAt: input.receivedAt,
      note: input.note,
      files,
      email,
    });
    res.status(201).json(created);
  });

  return router;
}
