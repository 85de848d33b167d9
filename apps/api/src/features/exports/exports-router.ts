import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Router, type Request } from 'express';
import {
  compileExportInputSchema,
  exportDownloadQuerySchema,
  idSchema,
  releaseExportInputSchema,
} from '@oikeus/contracts';
import type { AppContext } from '../../context';
import { AppError } from '../../errors/app-error';
import { parseInput } from '../../http/validate';
import { requireSubject, subjectOf } from '../../http/require-subject';
import { requireStaff, staffOf, WRITER_ROLES } from '../staff/require-staff';
import { compileExport } from './compile-export';
import { readExportJsonSchema } from './export-json-schema';
import { listOwnExports } from './list-own-exports';
import { listRequestExports } from './list-request-exports';
import { openExportDownload } from './open-export-download';
import { previewExport } from './preview-export';
import { releaseExport } from './release-export';
import { REPORT_STYLE_HASH } from './report-html';

/** A console path id: 400 when malformed, like the rest of the console. */
function consoleId(req: Request, name: string): string {
  return parseInput(idSchema, req.params[name], req);
}

/** A portal path id: a malformed one cannot be anyone's, so it is simply not found. */
function portalId(req: Request, name: string): string {
  const value = req.params[name];
  if (!idSchema.safeParse(value).success) throw new AppError('NOT_FOUND');
  return value as string;
}

/**
 * Access (GDPR Art. 15) and portability (Art. 20) packages, mounted at /api:
 * - GET  /exports/schema.json — the published JSON Schema of data.json;
 * - /console/requests/:id/exports… — list (any staff), compile, preview and
 *   release (handler or admin);
 * - /requests/:id/exports… — the subject's own released packages and the
 *   signed, session-bound download.
 * Each route carries its own guard, so other routers' paths pass through.
 */
export function createExportsRouter(ctx: AppContext): Router {
  const router = Router();
  const anyStaff = requireStaff(ctx);
  const writer = requireStaff(ctx, ...WRITER_ROLES);
  const subject = requireSubject(ctx);
  const schemaText = readExportJsonSchema();

  router.get('/exports/schema.json', (_req, res) => {
    res.type('application/schema+json');
    res.set('Cache-Control', 'public, max-age=3600');
    res.send(schemaText);
  });

  router.get('/console/requests/:id/exports', anyStaff, async (req, res) => {
    res.json({ exports: await listRequestExports(ctx, consoleId(req, 'id')) });
  });

  router.post('/console/requests/:id/exports', writer, async (req, res) => {
    const requestId = consoleId(req, 'id');
    const input = parseInput(compileExportInputSchema, req.body ?? {}, req);
    const compiled = await compileExport(ctx, {
      requestId,
      ...(input.kind ? { kind: input.kind } : {}),
      staffId: staffOf(res).id,
    });
    res.status(201).json({ export: compiled });
  });

  router.get('/console/requests/:id/exports/:exportId/preview', writer, async (req, res) => {
    res.json(
      await previewExport(ctx, {
        requestId: consoleId(req, 'id'),
        exportId: consoleId(req, 'exportId'),
        staffId: staffOf(res).id,
      }),
    );
  });

  // The same report as a page of its own, for an <iframe src> in the console: it
  // may show only its own inline style, runs nothing and is framed only by us.
  router.get('/console/requests/:id/exports/:exportId/report.html', writer, async (req, res) => {
    const preview = await previewExport(ctx, {
      requestId: consoleId(req, 'id'),
      exportId: consoleId(req, 'exportId'),
      staffId: staffOf(res).id,
    });
    res.set({
      'Content-Security-Policy': `default-src 'none'; style-src ${REPORT_STYLE_HASH}; img-src data:; frame-ancestors 'self'; sandbox`,
      'Cache-Control': 'private, no-store',
      'X-Frame-Options': 'SAMEORIGIN',
    });
    res.type('html').send(preview.reportHtml);
  });

  router.post('/console/requests/:id/exports/:exportId/release', writer, async (req, res) => {
    const input = parseInput(releaseExportInputSchema, req.body ?? {}, req);
    res.json({
      export: await releaseExport(ctx, {
        requestId: consoleId(req, 'id'),
        exportId: consoleId(req, 'exportId'),
        staffId: staffOf(res).id,
        expiresInDays: input.expiresInDays,
        override: input.override,
      }),
    });
  });

  router.get('/requests/:id/exports', subject, async (req, res) => {
    res.json({
      exports: await listOwnExports(ctx, {
        accountId: subjectOf(res).accountId,
        requestId: portalId(req, 'id'),
      }),
    });
  });

  router.get('/requests/:id/exports/:exportId/download', subject, async (req, res) => {
    const query = exportDownloadQuerySchema.safeParse(req.query);
    if (!query.success) throw new AppError('FORBIDDEN', 'download.linkInvalid');
    const download = await openExportDownload(ctx, {
      accountId: subjectOf(res).accountId,
      requestId: portalId(req, 'id'),
      exportId: portalId(req, 'exportId'),
      signature: query.data.sig,
    });
    res.attachment(download.fileName);
    res.type('application/zip');
    res.set({
      'Content-Length': String(download.size),
      'Cache-Control': 'private, no-store',
      'X-Content-Type-Options': 'nosniff',
      ...(download.sha256
        ? { 'Repr-Digest': `sha-256=:${Buffer.from(download.sha256, 'hex').toString('base64')}:` }
        : {}),
    });
    try {
      await pipeline(Readable.from(download.chunks, { objectMode: false }), res);
    } catch (error) {
      // Headers are gone: the person closed the tab or the database failed mid-way.
      // Nothing can be answered any more; the connection is closed so the file is visibly incomplete.
      ctx.logger.warn({ err: error }, 'export download ended early');
      res.destroy();
    }
  });

  return router;
}
